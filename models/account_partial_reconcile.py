# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Reconciliation: a payment matched with (or unmatched from) invoices under a payment plan
updates the plan's schedule at once (``account.dunning.payment.plan._follow_reconciliation``)."""

from odoo import api, models


class AccountPartialReconcile(models.Model):
    _inherit = "account.partial.reconcile"

    def _dunning_invoices(self):
        return (self.debit_move_id | self.credit_move_id).move_id

    @api.model_create_multi
    def create(self, vals_list):
        partials = super().create(vals_list)
        self.env["account.dunning.payment.plan"]._follow_reconciliation(
            partials._dunning_invoices()
        )
        return partials

    def unlink(self):
        invoices = self._dunning_invoices()
        result = super().unlink()
        self.env["account.dunning.payment.plan"]._follow_reconciliation(invoices.exists())
        return result
