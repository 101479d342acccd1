"""Before anyone files: what a court claim is expected to bring, against what it costs.

A small, explicit heuristic (not law): the chance of recovering a claim falls with the debtor's
payment behaviour and with the age of the debt. Costs won in court are recovered with the claim
(the loser pays: ZPO § 91, rättegångsbalken 18 kap. 1 §, tvisteloven § 20-2, АПК РФ ст. 110,
CPR 44.2), so the expected net is  p x (claim + costs) - costs.
"""

from dataclasses import dataclass
from decimal import Decimal

from .money import ZERO, round_money, to_decimal

# Chance of recovering the claim in court by payment-behaviour category
# (dunning_core.behaviour: reliable / slow / at_risk); unknown debtors count as slow.
BASE_RECOVERY = {
    "reliable": Decimal("0.90"),
    "slow": Decimal("0.70"),
    "at_risk": Decimal("0.40"),
}
# Older debts are harder to collect: factor applied from these ages (days overdue).
AGE_FACTORS = ((365, Decimal("0.6")), (180, Decimal("0.8")))


@dataclass(frozen=True)
class LegalForecast:
    probability: Decimal  # 0..1, two decimals
    expected_recovery: Decimal  # p x (claim + costs), rounded
    expected_net: Decimal  # expected_recovery - costs, rounded
    worth_filing: bool  # expected_net > 0


def recovery_probability(category, days_overdue):
    probability = BASE_RECOVERY.get(category or "slow", BASE_RECOVERY["slow"])
    for min_days, factor in AGE_FACTORS:
        if days_overdue >= min_days:
            probability *= factor
            break
    return probability.quantize(Decimal("0.01"))


def forecast(claim, costs, days_overdue, category, digits=2):
    """Expected outcome of filing a claim of ``claim`` costing ``costs`` up front."""
    claim = to_decimal(claim)
    costs = to_decimal(costs)
    if claim <= 0:
        raise ValueError(f"claim must be positive, got {claim}.")
    if costs < 0:
        raise ValueError(f"costs must not be negative, got {costs}.")
    probability = recovery_probability(category, days_overdue)
    recovery = round_money(probability * (claim + costs), digits)
    net = round_money(recovery - costs, digits)
    return LegalForecast(probability, recovery, net, net > ZERO)
