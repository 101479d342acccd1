# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Letters and the law: waiting for a confirmed legal value (issue 14)."""

from odoo import fields, models
from odoo.exceptions import UserError

from ..dunning_core import interest as core_interest


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
        if isinstance(error, core_interest.MissingRatePeriod):
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

    def _mark_sent(self, channel, recipient=False):
        self._check_not_waiting()
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
