# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import format_amount, format_date

from ..dunning_core import allocation as core_allocation
from ..dunning_core.money import to_decimal
from .account_move import CUSTOMER_OPEN_INVOICES_DOMAIN


class AccountDunningPromise(models.Model):
    """A customer's promise to pay an amount by a date: dunning waits, then checks."""

    _name = "account.dunning.promise"
    _description = "Promise to Pay"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "promise_date desc, id desc"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company the promise is made to.",
    )
    currency_id = fields.Many2one(related="company_id.currency_id", help="Company currency.")
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        required=True,
        tracking=True,
        help="Customer (commercial entity) who promised.",
    )
    move_ids = fields.Many2many(
        "account.move",
        string="Invoices",
        required=True,
        check_company=True,
        domain=CUSTOMER_OPEN_INVOICES_DOMAIN,
        help="Invoices the promise covers.",
    )
    amount = fields.Monetary(required=True, tracking=True, help="Amount promised.")
    promise_date = fields.Date(required=True, tracking=True, help="Date the customer will pay by.")
    grace_days = fields.Integer(
        default=3, help="Days after the promised date before the promise counts as broken."
    )
    channel = fields.Selection(
        [
            ("phone", "Phone"),
            ("email", "Email"),
            ("letter", "Letter"),
            ("in_person", "In Person"),
            ("portal", "Portal"),
        ],
        required=True,
        default="phone",
        help="How the promise was given.",
    )
    in_writing = fields.Boolean(
        help="Given in writing (attach the signed document): an acknowledgement of the debt."
    )
    acknowledgement = fields.Text(
        help="Wording of the acknowledgement of debt, as given by the customer."
    )
    reason_id = fields.Many2one(
        "account.dunning.nonpayment.reason",
        string="Reason for Non-Payment",
        help="Why the customer had not paid.",
    )
    start_date = fields.Date(
        default=fields.Date.context_today,
        required=True,
        help="Date of the promise: payments from then on count.",
    )
    state = fields.Selection(
        [("open", "Open"), ("kept", "Kept"), ("broken", "Broken"), ("cancel", "Cancelled")],
        default="open",
        required=True,
        readonly=True,
        tracking=True,
        help="Open (dunning waits), kept, broken (dunning resumes) or cancelled.",
    )

    @api.constrains("amount", "promise_date", "move_ids", "partner_id")
    def _check_promise(self):
        for promise in self:
            if promise.amount <= 0:
                raise ValidationError(self.env._("The promised Amount must be positive."))
            if promise.promise_date < promise.start_date:
                raise ValidationError(
                    self.env._(
                        "The promised date %(date)s is before the promise was made.",
                        date=format_date(self.env, promise.promise_date),
                    )
                )
            others = promise.move_ids.filtered(
                lambda m, p=promise: m.commercial_partner_id != p.partner_id.commercial_partner_id
            )
            if others:
                raise ValidationError(
                    self.env._(
                        "Invoices %(invoices)s belong to another customer.",
                        invoices=", ".join(others.mapped("name")),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        promises = super().create(vals_list)
        for promise in promises:
            promise.move_ids.filtered(lambda m: not m.dunning_block_reason).write(
                {
                    "dunning_block_reason": "promise",
                    "dunning_block_note": self.env._(
                        "Promise to pay by %(date)s",
                        date=format_date(self.env, promise.promise_date),
                    ),
                }
            )
            promise.partner_id.message_post(
                body=self.env._(
                    "Promise to pay %(amount)s by %(date)s.",
                    amount=format_amount(self.env, promise.amount, promise.currency_id),
                    date=format_date(self.env, promise.promise_date),
                )
            )
        return promises

    def _release_invoices(self):
        self.move_ids.filtered(lambda m: m.dunning_block_reason == "promise").write(
            {"dunning_block_reason": False, "dunning_block_note": False}
        )

    def action_cancel(self):
        self.filtered(lambda rec: rec.state == "open")._release_invoices()
        self.write({"state": "cancel"})
        return True

    def _paid(self):
        self.ensure_one()
        payments = self.move_ids._dunning_payments_since(self.start_date)
        return (
            sum(amount for _day, amount in payments),
            max((day for day, _amount in payments), default=None),
        )

    def _check_progress(self, today):
        """Kept when the amount arrived by the date + grace; broken after. Idempotent."""
        for promise in self.filtered(lambda rec: rec.state == "open"):
            paid, last = promise._paid()
            check = core_allocation.promise_state(
                to_decimal(promise.amount),
                promise.promise_date,
                promise.grace_days,
                to_decimal(paid),
                last,
                today,
            )
            if check.state == core_allocation.PROMISE_KEPT:
                promise.state = "kept"
                promise._release_invoices()
                promise.message_post(body=self.env._("Promise kept."))
            elif check.state == core_allocation.PROMISE_BROKEN:
                promise.state = "broken"
                promise._release_invoices()
                partner = promise.partner_id.commercial_partner_id.with_company(promise.company_id)
                partner.dunning_broken_promises = (partner.dunning_broken_promises or 0) + 1
                promise.message_post(
                    body=self.env._(
                        "Promise broken: not paid by %(date)s. Dunning resumes.",
                        date=core_allocation.add_days(promise.promise_date, promise.grace_days),
                    )
                )
