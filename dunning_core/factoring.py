"""Selling invoices to a factor: the fee, what the factor owes, and its advance.

The fee and the advance are percentages of the open amount sold, as the factoring agreement sets
them (contract terms, not statute). Each figure is rounded once, to the currency; the receivable
on the factor is the total less the fee, so the sale entry balances to the cent, and the final
settlement is what the factor owes after the advance.
"""

from dataclasses import dataclass

from .money import HUNDRED, ZERO, round_money, to_decimal


@dataclass(frozen=True)
class FactoringSale:
    total: object  # Decimal: open amount of the invoices sold
    fee: object  # Decimal: the factor's fee
    factor_receivable: object  # Decimal: total - fee, owed by the factor
    advance: object  # Decimal: paid by the factor on the sale
    final_settlement: object  # Decimal: factor_receivable - advance, paid when settled


def sale_figures(open_amounts, fee_percent, advance_rate, digits=2):
    """Figures of selling invoices with ``open_amounts`` at ``fee_percent`` and ``advance_rate``.

    Raises ``ValueError`` for a fee outside [0, 100), an advance rate outside (0, 100] or a
    negative open amount.
    """
    fee_percent = to_decimal(fee_percent)
    advance_rate = to_decimal(advance_rate)
    amounts = [to_decimal(amount) for amount in open_amounts]
    if not ZERO <= fee_percent < HUNDRED:
        raise ValueError("The factoring fee must be at least 0 and below 100 %.")
    if not ZERO < advance_rate <= HUNDRED:
        raise ValueError("The advance rate must be above 0 and at most 100 %.")
    if any(amount < ZERO for amount in amounts):
        raise ValueError("An invoice sold cannot have a negative open amount.")
    total = round_money(sum(amounts, ZERO), digits)
    fee = round_money(total * fee_percent / HUNDRED, digits)
    advance = round_money(total * advance_rate / HUNDRED, digits)
    receivable = total - fee
    if advance > receivable:
        raise ValueError("The advance cannot exceed what the factor owes after its fee.")
    return FactoringSale(total, fee, receivable, advance, receivable - advance)
