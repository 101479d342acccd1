# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""When a letter does not reach the customer: a channel that failed (no address, blacklisted, no
mobile), an email that bounced or that the mail server could not send. The letter goes to the
batch print queue, the chatter says why, and the collector gets an activity to fix the contact."""

from odoo import models


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    def _report_contact_problem(self, note):
        """Note a channel that failed and give the collector an activity to fix the contact."""
        self.ensure_one()
        self.message_post(body=note)
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._(
                "Check the contact details of %(customer)s", customer=self.partner_id.name
            ),
            note=note,
            user_id=self.partner_id._dunning_collector(self.policy_id).id,
        )

    def _message_receive_bounce(self, email, partner):
        """A bounced letter goes to the print queue, and its collector is told."""
        result = super()._message_receive_bounce(email, partner)
        for letter in self.filtered(lambda rec: rec.sent_channel == "email"):
            letter._requeue_for_print(
                self.env._(
                    "The email to %(email)s bounced: the letter is queued for the batch print.",
                    email=email,
                )
            )
        return result

    def _email_failed(self, reason):
        """The mail server could not deliver the letter's email (see mail.mail)."""
        for letter in self.filtered(
            lambda rec: rec.state == "sent" and rec.sent_channel == "email"
        ):
            letter._requeue_for_print(
                self.env._(
                    "The email to %(email)s could not be sent (%(reason)s): the letter is queued "
                    "for the batch print.",
                    email=letter.sent_to,
                    reason=reason,
                )
            )

    def _requeue_for_print(self, note):
        """A letter that did not reach the customer by email: print queue, note, activity."""
        self.ensure_one()
        self.write({"state": "to_send", "print_needed": True})
        self._report_contact_problem(note)
