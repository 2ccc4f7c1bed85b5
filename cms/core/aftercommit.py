"""Run something once after the current transaction commits, however often it was asked for.

Saving a thousand members in one transaction asks a thousand times for the same follow-up (a
front-cache purge, a new monitor tally); it should run once, after the commit, and not at all
when the transaction rolls back. Outside a transaction it runs at once, as `on_commit` does.
"""

from django.db import connection, transaction


class _Once:
    def __init__(self, key, function):
        self.key, self.function, self.done = key, function, False

    def __call__(self):
        self.done = True
        self.function()


def once_after_commit(key, function):
    """Call `function` after the commit, unless a call under `key` is already waiting for it."""
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _Once) and callback.key == key and not callback.done:
            return
    transaction.on_commit(_Once(key, function))
