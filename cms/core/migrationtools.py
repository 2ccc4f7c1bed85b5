"""Helpers for data migrations; they only use the historical models passed in as `apps`."""

from django.contrib.auth.management import create_permissions


def ensure_permissions_exist(apps):
    """Permissions are normally created after all migrations have run; create them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, group_name, permissions):
    """Give the group (made if missing) these (app_label, codename) permissions."""
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    for app_label, codename in permissions:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group
