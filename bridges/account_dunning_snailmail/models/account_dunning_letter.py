# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from odoo.addons.account_dunning.models.dunning_security import dunning_action


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    sent_channel = fields.Selection(
        selection_add=[("post", "By Post (Snailmail)")], ondelete={"post": "set null"}
    )
    snailmail_letter_ids = fields.One2many(
        "snailmail.letter",
        "res_id",
        string="Postal Letters",
        domain=[("model", "=", "account.dunning.letter")],
        readonly=True,
        help="The letter as posted by Odoo's Snailmail service, with its delivery state.",
    )

    @dunning_action
    def action_send_post(self):
        """Send by Post: the letter through Odoo's postal service (Snailmail), now."""
        return self.env["account.dunning.letter.send"]._send_by_post(self, from_button=True)
