# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    dunning_snailmail = fields.Boolean(
        related="company_id.dunning_snailmail",
        readonly=False,
        help="Printed dunning letters go by post through Odoo's Snailmail service instead of "
        "waiting in the print queue.",
    )
