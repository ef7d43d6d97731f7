from home.formatting import format_price


def price_estimate(order):
    """The listed price of a service in the order's format and duration, formatted; None when none fits."""
    price_lists = [order.expert.services] if order.expert else []
    price_lists.append(order.organisation.price_list)
    for price_list in price_lists:
        for table in price_list:
            for row in table.value["rows"]:
                if row["duration_minutes"] == order.duration_minutes and row["format"] == order.format:
                    return format_price(row["price"], row["currency"], order.language)
    return None
