# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Collection figures per company and month, live from the ledger, over the last 12 months."""

from dateutil.relativedelta import relativedelta

from odoo import fields, models
from odoo.tools import SQL

from ..dunning_core import cockpit as core_cockpit


class AccountDunningKpiMonth(models.Model):
    _name = "account.dunning.kpi.month"
    _inherit = "account.dunning.live.report"
    _description = "Dunning Figures by Month"
    _auto = False
    _rec_name = "month"
    _order = "month desc, company_id"

    company_id = fields.Many2one(help="Company of the figures.")
    month = fields.Date(readonly=True, help="First day of the month.")
    period_end = fields.Date(
        readonly=True, help="Last day of the month, or today for the current month."
    )
    is_current_month = fields.Boolean(
        string="This Month", readonly=True, help="The month of today (counted up to today)."
    )
    period_days = fields.Integer(
        string="Days", readonly=True, help="Days of the month counted (up to today this month)."
    )
    receivables = fields.Monetary(
        string="Receivables at End",
        readonly=True,
        aggregator="avg",
        currency_field="company_currency_id",
        help="Balance of the receivable accounts at the end of the period (invoices less "
        "payments and credits booked until then), in company currency.",
    )
    sales = fields.Monetary(
        string="Invoiced",
        readonly=True,
        currency_field="company_currency_id",
        help="Customer invoices less credit notes booked in the period, taxes included, in "
        "company currency.",
    )
    dso = fields.Float(
        string="DSO (Days)",
        readonly=True,
        aggregator="avg",
        digits=(16, 2),
        help="Days sales outstanding: receivables at the end of the period / invoiced in the "
        "period x days of the period. Empty when nothing was invoiced.",
    )
    paid_amount = fields.Monetary(
        string="Invoices Paid",
        readonly=True,
        currency_field="company_currency_id",
        help="Amount of the customer invoice items fully paid in the period (their last "
        "payment in it), in company currency.",
    )
    avg_days_late = fields.Float(
        string="Average Days Paid Late",
        readonly=True,
        aggregator="avg",
        digits=(16, 2),
        help="Amount-weighted average of the days the invoices paid in the period were paid "
        "after their due date (paid early or on time counts 0).",
    )
    promises_kept = fields.Integer(
        readonly=True, help="Promises to pay by a date of the period that were kept."
    )
    promises_broken = fields.Integer(
        readonly=True, help="Promises to pay by a date of the period that were broken."
    )
    kept_rate = fields.Float(
        string="Promises Kept (%)",
        readonly=True,
        aggregator="avg",
        digits=(16, 2),
        help="Share of the promises of the period, kept or broken, that were kept.",
    )
    collected_after_dunning = fields.Monetary(
        readonly=True,
        currency_field="company_currency_id",
        help="Payments received in the period on invoices after their first dunning letter "
        "was sent (the part reconciled with them), in company currency.",
    )

    _depends = {
        "account.move.line": [
            "move_id",
            "company_id",
            "account_id",
            "parent_state",
            "date",
            "date_maturity",
            "balance",
            "reconciled",
        ],
        "account.move": ["move_type", "origin_payment_id", "statement_line_id"],
        "account.partial.reconcile": ["debit_move_id", "credit_move_id", "amount", "max_date"],
        "account.dunning.promise": ["company_id", "state", "promise_date"],
        "account.dunning.letter": ["state", "date"],
        "account.dunning.letter.line": ["letter_id", "move_id", "kind"],
    }

    @property
    def _table_query(self):
        today = self._live_today()
        current = today.replace(day=1)
        first = current - relativedelta(months=core_cockpit.TREND_MONTHS - 1)
        companies = self._live_companies()
        return SQL(
            """
            WITH months AS (
                SELECT company.id AS company_id, company.currency_id,
                       series.month::date AS month, series.index,
                       LEAST((series.month + INTERVAL '1 month - 1 day')::date,
                             %(today)s::date) AS period_end
                  FROM res_company AS company
            CROSS JOIN LATERAL (
                        SELECT (%(first)s::date + (n || ' month')::interval)::date AS month,
                               n AS index
                          FROM generate_series(0, %(count)s - 1) AS n
                       ) AS series
                 WHERE company.id = ANY(%(companies)s)
            ), ledger AS (
                SELECT aml.company_id,
                       GREATEST(date_trunc('month', aml.date::timestamp)::date,
                                %(first)s::date) AS month,
                       SUM(aml.balance) AS movement,
                       SUM(aml.balance) FILTER (
                           WHERE aml.date >= %(first)s::date
                             AND move.move_type IN ('out_invoice', 'out_refund', 'out_receipt')
                       ) AS sales
                  FROM account_move_line AS aml
                  JOIN account_account AS account ON account.id = aml.account_id
                  JOIN account_move AS move ON move.id = aml.move_id
                 WHERE account.account_type = 'asset_receivable'
                   AND aml.parent_state = 'posted'
                   AND aml.date <= %(today)s::date
                   AND aml.company_id = ANY(%(companies)s)
              GROUP BY aml.company_id, 2
            ), paid AS (
                SELECT aml.company_id, aml.balance,
                       MAX(apr.max_date) AS paid_on,
                       GREATEST(MAX(apr.max_date) - COALESCE(aml.date_maturity, aml.date), 0)
                           AS days_late
                  FROM account_move_line AS aml
                  JOIN account_account AS account ON account.id = aml.account_id
                  JOIN account_move AS move ON move.id = aml.move_id
                  JOIN account_partial_reconcile AS apr ON apr.debit_move_id = aml.id
                 WHERE account.account_type = 'asset_receivable'
                   AND aml.parent_state = 'posted'
                   AND aml.reconciled
                   AND aml.balance > 0
                   AND move.move_type = 'out_invoice'
                   AND aml.company_id = ANY(%(companies)s)
              GROUP BY aml.id
                HAVING MAX(apr.max_date) BETWEEN %(first)s::date AND %(today)s::date
            ), paid_month AS (
                SELECT company_id, date_trunc('month', paid_on::timestamp)::date AS month,
                       SUM(balance) AS amount, SUM(balance * days_late) AS weighted
                  FROM paid
              GROUP BY 1, 2
            ), promises AS (
                SELECT company_id, date_trunc('month', promise_date::timestamp)::date AS month,
                       COUNT(*) FILTER (WHERE state = 'kept') AS kept,
                       COUNT(*) FILTER (WHERE state = 'broken') AS broken
                  FROM account_dunning_promise
                 WHERE state IN ('kept', 'broken')
                   AND promise_date BETWEEN %(first)s::date AND %(today)s::date
                   AND company_id = ANY(%(companies)s)
              GROUP BY 1, 2
            ), first_letter AS (
                SELECT entry.move_id, MIN(letter.date) AS dunned_on
                  FROM account_dunning_letter_line AS entry
                  JOIN account_dunning_letter AS letter ON letter.id = entry.letter_id
                 WHERE letter.state = 'sent'
                   AND entry.kind = 'overdue'
                   AND letter.company_id = ANY(%(companies)s)
              GROUP BY entry.move_id
            ), collected AS (
                SELECT aml.company_id, date_trunc('month', apr.max_date::timestamp)::date AS month,
                       SUM(apr.amount) AS amount
                  FROM first_letter
                  JOIN account_move_line AS aml ON aml.move_id = first_letter.move_id
                  JOIN account_account AS account ON account.id = aml.account_id
                  JOIN account_partial_reconcile AS apr ON apr.debit_move_id = aml.id
                  JOIN account_move_line AS paying ON paying.id = apr.credit_move_id
                  JOIN account_move AS payment ON payment.id = paying.move_id
                 WHERE account.account_type = 'asset_receivable'
                   AND (payment.origin_payment_id IS NOT NULL
                        OR payment.statement_line_id IS NOT NULL)
                   AND apr.max_date >= first_letter.dunned_on
                   AND apr.max_date BETWEEN %(first)s::date AND %(today)s::date
              GROUP BY 1, 2
            ), figures AS (
                SELECT months.*,
                       (months.period_end - months.month + 1) AS period_days,
                       COALESCE((
                            SELECT SUM(ledger.movement)
                              FROM ledger
                             WHERE ledger.company_id = months.company_id
                               AND ledger.month <= months.month
                       ), 0) AS receivables,
                       COALESCE((
                            SELECT ledger.sales
                              FROM ledger
                             WHERE ledger.company_id = months.company_id
                               AND ledger.month = months.month
                       ), 0) AS sales
                  FROM months
            )
            SELECT figures.company_id * 100 + figures.index AS id,
                   figures.company_id,
                   figures.currency_id AS company_currency_id,
                   figures.month,
                   figures.period_end,
                   figures.month = %(current)s::date AS is_current_month,
                   figures.period_days,
                   figures.receivables,
                   figures.sales,
                   CASE WHEN figures.sales > 0
                        THEN ROUND(figures.receivables / figures.sales * figures.period_days, 2)
                   END AS dso,
                   COALESCE(paid_month.amount, 0) AS paid_amount,
                   CASE WHEN paid_month.amount > 0
                        THEN ROUND(paid_month.weighted / paid_month.amount, 2)
                   END AS avg_days_late,
                   COALESCE(promises.kept, 0) AS promises_kept,
                   COALESCE(promises.broken, 0) AS promises_broken,
                   CASE WHEN promises.kept + promises.broken > 0
                        THEN ROUND(100.0 * promises.kept / (promises.kept + promises.broken), 2)
                   END AS kept_rate,
                   COALESCE(collected.amount, 0) AS collected_after_dunning
              FROM figures
         LEFT JOIN paid_month ON paid_month.company_id = figures.company_id
                             AND paid_month.month = figures.month
         LEFT JOIN promises ON promises.company_id = figures.company_id
                           AND promises.month = figures.month
         LEFT JOIN collected ON collected.company_id = figures.company_id
                            AND collected.month = figures.month
            """,
            today=today,
            first=first,
            current=current,
            count=core_cockpit.TREND_MONTHS,
            companies=companies,
        )
