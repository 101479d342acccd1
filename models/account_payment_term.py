# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AccountPaymentTerm(models.Model):
    _inherit = "account.payment.term"

    dunning_contractual_rate = fields.Float(
        string="Late-Payment Interest Rate (%)",
        digits=(16, 4),
        help="Annual late-payment rate agreed in these terms. On an invoice with these terms it "
        "applies instead of the customer's contractual rate, and instead of the statutory rate "
        "where it is higher (the statutory rate is the floor the law guarantees).",
    )

    @api.constrains("dunning_contractual_rate")
    def _check_dunning_contractual_rate(self):
        for term in self:
            if term.dunning_contractual_rate < 0:
                raise ValidationError(
                    self.env._(
                        "Late-Payment Interest Rate of payment terms %(terms)s cannot be "
                        "negative: enter the agreed annual percent, or 0 for none.",
                        terms=term.display_name,
                    )
                )
