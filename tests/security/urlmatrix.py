"""Every URL pattern of the project, made into a URL that can be requested, and who may use it.

The patterns come from the URL resolver, so a new view is found by itself; a pattern that no rule
below covers fails the permission matrix until someone decides who may use it.
"""

import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from .conftest import ROLES

EMPLOYERS = {"employer_a", "employer_b"}
STAFF = {"editor", "regional_editor", "national_team", "superuser"}
SIGNED_IN = EMPLOYERS | STAFF
EVERYONE = set(ROLES)

# What a role must get: REACH (the view answers it: 2xx, or a redirect that is not a refusal),
# DENY (a login redirect, 403, 404, or the admin's "no permission" redirect), ANY (no error).
REACH, DENY, ANY = "reach", "deny", "any"


@dataclass(frozen=True)
class Rule:
    """Roles in `reach` must get through, roles in `deny` must not; the rest may get anything."""

    patterns: tuple
    reach: frozenset = frozenset()
    deny: frozenset = frozenset()

    def expect(self, role):
        if role in self.reach:
            return REACH
        if role in self.deny:
            return DENY
        return ANY


def rule(*patterns, reach=(), deny=None):
    """A rule for URL names matching `patterns`; `deny` defaults to everyone not in `reach`."""
    reach = frozenset(reach)
    deny = frozenset(EVERYONE - reach if deny is None else deny)
    return Rule(patterns, reach, deny)


ADMIN_DATA = {"national_team", "superuser"}
NOT_ADMIN = {"anonymous", *EMPLOYERS}

# First match wins. Names are "namespace:name", or the route for patterns without a name.
RULES = [
    # The component overview (docs/design.md) exists only with DEBUG on: in production, and in
    # these tests, nobody reaches it.
    rule("design", reach=()),
    # Public pages, feeds, files and the open API.
    rule(
        "wagtail_serve",
        "search",
        "sitemap",
        "robots_txt",
        "security_txt",
        "certificate_verify",
        "certificate_verify_code",
        "certificate_badge",
        "ambassadors:invitation",
        # An umbrella's invitation link: a used or unknown one leads to the start page too.
        "taalakkoord:join_via",
        "taalakkoord:start",
        "taalakkoord_api:*",
        "wagtaildocs_serve",
        "public_media",
        reach=EVERYONE,
    ),
    # Signing in, signing up and resetting: open to all; signed-in people may be sent on.
    rule(
        "account_login",
        "account_signup",
        "account_reset_password",
        "account_reset_password_done",
        "account_reset_password_from_key",
        "account_reset_password_from_key_done",
        "account_confirm_email",
        "account_email_verification_sent",
        "account_inactive",
        reach={"anonymous"},
        deny=(),
    ),
    rule(
        "account_logout",
        "account_confirm_login_code",
        "mfa_authenticate",
        "wagtailcore_login",
        "wagtailcore_authenticate_with_password",
        "wagtaildocs_authenticate_with_password",
        deny=(),
    ),
    # One's own account: signed-in people only.
    rule("account_*", "mfa_*", reach=(), deny={"anonymous"}),
    # The member's own pages.
    rule(
        "taalakkoord:dashboard",
        "taalakkoord:wizard",
        "taalakkoord:report",
        "employers:colleagues",
        "employers:profile",
        reach=EMPLOYERS,
        deny={"anonymous"},
    ),
    rule(
        "taalakkoord:request_access",
        "taalakkoord:my_data",
        "taalakkoord:delete_account",
        "employers:accept",
        reach=SIGNED_IN,
        deny={"anonymous"},
    ),
    rule("taalakkoord:withdraw", reach={"employer_a"}, deny={"anonymous", *STAFF}),
    # Member companies: branch and umbrella organisations only. This world's organisations are
    # employers, so everyone is refused here; umbrellas, and one umbrella against another's
    # invitations, are tested in tests/taalakkoord/test_member_invitations.py.
    rule("taalakkoord:member_companies", "taalakkoord:cancel_invitation", reach=(), deny=EVERYONE),
    rule(
        "taalakkoord:my_certificate",
        "taalakkoord:badge",
        reach={"employer_a"},
        deny={"anonymous", *STAFF},
    ),
    # Organisation A's things: A's admins and the national team, nobody else.
    rule("taalakkoord:plan_file", reach={"employer_a", *ADMIN_DATA}),
    # Wagtail's icons and translations of its scripts: the same for everyone.
    rule("wagtailadmin_sprite", "wagtailadmin_javascript_catalog", reach=EVERYONE),
    rule("taalakkoord:team_certificate", reach=ADMIN_DATA),
    rule(
        "employers:make_admin",
        "employers:remove_colleague",
        "employers:decide_access",
        reach={"employer_a"},
    ),
    # The national team's admin screens. Nothing there is deleted but by a superuser.
    rule(
        "taalakkoord_commitments:delete",
        "employers_profile_changes:delete",
        "taalakkoord_stories:delete",
        "taalakkoord_organisations:delete",
        "taalakkoord_organisations:edit",
        # Wagtail's own history and usage screens: the team reads the organisation's timeline.
        "taalakkoord_organisations:history",
        "taalakkoord_organisations:history_results",
        "taalakkoord_organisations:usage",
        "wagtailsnippets_taalakkoord_declaration:delete",
        "desks_advice_requests:delete",
        reach={"superuser"},
    ),
    # A PDF summary's download page belongs to the person who asked for it: nobody else, team
    # or not, reaches it (tests/monitor/test_views.py follows one person's own download).
    rule("taalakkoord_monitor:summary_download", reach=(), deny=EVERYONE),
    # An event's registrations: whoever may edit the event's page (the sample page here is no
    # event); one desk against another desk's event is tested in tests/taalakkoord/test_events.py.
    rule("taalakkoord_events:*", reach=(), deny=NOT_ADMIN),
    # Progress figures: the national team for all regions, desk staff for their own.
    rule("taalakkoord_monitor:*", reach={"national_team", "regional_editor", "superuser"}),
    # Choosers list names to pick from in forms; Wagtail lets any staff member use them.
    rule("wagtailsnippetchoosers_*", "wagtailadmin_workflows:task_cho*", reach=(), deny=NOT_ADMIN),
    # The member chooser offers the public directory's names only, and never makes a member.
    rule("taalakkoord_member_chooser:create", reach=(), deny=EVERYONE),
    rule("taalakkoord_member_chooser:*", reach=(), deny=NOT_ADMIN),
    rule(
        "taalakkoord_commitments:add",
        "employers_profile_changes:add",
        "taalakkoord_organisations:add",
        "taalakkoord_organisations:copy",
        "taalakkoord_commitments:copy",
        "employers_profile_changes:copy",
        "taalakkoord_stories:add",
        "taalakkoord_stories:copy",
        reach=(),
        deny=EVERYONE - {"superuser"},
    ),
    # The organisation's page, with its notes, messages and timeline: the national team only.
    rule(
        "taalakkoord_commitments:*",
        "employers_profile_changes:*",
        "taalakkoord_stories:*",
        "taalakkoord_organisations:*",
        "wagtailsnippets_ambassadors_ambassador:*",
        "wagtailsnippets_taalakkoord_*",
        reach=ADMIN_DATA,
    ),
    # Advice requests: the desk's own staff (and superusers).
    rule(
        "desks_advice_requests:add",
        reach=(),
        deny=EVERYONE - {"superuser"},
    ),
    rule("desks_advice_requests:*", reach={"regional_editor", "superuser"}),
    # Snippets editors keep up.
    rule(
        "wagtailsnippets_core_theme:*",
        "wagtailsnippets_core_navigation:*",
        "wagtailsnippets_core_contactperson:*",
        reach={"editor", "national_team", "superuser"},
        deny=NOT_ADMIN | {"regional_editor"},
    ),
    # Site-wide settings and the people who may work here: superusers only.
    rule(
        "wagtailsnippets_core_region:*",
        "wagtailusers_users:*",
        "wagtailusers_groups:*",
        "wagtailsites:*",
        "wagtaillocales:*",
        "wagtailadmin_workflows:*",
        reach={"superuser"},
        deny=NOT_ADMIN | {"editor", "regional_editor", "national_team"},
    ),
    # The admin's own home and everything else it offers: every staff member may open the admin,
    # what they may do inside depends on page and collection permissions (tested elsewhere).
    rule("wagtailadmin_home", reach=STAFF),
    rule(
        "admin_login_redirect",
        "admin_password_reset_redirect",
        "wagtailadmin_login",
        "wagtailadmin_password_reset*",
        deny=(),
    ),
    rule("wagtailadmin_*", "wagtail*", "admin/*", reach=(), deny=NOT_ADMIN),
]

# Views that fail on purpose.
SKIP = {"wagtailadmin_error_test"}


def rule_for(name):
    for candidate in RULES:
        if any(fnmatchcase(name, pattern) for pattern in candidate.patterns):
            return candidate
    return None


@dataclass
class Endpoint:
    name: str
    pieces: list = field(default_factory=list)

    def __str__(self):
        return self.name


def endpoints():
    """Each URL pattern of the project, as (name, list of pattern pieces), in Dutch."""
    found = []

    def walk(resolver, pieces, namespace):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                walk(pattern, [*pieces, pattern.pattern], inner)
            elif isinstance(pattern, URLPattern):
                route = "".join(str(piece) for piece in [*pieces, pattern.pattern])
                name = pattern.name or route.strip("^$")
                name = f"{namespace}:{name}" if namespace and pattern.name else name
                found.append(Endpoint(name, [*pieces, pattern.pattern]))

    with translation.override("nl"):
        walk(get_resolver(), [], "")
    return found


# Regular-expression patterns and what to put in them.
REGEX_SAMPLES = {
    r"^(\d+)/(.*)$": lambda w: f"{w.document.pk}/{w.document.filename}",
    r"^confirm-email/(?P<key>[-:\w]+)/$": lambda w: "confirm-email/onbekende-sleutel/",
    r"^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": lambda w: (
        "password/reset/key/1-onbekend/"
    ),
    r"^((?:[\w\-]+/)*)$": lambda w: w.news_page.url_path.split("/", 2)[2],
    r"^.*/$": lambda w: "bestaat-niet/",
    r"^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\."
    r"(?P<revision_id_b>live|latest|\d+)/$": lambda w: (
        f"{w.news_page.pk}/revisions/compare/earliest...latest/"
    ),
}


def _snippet_model(namespace):
    """The model behind a `wagtailsnippets_app_model` namespace, if it is one."""
    match = re.match(r"wagtailsnippet(?:s|choosers)_(\w+?)_(\w+)$", namespace.split(":")[0])
    if not match:
        return None
    for app_label in (match.group(1), f"cms_{match.group(1)}"):
        try:
            return apps.get_model(app_label, match.group(2))
        except LookupError:
            continue
    return None


# URLs bound to one organisation's or one desk's object, and the other organisation's or desk's
# object for the same URL. Requested with the other object, organisation A's people must be
# refused, B's people get what A's got with A's object, and Twente's staff are refused
# Rijnmond's requests.
def _others(world):
    return {
        "taalakkoord_commitments": world.commitment_b.pk,
        "taalakkoord_organisations": world.commitment_b.organisation_id,
        "employers_profile_changes": world.profile_change_b.pk,
        "taalakkoord_stories": world.story_b.pk,
        "desks_advice_requests": world.advice_rijnmond.pk,
        "taalakkoord:team_certificate": world.commitment_b.certificates.first().pk,
        "taalakkoord:plan_file": world.commitment_b.pk,
        "employers:remove_colleague": world.colleague_b.pk,
        "employers:make_admin": world.colleague_b.pk,
        "employers:decide_access": world.access_request_b.pk,
    }


def other_object(world, endpoint):
    """The other organisation's or desk's object for this endpoint's pk, or None."""
    if not any("<int:pk>" in str(piece) for piece in endpoint.pieces):
        return None
    others = _others(world)
    for key in (endpoint.name, endpoint.name.rsplit(":", 1)[0]):
        if key in others:
            return others[key]
    return None


SWAPPED = {"employer_a": "employer_b", "employer_b": "employer_a"}


def expect_with_other_object(name, role):
    """What `role` must get from URL `name` with the other organisation's or desk's object."""
    if name.startswith("desks_advice_requests:") and role == "regional_editor":
        return DENY  # Twente's staff, Rijnmond's request
    return rule_for(name).expect(SWAPPED.get(role, role))


def _pk(world, name, other=False):
    """The object an `<int:pk>` of this URL name stands for (`other`: B's or Rijnmond's)."""
    namespace = name.rsplit(":", 1)[0]
    if other:
        others = _others(world)
        for key in (name, namespace):
            if key in others:
                return others[key]
    own = {
        "taalakkoord_commitments": world.commitment_a.pk,
        "taalakkoord_organisations": world.commitment_a.organisation_id,
        "employers_profile_changes": world.profile_change_a.pk,
        "taalakkoord_stories": world.story_a.pk,
        "desks_advice_requests": world.advice_twente.pk,
        "taalakkoord:team_certificate": world.certificate_a.pk,
        "taalakkoord:plan_file": world.commitment_a.pk,
        "employers:remove_colleague": world.colleague_a.pk,
        "employers:make_admin": world.colleague_a.pk,
        "employers:decide_access": world.access_request_a.pk,
    }
    for key in (name, namespace):
        if key in own:
            return own[key]
    model = _snippet_model(namespace)
    if model is not None:
        first = model.objects.order_by("pk").first()
        return first.pk if first else 999999
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, Locale, Site, Workflow

    by_namespace = {
        "wagtailusers_users": lambda: world.users["employer_b"].pk,
        "wagtailusers_groups": lambda: Group.objects.get(name="Editors").pk,
        "wagtailsites": lambda: Site.objects.order_by("pk").first().pk,
        "wagtaillocales": lambda: Locale.objects.get(language_code="nl").pk,
        "wagtailadmin_collections": lambda: Collection.objects.order_by("-depth").first().pk,
        "wagtailadmin_workflows": lambda: Workflow.objects.order_by("pk").first().pk,
        "wagtailimages": lambda: world.image.pk,
        "wagtailimages_chooser": lambda: world.image.pk,
        "wagtaildocs": lambda: world.document.pk,
        "wagtaildocs_chooser": lambda: world.document.pk,
        "wagtailadmin_api:images": lambda: world.image.pk,
        "wagtailadmin_api:documents": lambda: world.document.pk,
        "wagtailforms": lambda: world.form_page.pk,
    }
    if namespace in by_namespace:
        return by_namespace[namespace]()
    return world.news_page.pk


def _value(world, name, key, other=False):
    """A sample value for the URL argument `key` of the URL `name`."""
    page_ids = {"page_id", "parent_page_id", "page_to_move_id", "page_pk", "destination_id"}
    if key == "page_id" and name.startswith("wagtailforms"):
        return world.form_page.pk
    if key in page_ids:
        return world.news_page.get_parent().pk if key == "destination_id" else world.news_page.pk
    samples = {
        "image_id": world.image.pk,
        "document_id": world.document.pk,
        "doc_id": world.document.pk,
        "revision_id": world.news_page.latest_revision_id,
        "step": "organisation",
        "kind": "svg",
        "kvk_number": world.commitment_a.organisation.kvk_number,
        "token": world.invitation_a.token,
        "dataset": "leden",
        "export_format": "csv",
        "filter_spec": "fill-100x100",
        "mode": "default",
        "action": "delete",
        "action_name": "approve",
        "app_label": "taalakkoord",
        "app_name": "taalakkoord",
        "model_name": "taalakkoordsettings" if name.startswith("wagtailsettings") else "measure",
        "content_type_app_name": "news",
        "content_type_model_name": "newspage",
        "object_id": str(world.news_page.pk),
    }
    if name in ("certificate_verify_code", "certificate_badge") and key == "code":
        return world.certificate_a.code
    if name == "ambassadors:invitation":
        return world.ambassador.referral_code
    if name == "wagtailadmin_workflows:add_task":
        samples |= {"app_label": "wagtailcore", "model_name": "groupapprovaltask"}
    if name == "wagtail_bulk_action":
        samples |= {"app_label": "wagtailcore", "model_name": "page"}
    if key in samples:
        return samples[key]
    if key == "pk":
        return _pk(world, name, other)
    return 999999  # ids of things the demo has none of: a clean 404 is expected


def url_for(endpoint, world, other=False):
    """The concrete URL of an endpoint, or raise LookupError when no sample fits its pattern.

    With `other`, object-bound URLs take the other organisation's or desk's object."""
    from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

    url = "/"
    for piece in endpoint.pieces:
        if isinstance(piece, LocalePrefixPattern):
            url += "nl/"
        elif isinstance(piece, RoutePattern):
            url += re.sub(
                r"<(?:(\w+):)?(\w+)>",
                lambda match: str(_value(world, endpoint.name, match.group(2), other)),
                str(piece),
            )
        elif isinstance(piece, RegexPattern):
            regex = str(piece)
            if regex in REGEX_SAMPLES:
                url += REGEX_SAMPLES[regex](world)
            elif not re.search(r"[()\\.*+?\[]", regex.strip("^$")):
                url += regex.strip("^$")
            elif regex.startswith("^media/"):
                url += f"media/{world.image.file.name}"
            else:
                raise LookupError(f"No sample URL for the pattern {regex!r} of {endpoint}")
    return url
