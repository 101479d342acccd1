"""Money helpers: amounts are ``Decimal``, rounded once, per currency, at the edge."""

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
HUNDRED = Decimal("100")


def to_decimal(value):
    """Return ``value`` as a ``Decimal``.

    Floats (what the ORM hands out for monetary fields) go through their shortest ``repr``, so
    ``0.1`` becomes ``Decimal("0.1")`` and not the binary expansion.

    >>> to_decimal(0.1), to_decimal(None), to_decimal("12.50")
    (Decimal('0.1'), Decimal('0'), Decimal('12.50'))
    """
    if isinstance(value, Decimal):
        return value
    if value is None or value is False:
        return ZERO
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def quantum(digits):
    """The smallest unit of a currency with ``digits`` decimal places.

    >>> quantum(2), quantum(0), quantum(3)
    (Decimal('0.01'), Decimal('1'), Decimal('0.001'))
    """
    return Decimal(1).scaleb(-digits)


def round_money(amount, digits=2):
    """Round half up to the currency's ``digits`` (commercial rounding, as courts do).

    >>> round_money("2.345"), round_money("2.344"), round_money("1234.5", 0)
    (Decimal('2.35'), Decimal('2.34'), Decimal('1235'))
    """
    return to_decimal(amount).quantize(quantum(digits), rounding=ROUND_HALF_UP)


def percent_of(amount, percent, digits=2):
    """``percent`` % of ``amount``, rounded once to ``digits`` (a commission, a fee rate).

    >>> percent_of("12400.00", "2.5")
    Decimal('310.00')
    """
    return round_money(to_decimal(amount) * to_decimal(percent) / HUNDRED, digits)


def to_minor(amount, digits=2):
    """Integer minor units (cents, öre, kopecks) of an amount rounded to ``digits``.

    >>> to_minor("10.005"), to_minor("7", 0)
    (1001, 7)
    """
    return int(round_money(amount, digits).scaleb(digits))


def from_minor(units, digits=2):
    """``Decimal`` amount from integer minor units.

    >>> from_minor(1001), from_minor(7, 0)
    (Decimal('10.01'), Decimal('7'))
    """
    return Decimal(units).scaleb(-digits)
