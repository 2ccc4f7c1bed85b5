"""Open data without personal data: progress and the public member list (JSON and CSV).

A django-ninja API: the schemas below are the contract, `/api/taalakkoord/openapi.json` describes
it for programs and docs/open-data.md for people. There is no interactive documentation page:
ninja's Swagger UI would load its scripts from a third-party CDN.

Everything here is public, read-only and the same for everyone, so every address (the schema
included) goes through `open_to_all`: any website may read it (CORS), no cookie, session or CSRF
token is used, methods other than GET, HEAD and OPTIONS get a 405, and a shared cache in front
may keep a 200 as long as it keeps anonymous pages (it is purged with them when members change).
"""

import csv
import io
from datetime import date
from functools import wraps
from typing import Annotated, Literal

from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.urls import URLPattern, reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.responses import Status
from pydantic import Field

from cms.core.exports import CSV_DELIMITER, defuse
from cms.core.frontcache import cache_publicly
from employers.models import OrganisationKind, Sector, SizeBand

from ..figures import current_impact, current_progress
from ..models import Commitment

PAGE_SIZE = 50
LICENSE = {
    "name": "CC0 1.0 Universal (public domain dedication)",
    "url": "https://creativecommons.org/publicdomain/zero/1.0/",
}
ABOUT = (
    f"Licence: {LICENSE['name']}, {LICENSE['url']}: free to reuse for any purpose, no "
    "attribution required. Organisation facts only, no personal data."
)
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
ALLOWED_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type"


class OpenDataAPI(NinjaAPI):
    def get_content_type(self):
        # JSON is UTF-8 by definition (RFC 8259); `application/json` takes no charset.
        return "application/json"

    def get_root_path(self, path_params):
        # The index stands at the API's root, where ninja would put a 404 of its own.
        return reverse(f"{self.urls_namespace}:index", kwargs=path_params)


api = OpenDataAPI(
    title="Taalakkoord open data",
    version="1.0.0",
    description=(
        "How far the Taalakkoord is from its target, and the public list of its members: the "
        "approved, active organisations that agreed to be listed. Read-only, no key needed, "
        "open to every origin (CORS). Documentation for re-users: docs/open-data.md (Dutch) "
        f"and docs/open-data.en.md (English) in the project's repository.\n\n{ABOUT}"
    ),
    urls_namespace="taalakkoord_api",
    docs_url=None,
    openapi_extra={"info": {"license": LICENSE}},
)


@api.exception_handler(ValidationError)
def invalid_parameter(request, exc):
    # 400, not ninja's 422: one status for every bad address of this API (see `members`).
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'][1:])}: {error['msg']}"
        for error in exc.errors
    )
    return api.create_response(request, {"error": problems}, status=400)


@api.exception_handler(Exception)
def unexpected_error(request, exc):
    # Django's own handling, as on the rest of the site: a 503 page while the database is away.
    raise exc


class Error(Schema):
    error: str = Field(description="What was wrong with the request, in English.")


class Index(Schema):
    progress: str = Field(description="Address of the progress figures.")
    impact: str = Field(description="Address of the impact figures (the results page's).")
    members: str = Field(description="Address of the first page of the member list (JSON).")
    members_csv: str = Field(description="Address of the whole member list as one CSV file.")
    openapi: str = Field(description="Address of this OpenAPI description.")
    license: str = Field(description="Address of the licence (CC0 1.0).")


class Progress(Schema):
    members: int = Field(description="Approved members that are not inactive.")
    target: int = Field(description="How many members the Taalakkoord aims for.")
    deadline: date = Field(description="The date the target should be reached by.")
    percentage: int = Field(ge=0, le=100, description="members / target in %, at most 100.")
    by_kind: dict[str, int] = Field(
        description="Members per kind of organisation: "
        + ", ".join(OrganisationKind.values)
        + " (employer, branch organisation, umbrella organisation)."
    )


class Member(Schema):
    member_number: int | None = Field(description="Given when the membership was approved.")
    name: str = Field(description="The organisation's name.")
    kind: Literal[tuple(OrganisationKind.values)] = Field(
        description="werkgever (employer), branche (branch organisation) or koepel (umbrella)."
    )
    sector: Literal[tuple(Sector.values)] = Field(
        description="Section (A-U) of the Dutch Standard Industrial Classification (SBI)."
    )
    size: Literal[tuple(SizeBand.values)] = Field(description="Number of employees.")
    region: str = Field(description="Labour-market region (arbeidsmarktregio).")
    place: str = Field(description="Place of establishment.")
    website: str = Field(description="The organisation's website; empty when unknown.")
    signed_on: date | None = Field(description="Date the Taalakkoord was signed.")
    status: Literal["active", "not_active"] = Field(
        description="`active`: takes part now; `not_active`: signed, but no longer takes part "
        "(it stopped reporting its progress, or withdrew; no reason is published)."
    )
    not_active_since: date | None = Field(
        description="For a member that is not active: since when. Null for active members."
    )


class Tally(Schema):
    key: str = Field(
        description="The code: a kind, a sector letter, a region's short name, a measure's name."
    )
    label: str = Field(description="What the code means, in Dutch.")
    members: int = Field(description="Members that count towards the target.")


class YearReached(Schema):
    year: int = Field(description="The year the progress reports were sent.")
    employees_reached: int = Field(
        description="Each member's latest figure of that year, added up."
    )
    reports: int = Field(description="Progress reports sent that year.")


class Impact(Schema):
    members: int = Field(description="Approved members that are not inactive.")
    target: int = Field(description="How many members the Taalakkoord aims for.")
    percentage: int = Field(ge=0, le=100, description="members / target in %, at most 100.")
    employees_with_language_need: int = Field(
        description="Employees with a language need at the members, by their own count."
    )
    employees_reached: int = Field(
        description="People reached: each member's latest reported figure, added up (a member's "
        "reports are never added up over the years: the same people are often reached again)."
    )
    reached_by_year: list[YearReached] = Field(description="Per reporting year, oldest first.")
    reported_this_year: int = Field(description="Members that sent a progress report this year.")
    year: int = Field(description="The current year, for `reported_this_year`.")
    by_kind: list[Tally] = Field(description="Members per kind of organisation.")
    by_region: list[Tally] = Field(description="Members per labour-market region, every region.")
    by_sector: list[Tally] = Field(description="Members per sector (SBI section), most first.")
    top_measures: list[Tally] = Field(description="The measures members chose most, at most five.")


FIELDS = list(Member.model_fields)
PageNumber = Annotated[int, Query(ge=1, description="Page number, from 1.")]
Membership = Annotated[
    Literal["current", "former", "all"],
    Query(
        description="`current` (the default): members that take part now; `former`: members "
        "that are no longer active; `all`: both."
    ),
]


class MemberPage(Schema):
    count: int = Field(description="Public members in all, on every page together.")
    next: str | None = Field(description="Absolute address of the next page, or null.")
    previous: str | None = Field(description="Absolute address of the previous page, or null.")
    results: list[Member] = Field(description=f"At most {PAGE_SIZE} members, by member number.")


def public_members(membership="current"):
    """Members that agreed to publication, in member-number order: those taking part now
    (`current`), those that no longer do (`former`), or both (`all`)."""
    queryset = {
        "current": Commitment.objects.public,
        "former": Commitment.objects.lapsed,
        "all": Commitment.objects.listed,
    }[membership]()
    return queryset.select_related("organisation", "organisation__region").order_by("member_number")


def member_facts(commitment):
    """The published facts of one member: the organisation's, never a person's."""
    organisation = commitment.organisation
    return {
        "member_number": commitment.member_number,
        "name": organisation.name,
        "kind": organisation.kind,
        "sector": organisation.sector,
        "size": organisation.size_band,
        "region": organisation.region.name,
        "place": organisation.place,
        "website": organisation.website,
        "signed_on": commitment.signed_on,
        "status": "not_active" if commitment.is_lapsed else "active",
        "not_active_since": commitment.lapsed_on if commitment.is_lapsed else None,
    }


@api.get(
    "/",
    response=Index,
    url_name="index",
    summary="What this API offers",
    description=f"The addresses of this API's data and description.\n\n{ABOUT}",
)
def index(request):
    def absolute(name):
        return request.build_absolute_uri(reverse(f"taalakkoord_api:{name}"))

    return {
        "progress": absolute("progress"),
        "impact": absolute("impact"),
        "members": absolute("members"),
        "members_csv": absolute("members_csv"),
        "openapi": absolute("openapi-json"),
        "license": LICENSE["url"],
    }


@api.get(
    "/progress/",
    response=Progress,
    url_name="progress",
    summary="Members against the target",
    description=f"How many organisations take part now, against the target and its deadline.\n\n{ABOUT}",
)
def progress(request):
    data = current_progress()
    return {
        "members": data.members,
        "target": data.target,
        "deadline": data.deadline,
        "percentage": data.percentage,
        "by_kind": data.by_kind,
    }


@api.get(
    "/impact/",
    response=Impact,
    url_name="impact",
    summary="What the members achieve",
    description=(
        "The figures of the public results page: members by kind, region and sector, the "
        "measures chosen most, the people reached (each member's latest reported figure, and per "
        f"reporting year) and how many members reported this year. No personal data.\n\n{ABOUT}"
    ),
)
def impact(request):
    data = current_impact()
    return {
        "members": data.members,
        "target": data.target,
        "percentage": data.percentage,
        "employees_with_language_need": data.in_scope,
        "employees_reached": data.reached,
        "reached_by_year": [
            {"year": y.year, "employees_reached": y.reached, "reports": y.reports}
            for y in data.reached_by_year
        ],
        "reported_this_year": data.reported_this_year,
        "year": data.year,
        "by_kind": [{"key": k, "label": str(label), "members": n} for k, label, n in data.by_kind],
        "by_region": [
            {"key": slug, "label": name, "members": n} for slug, name, n in data.by_region
        ],
        "by_sector": [
            {"key": k, "label": str(label), "members": n} for k, label, n in data.by_sector
        ],
        "top_measures": [
            {"key": name, "label": name, "members": n} for name, n, _key in data.top_measures
        ],
    }


@api.get(
    "/members/",
    response={200: MemberPage, 400: Error},
    url_name="members",
    summary="Public members, a page at a time",
    description=(
        f"The public members, {PAGE_SIZE} per page, by member number (`membership` chooses "
        "current, former or all members). Follow `next` for the "
        f"following page. A page that is not a whole number or out of range gives a 400.\n\n{ABOUT}"
    ),
)
def members(request, page: PageNumber = 1, membership: Membership = "current"):
    paginator = Paginator(public_members(membership), PAGE_SIZE)
    if page > paginator.num_pages:  # one count query
        # 400: the page number asked for is the caller's mistake, like one that is no number.
        return Status(400, {"error": f"page must be between 1 and {paginator.num_pages}"})
    current = paginator.page(page)

    def page_url(number):
        extra = "" if membership == "current" else f"&membership={membership}"
        return request.build_absolute_uri(f"{request.path}?page={number}{extra}")

    return Status(
        200,
        {
            "count": paginator.count,
            "next": page_url(page + 1) if current.has_next() else None,
            "previous": page_url(page - 1) if current.has_previous() else None,
            "results": [member_facts(commitment) for commitment in current.object_list],
        },
    )


@api.get(
    "/members.csv",
    url_name="members_csv",
    summary="All public members as CSV",
    description=(
        "Every public member in one CSV file, with the fields of `/members/` as the header row: "
        "UTF-8 with a byte-order mark, cells separated by semicolons (as Excel expects with "
        "Dutch settings), dates as YYYY-MM-DD. Text that a spreadsheet would take for a "
        f"formula (starting with =, +, -, @) starts with an apostrophe.\n\n{ABOUT}"
    ),
    openapi_extra={
        "responses": {
            200: {
                "description": "The CSV file, as a download.",
                "content": {"text/csv": {"schema": {"type": "string"}}},
            }
        }
    },
)
def members_csv(request, membership: Membership = "current"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER)
    writer.writerow(FIELDS)
    for commitment in public_members(membership):
        writer.writerow([csv_cell(value) for value in member_facts(commitment).values()])
    response = HttpResponse(
        "\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8; header=present"
    )
    filename = f"taalakkoord-leden-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_cell(value):
    """A value as CSV text: dates as in the JSON, nothing for null, no formula (exports.defuse)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return defuse(value)


def open_to_all(view):
    """A view of this API, readable from any website and cached like an anonymous page.

    OPTIONS answers a browser's CORS preflight; HEAD is a GET without the body; any other
    method gets a 405. Every answer allows every origin, without credentials (no cookie is read
    or set here). CSRF does not apply: nothing is changed, whatever the method.
    """

    @csrf_exempt
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        method = request.method
        if method == "OPTIONS":
            response = HttpResponse(status=204)
            del response["Content-Type"]  # no body
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = "86400"
        elif method in ("GET", "HEAD"):
            request.method = "GET"  # ninja knows each operation by its GET
            try:
                response = view(request, *args, **kwargs)
            finally:
                request.method = method
            if response.status_code == 200:
                cache_publicly(response)
            if method == "HEAD" and not response.streaming:
                response["Content-Length"] = str(len(response.content))
                response.content = b""
        else:
            response = JsonResponse(
                {"error": f"{method} is not allowed here; this API only reads (GET)."},
                status=405,
            )
        if method not in ("GET", "HEAD"):
            response["Allow"] = ALLOWED_METHODS
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "Content-Disposition"
        return response

    return wrapped


def url_patterns():
    """The API's addresses for `taalakkoord/api_urls.py`, each one `open_to_all`.

    Ninja's own root address is left out: the index operation stands there instead.
    """
    patterns, _app_name, _namespace = api.urls
    return [
        URLPattern(
            pattern.pattern, open_to_all(pattern.callback), pattern.default_args, pattern.name
        )
        for pattern in patterns
        if pattern.name != "api-root"
    ]
