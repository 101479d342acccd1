# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    dunning_snailmail = fields.Boolean(
        string="Dunning Letters by Post",
        help="Printed dunning letters go by post through Odoo's Snailmail service (paid with "
        "IAP credits) instead of waiting in the print queue. A contact without a complete "
        "postal address (street, city, postcode, country) stays in the print queue.",
    )
