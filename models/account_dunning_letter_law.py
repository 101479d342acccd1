# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Letters and the law: waiting for a confirmed legal value (issue 14)."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..dunning_core import (
    deadlines as core_deadlines,
    rates as core_rates,
)


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    charges_waiting_reason = fields.Text(
        string="Waiting For",
        readonly=True,
        copy=False,
        help="Legal value (reference rate, fixed compensation) the letter's charges need and "
        "that nobody entered or confirmed yet. The letter stays in draft; the daily run "
        "computes it again once a manager enters the value.",
    )

    # ------------------------------------------------------------------ waiting for the law
    def _wait_for_legal_data(self, message, error):
        """Keep the letter in draft with ``message`` and a to-do for the managers."""
        self.ensure_one()
        changed = self.charges_waiting_reason != message
        self.write({"state": "draft", "charges_waiting_reason": message})
        summary = self.env._("Enter the missing legal rate or amount")
        source = self.env["account.dunning.rate.source"]
        if isinstance(error, core_rates.MissingRatePeriod):
            source = (
                self.env["account.dunning.interest.rule"]
                .sudo()
                .search([("code", "=", error.rule_code)], limit=1)
                .rate_source_id
            )
            if source:
                summary = source._missing_summary(error.needed_from, error.unconfirmed)
                source._ask_managers(summary, note=message)
        if changed:
            self.message_post(body=message)
        todo = self.env.ref("mail.mail_activity_data_todo")
        if not self.activity_ids.filtered(
            lambda act: act.summary == summary and act.activity_type_id == todo
        ):
            managers = (source or self.env["account.dunning.rate.source"])._dunning_managers()
            collector = self.policy_id.collector_id
            user = collector if collector in managers else managers[:1]
            self.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=summary,
                note=message,
                user_id=user.id,
            )

    def _retry_waiting_charges(self):
        """Daily run: letters waiting for a legal value are computed again; those now complete
        leave the wait (to the send queue when their policy sends automatically)."""
        waiting = self.filtered(lambda rec: rec.state == "draft" and rec.charges_waiting_reason)
        if not waiting:
            return waiting
        self.env["account.dunning.charge"]._compute_for_letters(waiting)
        released = waiting.filtered(lambda rec: not rec.charges_waiting_reason)
        todo = self.env.ref("mail.mail_activity_data_todo")
        for letter in released:
            letter.activity_ids.filtered(lambda act: act.activity_type_id == todo).action_feedback(
                feedback=self.env._("The missing legal value was entered.")
            )
            letter.message_post(
                body=self.env._(
                    "Charges computed: the legal value the letter waited for is now confirmed."
                )
            )
        released.filtered("policy_id.auto_send").write({"state": "to_send"})
        return released

    def action_confirm(self):
        self._check_not_waiting()
        return super().action_confirm()

    # ------------------------------------------------------------------ legal passage
    def _legal_section(self):
        """Which statutory passage the letter carries, by level and the customer's country.

        first: the invoice may have been lost, a copy is attached; reminder: a further
        reminder (in Germany the Mahnung that puts the debtor in default, BGB § 286);
        no_inkassovarsel: inkassoloven § 9 (at least 14 days); se_inkassokrav: inkassolagen 5 §;
        de_final: letzte Mahnung announcing Mahnbescheid or Inkasso; ru_claim: досудебная
        претензия (АПК РФ ст. 4 ч. 5, 30 days, businesses); ru_consumer: final demand to a private
        person announcing a судебный приказ (ГПК РФ гл. 11); final: final demand with collection
        costs on the debtor; handover: the claim goes to collection.
        """
        self.ensure_one()
        level = self.level_id
        # The law of the claim (Rome I), not the customer's address: the language stays theirs.
        country = self.partner_id._dunning_law_country(self.company_id).code
        if level.agency_eligible:
            return "handover"
        if level.is_final_demand:
            if country == "NO":
                # The shipped Norwegian level already carries the § 9 wording in its text; the
                # passage is added only where a company's own text lacks it.
                return "" if "§ 9" in str(self._level_body()) else "no_inkassovarsel"
            if country == "SE":
                return "se_inkassokrav"
            if country == "DE":
                return "de_final"
            if country == "RU":
                # The pre-trial claim of АПК РФ ст. 4 ч. 5 binds disputes before the arbitrazh
                # court, between businesses; a private person is sued in a court of general
                # jurisdiction (судебный приказ, ГПК РФ гл. 11), where it does not apply.
                if self.partner_id.commercial_partner_id._dunning_is_business():
                    return "ru_claim"
                return "ru_consumer"
            return "final"
        first = self.policy_id.level_ids.sorted(lambda lvl: (lvl.days, lvl.sequence))[:1]
        return "first" if level == first else "reminder"

    def _first_reminder_date(self, item=None):
        """Date of the first letter sent after the due date and before this letter, on
        ``item`` (a receivable line) or on any of this letter's items: the reminder that put
        the debtor in default (BGB § 286 Abs. 1); False when none."""
        self.ensure_one()
        return self._first_reminder_on(item or self.line_ids.move_line_id, self.date, self)

    @api.model
    def _first_reminder_on(self, items, before, exclude=None):
        """Date of the first letter sent on one of ``items`` after its due date and before
        ``before`` (not ``exclude``); False when none."""
        earlier = self.env["account.dunning.letter.line"].search(
            [
                ("move_line_id", "in", items.ids),
                ("letter_id", "not in", (exclude or self.browse()).ids),
                ("letter_id.state", "=", "sent"),
                ("letter_id.date", "<", before),
            ]
        )
        dates = [
            line.letter_id.date
            for line in earlier
            if not line.move_line_id.date_maturity
            or line.letter_id.date > line.move_line_id.date_maturity
        ]
        return min(dates, default=False)

    def _default_text(self):
        """The German final demand's sentence on when the debtor fell into default (BGB
        § 286), matching the interest it claims: a business since the due dates (Abs. 2 and 3),
        a consumer since the first reminder (Abs. 1), or by this letter."""
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        if self.partner_id._dunning_is_business():
            return env._(
                "Final reminder: you have been in default since the due dates of the invoices "
                "listed (section 286(2) and (3) German Civil Code)."
            )
        first = self._first_reminder_date()
        if first:
            return env._(
                "Final reminder: you have been in default since our reminder of %(date)s "
                "(section 286(1) German Civil Code).",
                date=self._format_date(first),
            )
        return env._(
            "Final reminder: with this reminder you are in default (section 286(1) German Civil "
            "Code)."
        )

    # ------------------------------------------------------------------ dates at sending
    @api.model
    def _pay_by_for(self, partner, level, sent_on, company=None):
        """(pay-by date or False, legal source) of a letter at ``level`` sent on ``sent_on``:
        the level's days from sending, never less than the statutory minimum of a final demand
        (SE inkassokrav 8 days, NO inkassovarsel 14 days, RU претензия 30 days for businesses;
        ``dunning_core.deadlines``)."""
        commercial = partner.commercial_partner_id
        day, source = core_deadlines.pay_by(
            sent_on,
            level.deadline_days,
            commercial._dunning_law_country(company or self.env.company).code or "",
            commercial._dunning_is_business(),
            level.is_final_demand,
        )
        return day or False, source

    def _set_send_dates(self):
        """The letter date is the day it goes out and the pay-by date counts from it (a letter
        reviewed three days after drafting still gives its full deadline)."""
        today = fields.Date.context_today(self)
        for letter in self.filtered(lambda rec: rec.state in ("draft", "to_send")):
            sent_on = max(today, letter.date or today)
            deadline, source = self._pay_by_for(
                letter.partner_id, letter.level_id, sent_on, letter.company_id
            )
            vals = {}
            if letter.date != sent_on:
                vals["date"] = sent_on
                if letter.fee_waiver_date:
                    vals["fee_waiver_date"] = letter.fee_waiver_date + (sent_on - letter.date)
            if (letter.deadline_date or False) != deadline:
                vals["deadline_date"] = deadline
            if vals:
                letter.write(vals)
            if source and "deadline_date" in vals:
                letter.message_post(
                    body=self.env._(
                        "Pay-by date %(date)s: the statutory minimum from sending applies "
                        "(%(law)s).",
                        date=letter._format_date(deadline),
                        law=source,
                    )
                )

    def action_send(self):
        pending = self.filtered(lambda rec: rec.state in ("draft", "to_send"))
        pending._check_not_waiting()
        pending._set_send_dates()  # before an SMS or email states the pay-by date
        return super().action_send()

    def _mark_sent(self, channel, recipient=False):
        self._check_not_waiting()
        self._set_send_dates()
        result = super()._mark_sent(channel, recipient=recipient)
        for letter in self:
            letter.charge_ids.late_claim_id._mark_claimed(letter)
        return result

    def _check_not_waiting(self):
        """A letter waiting for a legal value is neither approved nor sent without it."""
        waiting = self.filtered("charges_waiting_reason")
        if waiting:
            raise UserError(
                self.env._(
                    "Letter %(letter)s waits for a legal value: %(reason)s Enter or confirm it, "
                    "then use Recompute Charges (or wait for the daily run).",
                    letter=waiting[0].name,
                    reason=waiting[0].charges_waiting_reason,
                )
            )
