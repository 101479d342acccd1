# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Log Call from the worklist: the call done, the broken promise followed up."""

from odoo import fields, models


class AccountDunningLogCall(models.TransientModel):
    _inherit = "account.dunning.log.call"

    activity_id = fields.Many2one(
        "mail.activity",
        string="Call Activity",
        help="The call activity this call answers: marked done when the call is logged.",
    )
    broken_promise_id = fields.Many2one(
        "account.dunning.promise",
        help="The broken promise this call follows up: it leaves the worklist.",
    )

    def action_log(self):
        self.ensure_one()
        activity = self.activity_id.exists()
        promise = self.broken_promise_id
        result = super().action_log()
        outcome = dict(self._fields["outcome"]._description_selection(self.env))[self.outcome]
        feedback = self.env._("Collection call: %(outcome)s.", outcome=outcome)
        if activity:
            activity.action_feedback(feedback=feedback)
        if promise:
            promise._dunning_mark_followed_up(
                self.env._("Broken promise followed up. %(call)s", call=feedback)
            )
        return result
