"""Builds the demo site. Every step looks for what is already there, so it can run again."""

import json
import os
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile
from wagtail_localize.models import LocaleSynchronization

from cms.core.models import ContactPerson, Navigation, Region, SiteSettings, Theme
from cms.goodpractices.models import GoodPracticeContact, GoodPracticeIndexPage, GoodPracticePage
from cms.home.models import HomePage, HomePageFeaturedPractice
from cms.news.models import NewsIndexPage, NewsPage
from cms.standardpages.models import ContentPage, FormField, FormPage

from . import desks, events, glossary, members, news, pages, practices
from .images import ALT_EN, get_or_create_illustration
from .pagetools import (
    ensure_child,
    ensure_translation,
    fresh,
    join_url,
    paragraphs,
    publish,
    stream,
    tips,
    with_join_link,
)

DEMO_USERS = [
    # username, group (None = superuser, "employer" = Taalakkoord member), name
    ("admin", None, "Beheerder"),
    ("redacteur", "Editors", "Eva de Redacteur"),
    ("moderator", "Moderators", "Mo van het Landelijk Team"),
    ("werkgever", "employer", "Wendy de Werkgever"),
    ("koepel", "employer", "Kees van de Branchevereniging"),
    ("loket-twente", "desk", "Daan van het Leerwerkloket Twente"),
]


def demo_port():
    """The port `make run` serves on, so links between the demo sites work."""
    return int(os.environ.get("PORT", "8000"))


def demo_email(username):
    return f"{username}@lerenenwerken.example"


class DemoBuilder:
    def __init__(self, password, log=print):
        self.password = password
        self.log = log
        self.nl = Locale.objects.get(language_code="nl")
        self.en = Locale.objects.get(language_code="en")

    def run(self):
        self.users()
        home = self.home()
        themes = self.themes()
        about, taalakkoord = self.about(home)
        news_index = self.news(home)
        practice_index, featured = self.practices(home, themes)
        contact = self.contact(home)
        self.translate_contact(contact)
        statements = self.statements(home)
        self.feature(home, featured)
        self.translate_home(home, news_index, practice_index, about, statements)
        terms = glossary.build(fresh(about), self.en)
        sync, _created = LocaleSynchronization.objects.get_or_create(
            locale=self.en, defaults={"sync_from": self.nl}
        )
        sync.sync_trees()
        self.calls_to_action(home, contact, taalakkoord)
        self.desks = desks.build(fresh(home), self.en, log=self.log)
        desks.vacancies(fresh(home), self.desks, self.en, log=self.log)
        desks.advice(fresh(home), self.desks, self.en, log=self.log)
        desks.regional_site(self.desks, demo_port(), log=self.log)
        self.desk_staff()
        overview = fresh(next(iter(self.desks.values())).get_parent().specific)
        self.navigation(
            about, overview, news_index, practice_index, taalakkoord, contact, statements, terms
        )
        self.site_settings(terms)
        members.build(taalakkoord, self.en, log=self.log)
        events.build(taalakkoord, self.en, log=self.log)
        # Pages made after the first sync (the desks' news, the Taalakkoord's pages) get their
        # English alias too, so every Dutch address has an English one.
        sync.sync_trees()

    def users(self):
        from allauth.account.models import EmailAddress

        User = get_user_model()
        for username, group, name in DEMO_USERS:
            user, _created = User.objects.get_or_create(username=username)
            user.email = demo_email(username)
            user.first_name, _space, user.last_name = name.partition(" ")
            user.is_staff = group is None
            user.is_superuser = group is None
            user.set_password(self.password)
            user.save()
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            if group and group not in ("employer", "desk"):
                user.groups.add(Group.objects.get(name=group))
            if group != "employer":  # the admin in Dutch, whatever the browser prefers
                profile = UserProfile.get_for_user(user)
                profile.preferred_language = "nl"
                profile.save(update_fields=["preferred_language"])

    def desk_staff(self):
        """The demo desk staff member moderates the Twente desk's section."""
        username, _group, _name = next(user for user in DEMO_USERS if user[1] == "desk")
        user = get_user_model().objects.get(username=username)
        user.groups.add(self.desks["twente"].moderators_group)

    def home(self):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=self.nl, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            image, alt = get_or_create_illustration("gesprek")
            texts = pages.HOME["nl"]
            home = HomePage(
                title=texts["title"],
                slug="leren-en-werken",
                hero_title=texts["hero_title"],
                intro=texts["intro"],
                hero_image=image,
                hero_image_alt=alt,
                news_heading=texts["news_heading"],
                practices_heading=texts["practices_heading"],
                locale=self.nl,
            )
            root.add_child(instance=home)
            publish(home)
        if site is None:
            site = Site.objects.create(
                hostname="127.0.0.1",
                port=demo_port(),
                root_page=home,
                is_default_site=True,
                site_name="Leren en Werken",
            )
        elif site.root_page_id != home.pk:
            welcome = site.root_page
            site.root_page = home
            site.site_name = "Leren en Werken"
            site.save()
            if welcome.specific_class is Page:  # Wagtail's own "Welcome" page
                welcome.delete()
        if (site.hostname, site.port) != ("127.0.0.1", demo_port()):
            # Links from a desk's own site back to the national one need its real address.
            site.hostname, site.port = "127.0.0.1", demo_port()
            site.save()
        return home

    def themes(self):
        result = {}
        for slug, name_nl, name_en in practices.THEMES:
            theme, _created = Theme.objects.get_or_create(
                slug=slug, locale=self.nl, defaults={"name": name_nl}
            )
            ensure_translation(theme, self.en, name=name_en)
            result[slug] = theme
        return result

    def about(self, home):
        texts = pages.ABOUT["nl"]
        about = ensure_child(
            home,
            ContentPage,
            texts["slug"],
            title=texts["title"],
            intro=texts["intro"],
            body=stream([*texts["body"], ("faq", ("Veelgestelde vragen", texts["faq"]))]),
        )
        info = pages.TAALAKKOORD
        taalakkoord = ensure_child(
            about,
            ContentPage,
            info["slug"],
            title=info["title"],
            intro=info["intro"],
            body=with_join_link(info["body"], "nl"),
        )
        return about, taalakkoord

    def news(self, home):
        index = ensure_child(
            home,
            NewsIndexPage,
            "nieuws",
            title="Nieuws",
            intro="Het laatste nieuws over de Leerwerkloketten en het Taalakkoord.",
        )
        for item in news.NEWS:
            if NewsPage.objects.child_of(index).filter(slug=item["slug"]).exists():
                continue
            # No uploaded image: the card shows our drawing for the item's tag (cms/core/drawings.py).
            page = NewsPage(
                slug=item["slug"],
                title=item["title"],
                date=item["date"],
                intro=item["intro"],
                body=paragraphs(item["body"]),
            )
            page.tags.add(*item["tags"])
            index.add_child(instance=page)
            publish(page)
        return index

    def practices(self, home, themes):
        index = ensure_child(
            home,
            GoodPracticeIndexPage,
            "praktijkvoorbeelden",
            title="Praktijkvoorbeelden",
            intro="Zo pakken de Leerwerkloketten het aan in hun regio. Filter op regio of thema.",
        )
        people = {}
        for key, (name, role, organisation, email, phone) in practices.CONTACTS.items():
            people[key], _created = ContactPerson.objects.get_or_create(
                name=name,
                locale=self.nl,
                defaults={
                    "role": role,
                    "organisation": organisation,
                    "email": email,
                    "phone": phone,
                },
            )
            ensure_translation(people[key], self.en, role=practices.ROLES_EN[role])
        featured = []
        for item in practices.PRACTICES:
            page = GoodPracticePage.objects.child_of(index).filter(slug=item["slug"]).first()
            if page is None:
                # No uploaded image: the card shows our drawing for the practice's theme.
                page = GoodPracticePage(
                    slug=item["slug"],
                    title=item["title"],
                    region=Region.objects.get(slug=item["region"]),
                    publication_date=item["date"],
                    intro=item["intro"],
                    body=paragraphs(item["body"]),
                    tips=tips("Tips", item["tips"]),
                )
                if item["contact"]:
                    page.contacts = [
                        GoodPracticeContact(person=people[item["contact"]], show_email=True)
                    ]
                page.themes = [themes[slug] for slug in item["themes"]]
                index.add_child(instance=page)
                publish(page)
            featured.append(page)
        return index, featured[:3]

    def contact(self, home):
        info = pages.CONTACT
        if FormPage.objects.child_of(home).filter(slug=info["slug"]).exists():
            return FormPage.objects.child_of(home).get(slug=info["slug"])
        fields = [
            FormField(
                label=label,
                field_type=kind,
                required=required,
                choices=choices,
                help_text=help_text,
                sort_order=position,
            )
            for position, (label, kind, required, choices, help_text) in enumerate(info["fields"])
        ]
        return ensure_child(
            home,
            FormPage,
            info["slug"],
            title=info["title"],
            intro=info["intro"],
            thank_you_text=info["thank_you"],
            to_address="redactie@lerenenwerken.example",
            from_address="noreply@lerenenwerken.example",
            subject="Nieuw bericht via lerenenwerken.nl",
            form_fields=fields,
        )

    def translate_contact(self, contact):
        """The contact form in English, its fields' labels, help texts and choices too."""
        texts = pages.CONTACT_EN
        fields = list(fresh(contact).form_fields.all())
        for field, (label, choices, help_text) in zip(fields, texts["fields"], strict=True):
            field.label, field.choices, field.help_text = label, choices, help_text
        ensure_translation(
            contact,
            self.en,
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            thank_you_text=texts["thank_you"],
            form_fields=fields,
        )

    def statements(self, home):
        result = {}
        for key, texts in pages.STATEMENTS.items():
            nl = texts["nl"]
            result[key] = ensure_child(
                home,
                ContentPage,
                nl["slug"],
                title=nl["title"],
                intro=nl["intro"],
                body=stream(nl["body"]),
            )
        return result

    def feature(self, home, featured):
        home = fresh(home)
        if not home.featured_practices.exists():
            home.featured_practices = [
                HomePageFeaturedPractice(practice=page, sort_order=i)
                for i, page in enumerate(featured)
            ]
            publish(home)

    def translate_home(self, home, news_index, practice_index, about, statements):
        texts = pages.HOME["en"]
        home_en = ensure_translation(
            home,
            self.en,
            title=texts["title"],
            hero_title=texts["hero_title"],
            hero_image_alt=ALT_EN["gesprek"],
            intro=texts["intro"],
            news_heading=texts["news_heading"],
            practices_heading=texts["practices_heading"],
        )
        ensure_translation(
            news_index,
            self.en,
            title="News",
            slug="news",
            intro="The latest news about the Leerwerkloketten and the Taalakkoord.",
        )
        ensure_translation(
            practice_index,
            self.en,
            title="Good practices",
            slug="good-practices",
            intro="How the Leerwerkloketten work in their regions. Filter by region or theme.",
        )
        en = pages.ABOUT["en"]
        ensure_translation(
            about,
            self.en,
            title=en["title"],
            slug=en["slug"],
            intro=en["intro"],
            body=stream([*en["body"], ("faq", ("Frequently asked questions", en["faq"]))]),
        )
        for key, page in statements.items():
            en = pages.STATEMENTS[key]["en"]
            ensure_translation(
                page,
                self.en,
                title=en["title"],
                slug=en["slug"],
                intro=en["intro"],
                body=stream(en["body"]),
            )
        for slug, texts in practices.PRACTICES_EN.items():
            page = GoodPracticePage.objects.get(locale=self.nl, slug=slug)
            ensure_translation(
                page,
                self.en,
                title=texts["title"],
                slug=texts["slug"],
                intro=texts["intro"],
                body=paragraphs(texts["body"]),
                tips=tips("Tips", texts["tips"]),
            )
        items = {item["slug"]: item for item in news.NEWS}
        for slug, texts in news.NEWS_EN.items():
            page = NewsPage.objects.get(locale=self.nl, slug=slug)
            translation = ensure_translation(
                page,
                self.en,
                title=texts["title"],
                slug=texts["slug"],
                intro=texts["intro"],
                body=paragraphs(texts["body"]),
            )
            # Tags are shared words, not translated strings: the English page gets its own.
            english_tags = [news.TAGS_EN[tag] for tag in items[slug]["tags"]]
            if sorted(translation.tags.names()) != sorted(english_tags):
                translation.tags.set(english_tags, clear=True)
                publish(translation)
        return home_en

    def calls_to_action(self, home, contact, taalakkoord):
        """The home page's calls to action in Dutch, then their English translation."""
        dutch = fresh(home)
        if not dutch.calls_to_action:
            dutch.calls_to_action = self._calls_to_action("nl", contact, taalakkoord)
            publish(dutch)
        ensure_translation(
            fresh(home),
            self.en,
            calls_to_action=self._calls_to_action("en", contact, taalakkoord),
        )

    def _calls_to_action(self, language, contact, taalakkoord):
        # Links choose the Dutch page; visitors reach the page in their own language.
        targets = {"contact": contact, "taalakkoord": taalakkoord}
        return json.dumps(
            [
                {
                    "type": "call_to_action",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "title": title,
                        "text": text,
                        "link": {
                            "label": label,
                            "page": targets[target].pk if target in targets else None,
                            "document": None,
                            "url": join_url(language) if target == "start" else "",
                        },
                    },
                }
                for title, text, label, target in pages.HOME[language]["ctas"]
            ]
        )

    def navigation(
        self, about, desks, news_index, practice_index, taalakkoord, contact, statements, terms
    ):
        main = [about, desks, news_index, practice_index, taalakkoord, contact]
        footer = [statements["accessibility"], statements["privacy"], terms, contact]
        for locale in (self.nl, self.en):
            if Navigation.objects.filter(locale=locale).exists():
                continue

            def links(items, locale=locale):
                return json.dumps(
                    [
                        {
                            "type": "link",
                            "value": {"page": item.get_translation(locale).pk, "title": ""},
                        }
                        for item in items
                    ]
                )

            Navigation.objects.create(
                locale=locale,
                main_links=links(main),
                footer_links=links(footer),
                footer_text=pages.NAVIGATION_FOOTER[locale.language_code],
            )

    def site_settings(self, glossary_page):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if settings.glossary_page_id is None:
            settings.glossary_page = glossary_page
            settings.save()
        if not settings.email:
            settings.email = "info@lerenenwerken.example"
            settings.phone = "088 000 00 00"
            settings.address = "Landelijk team Leerwerkloketten\nPostbus 00000\n1000 AA Amsterdam"
            settings.linkedin_url = "https://www.linkedin.com/"
            settings.save()
