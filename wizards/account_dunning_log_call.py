# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup, escape

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from ..models.account_move import CUSTOMER_OPEN_INVOICES_DOMAIN


class AccountDunningLogCall(models.TransientModel):
    """Log a collection call on a customer, optionally with the promise to pay it gave."""

    _name = "account.dunning.log.call"
    _inherit = ["account.dunning.invoice.currency.mixin"]
    _description = "Log Call / Record Promise"

    partner_id = fields.Many2one(
        "res.partner", string="Customer", required=True, help="Customer called."
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company the debt is owed to.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_currency_id",
        help="Currency of the promise: the invoices' own currency when they all share one, else "
        "the company currency.",
    )
    outcome = fields.Selection(
        [
            ("reached", "Reached, talked"),
            ("no_answer", "No answer"),
            ("wrong_number", "Wrong number"),
            ("callback", "Call back later"),
        ],
        required=True,
        default="reached",
        help="How the call went.",
    )
    reason_id = fields.Many2one(
        "account.dunning.nonpayment.reason",
        string="Reason for Non-Payment",
        help="Why the customer has not paid.",
    )
    notes = fields.Text(help="What was said.")
    record_promise = fields.Boolean(help="The customer promised to pay.")
    move_ids = fields.Many2many(
        "account.move",
        string="Invoices",
        domain=CUSTOMER_OPEN_INVOICES_DOMAIN,
        help="Invoices the promise covers.",
    )
    promise_amount = fields.Monetary(help="Amount promised.")
    promise_date = fields.Date(help="Date the customer will pay by.")

    @api.onchange("partner_id", "record_promise")
    def _onchange_partner_id(self):
        if self.record_promise and self.partner_id and not self.move_ids:
            self.move_ids = self.env["account.move"].search(
                [
                    ("move_type", "=", "out_invoice"),
                    ("state", "=", "posted"),
                    ("payment_state", "in", ("not_paid", "partial")),
                    ("commercial_partner_id", "=", self.partner_id.commercial_partner_id.id),
                    ("invoice_date_due", "<", fields.Date.context_today(self)),
                ]
            )
            self.promise_amount = self.move_ids._dunning_open_amount(
                self.move_ids._dunning_common_currency()
            )

    def action_log(self):
        self.ensure_one()
        outcome = dict(self._fields["outcome"]._description_selection(self.env))[self.outcome]
        body = Markup("<p>%s</p>") % self.env._("Collection call: %(outcome)s.", outcome=outcome)
        if self.reason_id:
            body += Markup("<p>%s</p>") % self.env._(
                "Reason for non-payment: %(reason)s.", reason=self.reason_id.name
            )
        if self.notes:
            body += Markup("<p>%s</p>") % escape(self.notes)
        promise = self.env["account.dunning.promise"]
        if self.record_promise:
            if not (self.move_ids and self.promise_amount > 0 and self.promise_date):
                raise UserError(
                    self.env._(
                        "To record a promise, choose its invoices and enter the promised "
                        "Amount and Date."
                    )
                )
            promise = promise.create(
                {
                    "partner_id": self.partner_id.commercial_partner_id.id,
                    "company_id": self.company_id.id,
                    "move_ids": [Command.set(self.move_ids.ids)],
                    "amount": self.promise_amount,
                    "promise_date": self.promise_date,
                    "channel": "phone",
                    "reason_id": self.reason_id.id,
                }
            )
        self.partner_id.commercial_partner_id.message_post(body=body)
        if promise:
            return {
                "type": "ir.actions.act_window",
                "res_model": "account.dunning.promise",
                "res_id": promise.id,
                "view_mode": "form",
            }
        return {"type": "ir.actions.act_window_close"}
