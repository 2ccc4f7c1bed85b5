"""What happens when a page's review ends with approval (`WAGTAIL_FINISH_WORKFLOW_ACTION`).

Wagtail publishes the page's latest saved version. A translation made with wagtail-localize is
saved as a version only when someone asks for it, while its texts are edited at once: the
texts as they stand now (the reviewer's own corrections included) are saved first, so what was
approved is what goes live. Imported by Wagtail while its models load, so it imports lazily.
"""

import logging

logger = logging.getLogger(__name__)


def publish_approved(workflow_state, user=None):
    from django.core.exceptions import ValidationError
    from wagtail.models import Page

    from .translation_review import synced_translation

    content = workflow_state.content_object
    if isinstance(content, Page):
        translation = synced_translation(content)
        if translation is not None:
            try:
                translation.save_target(user=user, publish=False)
            except ValidationError:
                # The texts cannot be saved as they are (a clashing address, say): the version
                # the editor submitted is published instead, as Wagtail would.
                logger.warning("Translation of page %s could not be saved", content.pk)
            content.refresh_from_db(fields=["latest_revision"])  # the version just saved
    content.get_latest_revision().publish(user=user)
