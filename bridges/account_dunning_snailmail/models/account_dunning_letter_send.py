# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Printed letters by post: a letter queued for the batch print (a printed level, an email
that could not go, or an email level that prints too) is handed to Odoo's Snailmail service
when its company posts dunning letters, with the PDF stored as the letter's document."""

from odoo import api, models
from odoo.exceptions import UserError


class AccountDunningLetterSend(models.AbstractModel):
    _inherit = "account.dunning.letter.send"

    @api.model
    def _send(self, letters):
        result = super()._send(letters)
        queued = letters.filtered(
            lambda rec: rec.print_needed
            and rec.state in ("to_send", "sent")
            and rec.company_id.dunning_snailmail
        )
        if queued:
            self._send_by_post(queued)
        return result

    @api.model
    def _postal_contact(self, letter):
        return letter.contact_id or letter.partner_id

    @api.model
    def _send_by_post(self, letters, from_button=False):
        """Post ``letters`` through Snailmail; those without a complete postal address stay
        in the print queue with the reason (from the button: an error naming the contact)."""
        Snailmail = self.env["snailmail.letter"]
        posted = self.env["account.dunning.letter"]
        for letter in letters.filtered(lambda rec: rec.state != "cancel"):
            contact = self._postal_contact(letter)
            if not Snailmail._is_valid_address(contact):
                problem = self.env._(
                    "%(contact)s has no complete postal address (street, city, postcode and "
                    "country)",
                    contact=contact.display_name,
                )
                if from_button:
                    raise UserError(
                        self.env._(
                            "Letter %(letter)s cannot go by post: %(problem)s. Complete the "
                            "address on the contact, or print the letter.",
                            letter=letter.name,
                            problem=problem,
                        )
                    )
                letter._report_contact_problem(
                    self.env._(
                        "Not posted (%(problem)s): left in the print queue.", problem=problem
                    )
                )
                continue
            posted |= letter
        if not posted:
            return True
        unsent = posted.filtered(lambda rec: rec.state in ("draft", "to_send"))
        unsent._refresh_open_items()
        unsent = unsent.filtered(lambda rec: rec.state != "cancel")
        for letter in unsent:
            letter._mark_sent("post", self._postal_address(letter))
        unsent._invoice_charges()
        posted = posted.filtered(lambda rec: rec.state == "sent")
        self._store_sent_pdf(posted)
        posted.write({"print_needed": False})
        Snailmail.create(
            [
                {
                    "partner_id": self._postal_contact(letter).id,
                    "model": letter._name,
                    "res_id": letter.id,
                    "company_id": letter.company_id.id,
                    "user_id": self.env.user.id,
                    "attachment_id": letter.sent_attachment_id.id,
                }
                for letter in posted
            ]
        )._snailmail_print(immediate=False)  # Snailmail's own job posts them
        return True

    @api.model
    def _postal_address(self, letter):
        contact = self._postal_contact(letter)
        parts = (contact.name, contact.street, contact.zip, contact.city, contact.country_id.name)
        return ", ".join(part for part in parts if part)
