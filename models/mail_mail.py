# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class MailMail(models.Model):
    _inherit = "mail.mail"

    def _postprocess_sent_message(self, success_pids, failure_reason=False, failure_type=None):
        """A dunning letter whose email could not be delivered goes to the print queue.

        Odoo leaves a failed mail in the exception state and never retries it, so without this
        a letter stayed "sent" although nobody received it (a bounce arriving later is handled
        by the letter's ``_message_receive_bounce``).
        """
        if failure_type:
            letter_ids = [
                mail.res_id
                for mail in self
                if mail.model == "account.dunning.letter"
                and mail.res_id
                and (not mail.recipient_ids or set(mail.recipient_ids.ids) - set(success_pids))
            ]
            if letter_ids:
                letters = self.env["account.dunning.letter"].sudo().browse(letter_ids).exists()
                letters._email_failed(failure_reason or failure_type)
        return super()._postprocess_sent_message(
            success_pids, failure_reason=failure_reason, failure_type=failure_type
        )
