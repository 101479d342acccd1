# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountDunningPaymentPlanLine(models.Model):
    _name = "account.dunning.payment.plan.line"
    _description = "Payment Plan Instalment"
    _order = "plan_id, date_due, sequence, id"

    plan_id = fields.Many2one(
        "account.dunning.payment.plan",
        required=True,
        ondelete="cascade",
        index=True,
        help="Plan the instalment belongs to.",
    )
    company_id = fields.Many2one(related="plan_id.company_id", help="Company of the plan.")
    currency_id = fields.Many2one(related="plan_id.currency_id", help="Currency of the plan.")
    sequence = fields.Integer(help="0: the down payment; instalments count from 1.")
    kind = fields.Selection(
        [("down_payment", "Down Payment"), ("instalment", "Instalment")],
        required=True,
        default="instalment",
        help="Down payment or instalment.",
    )
    date_due = fields.Date(string="Due Date", required=True, help="When the amount is due.")
    amount = fields.Monetary(required=True, help="Amount due on that date.")
    amount_paid = fields.Monetary(
        readonly=True, help="Payments allocated to this instalment, oldest instalment first."
    )
    state = fields.Selection(
        [("open", "Open"), ("paid", "Paid")],
        compute="_compute_state",
        help="Paid once the allocated payments cover the amount.",
    )

    @api.depends("amount", "amount_paid")
    def _compute_state(self):
        for line in self:
            paid = line.currency_id.compare_amounts(line.amount_paid, line.amount) >= 0
            line.state = "paid" if paid else "open"
