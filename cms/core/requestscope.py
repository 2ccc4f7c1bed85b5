"""What does not change during one request is looked up once in it: the locales
(`locales.kept_for_request`) and the cache versions (`cacheversion.kept_for_request`)."""

from . import cacheversion, locales


class OncePerRequest:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with locales.kept_for_request(), cacheversion.kept_for_request():
            return self.get_response(request)
