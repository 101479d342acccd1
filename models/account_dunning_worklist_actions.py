# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""One click per step of the worklist: open the record, send the letter, log the call, or
escalate a final demand whose deadline passed (legal action, collection agency, factoring)."""

from odoo import Command, models

from ..dunning_core import cockpit as core_cockpit


class AccountDunningWorklist(models.Model):
    _inherit = "account.dunning.worklist"

    def _source(self):
        """The record the row is about (the call's document for a call)."""
        self.ensure_one()
        if self.kind == core_cockpit.KIND_CALL:
            activity = self.activity_id
            return self.env[activity.res_model].browse(activity.res_id)
        return self.letter_id or self.move_id or self.promise_id or self.plan_id

    def action_open(self):
        """Open the record where the step is done."""
        source = self._source()
        return {
            "type": "ir.actions.act_window",
            "res_model": source._name,
            "res_id": source.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }

    def action_send_letter(self):
        """Draft letter: approve and send it through its level's channels."""
        self.ensure_one()
        self.letter_id.action_send()
        return True

    def action_log_call(self):
        """Call due, broken promise, missed instalment: log the call (and a promise) on the
        customer; the call activity is marked done, the broken promise followed up."""
        self.ensure_one()
        context = {
            "default_partner_id": self.partner_id.id,
            "default_company_id": self.company_id.id,
        }
        if self.kind == core_cockpit.KIND_CALL:
            context["default_activity_id"] = self.activity_id.id
        if self.kind == core_cockpit.KIND_PROMISE:
            context["default_broken_promise_id"] = self.promise_id.id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Log Call / Record Promise"),
            "res_model": "account.dunning.log.call",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": context,
        }

    def _final_demand_invoices(self):
        self.ensure_one()
        return self.letter_id.line_ids.move_id.filtered(
            lambda move: move.payment_state in ("not_paid", "partial")
            and move.dunning_block_reason not in ("agency", "factored")
        )

    def action_legal_action(self):
        """Deadline passed: a legal action (assessment) for the final demand's open invoices."""
        return self.env["account.dunning.legal.action"].action_from_invoices(
            self._final_demand_invoices()
        )

    def action_collection_case(self):
        """Deadline passed: a collection agency case for the open invoices."""
        return self.env["account.dunning.collection.case"].action_from_invoices(
            self._final_demand_invoices()
        )

    def action_factoring(self):
        """Deadline passed: a factoring sale of the open invoices."""
        invoices = self._final_demand_invoices()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.dunning.factoring",
            "view_mode": "form",
            "views": [(False, "form")],
            "context": {
                "default_move_ids": [Command.set(invoices.ids)],
                "default_company_id": self.company_id.id,
            },
        }
