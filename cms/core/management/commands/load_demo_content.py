"""Load the demo site: pages in Dutch and English, snippets, images and demo users."""

import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.core.demo.builder import DEMO_USERS, DemoBuilder, demo_email

DEFAULT_DEMO_PASSWORD = "leren-en-werken-demo"  # noqa: S105 -- local demo only; refused when DEBUG is off


class Command(BaseCommand):
    help = "Load realistic demo content (safe to run again: existing content is kept)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even when DEBUG is off. Demo users have a known password.",
        )
        parser.add_argument(
            "--skip-index", action="store_true", help="Do not rebuild the search index."
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "Demo users have a known password; refusing to run with DEBUG off. "
                "Pass --allow-production if you really mean it."
            )
        password = os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
        with transaction.atomic():
            DemoBuilder(password=password).run()
        if not options["skip_index"]:
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        roles = {
            None: "superuser",
            "Editors": "editor",
            "Moderators": "national team",
            "employer": "employer, Taalakkoord member",
            "desk": "staff of Leerwerkloket Twente",
        }
        self.stdout.write(
            "Log in at /nl/account/login/ (admin: /admin/) with one of these demo accounts:"
        )
        roles_by_username = {"koepel": "branch organisation, invites its member companies"}
        for username, group, _name in DEMO_USERS:
            role = roles_by_username.get(username, roles[group])
            self.stdout.write(f"  {demo_email(username):<36} password: {password:<22} ({role})")
