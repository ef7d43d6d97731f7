"""A model field for several choices from a fixed list, filterable on SQLite and PostgreSQL alike."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Lookup
from django.utils.translation import gettext_lazy as _

SEPARATOR = ","


class ChoiceListField(models.CharField):
    """Stores ["lecture", "panel"] as ",lecture,panel," so that `field__has="panel"` is one LIKE."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value is None or isinstance(value, list):
            return value
        if isinstance(value, (tuple, set)):
            return list(value)
        return [item for item in value.split(SEPARATOR) if item]

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def get_prep_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            return value
        return SEPARATOR + SEPARATOR.join(value) + SEPARATOR if value else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {code for code, _label in self.choices}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise ValidationError(_("Unknown choice: %(choice)s"), params={"choice": ", ".join(unknown)})
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def get_display(self, value):
        labels = dict(self.choices)
        return [labels.get(item, item) for item in value]


@ChoiceListField.register_lookup
class Has(Lookup):
    """`assignment_types__has="panel"`: the list holds that choice."""

    lookup_name = "has"

    def get_prep_lookup(self):
        escaped = str(self.rhs).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{SEPARATOR}{escaped}{SEPARATOR}%"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} LIKE {rhs} ESCAPE '\\'", [*lhs_params, *rhs_params]
