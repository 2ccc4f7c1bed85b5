"""Small helpers shared by the page apps."""

import functools

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


def made_when_used(make, names):
    """Template context entries for `names`: each the value under that name in the dict that
    `make()` returns, made once, and only when a template first uses one of them (a kept page
    part may need none of them)."""
    made = functools.cache(make)
    return {name: (lambda name=name: made().get(name)) for name in names}
