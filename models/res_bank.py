# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResBank(models.Model):
    _inherit = "res.bank"

    dunning_corr_account = fields.Char(
        string="Correspondent Account",
        help="Russian correspondent account of the bank at the Bank of Russia (корреспондентский "
        "счёт, 20 digits). The Russian pre-trial claim prints it with the bank's BIC (БИК) in "
        "the creditor's payment details.",
    )

    @api.constrains("dunning_corr_account")
    def _check_dunning_corr_account(self):
        for bank in self:
            value = (bank.dunning_corr_account or "").strip()
            if value and not re.fullmatch(r"\d{20}", value):
                raise ValidationError(
                    self.env._(
                        "Correspondent Account of %(bank)s must be 20 digits (got %(value)s): "
                        "correct it on the bank or leave it empty.",
                        bank=bank.name,
                        value=value,
                    )
                )
