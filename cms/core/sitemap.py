"""sitemap.xml covering every language, each address with its hreflang alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from .translations import TRANSLATED


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one language tree; this one lists the site in all languages."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        # Pages not translated yet show another language's text: not listed under this one.
        pages = pages.live().public().filter(TRANSLATED)
        return pages.order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        entries = []
        translations = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                entries.append((item.translation_key, url_info))
                translations[item.translation_key].append(
                    {"lang_code": languages[item.locale_id], "location": url_info["location"]}
                )

        last_mods = set()
        for translation_key, url_info in entries:
            if len(translations[translation_key]) > 1:
                url_info["alternates"] = translations[translation_key]
            last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return [url_info for _key, url_info in entries]
