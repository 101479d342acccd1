# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A payment plan's schedule: the down payment, the instalments and their interest built from
the plan's terms (``dunning_core.schedule``), the live preview, and the checks of the terms."""

from datetime import date
from decimal import Decimal

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount, format_date

from ..dunning_core import schedule as core_schedule
from ..dunning_core.money import to_decimal


class AccountDunningPaymentPlan(models.Model):
    _inherit = "account.dunning.payment.plan"

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

    # Core field of a ScheduleError -> the plan's field the user corrects.
    _SCHEDULE_FIELDS = {
        "total": "amount_total",
        "down_payment": "down_payment_value",
        "percent": "down_payment_value",
        "down_payment_date": "down_payment_date",
        "count": "instalment_count",
        "frequency": "frequency",
        "interest_rate": "interest_rate",
        "amount": "line_ids",
        "due_date": "line_ids",
    }

    def _schedule_error(self, error):
        """The core's ``ScheduleError`` said in the user's language: the problem by its code,
        with its figures formatted, and the field of the plan to correct."""
        self.ensure_one()
        params = {key: self._schedule_param(value) for key, value in (error.params or {}).items()}
        problem = self._schedule_problem(error.code, params) or str(error)
        field = self._fields.get(self._SCHEDULE_FIELDS.get(error.field, ""))
        return self.env._(
            "Payment plan %(plan)s: %(problem)s Correct %(field)s.",
            plan=self.name or self.env._("(new)"),
            problem=problem,
            field=field._description_string(self.env) if field else self.env._("the plan's terms"),
        )

    def _schedule_param(self, value):
        if isinstance(value, date):
            return format_date(self.env, value)
        if isinstance(value, Decimal):
            return format_amount(self.env, float(value), self.currency_id)
        return value

    def _schedule_problem(self, code, params):
        problems = {
            "frequency_unknown": lambda: self.env._("The frequency must be weekly or monthly."),
            "too_many_decimals": lambda: self.env._(
                "%(amount)s has more decimals than the currency allows.", **params
            ),
            "percent_out_of_range": lambda: self.env._(
                "A down payment in percent must be between 0 and 100 (it is %(percent)s).",
                **params,
            ),
            "total_not_positive": lambda: self.env._(
                "The total must be above zero (it is %(total)s).", **params
            ),
            "down_payment_negative": lambda: self.env._(
                "The down payment must not be negative (it is %(down_payment)s).", **params
            ),
            "down_payment_above_total": lambda: self.env._(
                "The down payment of %(down_payment)s is above the total of %(total)s.", **params
            ),
            "down_payment_equals_total": lambda: self.env._(
                "The down payment equals the total: nothing is left to pay in instalments."
            ),
            "count_not_positive": lambda: self.env._("The plan needs at least one instalment."),
            "count_too_high": lambda: self.env._(
                "%(remainder)s cannot be split into %(count)s instalments of at least the "
                "currency's smallest unit.",
                **params,
            ),
            "down_payment_date_missing": lambda: self.env._("A down payment needs its due date."),
            "down_payment_date_late": lambda: self.env._(
                "The down payment (due %(down_payment_date)s) must be due before the first "
                "instalment (%(first_date)s).",
                **params,
            ),
            "no_instalment": lambda: self.env._("The plan has no instalment."),
            "down_payment_twice": lambda: self.env._("A plan has at most one down payment."),
            "down_payment_not_first": lambda: self.env._(
                "The down payment must come before every instalment."
            ),
            "instalment_negative": lambda: self.env._(
                "Instalment %(sequence)s is negative (%(amount)s).", **params
            ),
            "instalment_zero": lambda: self.env._("Instalment %(sequence)s is zero.", **params),
            "instalments_sum_differs": lambda: self.env._(
                "The instalments add up to %(planned)s, not to the total of %(total)s.", **params
            ),
            "due_date_past": lambda: self.env._(
                "Instalment %(sequence)s is due on %(due_date)s, before today.", **params
            ),
            "due_dates_not_increasing": lambda: self.env._(
                "Instalment %(sequence)s is not due after instalment %(previous)s.", **params
            ),
            "interest_rate_negative": lambda: self.env._(
                "The plan's interest rate must not be negative."
            ),
        }
        problem = problems.get(code)
        return problem() if problem else None

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
