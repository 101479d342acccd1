# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    dunning_business_law = fields.Selection(
        related="company_id.dunning_business_law",
        readonly=False,
        help="Late-payment law of claims against business customers whose contract chose no "
        "law. Rome I Regulation (EC) 593/2008 art. 4(1)(a)/(b): the seller's (the company's) "
        "own law by default; a choice of law in the contract applies (art. 3), consumers keep "
        "their own country's law (art. 6).",
    )
