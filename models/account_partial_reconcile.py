# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Reconciliation: a payment matched with (or unmatched from) invoices under a payment plan or a
promise to pay shows on them at once, not only at the next daily follow-up."""

from odoo import api, fields, models


class AccountPartialReconcile(models.Model):
    _inherit = "account.partial.reconcile"

    @api.model_create_multi
    def create(self, vals_list):
        partials = super().create(vals_list)
        partials._dunning_follow((partials.debit_move_id | partials.credit_move_id).move_id)
        return partials

    def unlink(self):
        moves = (self.debit_move_id | self.credit_move_id).move_id
        result = super().unlink()
        self._dunning_follow(moves.exists())
        return result

    @api.model
    def _dunning_follow(self, moves):
        """Allocate the payments of ``moves``' invoices to their active plans and open promises:
        a plan paid in full completes, a promise paid in time is kept and dunning resumes. A
        breach or a broken promise is left to the daily follow-up, which judges the grace on its
        own day. As the system (an accountant matching a bank statement may have no dunning
        rights); the chatter notes are the current user's."""
        invoices = moves.filtered(lambda move: move.move_type == "out_invoice")
        if not invoices:
            return
        today = fields.Date.context_today(self)
        domain = [("move_ids", "in", invoices.ids)]
        plans = self.env["account.dunning.payment.plan"].sudo()
        plans.search([*domain, ("state", "=", "active")])._check_progress(today, breach=False)
        promises = self.env["account.dunning.promise"].sudo()
        promises.search([*domain, ("state", "=", "open")])._check_progress(today, broken=False)
