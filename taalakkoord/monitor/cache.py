"""The monitor's figures, kept in the cache until the data changes or a few minutes pass.

Every save or delete of a commitment, report, organisation, membership, the Taalakkoord
settings or a new account makes
a new data version, so cached figures of older versions are never read again. Changes made
with `QuerySet.update()` do not send signals; `bump()` is called after those (the daily run),
and the timeout bounds what remains.
"""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from cms.core import cacheversion
from cms.core.aftercommit import once_after_commit
from employers.models import Membership, Organisation

from ..models import Commitment, ProgressReport, TaalakkoordSettings
from . import tally
from .figures import compute

VERSION = "taalakkoord-monitor"
TALLY_SECONDS = 60 * 60 * 24  # versioned: a change makes a new one, never an old one read


def bump(**kwargs):
    """A new data version; once the change is committed, the task worker makes its tally."""
    cacheversion.bump(VERSION)
    once_after_commit("monitor-tally", _queue_tally)


def _queue_tally():
    from ..tasks import build_monitor_tally

    build_monitor_tally.enqueue()


def selection_key(selection):
    regions = "all" if selection.regions is None else ",".join(str(r.pk) for r in selection.regions)
    raw = f"{selection.today}|{selection.start}|{selection.end}|{regions}|{selection.kind}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def cached(name, make, timeout=None):
    """`make()`, computed at most once per data version and TAALAKKOORD_MONITOR_CACHE_SECONDS."""
    key = f"taalakkoord:{name}:{cacheversion.current(VERSION)}"
    value = cache.get(key)
    if value is None:
        value = make()
        cache.set(key, value, timeout or settings.TAALAKKOORD_MONITOR_CACHE_SECONDS)
    return value


def current_tally(today):
    """The tally of the current data version for `today`, made now if nobody made it yet."""
    return cached(f"tally:{today}", lambda: tally.build(today), timeout=TALLY_SECONDS)


def cached_figures(selection):
    """The figures for `selection`."""
    return cached(f"monitor:{selection_key(selection)}", lambda: compute(selection))


def _new_account(sender, created=False, **kwargs):
    if created:
        bump()


def connect():
    for model in (Commitment, ProgressReport, Organisation, Membership, TaalakkoordSettings):
        post_save.connect(bump, sender=model, dispatch_uid=f"monitor-save-{model.__name__}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"monitor-delete-{model.__name__}")
    post_save.connect(_new_account, sender=get_user_model(), dispatch_uid="monitor-new-account")
