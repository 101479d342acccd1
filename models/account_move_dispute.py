# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A dispute has an owner and a date to look at it again (the collector's worklist shows it)."""

from datetime import timedelta

from odoo import fields, models

from ..dunning_core import cockpit as core_cockpit
from .dunning_security import COLLECTOR_GROUP, _check_fields

DISPUTE_FIELDS = ("dunning_dispute_user_id", "dunning_dispute_revisit_date")


class AccountMove(models.Model):
    _inherit = "account.move"

    dunning_dispute_user_id = fields.Many2one(
        "res.users",
        string="Dispute Owner",
        copy=False,
        tracking=True,
        help="Who settles the dispute: set to the collector who blocks the invoice in dispute "
        "(else the customer's collector); the dispute is on their worklist.",
    )
    dunning_dispute_revisit_date = fields.Date(
        string="Revisit Dispute On",
        copy=False,
        tracking=True,
        help="When the dispute comes back on the owner's worklist: two weeks after it is "
        "raised unless set; move it on when the customer needs longer.",
    )

    def write(self, vals):
        _check_fields(self, DISPUTE_FIELDS, COLLECTOR_GROUP, vals)
        if "dunning_block_reason" not in vals:
            return super().write(vals)
        if vals["dunning_block_reason"] != "dispute":
            # The block is lifted or is no longer a dispute: nothing to revisit.
            vals = {**vals, "dunning_dispute_user_id": False, "dunning_dispute_revisit_date": False}
            return super().write(vals)
        new = self.filtered(lambda move: move.dunning_block_reason != "dispute")
        result = super().write(vals)
        new._dunning_default_dispute_followup()
        return result

    def _dunning_default_dispute_followup(self):
        """Owner and revisit date of disputes just raised, where the flow did not give them."""
        today = fields.Date.context_today(self)
        user = self.env.user
        for move in self:
            values = {}
            if not move.dunning_dispute_user_id:
                owner = user
                if user._is_superuser() or user.share or not user.has_group(COLLECTOR_GROUP):
                    owner = move.commercial_partner_id.with_company(
                        move.company_id
                    )._dunning_collector()
                values["dunning_dispute_user_id"] = owner.id
            if not move.dunning_dispute_revisit_date:
                values["dunning_dispute_revisit_date"] = today + timedelta(
                    days=core_cockpit.DISPUTE_REVISIT_DAYS
                )
            if values:
                move.write(values)
