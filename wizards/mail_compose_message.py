# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, models
from odoo.exceptions import UserError
from odoo.tools.misc import format_date, formatLang

from ..models.dunning_security import dunning_action


class MailComposeMessage(models.TransientModel):
    """A dunning letter sent from the mail composer (``account.dunning.letter``'s
    ``action_send_composer``) is marked sent with the exact document attached, its charges
    invoiced and its print queued when its level prints too; a resend is logged."""

    _inherit = "mail.compose.message"

    def _action_send_mail(self, auto_commit=False):
        dunning = self.filtered(
            lambda wizard: wizard.model == "account.dunning.letter"
            and wizard.composition_mode == "comment"
            and self.env.context.get("dunning_letter_send")
        )
        resent = {}
        for wizard in dunning:
            resent[wizard.id] = wizard._dunning_before_send()
        result = super()._action_send_mail(auto_commit=auto_commit)
        for wizard in dunning:
            wizard._dunning_after_send(resent[wizard.id])
        return result

    def action_schedule_message(self, scheduled_date=False):
        """A dunning letter goes now: its pay-by date and its charges count from sending, and a
        scheduled message would bypass both."""
        if self.env.context.get("dunning_letter_send") and any(
            wizard.model == "account.dunning.letter" for wizard in self
        ):
            raise UserError(
                self.env._(
                    "A dunning letter cannot be scheduled: its pay-by date counts from sending. "
                    "Use Send, or send it later from the letter."
                )
            )
        return super().action_schedule_message(scheduled_date=scheduled_date)

    def _dunning_letters(self):
        return self.env["account.dunning.letter"].browse(self._evaluate_res_ids())

    def _dunning_recipients(self):
        return ", ".join(self.partner_ids.filtered("email").mapped("email"))

    @dunning_action
    def _dunning_before_send(self):
        """Mark the letters sent and swap the preview for the stored document.

        :return: the letters that were sent already (a resend)
        """
        self.ensure_one()
        letters = self._dunning_letters()
        resent = letters.filtered(lambda rec: rec.state == "sent")
        Send = self.env["account.dunning.letter.send"]
        preview = (
            self.env["ir.attachment"]
            .browse(self.env.context.get("dunning_letter_preview_id"))
            .exists()
        )
        for letter in letters - resent:
            if letter.state == "cancel":
                raise UserError(
                    self.env._(
                        "Letter %(letter)s was cancelled meanwhile: it is not sent.",
                        letter=letter.name,
                    )
                )
            prepared = (letter.amount_to_pay_currency, letter.deadline_date)
            letter._check_still_owed()
            if (letter.amount_to_pay_currency, letter.deadline_date) != prepared:
                # A composer left open over a day: its text states the old amount or date.
                raise UserError(
                    self.env._(
                        "Letter %(letter)s changed since this e-mail was prepared (to pay now "
                        "%(amount)s, by %(deadline)s): open Send by Email again, so that the "
                        "e-mail says what the letter says.",
                        letter=letter.name,
                        amount=formatLang(
                            self.env, letter.amount_to_pay_currency, currency_obj=letter.currency_id
                        ),
                        deadline=format_date(self.env, letter.deadline_date),
                    )
                )
            Send._mark_emailed(letter, self._dunning_recipients())
            if preview and preview in self.attachment_ids:
                # The document kept is the one that goes: rendered with the sending date.
                self.attachment_ids = [
                    Command.unlink(preview.id),
                    Command.link(letter.sent_attachment_id.id),
                ]
                preview.unlink()
        return resent

    @dunning_action
    def _dunning_after_send(self, resent):
        self.ensure_one()
        Send = self.env["account.dunning.letter.send"]
        for letter in self._dunning_letters():
            if letter in resent:
                letter.message_post(
                    body=self.env._(
                        "Letter resent by email to %(email)s.",
                        email=self._dunning_recipients(),
                    )
                )
            else:
                Send._after_email(letter)
