"""Numbers, prices and durations written the way each language writes them (with Babel)."""

from decimal import Decimal

from babel import Locale as BabelLocale
from babel.numbers import format_currency, format_decimal
from babel.units import format_unit
from django.utils import translation


def _babel_locale(language=None):
    return BabelLocale.parse((language or translation.get_language() or "en").replace("-", "_"))


def format_price(amount, currency, language=None):
    """`35 €` in Estonian, `355 kr` in Norwegian: whole amounts without decimals, others with two."""
    locale = _babel_locale(language)
    amount = Decimal(amount)
    pattern = locale.currency_formats["standard"].pattern
    if amount == amount.to_integral_value():
        pattern = pattern.replace(".00", "")
    return format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)


def format_duration(minutes, language=None):
    """`1 t`, `1,5 t`, `45 min`, in the language's own abbreviations, never broken across lines."""
    locale = _babel_locale(language)
    if minutes % 60 and minutes < 60:
        text = format_unit(minutes, "duration-minute", length="short", locale=locale)
    else:
        text = format_unit(Decimal(minutes) / 60, "duration-hour", length="short", locale=locale)
    return text.replace(" ", "\N{NO-BREAK SPACE}")


def format_number(value, language=None):
    return format_decimal(value, locale=_babel_locale(language))
