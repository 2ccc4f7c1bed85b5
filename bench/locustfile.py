"""Locust users for bench/load.py: each visitor opens one of the five pages once a second.

LOAD_UNCACHED=1 adds a unique query string to every address, so the page cache never answers.
"""

import json
import os
import random
from pathlib import Path

from locust import HttpUser, constant_throughput, task

URLS = json.loads(
    (Path(__file__).resolve().parent.parent / "var" / "bench-load-urls.json").read_text()
)
UNCACHED = os.environ.get("LOAD_UNCACHED") == "1"


class Visitor(HttpUser):
    wait_time = constant_throughput(1)

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
