"""Which rows of a model a staff member may see in the admin, in one place per model.

An app registers a scope for a model whose rows belong to one desk or organisation (advice
requests, say). Its admin views filter by it, and so does every log of changes to it: the
object's history, and Wagtail's site-history report and its CSV/XLSX download, which would
otherwise list every row's name to anyone with a permission on the model.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast

_scopes = {}


def register_scope(model, scope):
    """`scope(queryset, user)` returns the part of `queryset` that `user` may see."""
    _scopes[model] = scope


def scoped(queryset, user):
    """`queryset` narrowed to what `user` may see (unchanged for models without a scope)."""
    scope = _scopes.get(queryset.model)
    return queryset if scope is None else scope(queryset, user)


def hidden_log_entries(user):
    """A filter matching log entries of scoped rows that `user` may not see (None: no such)."""
    hidden = Q()
    for model, scope in _scopes.items():
        visible_ids = (
            scope(model._default_manager.all(), user)
            .annotate(id_text=Cast("pk", CharField()))
            .values("id_text")
        )
        hidden |= Q(content_type=ContentType.objects.get_for_model(model)) & ~Q(
            object_id__in=visible_ids
        )
    return hidden or None


def connect():
    """Teach Wagtail's log of model changes the registered scopes (called once at start-up)."""
    from wagtail.models.audit_log import ModelLogEntryManager

    original = ModelLogEntryManager.viewable_by_user
    if getattr(original, "scoped", False):
        return

    def viewable_by_user(self, user):
        queryset = original(self, user)
        if user.is_superuser:
            return queryset
        hidden = hidden_log_entries(user)
        return queryset if hidden is None else queryset.exclude(hidden)

    viewable_by_user.scoped = True
    ModelLogEntryManager.viewable_by_user = viewable_by_user
