# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What each charge of a letter amounts to: the reminder fee (within the debtor's law and the
caps), the fixed compensation per invoice, the late-payment interest over rate and balance
periods. The figures come from ``dunning_core``; these build the charge records' values.
"""

from datetime import timedelta

from odoo import Command, models

from ..dunning_core import (
    compensation as core_compensation,
    eu_directive,
    fee_law as core_fee_law,
    fees as core_fees,
    interest as core_interest,
    interest_rules as core_rules,
)
from ..dunning_core.money import to_decimal


class AccountDunningCharge(models.Model):
    _inherit = "account.dunning.charge"

    # ------------------------------------------------------------------ fee
    def _fee_vals(self, letter, rule, history, company, entries=None):
        items = letter.line_ids.move_line_id
        previous = history.filtered(
            lambda rec: rec.kind == "fee"
            and not rec.waived
            and not rec.carried_from_id
            and rec.letter_id.line_ids.move_line_id & items
        )
        entries = letter.line_ids if entries is None else entries
        # The fee is on the debt, not on the charges invoices the letter also lists.
        base = letter.amount_total - sum((letter.line_ids - entries).mapped("amount_residual"))
        overdue = company.currency_id._convert(base, rule.currency_id, company, letter.date)
        days = max(entries.mapped("days_overdue"), default=0)
        decision = core_fees.compute_fee(
            rule._to_core(),
            overdue,
            days,
            fees_already_charged=len(previous.letter_id),
            customer_agreed=letter.partner_id._dunning_fee_agreed(company),
            digits=rule.currency_id.decimal_places,
            due_date=min(entries.mapped("date_maturity"), default=None),
        )
        if not decision.charged:
            letter.message_post(
                body=self.env._(
                    "No reminder fee on this letter: %(reason)s.",
                    reason=self._fee_reason_label(decision.reason),
                )
            )
            return None
        # The debtor's law applies whatever the rule says (a rule without a country, a cap
        # that changed since the rule was saved): checked on the letter's date.
        lawful = self._lawful_fee(
            letter, rule, decision.amount, days, len(previous.letter_id), entries
        )
        if not lawful.charged:
            letter.message_post(
                body=self.env._(
                    "No reminder fee on this letter: the law of %(country)s does not allow it "
                    "(%(reason)s; %(law)s).",
                    country=letter.partner_id._dunning_law_country(letter.company_id).name,
                    reason=self._fee_law_reason_label(lawful.reason),
                    law=lawful.legal_source,
                )
            )
            return None
        currency = rule.currency_id
        amount = decision.amount
        capped = lawful.reason == core_fee_law.FEE_CAPPED
        if capped:
            currency = (
                self.env["res.currency"]
                .with_context(active_test=False)
                .search([("name", "=", lawful.currency)], limit=1)
            )
            amount = lawful.amount
            letter.message_post(
                body=self.env._(
                    "Reminder fee lowered to the legal cap of %(amount)s %(currency)s (%(law)s).",
                    amount=lawful.amount,
                    currency=lawful.currency,
                    law=lawful.legal_source,
                )
            )
        if letter.level_id.fee_waiver_days:
            letter.fee_waiver_date = letter.date + timedelta(days=letter.level_id.fee_waiver_days)
        return {
            "letter_id": letter.id,
            "kind": "fee",
            "name": rule.with_context(lang=letter._lang()).name,
            "currency_id": currency.id,
            "amount": float(amount),
            "legal_source": (lawful.legal_source if capped else rule.legal_source) or False,
        }

    def _in_default_before(self, letter, entries):
        """Whether the debtor was in default on one of ``entries`` before ``letter`` (BGB
        § 286: an earlier reminder sent on the item, or 30 days for a business)."""
        reminders = self.env["account.dunning.letter.line"].search(
            [
                ("move_line_id", "in", entries.move_line_id.ids),
                ("letter_id", "!=", letter.id),
                ("letter_id.state", "=", "sent"),
                ("letter_id.date", "<", letter.date),
            ]
        )
        business = letter.partner_id._dunning_is_business()
        for entry in entries.filtered("date_maturity"):
            sent = reminders.filtered(lambda rec, e=entry: rec.move_line_id == e.move_line_id)
            if core_fee_law.in_default_before(
                letter.date,
                entry.date_maturity,
                entry.move_line_id.move_id.invoice_date,
                business,
                sent.letter_id.mapped("date"),
            ):
                return True
        return False

    def _lawful_fee(self, letter, rule, amount, days, fees_before, entries):
        partner = letter.partner_id.commercial_partner_id
        company = letter.company_id
        country = partner._dunning_law_country(company)  # Rome I: the law of the claim
        caps = self.env["account.dunning.fee.cap"].search(
            [("country_id", "=", country.id), ("fee_type", "=", rule.fee_type)]
        )

        def in_currency(code):
            target = (
                self.env["res.currency"]
                .with_context(active_test=False)
                .search([("name", "=", code)], limit=1)
            )
            return to_decimal(
                rule.currency_id._convert(float(amount), target, company, letter.date)
            )

        return core_fee_law.lawful_fee(
            in_currency,
            country.code or "",
            rule.fee_type,
            letter.date,
            partner._dunning_fee_agreed(company),
            days,
            fees_already_charged=fees_before,
            caps=caps._to_core(),
            in_default=(
                country.code not in core_fee_law.FEE_ONLY_AFTER_DEFAULT
                or self._in_default_before(letter, entries)
            ),
        )

    def _fee_law_reason_label(self, code):
        return {
            core_fee_law.FEE_NOT_AGREED_BY_LAW: self.env._(
                "the customer has not agreed to reminder fees"
            ),
            core_fee_law.FEE_TOO_EARLY_BY_LAW: self.env._("too early after the due date"),
            core_fee_law.FEE_MAX_BY_LAW: self.env._("the most fees the law allows were charged"),
            core_fee_law.FEE_NOT_IN_DEFAULT: self.env._(
                "the customer was not yet in default: the reminder that puts the customer in "
                "default carries no fee"
            ),
            core_fee_law.FEE_CAP_UNKNOWN: self.env._(
                "no confirmed cap covers the letter's date: enter it under Configuration > "
                "Dunning > Legal Caps"
            ),
        }.get(code, code)

    def _fee_reason_label(self, code):
        return {
            core_fees.FEE_NOT_AGREED: self.env._("the customer has not agreed to reminder fees"),
            core_fees.FEE_NOT_OVERDUE: self.env._("nothing is overdue"),
            core_fees.FEE_TOO_EARLY: self.env._("too early after the due date for a fee"),
            core_fees.FEE_MAX_REACHED: self.env._("the most fees the law allows were charged"),
            core_fees.FEE_ZERO: self.env._("the rule computes no fee"),
        }.get(code, code)

    # ------------------------------------------------------------------ compensation
    def _compensation_vals(self, letter, entry, history):
        move = entry.move_id
        if history.filtered(lambda rec: rec.kind == "compensation" and rec.move_id == move):
            return None  # once per invoice
        company = letter.company_id
        fees_before = sum(
            history.filtered(
                lambda rec: rec.kind == "fee"
                and not rec.waived
                and not rec.carried_from_id
                and move in rec.letter_id.line_ids.move_id
            ).mapped("amount")
        )
        country = letter.partner_id._dunning_law_country(company).code or ""
        currency = entry.currency_id or company.currency_id
        amount_due = entry.amount_residual_currency
        if country in core_compensation.UK_CODES:
            gbp = self.env.ref("base.GBP")
            amount_due = currency._convert(amount_due, gbp, company, letter.date)
            currency = gbp
        table = self.env["account.dunning.compensation"]._core_table()
        decision = core_compensation.compute_compensation(
            country,
            True,
            amount_due,
            currency.name,
            letter.date,
            fees_already_charged=fees_before,
            table=table,
        )
        if decision.reason != core_compensation.COMPENSATION_OK:
            return None
        legal_source = decision.legal_source
        if country not in {row.country for row in table} and eu_directive.is_euro_member(
            country, letter.date
        ):  # the directive's default row, not an amount of the state's law
            legal_source = letter._directive_minimum_source("compensation")
        # The statutory sum's currency (EUR, SEK, NOK, GBP) need not be active in the company:
        # a US company dunning a German business still owes it 40 EUR (found when the demo
        # company's first final demand crashed the run on a missing currency).
        charge_currency = (
            self.env["res.currency"]
            .with_context(active_test=False)
            .search([("name", "=", decision.currency)], limit=1)
        )
        return {
            "letter_id": letter.id,
            "letter_line_id": entry.id,
            "kind": "compensation",
            "name": letter.with_context(lang=letter._lang()).env._(
                "Fixed compensation, invoice %(invoice)s", invoice=move.name
            ),
            "currency_id": charge_currency.id,
            "amount": float(decision.amount),
            "legal_source": legal_source,
            "_replaces_fees": decision.replaces_fees,
        }

    # ------------------------------------------------------------------ interest
    def _balance_changes(self, item):
        """Payments and credit notes on ``item`` as ``dunning_core`` balance changes."""
        changes = []
        for partial in item.matched_credit_ids:
            counterpart = partial.credit_move_id.move_id
            kind = (
                core_rules.CHANGE_CREDIT_NOTE
                if counterpart.move_type == "out_refund"
                else core_rules.CHANGE_PAYMENT
            )
            amount = partial.debit_amount_currency if item.currency_id else partial.amount
            changes.append(core_interest.BalanceChange(partial.max_date, -to_decimal(amount), kind))
        return changes

    def _contractual_rate(self, invoice, partner):
        """The agreed late-payment rate: the invoice's payment terms first (the agreement made
        for that sale), else the customer's; None where nothing was agreed."""
        rate = (
            invoice.invoice_payment_term_id.dunning_contractual_rate
            or partner.dunning_contractual_rate
        )
        return to_decimal(rate) if rate else None

    def _obligation_date(self, invoice):
        """The day the monetary obligation arose: delivery (``delivery_date``, where set) or
        else invoicing, not the due date (Пленум ВС РФ № 44 п. 7, Постановление № 497); None
        (the due date) for an entry without an invoice date."""
        return invoice.delivery_date or invoice.invoice_date or None

    def _interest_vals(self, letter, entry, rule, history):
        item = entry.move_line_id
        partner = letter.partner_id.commercial_partner_id
        currency = entry.currency_id or letter.company_id.currency_id
        rates = rule.rate_source_id._rate_periods() if rule.rate_source_id else ()
        kwargs = {
            "rule": rule._to_core(),
            "rates": rates,
            "balance_changes": self._balance_changes(item),
            "digits": currency.decimal_places,
            "apply_no_accrual": not partner.dunning_moratorium_opt_out,
            "contractual_rate": self._contractual_rate(entry.move_id, partner),
            "arose_on": self._obligation_date(entry.move_id),
        }
        principal = to_decimal(item.amount_currency if item.currency_id else item.balance)
        start = entry.date_maturity
        if rule.start_after_reminder:
            # In default only by a reminder sent after the due date (BGB § 286 Abs. 1): the
            # interest days begin the day after it; the letter causing default claims none.
            start = letter._first_reminder_date(item)
            if not start:
                return None
        result = core_interest.compute_interest(principal, start, letter.date, **kwargs)
        # In invoicing mode, interest already invoiced on an earlier letter is not claimed again:
        # this letter claims from the day after the last period invoiced.
        invoiced = history.filtered(
            lambda rec: rec.kind == "interest"
            and rec.letter_line_id.move_line_id == item
            and rec.letter_id.charges_move_id
        ).interest_line_ids
        # Days a late-payment claim already covered (the item was partly paid late) neither.
        late = self.env["account.dunning.late.claim"].search([("move_line_id", "=", item.id)])
        since = max(invoiced.mapped("date_to") + late.mapped("date_to"), default=None)
        total = result.total
        segments = result.segments
        if since:
            before = core_interest.compute_interest(principal, start, since, **kwargs)
            total = result.total - before.total
            segments = tuple(s for s in segments if s.date_to > since)
        if total <= 0:
            return None
        period_lines = []
        for segment in segments:
            first = (
                max(segment.date_from, since + timedelta(days=1)) if since else segment.date_from
            )
            days = (segment.date_to - first).days + 1
            period_lines.append(
                Command.create(
                    {
                        "date_from": first,
                        "date_to": segment.date_to,
                        "days": days,
                        "day_basis": segment.year_days,
                        "rate": float(segment.rate),
                        "base": float(segment.base),
                        "amount": float(
                            segment.base * segment.rate * days / (100 * segment.year_days)
                        ),
                    }
                )
            )
        return {
            "letter_id": letter.id,
            "letter_line_id": entry.id,
            "kind": "interest",
            # Printed on the letter: in the customer's language, not the collector's.
            "name": letter.with_context(lang=letter._lang()).env._(
                "Late-payment interest, invoice %(invoice)s", invoice=entry.move_id.name
            ),
            "currency_id": currency.id,
            "amount": float(total),
            "legal_source": rule.legal_source,
            "interest_line_ids": period_lines,
        }
