"""Locust users for bench/load.py: visitors who arrive independently, one a second each on average.

Each user's requests form a Poisson process (exponential gaps with a mean of one second, kept on
schedule however long a response takes), so --users 50 sends 50 requests per second the way
independent visitors do. A fixed one-second pace would have all users fire in the same instant
once a second: bursts of 50 at once that measure the burst, not the rate.

LOAD_UNCACHED=1 adds a unique query string to every address, so neither cache answers.
"""

import json
import os
import random
import time
from pathlib import Path

import gevent
from locust import FastHttpUser, task

URLS = json.loads(
    (Path(__file__).resolve().parent.parent / "var" / "bench-load-urls.json").read_text()
)
UNCACHED = os.environ.get("LOAD_UNCACHED") == "1"


class Visitor(FastHttpUser):
    def on_start(self):
        # Visitors start at random moments within the first second, not all at once.
        self.next_at = time.monotonic() + random.uniform(0, 1)  # noqa: S311
        gevent.sleep(self.next_at - time.monotonic())

    def wait_time(self):
        # Schedule the next request from the last scheduled time, not from when the response came.
        self.next_at += random.expovariate(1.0)  # noqa: S311
        return max(0.0, self.next_at - time.monotonic())

    @task
    def visit(self):
        name, url = random.choice(list(URLS.items()))  # noqa: S311
        if UNCACHED:
            url += ("&" if "?" in url else "?") + f"nocache={random.getrandbits(48)}"  # noqa: S311
        with self.client.get(
            url, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
