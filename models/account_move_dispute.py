# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A dispute has an owner and a date to look at it again (the collector's worklist shows it)."""

from datetime import timedelta

from markupsafe import Markup

from odoo import fields, models

from ..dunning_core import cockpit as core_cockpit
from .dunning_security import COLLECTOR_GROUP, _check_fields

DISPUTE_FIELDS = ("dunning_dispute_user_id", "dunning_dispute_revisit_date")
PORTAL_REASON_MAX = 2000  # characters of a reason typed in the portal (the block note is a Char)


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

    # ------------------------------------------------------------------ from the portal
    def _dunning_portal_dispute(self, reason, customer):
        """The customer ``customer`` (a partner) disputes this invoice from the portal, saying
        ``reason``: the invoice is held from dunning in dispute (unless something else holds it
        already), the reason is its block note and on its chatter, and the dispute's owner gets
        an activity. Returns the code of the message the portal page shows: "ok", or why
        nothing was written ("reason", "paid", "exists")."""
        self.ensure_one()
        reason = " ".join((reason or "").split())[:PORTAL_REASON_MAX]
        if not reason:
            return "reason"
        if self.currency_id.compare_amounts(self._dunning_open_amount(self.currency_id), 0) <= 0:
            return "paid"
        if self.dunning_block_reason == "dispute":
            return "exists"
        if not self.dunning_block_reason:
            self._dunning_block("dispute", note=reason)
        else:  # a plan, a promise, an agency... holds it: the collector decides
            self._dunning_default_dispute_followup()
        owner = self.dunning_dispute_user_id
        self.message_post(
            body=Markup(self.env._("Disputed by %(customer)s in the portal: %(reason)s"))
            % {"customer": customer.display_name, "reason": reason},
            author_id=customer.id,
        )
        lang_env = self.with_context(lang=owner.lang or self.env.lang).env
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            date_deadline=fields.Date.context_today(self),
            summary=lang_env._("Dispute from the portal: %(invoice)s", invoice=self.name),
            note=reason,
            user_id=owner.id,
        )
        return "ok"
