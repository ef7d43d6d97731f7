from django.utils.translation import override

from home.formatting import format_price


def listed_prices(organisation, expert=None):
    """The price of each listed format and duration, formatted in the active language.

    The expert's own prices come before the organisation's list, and the first price listed
    for a format and duration is the one that counts.
    """
    tables = [*(expert.services if expert else []), *organisation.price_list]
    prices = {}
    for table in tables:
        for row in table.value["rows"]:
            prices.setdefault((row["format"], row["duration_minutes"]), format_price(row["price"], row["currency"]))
    return [{"format": fmt, "duration_minutes": minutes, "price": price} for (fmt, minutes), price in prices.items()]


def estimate(prices, format, duration_minutes):
    return next((row["price"] for row in prices if (row["format"], row["duration_minutes"]) == (format, duration_minutes)), None)


def price_estimate(order):
    """The estimate of a stored order in the orderer's language; None when no listed price fits."""
    with override(order.language):
        return estimate(listed_prices(order.organisation, order.expert), order.format, order.duration_minutes)
