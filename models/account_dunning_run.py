# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The record of one dunning run, scheduled or started by hand (as OCA's ``credit.control.run``).

The engine (``account.dunning.engine._run_company``) reports to it after every batch, in the
same transaction as the batch's letters: a run that commits its batches shows its progress, and
a crash leaves a record that says how far it got."""

import logging

import psycopg2

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.modules import module as odoo_module
from odoo.tools import format_date

_logger = logging.getLogger(__name__)

# A run by hand over more customers than this goes to the background job (its progress shows on
# the run record); smaller ones run at once. Parameter ``account_dunning.run_inline_limit``.
INLINE_LIMIT = 200


class AccountDunningRun(models.Model):
    _name = "account.dunning.run"
    _description = "Dunning Run"
    _inherit = ["mail.thread"]
    _order = "date_start desc, id desc"

    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company whose overdue invoices the run dunned.",
    )
    date = fields.Date(
        string="Run Date",
        required=True,
        readonly=True,
        help="Day the run worked for: days overdue and letter dates count from it.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Started By",
        readonly=True,
        default=lambda self: self.env.user,
        help="Who started the run; the scheduler for the daily run.",
    )
    trigger = fields.Selection(
        [("cron", "Scheduled"), ("manual", "By Hand")],
        required=True,
        readonly=True,
        default="manual",
        help="Scheduled: the daily job. By Hand: the Run Dunning wizard.",
    )
    partner_ids = fields.Many2many(
        "res.partner",
        "account_dunning_run_partner_rel",
        "run_id",
        "partner_id",
        string="Customers",
        readonly=True,
        help="The customers the run was restricted to. Empty: every customer.",
    )
    state = fields.Selection(
        [("running", "Running"), ("done", "Done"), ("failed", "Failed")],
        required=True,
        readonly=True,
        default="running",
        tracking=True,
        help="Running: customers are being visited (the counts grow batch by batch). Done: every "
        "customer was visited. Failed: the run stopped; the counts say how far it got.",
    )
    job_pending = fields.Boolean(
        readonly=True,
        help="Waits for the background job to start it (a run by hand over many customers).",
    )
    date_start = fields.Datetime(
        string="Started", readonly=True, help="When the run was started or queued."
    )
    date_end = fields.Datetime(string="Ended", readonly=True, help="When the run ended.")
    duration = fields.Integer(
        string="Duration (seconds)",
        compute="_compute_duration",
        store=True,
        help="Seconds from the start to the end of the run.",
    )
    customers_total = fields.Integer(
        string="Customers to Visit",
        readonly=True,
        help="Customers with something overdue, a pending letter or a level to reset, not held.",
    )
    customers_done = fields.Integer(
        readonly=True,
        help="Customers of the batches finished so far, those another worker held included.",
    )
    progress = fields.Float(
        compute="_compute_progress", help="Customers done out of those to visit, in percent."
    )
    customer_count = fields.Integer(
        string="Customers Visited", readonly=True, help="Customers the run examined."
    )
    letter_count = fields.Integer(
        string="Letters Created", readonly=True, help="Letters the run created."
    )
    skipped_count = fields.Integer(
        string="Customers Skipped",
        readonly=True,
        help="Customers that got no letter, for any of the reasons listed.",
    )
    failed_count = fields.Integer(
        string="Failures",
        readonly=True,
        help="Customers the run could not process; the dunning managers have an activity each.",
    )
    letters_by_level = fields.Json(
        readonly=True, help="Letters created per level: {level id: count}."
    )
    letters_by_channel = fields.Json(
        readonly=True,
        help="Letters created per channel of their level: {channel: count}; a letter whose level "
        "has two channels counts in both.",
    )
    skipped_by_reason = fields.Json(
        readonly=True, help="Customers without a letter per reason: {reason code: count}."
    )
    failures = fields.Json(
        string="Failure Details",
        readonly=True,
        help="Customers the run could not process: [{partner_id, reason}].",
    )
    error = fields.Text(readonly=True, help="Why the run stopped, when it failed.")
    summary_html = fields.Html(
        string="Summary",
        compute="_compute_summary_html",
        sanitize=False,
        help="The counts of the run: letters by level and channel, skips, failures.",
    )
    letter_ids = fields.One2many(
        "account.dunning.letter", "run_id", string="Letters", help="The letters the run created."
    )

    @api.depends("date_start", "date_end")
    def _compute_duration(self):
        for run in self:
            if run.date_start and run.date_end:
                run.duration = int((run.date_end - run.date_start).total_seconds())
            else:
                run.duration = 0

    @api.depends("customers_done", "customers_total", "state")
    def _compute_progress(self):
        for run in self:
            if run.state == "done" or not run.customers_total:
                run.progress = 100.0 if run.state == "done" else 0.0
            else:
                run.progress = min(100.0, 100.0 * run.customers_done / run.customers_total)

    @api.depends("date", "trigger", "company_id")
    def _compute_display_name(self):
        labels = dict(self._fields["trigger"]._description_selection(self.env))
        for run in self:
            run.display_name = self.env._(
                "Run of %(date)s (%(trigger)s)",
                date=format_date(self.env, run.date) if run.date else "",
                trigger=labels.get(run.trigger, ""),
            )

    # ------------------------------------------------------------------ starting a run
    @api.model
    def _start(self, company, date, trigger="manual", partners=None):
        """A new run record, running from now; a run dates letters, so never ahead of today."""
        if date > fields.Date.context_today(self):
            raise ValidationError(
                self.env._(
                    "Run Date %(date)s is in the future: a dunning run works up to today; use "
                    "Preview to look ahead.",
                    date=format_date(self.env, date),
                )
            )
        return self.create(
            {
                "company_id": company.id,
                "date": date,
                "trigger": trigger,
                "partner_ids": [fields.Command.set(partners.ids)] if partners else [],
                "date_start": fields.Datetime.now(),
                "state": "running",
            }
        )

    def _inline_limit(self):
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("account_dunning.run_inline_limit", INLINE_LIMIT)
        )
        try:
            return int(value)
        except ValueError:
            return INLINE_LIMIT

    def _run_or_queue(self):
        """Run at once when few customers are concerned, else queue for the background job."""
        self.ensure_one()
        engine = self.env["account.dunning.engine"].with_company(self.company_id)
        count = len(engine._partners_to_visit(self.company_id, self.date, self.partner_ids or None))
        if count <= self._inline_limit():
            self._execute()
            return
        self.write({"job_pending": True, "customers_total": count})
        self.message_post(
            body=self.env._(
                "%(count)s customers to visit: the run goes on in the background; this page "
                "shows its progress.",
                count=count,
            )
        )
        self.env.ref("account_dunning.ir_cron_dunning_run_queue")._trigger()

    @api.model
    def _cron_run_queued(self):
        """Background job: the runs started by hand over many customers, one after the other."""
        runs = self.search([("job_pending", "=", True), ("state", "=", "running")], order="id")
        for run in runs:
            run.job_pending = False
            if not odoo_module.current_test:
                self.env.cr.commit()  # pylint: disable=invalid-commit
            try:
                run._execute(commit=True)
            except psycopg2.OperationalError:
                raise
            except Exception:  # pylint: disable=broad-except
                # Recorded on the run (state failed, the error); the next queued run goes on.
                _logger.exception("Dunning run %s failed", run.id)
        return True

    def _execute(self, commit=False, **kwargs):
        """Run the dunning this record stands for; the engine reports to it batch by batch.

        :param commit: commit after every batch (the scheduled and background runs)
        :return: the engine's counters
        """
        self.ensure_one()
        engine = self.env["account.dunning.engine"].with_company(self.company_id)
        args = (self.company_id, self.date)
        kwargs.update(partners=self.partner_ids or None, commit=commit, run=self)
        try:
            if commit:
                stats = engine._run_company(*args, **kwargs)
            else:
                with self.env.cr.savepoint():
                    stats = engine._run_company(*args, **kwargs)
        except psycopg2.OperationalError:
            raise
        except Exception as error:
            if commit and not odoo_module.current_test:
                self.env.cr.rollback()
            self.write(
                {
                    "state": "failed",
                    "date_end": fields.Datetime.now(),
                    "error": str(error) or type(error).__name__,
                }
            )
            if commit and not odoo_module.current_test:
                self.env.cr.commit()  # pylint: disable=invalid-commit
            raise
        self.write({"state": "done", "date_end": fields.Datetime.now()})
        return stats

    # ------------------------------------------------------------------ the engine's hook
    def _record_progress(self, stats, done, total):
        """Store the counts of the batches finished so far (called by the engine per batch)."""
        self.ensure_one()
        skipped = {
            str(key)[5:]: count
            for key, count in stats.items()
            if str(key).startswith("skip_") and count
        }
        by_level, by_channel = self._letter_counts()
        self.write(
            {
                "customers_total": total,
                "customers_done": done,
                "customer_count": stats["customers"],
                "letter_count": stats["letters"],
                "skipped_count": sum(skipped.values()),
                "skipped_by_reason": skipped,
                "failed_count": len(stats.get("failure_list") or ()),
                "failures": [
                    {"partner_id": partner_id, "reason": reason}
                    for partner_id, reason in stats.get("failure_list") or ()
                ],
                "letters_by_level": by_level,
                "letters_by_channel": by_channel,
            }
        )

    # ------------------------------------------------------------------ actions
    def action_open_letters(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_dunning.action_account_dunning_letter"
        )
        action["domain"] = [("run_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def action_refresh(self):
        """The form button: read the counts again (the form also refreshes while running)."""
        return True

    def _open_form(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }
