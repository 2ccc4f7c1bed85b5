"""What does not change during one request is looked up once in it: the locales
(`locales.per_request`) and the cache versions (`cacheversion.per_request`)."""

from . import cacheversion, locales

PER_REQUEST = (locales.per_request, cacheversion.per_request)


class OncePerRequest:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tokens = [memo.set({}) for memo in PER_REQUEST]
        try:
            return self.get_response(request)
        finally:
            for memo, token in zip(PER_REQUEST, tokens, strict=True):
                memo.reset(token)
