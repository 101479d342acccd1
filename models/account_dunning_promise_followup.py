# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A broken promise waits on the collector's worklist until it is followed up."""

from odoo import fields, models


class AccountDunningPromise(models.Model):
    _inherit = "account.dunning.promise"

    followup_date = fields.Date(
        string="Followed Up On",
        readonly=True,
        copy=False,
        tracking=True,
        help="When the collector followed up the broken promise (a call logged from the "
        "worklist); until then it is on the worklist.",
    )

    def _dunning_mark_followed_up(self, note=None):
        """Broken promises followed up today: they leave the worklist."""
        today = fields.Date.context_today(self)
        for promise in self.filtered(lambda rec: rec.state == "broken" and not rec.followup_date):
            promise.followup_date = today
            promise.message_post(body=note or self.env._("Broken promise followed up."))
