# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import psycopg2

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.modules import module as odoo_module
from odoo.tools import SQL, format_amount, format_date

from ..dunning_core import promises as core_promises
from ..dunning_core.money import to_decimal
from ..dunning_core.schedule import add_days
from .account_move import CUSTOMER_OPEN_INVOICES_DOMAIN


class AccountDunningPromise(models.Model):
    """A customer's promise to pay an amount by a date: dunning waits, then checks."""

    _name = "account.dunning.promise"
    _description = "Promise to Pay"
    _inherit = ["mail.thread", "mail.activity.mixin", "account.dunning.invoice.currency.mixin"]
    _order = "promise_date desc, id desc"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company the promise is made to.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_currency_id",
        store=True,
        help="Currency of the promise: the invoices' own currency when they all share one, else "
        "the company currency.",
    )
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
        [
            ("to_approve", "To Approve"),
            ("open", "Open"),
            ("kept", "Kept"),
            ("broken", "Broken"),
            ("cancel", "Cancelled"),
        ],
        default="open",
        required=True,
        readonly=True,
        tracking=True,
        help="To approve (proposed beyond the company's limits: dunning goes on until a "
        "collector approves it), open (dunning waits), kept, broken (dunning resumes) or "
        "cancelled.",
    )
    letter_id = fields.Many2one(
        "account.dunning.letter",
        index="btree_not_null",
        ondelete="set null",
        check_company=True,
        help="Letter the customer answered with this promise (portal): one open promise per "
        "letter.",
    )

    @api.constrains("amount", "promise_date", "move_ids", "partner_id", "letter_id")
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
            if promise.state not in ("open", "to_approve"):
                continue
            paid = promise.move_ids._dunning_paid()
            if paid:
                raise ValidationError(
                    self.env._(
                        "Invoices %(invoices)s are already paid: remove them from the "
                        "promise's Invoices.",
                        invoices=", ".join(paid.mapped("name")),
                    )
                )
            owed = promise.move_ids._dunning_open_amount(promise.currency_id)
            if promise.currency_id.compare_amounts(promise.amount, owed) > 0:
                raise ValidationError(
                    self.env._(
                        "The promised Amount %(amount)s is more than the invoices still owe "
                        "(%(owed)s): enter at most %(owed)s.",
                        amount=format_amount(self.env, promise.amount, promise.currency_id),
                        owed=format_amount(self.env, owed, promise.currency_id),
                    )
                )
            if promise.letter_id and self.search_count(
                [
                    ("id", "!=", promise.id),
                    ("letter_id", "=", promise.letter_id.id),
                    ("state", "in", ("open", "to_approve")),
                ],
                limit=1,
            ):
                raise ValidationError(
                    self.env._(
                        "Letter %(letter)s already has an open promise to pay: cancel it "
                        "before recording another.",
                        letter=promise.letter_id.name,
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
        promises.filtered(lambda rec: rec.state == "open")._block_invoices()
        for promise in promises:
            promise.partner_id.message_post(
                body=self.env._(
                    "Promise to pay %(amount)s by %(date)s.",
                    amount=format_amount(self.env, promise.amount, promise.currency_id),
                    date=format_date(self.env, promise.promise_date),
                )
            )
        return promises

    def _block_invoices(self):
        """An open promise holds the dunning of its invoices (a promise to approve does not)."""
        for promise in self:
            promise.move_ids._dunning_block(
                "promise",
                self.env._(
                    "Promise to pay by %(date)s", date=format_date(self.env, promise.promise_date)
                ),
                only_free=True,
            )

    def _request_approval(self):
        """An activity asking the customer's collector to approve or refuse the promise."""
        for promise in self:
            partner = promise.partner_id.commercial_partner_id.with_company(promise.company_id)
            user = partner._dunning_collector(promise.letter_id.policy_id)
            promise.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=user.id,
                summary=self.env._("Approve or refuse a promise to pay"),
                note=self.env._(
                    "%(customer)s proposed to pay %(amount)s by %(date)s, beyond the "
                    "%(days)s days the company accepts: approve the promise (dunning then "
                    "waits) or cancel it.",
                    customer=partner.display_name,
                    amount=format_amount(self.env, promise.amount, promise.currency_id),
                    date=format_date(self.env, promise.promise_date),
                    days=promise.company_id.dunning_portal_promise_days,
                ),
            )

    def action_approve(self):
        """A collector accepts a promise proposed beyond the limits: dunning now waits."""
        to_approve = self.filtered(lambda rec: rec.state == "to_approve")
        if to_approve != self:
            raise UserError(self.env._("Only promises To Approve can be approved."))
        to_approve.write({"state": "open"})
        to_approve._check_promise()
        to_approve._block_invoices()
        to_approve.activity_feedback(["mail.mail_activity_data_todo"])
        for promise in to_approve:
            promise.message_post(body=self.env._("Promise approved: dunning waits."))
        return True

    def _release_invoices(self):
        self.move_ids._dunning_release("promise")

    def action_cancel(self):
        """Cancel open promises, or refuse promises to approve; dunning resumes."""
        if self.filtered(lambda rec: rec.state not in ("open", "to_approve")):
            raise UserError(
                self.env._("Only open promises or promises To Approve can be cancelled.")
            )
        self.filtered(lambda rec: rec.state == "open")._release_invoices()
        self.activity_unlink(["mail.mail_activity_data_todo"])
        self.write({"state": "cancel"})
        return True

    def _paid(self):
        self.ensure_one()
        payments = self.move_ids._dunning_payments_since(self.start_date, self.currency_id)
        return (
            sum(amount for _day, amount in payments),
            max((day for day, _amount in payments), default=None),
        )

    def _check_progress(self, today, broken=True):
        """Kept when the amount arrived by the date + grace; (with ``broken``) broken after.
        Idempotent."""
        for promise in self.filtered(lambda rec: rec.state == "open"):
            paid, last = promise._paid()
            check = core_promises.promise_state(
                to_decimal(promise.amount),
                promise.promise_date,
                promise.grace_days,
                to_decimal(paid),
                last,
                today,
            )
            if check.state == core_promises.PROMISE_KEPT:
                promise.state = "kept"
                promise._release_invoices()
                promise.message_post(body=self.env._("Promise kept."))
            elif check.state == core_promises.PROMISE_BROKEN and broken:
                promise.state = "broken"
                promise._release_invoices()
                partner = promise.partner_id.commercial_partner_id.with_company(promise.company_id)
                partner.dunning_broken_promises = (partner.dunning_broken_promises or 0) + 1
                promise.message_post(
                    body=self.env._(
                        "Promise broken: not paid by %(date)s. Dunning resumes.",
                        date=add_days(promise.promise_date, promise.grace_days),
                    )
                )

    # ------------------------------------------------------------------ the daily follow-up
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
                # notes and activities in each company's language
                for part in self.env["account.dunning.engine"]._by_company_lang(locked):
                    self._check_progress_isolated(part, today)
                done += len(batch)
                self.env["ir.cron"]._notify_progress(done=done, remaining=0)
                if not odoo_module.current_test:
                    self.env.cr.commit()  # pylint: disable=invalid-commit
        return True
