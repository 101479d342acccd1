# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Sending a letter through Odoo's mail composer: the level's template in the customer's
language, the letter PDF and the invoices' PDFs attached, everything editable before it goes;
and resending a sent letter the same way, with the document that was sent.

What happens when the composer sends is in ``wizards/mail_compose_message.py``.
"""

from odoo import Command, models
from odoo.exceptions import UserError


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    def _mail_template(self):
        """The email that carries the letter: its level's template, else the standard one."""
        self.ensure_one()
        return self.level_id.mail_template_id or self.env.ref(
            "account_dunning.mail_template_dunning_letter"
        )

    def action_send_composer(self):
        """Send by Email (or Resend): Odoo's mail composer, prefilled from the level's template
        in the customer's language, with the letter and the invoices attached.

        A letter not yet sent is checked first (its invoices paid meanwhile leave it; a letter
        waiting for a legal value cannot go) and attached as a preview: when the composer
        sends, the letter is marked sent, its PDF rendered again with the sending date and
        stored, and that stored document replaces the preview. A sent letter is resent with
        the document stored when it was sent.
        """
        self.ensure_one()
        if self.state == "cancel":
            raise UserError(
                self.env._(
                    "Letter %(letter)s is cancelled: reset it to draft before sending it.",
                    letter=self.name,
                )
            )
        Send = self.env["account.dunning.letter.send"]
        preview = self.env["ir.attachment"]
        if self.state == "sent":
            if not self.sent_attachment_id:
                Send._store_sent_pdf(self)
            letter_pdf = self.sent_attachment_id
            title = self.env._("Resend Letter")
        else:
            self._check_still_owed()
            preview = letter_pdf = self._preview_attachment()
            title = self.env._("Send Letter by Email")
        attachments = letter_pdf | Send._invoice_pdfs(self)
        return {
            "type": "ir.actions.act_window",
            "name": title,
            "res_model": "mail.compose.message",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {
                "default_model": self._name,
                "default_res_ids": self.ids,
                "default_template_id": self._mail_template().id,
                "default_composition_mode": "comment",
                "default_email_layout_xmlid": "mail.mail_notification_light",
                "default_attachment_ids": [Command.set(attachments.ids)],
                "dunning_letter_send": True,
                "dunning_letter_preview_id": preview.id,
            },
        }

    def _check_still_owed(self):
        """A letter about to go: its open items read again and its dates and charges brought
        to the sending day (as *Send* does before an e-mail states them); an error when
        nothing is left to claim (a payment since it was drafted) or a legal value is still
        awaited."""
        self.ensure_one()
        self._check_not_waiting()
        self._refresh_open_items()
        if self.state != "cancel":
            self._set_send_dates()
        if self.state == "cancel":
            raise UserError(
                self.env._(
                    "Letter %(letter)s has nothing left to claim (%(reason)s): it is not sent.",
                    letter=self.name,
                    reason=self.cancel_reason or "",
                )
            )

    def _preview_attachment(self):
        """The letter as it would go now, as a composer attachment (not yet the letter's: the
        mail composer hands its attachments to the letter when it sends)."""
        self.ensure_one()
        content, report_type = self.env["ir.actions.report"]._render_qweb_pdf(
            "account_dunning.action_report_dunning_letter", self.ids
        )
        extension = "pdf" if report_type == "pdf" else "html"
        return self.env["ir.attachment"].create(
            {
                "name": f"{self.name.replace('/', '_')}.{extension}",
                "raw": content,
                "res_model": "mail.compose.message",
                "res_id": 0,
            }
        )
