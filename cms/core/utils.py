"""Small helpers shared by the page apps."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

DEFAULT_PER_PAGE = 10


def paginate(request, items, per_page=DEFAULT_PER_PAGE):
    """Return the requested page of `items`; a bad or too-high page number gives the last page."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
