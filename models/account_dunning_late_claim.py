# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Late-payment interest and fixed compensation on invoices paid after their due date.

The arithmetic is ``dunning_core.late_payment.late_payment_claim`` (interest up to the day of
payment, over the invoice's balance periods) and ``dunning_core.fees.compute_compensation``.
"""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core import (
    compensation as core_compensation,
    eu_directive,
    late_payment as core_late,
    rates as core_rates,
)
from ..dunning_core.money import to_decimal

CLAIM_STATES = [
    ("open", "To Claim"),
    ("claimed", "Claimed on a Letter"),
    ("invoiced", "Invoiced"),
    ("waived", "Waived"),
]


class AccountDunningLateClaim(models.Model):
    _name = "account.dunning.late.claim"
    _description = "Late-Payment Interest Claim"
    _order = "date_to desc, id desc"

    company_id = fields.Many2one(
        "res.company", required=True, index=True, help="Company owed the interest."
    )
    partner_id = fields.Many2one(
        "res.partner", string="Customer", required=True, index=True, help="Commercial partner."
    )
    move_line_id = fields.Many2one(
        "account.move.line",
        string="Journal Item",
        required=True,
        index=True,
        ondelete="cascade",
        help="Receivable instalment paid late.",
    )
    move_id = fields.Many2one(
        related="move_line_id.move_id", store=True, string="Invoice", help="Invoice paid late."
    )
    date_maturity = fields.Date(string="Due Date", help="Due date of the instalment.")
    date_from = fields.Date(string="From", required=True, help="First day of interest claimed.")
    date_to = fields.Date(
        string="Paid On",
        required=True,
        help="Last day of interest claimed: the day of the last payment (it still bears "
        "interest on the old balance).",
    )
    days = fields.Integer(help="Days of interest claimed.")
    currency_id = fields.Many2one(
        "res.currency", required=True, help="Currency of the invoice and of the interest."
    )
    interest_amount = fields.Monetary(
        string="Interest", help="Interest owed for the days claimed, rounded once."
    )
    compensation_amount = fields.Monetary(
        string="Fixed Compensation",
        currency_field="compensation_currency_id",
        help="Statutory fixed compensation owed for the late payment (businesses only; once "
        "per invoice).",
    )
    compensation_currency_id = fields.Many2one(
        "res.currency", help="Currency of the statutory fixed sum (EUR, SEK, NOK, GBP)."
    )
    legal_source = fields.Char(help="Statutes the interest and the compensation rest on.")
    compensation_source = fields.Char(help="Statute of the fixed compensation.")
    state = fields.Selection(
        CLAIM_STATES,
        default="open",
        required=True,
        index=True,
        help="To claim on the customer's next letter (claim mode), claimed on a sent letter, "
        "invoiced (invoice mode), or waived by the collector.",
    )
    letter_id = fields.Many2one(
        "account.dunning.letter",
        readonly=True,
        ondelete="set null",
        help="Sent letter that claimed it.",
    )
    charges_move_id = fields.Many2one(
        "account.move",
        string="Charges Invoice",
        readonly=True,
        ondelete="set null",
        help="Dunning-charges invoice that books it (invoice mode).",
    )

    # ------------------------------------------------------------------ collection
    @api.model
    def _collect(self, company, today, partners=None):
        """Claims for the instalments of ``company`` paid after their due date within the
        look-back of their customer's policy; invoiced at once under policies that invoice
        charges. Idempotent: no day is claimed twice."""
        # Only where the company claims statutory charges at all: a policy none of whose
        # levels claims interest or compensation claims none on late payments either.
        policies = (
            self.env["account.dunning.policy"]
            .search([("company_id", "=", company.id), ("late_payment_days", ">", 0)])
            .filtered(
                lambda policy: any(
                    level.claim_interest or level.claim_compensation for level in policy.level_ids
                )
            )
        )
        if not policies:
            return self.browse()
        cutoff = today - timedelta(days=max(policies.mapped("late_payment_days")))
        domain = [
            ("company_id", "=", company.id),
            ("account_type", "=", "asset_receivable"),
            ("parent_state", "=", "posted"),
            ("move_id.move_type", "=", "out_invoice"),
            ("partner_id", "!=", False),
            ("matched_credit_ids.max_date", ">=", cutoff),
        ]
        if partners is not None:
            domain.append(("partner_id", "child_of", partners.ids))
        items = self.env["account.move.line"].search(domain, order="date_maturity, id")
        items = items.filtered(
            lambda aml: aml.date_maturity
            and max(aml.matched_credit_ids.mapped("max_date")) > aml.date_maturity
        )
        # Charges invoices (fees, interest) bear no interest themselves (BGB § 289; simple
        # interest only, Directive 2011/7/EU art. 2).
        charges_moves = (
            self.env["account.dunning.letter"]
            .search([("charges_move_id", "in", items.move_id.ids)])
            .charges_move_id
            | self.search([("charges_move_id", "in", items.move_id.ids)]).charges_move_id
        )
        items = items.filtered(lambda aml: aml.move_id not in charges_moves)
        if not items:
            return self.browse()
        commercial = items.partner_id.commercial_partner_id.with_company(company)
        policy_of = policies._select_for_partners(commercial)
        claims = self.browse()
        for item in items:
            partner = item.partner_id.commercial_partner_id.with_company(company)
            policy = policy_of.get(partner.id)
            if not policy or policy not in policies or partner.dunning_late_interest_waived:
                continue
            paid_on = max(item.matched_credit_ids.mapped("max_date"))
            if paid_on < today - timedelta(days=policy.late_payment_days) or paid_on > today:
                continue
            vals = self._claim_vals(item, partner, policy, today)
            if vals:
                claims |= self.create(vals)
        claims._invoice_in_invoice_mode(policy_of, today)
        return claims

    def _claimed_until(self, item):
        """Last day of interest on ``item`` already claimed: on a sent letter, on a charges
        invoice, or by an earlier claim (waived days are not claimed again either)."""
        Charge = self.env["account.dunning.charge"]
        charges = Charge.search(
            [
                ("kind", "=", "interest"),
                ("letter_line_id.move_line_id", "=", item.id),
                ("letter_id.state", "=", "sent"),
            ]
        )
        days = charges.interest_line_ids.mapped("date_to")
        days += self.search([("move_line_id", "=", item.id)]).mapped("date_to")
        return max(days, default=None)

    def _claim_vals(self, item, partner, policy, today):
        company = item.company_id
        is_business = partner._dunning_is_business()
        currency = item.currency_id or company.currency_id
        claimed_until = self._claimed_until(item)
        rule = self.env["account.dunning.interest.rule"]._for_partner(
            partner, is_business, company, on=today
        )
        claim = None
        start = item.date_maturity
        if rule and rule.start_after_reminder:
            # In default only by a reminder (BGB § 286 Abs. 1): interest from the day after
            # the first one sent; paid before any reminder, nothing is owed.
            start = self.env["account.dunning.letter"]._first_reminder_on(item, today)
            if not start:
                return None
        if rule:
            Charge = self.env["account.dunning.charge"]
            try:
                claim = core_late.late_payment_claim(
                    to_decimal(item.amount_currency if item.currency_id else item.balance),
                    start,
                    rule._to_core(),
                    rates=rule.rate_source_id._rate_periods() if rule.rate_source_id else (),
                    balance_changes=Charge._balance_changes(item),
                    claimed_until=claimed_until,
                    today=today,
                    digits=currency.decimal_places,
                    apply_no_accrual=not partner.dunning_moratorium_opt_out,
                    contractual_rate=Charge._contractual_rate(item.move_id, partner),
                    arose_on=Charge._obligation_date(item.move_id),
                )
            except core_rates.MissingRatePeriod as error:
                # Never a guessed rate: the claim waits; the managers are asked for the rate.
                if rule.rate_source_id:
                    source = rule.rate_source_id.sudo()
                    source._ask_managers(
                        source._missing_summary(error.needed_from, error.unconfirmed)
                    )
                return None
        if claim is None:
            return None
        vals = {
            "company_id": company.id,
            "partner_id": partner.id,
            "move_line_id": item.id,
            "date_maturity": item.date_maturity,
            "date_from": claim.date_from,
            "date_to": claim.date_to,
            "days": (claim.date_to - claim.date_from).days + 1,
            "currency_id": currency.id,
            "interest_amount": float(claim.interest),
            "legal_source": rule.legal_source,
        }
        if not rule.country_id:  # the directive's minimum, not the state's statutory rate
            vals["legal_source"] = rule._directive_minimum_text(
                partner._dunning_law_country(company), partner.lang, "interest"
            )
        try:
            vals.update(self._compensation_vals(item, partner, is_business, claim.date_to))
        except core_compensation.MissingCompensationPeriod as error:
            # Only the compensation waits; the interest is claimed (issue 14).
            compensation = self.env["account.dunning.compensation"]
            summary = compensation._missing_summary(error)
            compensation._ask_managers_on(partner, summary, summary)
        total = currency._convert(float(claim.interest), company.currency_id, company, today)
        if vals.get("compensation_amount"):
            total += (
                self.env["res.currency"]
                .browse(vals["compensation_currency_id"])
                ._convert(vals["compensation_amount"], company.currency_id, company, today)
            )
        if company.currency_id.compare_amounts(total, policy.late_payment_min_amount) < 0:
            return None
        return vals

    def _compensation_vals(self, item, partner, is_business, paid_on):
        """The statutory fixed sum, once per invoice (none when a letter or an earlier claim
        already claimed it)."""
        if not is_business:
            return {}
        move = item.move_id
        claimed = self.env["account.dunning.charge"].search_count(
            [
                ("kind", "=", "compensation"),
                ("letter_line_id.move_id", "=", move.id),
                ("letter_id.state", "!=", "cancel"),
            ]
        ) or self.search_count([("move_id", "=", move.id), ("compensation_amount", ">", 0)])
        if claimed:
            return {}
        company = item.company_id
        country = partner._dunning_law_country(company).code or ""
        currency = item.currency_id or company.currency_id
        amount_due = abs(item.amount_currency if item.currency_id else item.balance)
        if country in core_compensation.UK_CODES:
            gbp = self.env.ref("base.GBP")
            amount_due = currency._convert(amount_due, gbp, company, paid_on)
            currency = gbp
        fees_before = sum(
            self.env["account.dunning.charge"]
            .search(
                [
                    ("kind", "=", "fee"),
                    ("waived", "=", False),
                    ("carried_from_id", "=", False),
                    ("letter_id.state", "=", "sent"),
                    ("letter_id.line_ids.move_id", "=", move.id),
                ]
            )
            .mapped("amount")
        )
        decision = core_compensation.compute_compensation(
            country,
            True,
            amount_due,
            currency.name,
            paid_on,
            fees_already_charged=fees_before,
            table=self.env["account.dunning.compensation"]._core_table(),
        )
        if decision.reason != core_compensation.COMPENSATION_OK:
            return {}
        legal_source = decision.legal_source
        table = self.env["account.dunning.compensation"]._core_table()
        if country not in {row.country for row in table} and eu_directive.is_euro_member(
            country, paid_on
        ):  # the directive's default row, not an amount of the state's law
            legal_source = self.env["account.dunning.interest.rule"]._directive_minimum_text(
                partner._dunning_law_country(company), partner.lang, "compensation"
            )
        charge_currency = (
            self.env["res.currency"]
            .with_context(active_test=False)
            .search([("name", "=", decision.currency)], limit=1)
        )
        return {
            "compensation_amount": float(decision.amount),
            "compensation_currency_id": charge_currency.id,
            "compensation_source": legal_source,
        }


class AccountDunningCharge(models.Model):
    _inherit = "account.dunning.charge"

    late_claim_id = fields.Many2one(
        "account.dunning.late.claim",
        string="Late-Payment Claim",
        readonly=True,
        ondelete="set null",
        help="Interest or compensation owed on an invoice paid late, claimed on this letter.",
    )


class AccountDunningPolicy(models.Model):
    _inherit = "account.dunning.policy"

    late_payment_days = fields.Integer(
        string="Late-Payment Look-Back (Days)",
        default=365,
        help="Invoices paid after their due date within this many days owe the interest up to "
        "the payment day and the fixed compensation: claimed on the customer's next letter, or "
        "invoiced at once when charges are invoiced, where a level of the policy claims "
        "interest or compensation. 0: not claimed.",
    )
    late_payment_min_amount = fields.Monetary(
        string="Late-Payment Minimum",
        currency_field="currency_id",
        help="Interest and compensation on an invoice paid late are claimed only from this "
        "amount (company currency).",
    )

    @api.constrains("late_payment_days", "late_payment_min_amount")
    def _check_late_payment(self):
        for policy in self:
            if policy.late_payment_days < 0 or policy.late_payment_min_amount < 0:
                raise ValidationError(
                    self.env._(
                        "Late-Payment Look-Back and Late-Payment Minimum of policy %(policy)s "
                        "cannot be negative (0 for none).",
                        policy=policy.display_name,
                    )
                )


class ResPartner(models.Model):
    _inherit = "res.partner"

    dunning_late_interest_waived = fields.Boolean(
        string="Waive Late-Payment Interest",
        help="Goodwill: interest and compensation on invoices this customer paid late are not "
        "claimed (the change is logged in the chatter).",
    )
    dunning_late_claim_ids = fields.One2many(
        "account.dunning.late.claim",
        "partner_id",
        string="Late-Payment Claims",
        help="Interest owed on invoices paid late.",
    )

    def write(self, vals):
        result = super().write(vals)
        if "dunning_late_interest_waived" in vals:
            for partner in self:
                partner.message_post(
                    body=self.env._(
                        "Late-payment interest on invoices paid late waived by %(user)s.",
                        user=self.env.user.name,
                    )
                    if vals["dunning_late_interest_waived"]
                    else self.env._(
                        "Late-payment interest on invoices paid late claimed again (%(user)s).",
                        user=self.env.user.name,
                    )
                )
        return result
