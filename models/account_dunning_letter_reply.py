# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The customer answers a dunning email: the reply lands on the letter (Odoo threads it there),
is noted on the customer too, where the next collector looks first, and the collector gets an
activity to answer it."""

from markupsafe import Markup

from odoo import models


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    def _message_post_after_hook(self, message, msg_values):
        result = super()._message_post_after_hook(message, msg_values)
        if msg_values.get("message_type") == "email" and not message.author_id.user_ids.filtered(
            lambda user: not user.share
        ):  # an e-mail from outside the company: the customer's reply
            for letter in self:
                letter._note_customer_reply(message)
        return result

    def _note_customer_reply(self, message):
        self.ensure_one()
        partner = self.partner_id.commercial_partner_id
        intro = self.env._(
            "Reply to the dunning letter %(letter)s:", letter=self.name or self.display_name
        )
        partner.message_post(
            body=Markup("<p>%s</p>%s") % (intro, message.body or ""),
            author_id=message.author_id.id or None,
            email_from=message.email_from,
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        collector = partner.with_company(self.company_id)._dunning_collector(self.policy_id)
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.with_context(lang=collector.lang or self.env.lang).env._(
                "Answer the reply of %(customer)s", customer=partner.name
            ),
            user_id=collector.id,
        )
