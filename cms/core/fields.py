"""A StreamField that keeps block edits out of migrations.

Wagtail writes the full block definition into every migration, so each change to a block
(a new help text, an extra option) produces a migration. The database column does not change,
so we leave the definition out; data migrations that need blocks import them directly.
"""

from wagtail.fields import StreamField as WagtailStreamField


class StreamField(WagtailStreamField):
    def deconstruct(self):
        name, _path, _args, kwargs = super().deconstruct()
        # An empty definition, exactly as Wagtail deconstructs a StreamField with no blocks.
        kwargs["block_lookup"] = {}
        return name, "wagtail.fields.StreamField", [[]], kwargs
