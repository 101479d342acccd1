# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import psycopg2

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.modules import module as odoo_module
from odoo.tools import SQL, format_amount, format_date

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

    # ------------------------------------------------------------------ schedule
    def _down_payment(self):
        self.ensure_one()
        digits = self.currency_id.decimal_places
        if self.down_payment_type == "percent":
            try:
                return core_schedule.down_payment_from_percent(
                    to_decimal(self.amount_total), to_decimal(self.down_payment_value), digits
                )
            except core_schedule.ScheduleError as error:
                raise ValidationError(self._schedule_error(error)) from error
        return to_decimal(self.down_payment_value)

    def _build_schedule(self):
        """The schedule of the plan's terms (``dunning_core.schedule``) with its interest, as
        line commands, and the interest."""
        self.ensure_one()
        digits = self.currency_id.decimal_places or 2
        schedule = core_schedule.build_schedule(
            to_decimal(self.amount_total),
            self._down_payment(),
            self.down_payment_date,
            self.instalment_count,
            self.first_date,
            self.frequency,
            digits,
        )
        schedule, interest = core_schedule.add_interest(
            schedule, fields.Date.context_today(self), to_decimal(self.interest_rate), digits
        )
        commands = [Command.clear()] + [
            Command.create(
                {
                    "sequence": item.sequence,
                    "kind": item.kind,
                    "date_due": item.due_date,
                    "amount": float(item.amount),
                }
            )
            for item in schedule
        ]
        return commands, float(interest)

    def action_compute_schedule(self):
        """(Re)build the schedule from the plan's terms: the preview the customer agrees to."""
        for plan in self:
            if plan.state != "draft":
                raise UserError(self.env._("Only a draft plan's schedule can be rebuilt."))
            plan._check_terms()
            try:
                lines, interest = plan._build_schedule()
                plan.write({"line_ids": lines, "amount_interest": interest})
            except core_schedule.ScheduleError as error:
                raise ValidationError(plan._schedule_error(error)) from error
        return True

    @api.onchange(
        "amount_total",
        "down_payment_type",
        "down_payment_value",
        "down_payment_date",
        "instalment_count",
        "frequency",
        "first_date",
        "interest_rate",
    )
    def _onchange_terms_preview(self):
        """Live preview of the schedule while the terms are typed in (nothing raised here:
        activating checks everything)."""
        if self.state != "draft" or not (self.first_date and self.amount_total > 0):
            return
        try:
            self.line_ids, self.amount_interest = self._build_schedule()
        except (core_schedule.ScheduleError, ValidationError):
            return

    def _schedule_error(self, error):
        return self.env._(
            "Payment plan %(plan)s: %(problem)s Correct the plan's terms.",
            plan=self.name,
            problem=error,
        )

    def _check_terms(self):
        self.ensure_one()
        today = fields.Date.context_today(self)
        if not self.move_ids:
            raise ValidationError(self.env._("Add the invoices the plan covers."))
        others = self.move_ids.filtered(
            lambda move: move.commercial_partner_id != self.partner_id.commercial_partner_id
        )
        if others:
            raise ValidationError(
                self.env._(
                    "Invoices %(invoices)s belong to another customer than %(customer)s: a plan "
                    "covers one customer's invoices.",
                    invoices=", ".join(others.mapped("name")),
                    customer=self.partner_id.display_name,
                )
            )
        taken = self.search(
            [("id", "!=", self.id), ("state", "=", "active"), ("move_ids", "in", self.move_ids.ids)]
        )
        if taken:
            raise ValidationError(
                self.env._(
                    "Invoices %(invoices)s are already in active payment plan %(plan)s.",
                    invoices=", ".join((taken.move_ids & self.move_ids).mapped("name")),
                    plan=taken[0].name,
                )
            )
        if self.down_payment_required and self._down_payment() <= 0:
            raise ValidationError(
                self.env._("A down payment is required: enter its amount or percentage.")
            )
        if self._down_payment() > to_decimal(self.amount_total):
            raise ValidationError(
                self.env._("The down payment is above the plan's total: lower it.")
            )
        for label, day in (
            (self.env._("Down payment date"), self.down_payment_date),
            (self.env._("First instalment"), self.first_date),
        ):
            if day and day < today:
                raise ValidationError(
                    self.env._(
                        "%(field)s is in the past (%(date)s): choose today or later.",
                        field=label,
                        date=day,
                    )
                )
        if not self.first_date:
            raise ValidationError(self.env._("Enter the due date of the first instalment."))

    def _validate_lines(self):
        self.ensure_one()
        try:
            core_schedule.validate_schedule(
                to_decimal(self.amount_total) + to_decimal(self.amount_interest),
                [
                    core_schedule.Instalment(
                        line.sequence, line.date_due, to_decimal(line.amount), line.kind
                    )
                    for line in self.line_ids
                ],
                fields.Date.context_today(self),
                self.currency_id.decimal_places,
            )
        except core_schedule.ScheduleError as error:
            raise ValidationError(self._schedule_error(error)) from error

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
            plan.move_ids.write(
                {
                    "dunning_block_reason": "payment_plan",
                    "dunning_block_note": self.env._("Payment plan %(plan)s", plan=plan.name),
                }
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
        for plan in self:
            plan.move_ids.filtered(lambda m: m.dunning_block_reason == "payment_plan").write(
                {"dunning_block_reason": False, "dunning_block_note": False}
            )

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

    def _check_progress(self, today):
        """Allocate payments to the schedule; complete or breach the plan. Idempotent."""
        for plan in self.filtered(lambda rec: rec.state == "active"):
            digits = plan.currency_id.decimal_places
            lines = plan.line_ids.sorted(lambda line: (line.date_due, line.sequence))
            statuses = core_allocation.allocate(
                [
                    core_schedule.Instalment(
                        line.sequence, line.date_due, to_decimal(line.amount), line.kind
                    )
                    for line in lines
                ],
                plan._payments(),
                digits,
            )
            for line, status in zip(lines, statuses, strict=True):
                if line.amount_paid != float(status.paid):
                    line.amount_paid = float(status.paid)
            check = plan._plan_check(statuses, today)  # consumer credit: BGB § 498
            if check.state == core_allocation.PLAN_COMPLETED:
                plan.state = "completed"
                plan._release_invoices()
                plan.message_post(body=self.env._("All instalments are paid: plan completed."))
            elif check.state == core_allocation.PLAN_BREACHED:
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
    def _check_progress_isolated(self, records, today):
        """``_check_progress`` of a batch in a savepoint; if it fails, record by record, so one
        bad plan or promise is skipped, logged and reported to the managers, never stopping
        the others."""
        engine = self.env["account.dunning.engine"]

        def attempt(recs):
            try:
                with self.env.cr.savepoint():
                    recs._check_progress(today)
            except psycopg2.OperationalError:
                raise  # concurrency errors: the scheduler retries the whole job
            except Exception as error:  # pylint: disable=broad-except
                return error
            return None

        error = attempt(records)
        if error is None:
            return
        for record in records:
            error = attempt(record) if len(records) > 1 else error
            if error is not None:
                engine._report_job_failure(
                    record, record.company_id, engine._job_label("plans"), error
                )

    @api.model
    def _cron_check_plans_and_promises(self, batch_size=200):
        """Daily: follow active plans and open promises, batch by batch, committing each."""
        today = fields.Date.context_today(self)
        done = 0
        for model in ("account.dunning.payment.plan", "account.dunning.promise"):
            state = "active" if model == "account.dunning.payment.plan" else "open"
            records = self.env[model].search([("state", "=", state)])
            for batch in self.env.cr.split_for_in_conditions(records.ids, batch_size):
                self.env.cr.execute(
                    SQL(
                        "SELECT id FROM %s WHERE id IN %s FOR UPDATE SKIP LOCKED",
                        SQL.identifier(self.env[model]._table),
                        tuple(batch),
                    )
                )
                locked = self.env[model].browse([row[0] for row in self.env.cr.fetchall()])
                for part in self._by_company_lang(locked):  # notes in the company's language
                    self._check_progress_isolated(part, today)
                done += len(batch)
                self.env["ir.cron"]._notify_progress(done=done, remaining=0)
                if not odoo_module.current_test:
                    self.env.cr.commit()  # pylint: disable=invalid-commit
        return True
