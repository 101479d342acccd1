# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The customer's statement of account by e-mail: Odoo's mail composer, prefilled from a
template in the customer's language with the statement PDF attached, so the collector checks
and edits the subject, the text, the recipients and the attachments before it goes."""

from odoo import models


class ResPartner(models.Model):
    _inherit = "res.partner"

    def _dunning_statement_company(self):
        """The company whose statement is sent: the one the user works in (the report's)."""
        return self.env.company

    def action_dunning_send_statement(self):
        """The mail composer for the statement of account of these customers."""
        partners = self.commercial_partner_id
        template = self.env.ref("account_dunning.mail_template_dunning_statement")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Send Statement of Account"),
            "res_model": "mail.compose.message",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {
                "default_model": "res.partner",
                "default_res_ids": partners.ids,
                "default_template_id": template.id,
                "default_composition_mode": "comment" if len(partners) == 1 else "mass_mail",
                "default_email_layout_xmlid": "mail.mail_notification_light",
            },
        }
