# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Expected cash-in by week for the next 12 weeks, live from promises, plans and the ledger."""

from datetime import timedelta

from odoo import fields, models
from odoo.tools import SQL

from ..dunning_core import cockpit as core_cockpit

SOURCES = [
    ("promise", "Promise to Pay"),
    ("instalment", "Plan Instalment"),
    ("overdue", "Overdue, at the Customer's Delay"),
    ("not_due", "Not Yet Due, at the Customer's Delay"),
]


class AccountDunningCashForecast(models.Model):
    _name = "account.dunning.cash.forecast"
    _inherit = "account.dunning.live.report"
    _description = "Expected Cash-In by Week"
    _auto = False
    _rec_name = "partner_id"
    _order = "expected_date, id"

    company_id = fields.Many2one(help="Company expecting the cash.")
    partner_id = fields.Many2one(
        "res.partner", string="Customer", readonly=True, help="Customer expected to pay."
    )
    source = fields.Selection(
        SOURCES,
        readonly=True,
        help="Why the amount is expected then: a promise on its date, a plan instalment on its "
        "due date, or the rest of an invoice (overdue or not yet due) at its due date plus the "
        "customer's average delay (today at the earliest).",
    )
    expected_date = fields.Date(readonly=True, help="Day the amount is expected.")
    week_start = fields.Date(
        string="Week", readonly=True, help="Monday of the week the amount is expected in."
    )
    amount = fields.Monetary(
        string="Expected Amount",
        readonly=True,
        currency_field="company_currency_id",
        help="Amount expected, in company currency (at the rate of the invoices it pays).",
    )
    promise_id = fields.Many2one(
        "account.dunning.promise", readonly=True, help="Promise the amount was promised by."
    )
    plan_id = fields.Many2one(
        "account.dunning.payment.plan", readonly=True, help="Payment plan of the instalment."
    )
    move_id = fields.Many2one(
        "account.move", string="Invoice", readonly=True, help="Invoice expected to be paid."
    )

    _depends = {
        "account.move": ["move_type", "amount_total", "amount_total_signed"],
        "account.partial.reconcile": ["debit_move_id", "amount", "max_date"],
        "res.partner": ["commercial_partner_id", "dunning_avg_days_late"],
        "account.dunning.promise": [
            "company_id",
            "partner_id",
            "state",
            "amount",
            "currency_id",
            "promise_date",
            "start_date",
            "move_ids",
        ],
        "account.dunning.payment.plan": ["company_id", "partner_id", "state", "currency_id"],
        "account.dunning.payment.plan.line": ["plan_id", "date_due", "amount", "amount_paid"],
    }

    @property
    def _table_query(self):
        today = self._live_today()
        weeks = core_cockpit.forecast_weeks(today)
        horizon = weeks[-1] + timedelta(days=6)
        companies = self._live_companies()
        return SQL(
            """
            WITH open_line AS (%(open_receivables)s
            ), promise AS (
                -- What an open promise still expects: the amount promised (in company
                -- currency at its invoices' rate) less what was paid on them since it was
                -- made, at most what they still owe.
                SELECT promise.id, promise.company_id, promise.partner_id,
                       GREATEST(promise.promise_date, %(today)s::date) AS expected_date,
                       LEAST(
                           ROUND(promise.amount
                                 * CASE WHEN promise.currency_id = company.currency_id
                                        THEN 1 ELSE invoices.rate END, 2)
                               - COALESCE(invoices.paid, 0),
                           invoices.open
                       ) AS amount
                  FROM account_dunning_promise AS promise
                  JOIN res_company AS company ON company.id = promise.company_id
                  JOIN LATERAL (
                        SELECT SUM(move.amount_total_signed) / NULLIF(SUM(move.amount_total), 0)
                               AS rate,
                               (SELECT SUM(open_line.amount_residual)
                                  FROM open_line
                                  JOIN %(promise_rel)s AS rel2
                                    ON rel2.%(promise_move)s = open_line.move_id
                                 WHERE rel2.%(promise_col)s = promise.id) AS open,
                               (SELECT SUM(apr.amount)
                                  FROM %(promise_rel)s AS rel3
                                  JOIN account_move_line AS aml
                                    ON aml.move_id = rel3.%(promise_move)s
                                  JOIN account_account AS account
                                    ON account.id = aml.account_id
                                  JOIN account_partial_reconcile AS apr
                                    ON apr.debit_move_id = aml.id
                                 WHERE rel3.%(promise_col)s = promise.id
                                   AND account.account_type = 'asset_receivable'
                                   AND apr.max_date >= promise.start_date) AS paid
                          FROM %(promise_rel)s AS rel
                          JOIN account_move AS move ON move.id = rel.%(promise_move)s
                         WHERE rel.%(promise_col)s = promise.id
                       ) AS invoices ON TRUE
                 WHERE promise.state = 'open'
                   AND promise.company_id = ANY(%(companies)s)
            ), instalment AS (
                SELECT line.id, plan.id AS plan_id, plan.company_id, plan.partner_id,
                       GREATEST(line.date_due, %(today)s::date) AS expected_date,
                       ROUND((line.amount - COALESCE(line.amount_paid, 0))
                             * CASE WHEN plan.currency_id = company.currency_id
                                    THEN 1 ELSE rate.rate END, 2) AS amount
                  FROM account_dunning_payment_plan_line AS line
                  JOIN account_dunning_payment_plan AS plan ON plan.id = line.plan_id
                  JOIN res_company AS company ON company.id = plan.company_id
             LEFT JOIN LATERAL (
                        SELECT SUM(move.amount_total_signed) / NULLIF(SUM(move.amount_total), 0)
                               AS rate
                          FROM %(plan_rel)s AS rel
                          JOIN account_move AS move ON move.id = rel.%(plan_move)s
                         WHERE rel.%(plan_col)s = plan.id
                       ) AS rate ON TRUE
                 WHERE plan.state = 'active'
                   AND COALESCE(line.amount_paid, 0) < line.amount
                   AND plan.company_id = ANY(%(companies)s)
            ), overdue AS (
                -- The rest: invoice items (overdue or not yet due) no open promise or active
                -- plan covers, at their due date plus the customer's average delay.
                SELECT open_line.id, open_line.move_id, open_line.company_id,
                       CASE WHEN open_line.due < %(today)s::date THEN 'overdue' ELSE 'not_due'
                       END AS source,
                       customer.id AS partner_id,
                       GREATEST(
                           open_line.due + GREATEST(ROUND(COALESCE(
                               (customer.dunning_avg_days_late ->> open_line.company_id::text)
                               ::numeric, 0)), 0)::int,
                           %(today)s::date
                       ) AS expected_date,
                       open_line.amount_residual AS amount
                  FROM open_line
                  JOIN account_move AS move ON move.id = open_line.move_id
                  JOIN res_partner AS line_partner ON line_partner.id = move.partner_id
                  JOIN res_partner AS customer ON customer.id = line_partner.commercial_partner_id
                 WHERE move.move_type = 'out_invoice'
                   AND open_line.amount_residual > 0
                   AND open_line.due IS NOT NULL
                   AND NOT EXISTS (
                        SELECT 1
                          FROM %(promise_rel)s AS rel
                          JOIN account_dunning_promise AS promise
                            ON promise.id = rel.%(promise_col)s
                         WHERE rel.%(promise_move)s = move.id AND promise.state = 'open'
                       )
                   AND NOT EXISTS (
                        SELECT 1
                          FROM %(plan_rel)s AS rel
                          JOIN account_dunning_payment_plan AS plan ON plan.id = rel.%(plan_col)s
                         WHERE rel.%(plan_move)s = move.id AND plan.state = 'active'
                       )
            ), items AS (
                SELECT id * 4 + 1 AS id, 'promise' AS source, company_id, partner_id,
                       expected_date, amount, id AS promise_id, NULL::int AS plan_id,
                       NULL::int AS move_id
                  FROM promise
                 WHERE amount > 0
             UNION ALL
                SELECT id * 4 + 2, 'instalment', company_id, partner_id, expected_date, amount,
                       NULL, plan_id, NULL
                  FROM instalment
             UNION ALL
                SELECT id * 4 + 3, source, company_id, partner_id, expected_date, amount,
                       NULL, NULL, move_id
                  FROM overdue
            )
            SELECT items.*,
                   company.currency_id AS company_currency_id,
                   date_trunc('week', items.expected_date::timestamp)::date AS week_start
              FROM items
              JOIN res_company AS company ON company.id = items.company_id
             WHERE items.expected_date <= %(horizon)s::date
            """,
            today=today,
            horizon=horizon,
            companies=companies,
            open_receivables=self._live_open_receivables(companies),
            **self._live_relations(
                promise="account.dunning.promise", plan="account.dunning.payment.plan"
            ),
        )
