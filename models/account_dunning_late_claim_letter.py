# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Claiming what invoices paid late owe: on the customer's next letter (claim mode, as charges)
or on a charges invoice at once (invoicing mode); waiving a claim.
"""

from datetime import timedelta

from odoo import Command, fields, models

from ..dunning_core import (
    late_payment as core_late,
    rates as core_rates,
)
from ..dunning_core.money import to_decimal


class AccountDunningLateClaim(models.Model):
    _inherit = "account.dunning.late.claim"

    # ------------------------------------------------------------------ claiming
    def _core_claim(self):
        """The claim's interest periods, computed again for the letter's breakdown."""
        self.ensure_one()
        item = self.move_line_id
        partner = self.partner_id.with_company(self.company_id)
        rule = self.env["account.dunning.interest.rule"]._for_partner(
            partner, partner._dunning_is_business(), self.company_id
        )
        Charge = self.env["account.dunning.charge"]
        return core_late.late_payment_claim(
            to_decimal(item.amount_currency if item.currency_id else item.balance),
            item.date_maturity,
            rule._to_core(),
            rates=rule.rate_source_id._rate_periods() if rule.rate_source_id else (),
            balance_changes=tuple(
                change for change in Charge._balance_changes(item) if change.on <= self.date_to
            ),
            claimed_until=self.date_from - timedelta(days=1),
            digits=self.currency_id.decimal_places,
            apply_no_accrual=not partner.dunning_moratorium_opt_out,
            contractual_rate=Charge._contractual_rate(item.move_id, partner),
            arose_on=Charge._obligation_date(item.move_id),
        )

    def _labels(self, lang_env, format_date):
        self.ensure_one()
        interest = lang_env._(
            "Late-payment interest, invoice %(invoice)s paid late on %(date)s",
            invoice=self.move_id.name,
            date=format_date(self.date_to),
        )
        compensation = lang_env._(
            "Fixed compensation, invoice %(invoice)s paid late", invoice=self.move_id.name
        )
        return interest, compensation

    def _letter_charge_vals(self, letter):
        """Charges of ``letter`` claiming the customer's open late-payment claims."""
        lang_env = letter.with_context(lang=letter._lang()).env
        vals = []
        for index, claim in enumerate(self):
            interest_label, compensation_label = claim._labels(lang_env, letter._format_date)
            sequence = 60 + 2 * index
            if claim.interest_amount:
                breakdown = []
                try:
                    core = claim._core_claim()
                except core_rates.MissingRatePeriod:
                    core = None
                for segment in core.segments if core else ():
                    breakdown.append(
                        Command.create(
                            {
                                "date_from": segment.date_from,
                                "date_to": segment.date_to,
                                "days": segment.days,
                                "day_basis": segment.year_days,
                                "rate": float(segment.rate),
                                "base": float(segment.base),
                                "amount": float(segment.amount),
                            }
                        )
                    )
                vals.append(
                    {
                        "letter_id": letter.id,
                        "kind": "interest",
                        "name": interest_label,
                        "currency_id": claim.currency_id.id,
                        "amount": claim.interest_amount,
                        "legal_source": claim.legal_source,
                        "late_claim_id": claim.id,
                        "interest_line_ids": breakdown,
                        "sequence": sequence,
                    }
                )
            if claim.compensation_amount:
                vals.append(
                    {
                        "letter_id": letter.id,
                        "kind": "compensation",
                        "name": compensation_label,
                        "currency_id": claim.compensation_currency_id.id,
                        "amount": claim.compensation_amount,
                        "legal_source": claim.compensation_source,
                        "late_claim_id": claim.id,
                        "sequence": sequence + 1,
                    }
                )
        return vals

    def _invoice_in_invoice_mode(self, policy_of, today):
        """Invoice mode: one charges invoice per claim, at once (a customer who paid late may
        get no further letter)."""
        for claim in self:
            policy = policy_of.get(claim.partner_id.id)
            if not policy or policy.charge_mode != "invoice":
                continue
            lang_env = claim.with_context(lang=claim.partner_id.lang).env
            interest_label, compensation_label = claim._labels(
                lang_env, lambda day: fields.Date.to_string(day)
            )
            lines = []
            if claim.interest_amount:
                lines.append((interest_label, "interest", claim.interest_amount))
            if claim.compensation_amount:
                lines.append(
                    (
                        compensation_label,
                        "compensation",
                        claim.compensation_currency_id._convert(
                            claim.compensation_amount, claim.currency_id, claim.company_id, today
                        ),
                    )
                )
            if not lines:
                continue
            move = claim.company_id._dunning_charges_invoice(
                claim.partner_id, claim.currency_id, lines, today, claim.move_id.name
            )
            claim.write({"state": "invoiced", "charges_move_id": move.id})

    def action_waive(self):
        """Goodwill: the collector drops the claim (logged on the customer)."""
        for claim in self.filtered(lambda rec: rec.state == "open"):
            claim.state = "waived"
            claim.partner_id.message_post(
                body=self.env._(
                    "Late-payment interest on invoice %(invoice)s waived by %(user)s "
                    "(%(interest)s, paid on %(date)s).",
                    invoice=claim.move_id.name,
                    user=self.env.user.name,
                    interest=claim.interest_amount,
                    date=claim.date_to,
                )
            )
        return True

    def _mark_claimed(self, letter):
        self.filtered(lambda rec: rec.state == "open").write(
            {"state": "claimed", "letter_id": letter.id}
        )
