# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AccountDunningLetterCancel(models.TransientModel):
    _name = "account.dunning.letter.cancel"
    _description = "Cancel Dunning Letters With a Reason"

    letter_ids = fields.Many2many(
        "account.dunning.letter",
        string="Letters",
        required=True,
        help="Letters to withdraw.",
    )
    reason = fields.Char(
        required=True,
        help="Why the letters are withdrawn: kept on each letter and logged in its chatter.",
    )

    def action_cancel_letters(self):
        self.ensure_one()
        self.letter_ids.action_cancel(reason=self.reason)
        return {"type": "ir.actions.act_window_close"}
