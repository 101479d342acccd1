# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core import (
    eu_directive,
    interest_rules as core_rules,
)
from ..dunning_core.money import to_decimal

CUSTOMER_TYPES = [("business", "Business"), ("consumer", "Consumer"), ("any", "Any")]


class AccountDunningInterestRule(models.Model):
    """Statutory late-payment interest of one country for businesses or consumers.

    The computation is ``dunning_core.interest.compute_interest``; this record holds the rule's
    parameters and the legal source they come from.
    """

    _name = "account.dunning.interest.rule"
    _description = "Late-Payment Interest Rule"
    _inherit = ["mail.thread"]
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True, help="Name shown to managers.")
    code = fields.Char(required=True, help="Technical code, e.g. de_b2b.")
    sequence = fields.Integer(default=10, help="Order of the rules; the first match applies.")
    active = fields.Boolean(default=True, help="Archive a rule no longer in force.")
    country_id = fields.Many2one(
        "res.country",
        help="Country of the customers the rule applies to. Empty: EU member states without a "
        "rule of their own (the directive's default).",
    )
    customer_type = fields.Selection(
        CUSTOMER_TYPES,
        required=True,
        default="business",
        help="Business customers, consumers, or both.",
    )
    rate_kind = fields.Selection(
        [
            (core_rules.RATE_REFERENCE_PLUS_MARGIN, "Reference rate + margin"),
            (core_rules.RATE_FIXED, "Fixed rate"),
        ],
        required=True,
        default=core_rules.RATE_REFERENCE_PLUS_MARGIN,
        help="A published reference rate plus percentage points, or a fixed annual rate.",
    )
    rate_source_id = fields.Many2one(
        "account.dunning.rate.source",
        string="Reference Rate Table",
        help="Table of the reference rate (required for reference rate + margin).",
    )
    margin = fields.Float(
        digits=(16, 4), help="Percentage points added to the reference rate (may be 0)."
    )
    fixed_rate = fields.Float(
        string="Fixed Rate (%)", digits=(16, 4), help="Annual rate of a fixed-rate rule."
    )
    day_count = fields.Selection(
        [
            (core_rules.ACT_365, "Actual/365"),
            (core_rules.ACT_ACT, "Actual/actual by calendar year"),
        ],
        required=True,
        default=core_rules.ACT_365,
        help="Actual/365 (also in leap years: SE, DE, UK, EU) or actual/actual split at "
        "31 December (NO, RU).",
    )
    rate_fixing = fields.Selection(
        [
            (core_rules.PER_PERIOD, "Follows every rate change"),
            (core_rules.FIXED_AT_START, "Fixed when interest starts"),
        ],
        required=True,
        default=core_rules.PER_PERIOD,
        help="Whether each rate change applies from its date, or the rate in force when "
        "interest starts applies for the debt's whole life (UK).",
    )
    start_delay_days = fields.Integer(
        help="Interest starts this many days after the day following the due date (0: the day "
        "after the due date).",
    )
    start_after_reminder = fields.Boolean(
        string="Interest from the Reminder",
        help="Interest runs only from the day after the first reminder sent after the due "
        "date, which put the debtor in default (BGB § 286 Abs. 1: a consumer, unless the "
        "invoice carried the § 286 Abs. 3 notice); a letter before any reminder claims none.",
    )
    allocation = fields.Selection(
        [
            (core_rules.PRINCIPAL_FIRST, "Payments reduce the principal"),
            (core_rules.COSTS_INTEREST_PRINCIPAL, "Costs, then interest, then principal"),
        ],
        required=True,
        default=core_rules.PRINCIPAL_FIRST,
        help="How a partial payment is allocated; costs, interest, principal is BGB § 367.",
    )
    no_accrual_from = fields.Date(help="First day of a window in which no interest accrues.")
    no_accrual_to = fields.Date(help="Last day of the no-accrual window.")
    no_accrual_reason = fields.Char(
        help="Legal basis of the window, e.g. the 2022 Russian moratorium."
    )
    no_accrual_scope = fields.Selection(
        [
            ("prior", "Obligations that arose before the window"),
            ("all", "All obligations"),
        ],
        default="prior",
        help="Which debts the no-accrual window spares. The 2022 Russian moratorium covers "
        "obligations that arose before it came into force, not those arising during it "
        "(Пленум ВС РФ № 44 п. 7). The obligation arises at delivery: the invoice's delivery "
        "date where set, else its invoice date (not its due date); an invoice delivered on or "
        "after the first day accrues interest.",
    )
    legal_source = fields.Char(required=True, help="Statute the rule implements.")

    _sql_constraints = [
        ("code_unique", "unique(code)", "The code of an interest rule must be unique."),
    ]

    @api.constrains("rate_kind", "rate_source_id", "no_accrual_from", "no_accrual_to")
    def _check_rule(self):
        for rule in self:
            if rule.rate_kind == core_rules.RATE_REFERENCE_PLUS_MARGIN and not rule.rate_source_id:
                raise ValidationError(
                    self.env._(
                        "Interest rule %(rule)s adds a margin to a reference rate but has no "
                        "Reference Rate Table: choose the table, or make it a fixed rate.",
                        rule=rule.name,
                    )
                )
            if bool(rule.no_accrual_from) != bool(rule.no_accrual_to) or (
                rule.no_accrual_from and rule.no_accrual_from > rule.no_accrual_to
            ):
                raise ValidationError(
                    self.env._(
                        "Interest rule %(rule)s: the no-accrual window needs both dates, the "
                        "first not after the last.",
                        rule=rule.name,
                    )
                )

    def _to_core(self):
        self.ensure_one()
        windows = ()
        if self.no_accrual_from:
            windows = (
                core_rules.NoAccrualWindow(
                    self.no_accrual_from,
                    self.no_accrual_to,
                    self.no_accrual_reason or "",
                    obligations_before=(
                        self.no_accrual_from if self.no_accrual_scope != "all" else None
                    ),
                ),
            )
        return core_rules.InterestRule(
            code=self.code,
            rate_kind=self.rate_kind,
            margin=to_decimal(self.margin),
            fixed_rate=to_decimal(self.fixed_rate)
            if self.rate_kind == core_rules.RATE_FIXED
            else None,
            day_count=self.day_count,
            rate_fixing=self.rate_fixing,
            start_delay_days=self.start_delay_days,
            no_accrual_windows=windows,
            allocation=self.allocation,
            legal_source=self.legal_source,
            rate_table=self.rate_source_id.code or "",
        )

    @api.model
    def _for_partner(self, partner, is_business, company=None, on=None):
        """The rule for a customer's claims of ``company``: the law that applies to them
        (Rome I, ``res.partner._dunning_law_country``), then the EU default where it may apply."""
        country = partner._dunning_law_country(company or self.env.company)
        return self._for_country(country, is_business, on)

    @api.model
    def _for_country(self, country, is_business, on=None):
        """The rule of ``country``'s law for a business or a consumer on ``on``: the country's
        own rule, else the directive's minimum for euro-area member states only
        (``dunning_core.eu_directive``); none for a non-euro member state without a rule."""
        kind = "business" if is_business else "consumer"
        rules = self.search([("customer_type", "in", (kind, "any"))])
        for rule in rules:
            if rule.country_id and rule.country_id == country:
                return rule
        if self._directive_fallback(country, is_business, on, rules).interest:
            return rules.filtered(lambda r: not r.country_id)[:1]
        return self.browse()

    @api.model
    def _directive_fallback(self, country, is_business, on=None, rules=None):
        """``eu_directive.fallback`` for ``country`` (a res.country) on ``on`` (default today)."""
        if rules is None:
            kind = "business" if is_business else "consumer"
            rules = self.search([("customer_type", "in", (kind, "any"))])
        return eu_directive.fallback(
            country.code or "",
            is_business,
            on or fields.Date.context_today(self),
            own_rule_countries=rules.country_id.mapped("code"),
        )

    @api.model
    def _directive_minimum_text(self, country, lang, kind="interest"):
        """Legal basis printed for the EU default: the directive's minimum, never presented as
        ``country``'s statutory rate or amount (its own law gives at least that)."""
        env = self.with_context(lang=lang).env
        name = country.with_context(lang=lang).name or country.code or ""
        if kind == "compensation":
            return env._(
                "Minimum fixed compensation of Directive 2011/7/EU (art. 6: at least 40 EUR); "
                "not an amount set by the law of %(country)s",
                country=name,
            )
        return env._(
            "Minimum statutory rate of Directive 2011/7/EU (art. 2(6) and 3(1): ECB main "
            "refinancing rate + 8 percentage points); not the statutory rate of %(country)s, "
            "which is at least this minimum",
            country=name,
        )
