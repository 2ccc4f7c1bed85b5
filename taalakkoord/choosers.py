"""The member chooser: editors pick the Taalakkoord members a story is about, by name.

It offers the members of the public directory only: those who chose not to be named are never
offered, and the list is searched instead of scrolled, however many members there are.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet

from employers.models import Organisation

from .models import Commitment


class MemberSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Name of the member"),
        widget=forms.TextInput(attrs={"placeholder": _("Search by name")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(name__icontains=query)
        return objects


class MemberFilterMixin:
    filter_form_class = MemberSearchForm

    def can_create(self):
        return False  # organisations join through the application form, never here


class MemberChooseView(MemberFilterMixin, chooser_views.ChooseView):
    pass


class MemberChooseResultsView(MemberFilterMixin, chooser_views.ChooseResultsView):
    pass


class MemberCreateView(MemberFilterMixin, chooser_views.CreateView):
    pass


def public_member_choices():
    """The rule for an organisation a story may name: a member in the public directory."""
    return {"pk__in": Commitment.objects.public().values("organisation_id")}


def public_members():
    return Organisation.objects.filter(**public_member_choices()).order_by("name")


class MemberChosenView(chooser_views.ChosenView):
    def get_object(self, pk):
        # Another organisation's id, or no id at all: not found.
        try:
            return public_members().get(pk=pk)
        except (ValueError, TypeError, ValidationError) as error:
            raise Organisation.DoesNotExist(f"No member with id {pk!r}") from error


class MemberChosenMultipleView(chooser_views.ChosenMultipleView):
    def get_objects(self, pks):
        return public_members().filter(pk__in=[pk for pk in pks if str(pk).isdigit()])


class MemberChooserViewSet(ChooserViewSet):
    model = Organisation
    icon = "group"
    choose_one_text = _("Choose a member")
    choose_another_text = _("Choose another member")
    choose_view_class = MemberChooseView
    choose_results_view_class = MemberChooseResultsView
    create_view_class = MemberCreateView
    chosen_view_class = MemberChosenView
    chosen_multiple_view_class = MemberChosenMultipleView
    per_page = 20

    def get_object_list(self):
        return public_members()


member_chooser_viewset = MemberChooserViewSet("taalakkoord_member_chooser")


def connect():
    """A good practice names public members only, whatever id a form sends (the pages' app
    knows nothing of the Taalakkoord, so the rule is set from here)."""
    from cms.goodpractices.models import GoodPracticeMember

    GoodPracticeMember._meta.get_field(
        "organisation"
    ).remote_field.limit_choices_to = public_member_choices
