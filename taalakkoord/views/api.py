"""Open data without personal data: progress and the public member list, as JSON."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from ..models import Commitment
from ..progress import current_progress

PAGE_SIZE = 50


@require_GET
def progress(request):
    data = current_progress()
    return JsonResponse(
        {
            "members": data.members,
            "target": data.target,
            "deadline": data.deadline.isoformat(),
            "percentage": data.percentage,
            "by_kind": data.by_kind,
        }
    )


@require_GET
def members(request):
    """Approved, active members that agreed to publication; organisation facts only."""
    queryset = (
        Commitment.objects.public()
        .select_related("organisation", "organisation__region")
        .order_by("member_number")
    )
    paginator = Paginator(queryset, PAGE_SIZE)
    try:
        number = max(1, int(request.GET.get("page", 1)))
    except ValueError:
        return JsonResponse({"error": "page must be a whole number"}, status=400)
    if number > paginator.num_pages:
        # 400, not 404: LocaleMiddleware would turn a 404 here into a redirect to /nl/….
        return JsonResponse(
            {"error": f"page must be between 1 and {paginator.num_pages}"}, status=400
        )
    page = paginator.page(number)

    def page_url(n):
        return request.build_absolute_uri(f"{request.path}?page={n}")

    return JsonResponse(
        {
            "count": paginator.count,
            "next": page_url(number + 1) if page.has_next() else None,
            "previous": page_url(number - 1) if page.has_previous() else None,
            "results": [
                {
                    "member_number": c.member_number,
                    "name": c.organisation.name,
                    "kind": c.organisation.kind,
                    "sector": c.organisation.sector,
                    "size": c.organisation.size_band,
                    "region": c.organisation.region.name,
                    "place": c.organisation.place,
                    "website": c.organisation.website,
                    "signed_on": c.signed_on.isoformat() if c.signed_on else None,
                }
                for c in page.object_list
            ],
        }
    )
