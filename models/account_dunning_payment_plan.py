# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount, format_date

from ..dunning_core import (
    allocation as core_allocation,
    schedule as core_schedule,
)
from ..dunning_core.money import to_decimal
from .account_move import CUSTOMER_OPEN_INVOICES_DOMAIN

PLAN_STATES = [
    ("draft", "Draft"),
    ("active", "Active"),
    ("completed", "Completed"),
    ("breached", "Breached"),
    ("cancel", "Cancelled"),
]


class AccountDunningPaymentPlan(models.Model):
    """An agreed schedule of payments for a customer's overdue invoices.

    The schedule and the allocation of payments are ``dunning_core.schedule`` and
    ``dunning_core.allocation``; while the plan is active its invoices are blocked from dunning,
    and a breach or the completion ends the block by itself (daily scheduled action).
    """

    _name = "account.dunning.payment.plan"
    _description = "Payment Plan"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference",
        required=True,
        copy=False,
        readonly=True,
        default="/",
        help="Reference of the plan.",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company owed the money.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_currency_id",
        store=True,
        help="Currency of the plan: the invoices' own currency when they all share one (the "
        "customer pays the plan in what it was invoiced in), else the company currency.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        required=True,
        tracking=True,
        domain="[('parent_id', '=', False)]",
        help="Customer (commercial entity) who pays.",
    )
    move_ids = fields.Many2many(
        "account.move",
        string="Invoices",
        required=True,
        check_company=True,
        domain=CUSTOMER_OPEN_INVOICES_DOMAIN,
        help="Overdue invoices the plan covers.",
    )
    amount_total = fields.Monetary(
        string="Total",
        compute="_compute_amount_total",
        store=True,
        readonly=False,
        help="Amount the plan schedules: the open amount of its invoices when drawn up.",
    )
    down_payment_type = fields.Selection(
        [("amount", "Amount"), ("percent", "Percent")],
        default="percent",
        required=True,
        help="Down payment as an amount or a percentage of the total.",
    )
    down_payment_value = fields.Float(
        default=20, help="Down payment amount, or percentage of the total."
    )
    down_payment_date = fields.Date(help="When the down payment is due.")
    down_payment_required = fields.Boolean(
        default=True,
        help="Refuse a plan without a down payment: deferring the whole amount is how plans fail.",
    )
    instalment_count = fields.Integer(
        default=3, help="Number of instalments after the down payment."
    )
    frequency = fields.Selection(
        [(core_schedule.MONTHLY, "Monthly"), (core_schedule.WEEKLY, "Weekly")],
        default=core_schedule.MONTHLY,
        required=True,
        help="Interval between instalments.",
    )
    first_date = fields.Date(string="First Instalment", help="Due date of the first instalment.")
    interest_rate = fields.Float(
        string="Plan Interest (%)",
        digits=(16, 4),
        help="Optional annual interest on the balance still owed, added to each payment and "
        "invoiced when the plan is activated (0: none).",
    )
    amount_interest = fields.Monetary(
        readonly=True, help="Interest of the plan, included in its payments."
    )
    interest_move_id = fields.Many2one(
        "account.move",
        string="Interest Invoice",
        readonly=True,
        copy=False,
        help="Customer invoice of the plan's interest, covered by the plan.",
    )
    tolerance_days = fields.Integer(
        default=5, help="Days an instalment may be late before the plan counts as breached."
    )
    line_ids = fields.One2many(
        "account.dunning.payment.plan.line",
        "plan_id",
        string="Schedule",
        copy=True,
        help="Down payment and instalments, in date order; editable while in draft as long as "
        "they add up to the total.",
    )
    start_date = fields.Date(
        readonly=True, copy=False, help="Activation date: payments from then on count."
    )
    proposed = fields.Boolean(
        readonly=True,
        copy=False,
        help="Proposed to the customer, who can accept it in the portal.",
    )
    state = fields.Selection(
        PLAN_STATES,
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
        help="Draft, active (invoices blocked from dunning), completed, breached or cancelled.",
    )
    amount_paid = fields.Monetary(
        compute="_compute_amount_paid", help="Payments received on the invoices since activation."
    )

    @api.depends("move_ids.currency_id", "company_id.currency_id")
    def _compute_currency_id(self):
        for plan in self:
            currencies = plan.move_ids.currency_id
            plan.currency_id = currencies if len(currencies) == 1 else plan.company_id.currency_id

    @api.depends("move_ids", "currency_id", "interest_move_id")
    def _compute_amount_total(self):
        for plan in self:
            # The interest invoice joins the plan's invoices when it is activated; its amount is
            # amount_interest already, not part of the debt the plan schedules.
            moves = plan.move_ids - plan.interest_move_id
            # In company currency when the invoices' currencies differ: right for any mix.
            plan.amount_total = moves._dunning_open_amount(plan.currency_id) if moves else 0.0

    @api.depends("line_ids.amount_paid")
    def _compute_amount_paid(self):
        for plan in self:
            plan.amount_paid = sum(plan.line_ids.mapped("amount_paid"))

    MAX_INSTALMENTS = 120  # ten years of monthly instalments

    @api.constrains(
        "tolerance_days",
        "instalment_count",
        "down_payment_type",
        "down_payment_value",
        "interest_rate",
        "move_ids",
    )
    def _check_plan_values(self):
        for plan in self:
            if plan.tolerance_days < 0:
                raise ValidationError(
                    self.env._(
                        "Tolerance Days of payment plan %(plan)s cannot be negative: enter 0 "
                        "or more days.",
                        plan=plan.name,
                    )
                )
            if not 1 <= plan.instalment_count <= self.MAX_INSTALMENTS:
                raise ValidationError(
                    self.env._(
                        "Instalment Count of payment plan %(plan)s must be between 1 and "
                        "%(max)s, not %(count)s.",
                        plan=plan.name,
                        max=self.MAX_INSTALMENTS,
                        count=plan.instalment_count,
                    )
                )
            if plan.down_payment_value < 0 or (
                plan.down_payment_type == "percent" and plan.down_payment_value > 100
            ):
                raise ValidationError(
                    self.env._(
                        "Down Payment Value of payment plan %(plan)s must be between 0 and 100 "
                        "when in percent, and not negative as an amount.",
                        plan=plan.name,
                    )
                )
            if plan.interest_rate < 0:
                raise ValidationError(
                    self.env._(
                        "The Plan Interest of payment plan %(plan)s cannot be negative.",
                        plan=plan.name,
                    )
                )
            if plan.state != "draft":
                continue
            not_invoices = plan.move_ids.filtered(lambda m: m.move_type != "out_invoice")
            if not_invoices:
                raise ValidationError(
                    self.env._(
                        "%(documents)s are not customer invoices (credit notes?): a payment "
                        "plan covers open customer invoices only; remove them from Invoices.",
                        documents=", ".join(not_invoices.mapped("name")),
                    )
                )
            paid = plan.move_ids._dunning_paid()
            if paid:
                raise ValidationError(
                    self.env._(
                        "Invoices %(invoices)s are already paid: remove them from the plan's "
                        "Invoices.",
                        invoices=", ".join(paid.mapped("name")),
                    )
                )

    # ------------------------------------------------------------------ states
    def action_activate(self):
        for plan in self:
            if plan.state != "draft":
                raise UserError(self.env._("Only a draft plan can be activated."))
            plan._check_terms()
            if not plan.line_ids:
                plan.action_compute_schedule()
            plan._validate_lines()
            if plan.name == "/":
                plan.name = (
                    self.env["ir.sequence"].next_by_code("account.dunning.payment.plan") or "/"
                )
            plan.write({"state": "active", "start_date": fields.Date.context_today(self)})
            if not plan.currency_id.is_zero(plan.amount_interest):
                plan.interest_move_id = plan.company_id._dunning_charges_invoice(
                    plan.partner_id,
                    plan.currency_id,
                    [
                        (
                            self.env._("Interest of payment plan %(plan)s", plan=plan.name),
                            "interest",
                            plan.amount_interest,
                        )
                    ],
                    plan.start_date,
                    plan.name,
                )
                plan.move_ids |= plan.interest_move_id
            plan.move_ids._dunning_block(
                "payment_plan", self.env._("Payment plan %(plan)s", plan=plan.name)
            )
            plan.message_post(
                body=self.env._("Plan activated: its invoices are not dunned while it runs.")
            )
        return True

    def action_propose(self):
        """Offer the draft plan to the customer in the portal."""
        for plan in self:
            if plan.state != "draft":
                raise UserError(self.env._("Only a draft plan can be proposed."))
            plan._check_terms()
            if not plan.line_ids:
                plan.action_compute_schedule()
            plan._validate_lines()
            plan.proposed = True
            plan.message_post(
                body=self.env._("Proposed to the customer: they can accept it under My Account.")
            )
        return True

    def action_cancel(self):
        active = self.filtered(lambda rec: rec.state == "active")
        active._release_invoices()
        self.write({"state": "cancel"})
        return True

    def _release_invoices(self):
        self.move_ids._dunning_release("payment_plan")

    # ------------------------------------------------------------------ follow-up
    def _payments(self):
        """(date, amount) of what was paid on the plan's invoices since activation."""
        self.ensure_one()
        return [
            (day, to_decimal(amount))
            for day, amount in self.move_ids._dunning_payments_since(
                self.start_date, self.currency_id
            )
        ]

    def _allocate_payments(self):
        """Allocate what was paid on the plan's invoices to its schedule (``amount_paid`` of each
        line, written only where it changes); the instalments' statuses."""
        self.ensure_one()
        lines = self.line_ids.sorted(lambda line: (line.date_due, line.sequence))
        statuses = core_allocation.allocate(
            [
                core_schedule.Instalment(
                    line.sequence, line.date_due, to_decimal(line.amount), line.kind
                )
                for line in lines
            ],
            self._payments(),
            self.currency_id.decimal_places,
        )
        for line, status in zip(lines, statuses, strict=True):
            if line.amount_paid != float(status.paid):
                line.amount_paid = float(status.paid)
        return statuses

    def _check_progress(self, today, breach=True):
        """Allocate payments to the schedule; complete or (with ``breach``) breach the plan.
        Idempotent."""
        for plan in self.filtered(lambda rec: rec.state == "active"):
            statuses = plan._allocate_payments()
            check = plan._plan_check(statuses, today)  # consumer credit: BGB § 498
            if check.state == core_allocation.PLAN_COMPLETED:
                plan.state = "completed"
                plan._release_invoices()
                plan.message_post(body=self.env._("All instalments are paid: plan completed."))
            elif check.state == core_allocation.PLAN_BREACHED and breach:
                plan.state = "breached"
                plan._release_invoices()
                due = check.breached_instalment
                note = self.env._(
                    "Plan breached: %(amount)s due on %(date)s is unpaid after %(days)s days of "
                    "tolerance. Its invoices resume dunning at their next level.",
                    amount=format_amount(self.env, float(due.residual), plan.currency_id),
                    date=format_date(self.env, due.due_date),
                    days=plan.tolerance_days,
                )
                plan.message_post(body=note)
                policy = (
                    self.env["account.dunning.policy"]
                    ._select_for_partners(plan.partner_id)
                    .get(plan.partner_id.id)
                )
                plan.activity_schedule(
                    "mail.mail_activity_data_call",
                    summary=self.env._(
                        "Call %(customer)s: payment plan breached", customer=plan.partner_id.name
                    ),
                    note=note,
                    user_id=plan.partner_id._dunning_collector(policy).id,
                )

    @api.model
    def _cron_check_plans_and_promises(self, batch_size=200):
        """Scheduled (``ir_cron_dunning_plans``): the daily follow-up of plans and promises,
        ``account.dunning.promise._cron_check_plans_and_promises``."""
        return self.env["account.dunning.promise"]._cron_check_plans_and_promises(
            batch_size=batch_size
        )
