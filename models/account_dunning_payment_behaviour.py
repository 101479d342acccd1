# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""How each customer pays, refreshed by the daily run in two statements per company."""

from datetime import timedelta

from odoo import api, models
from odoo.tools import SQL

from ..dunning_core import behaviour as core_behaviour

BEHAVIOUR_FIELDS = (
    "dunning_avg_days_late",
    "dunning_behaviour_category",
    "dunning_broken_promises",
)


class AccountDunningEngine(models.AbstractModel):
    _inherit = "account.dunning.engine"

    @api.model
    def _refresh_payment_behaviour(self, company, today):
        """Average days paid late, broken promises and category over the last 12 months.

        One query adds up, per customer (commercial partner), the invoices paid in the window
        (amount x days late, amount, count; the paid date of an invoice is that of its latest
        reconciliation) and the promises broken in it (their deadline, promised date + grace,
        in the window), for every customer with either or with a rating stored: a customer
        whose history left the window is re-rated too. The rules (average, thresholds,
        category) are ``dunning_core.behaviour.customer_rating``; one UPDATE then writes the
        customers whose figures changed, and only them.

        :return: number of customers rated in the window
        """
        window_start = today - timedelta(days=core_behaviour.BEHAVIOUR_WINDOW_DAYS)
        Partner = self.env["res.partner"].with_company(company)
        # Pending ORM writes (a promise just broken) must reach the table before it is read.
        Partner.flush_model(BEHAVIOUR_FIELDS + ("commercial_partner_id",))
        self.env["account.dunning.promise"].flush_model(
            ["company_id", "partner_id", "state", "promise_date", "grace_days"]
        )
        self.env["account.move.line"].flush_model()
        self.env["account.partial.reconcile"].flush_model(["debit_move_id", "max_date"])
        self.env["account.move"].flush_model(["move_type"])
        self.env["account.account"].flush_model(["account_type"])
        key = str(company.id)
        self.env.cr.execute(
            SQL(
                """
                WITH paid AS (
                    SELECT aml.partner_id, aml.date_maturity, aml.balance,
                           MAX(apr.max_date) AS paid_on
                      FROM account_move_line AS aml
                      JOIN account_move AS move ON move.id = aml.move_id
                      JOIN account_account AS account ON account.id = aml.account_id
                      JOIN account_partial_reconcile AS apr ON apr.debit_move_id = aml.id
                     WHERE aml.company_id = %(company)s
                       AND account.account_type = 'asset_receivable'
                       AND aml.parent_state = 'posted'
                       AND aml.reconciled
                       AND aml.partner_id IS NOT NULL
                       AND move.move_type = 'out_invoice'
                  GROUP BY aml.id
                    HAVING MAX(apr.max_date) BETWEEN %(start)s AND %(today)s
                ), history AS (
                    SELECT partner.commercial_partner_id AS partner_id,
                           SUM(paid.balance
                               * GREATEST(paid.paid_on - COALESCE(paid.date_maturity,
                                                                  paid.paid_on), 0)
                           ) AS weighted, SUM(paid.balance) AS amount, COUNT(*) AS invoices
                      FROM paid
                      JOIN res_partner AS partner ON partner.id = paid.partner_id
                     WHERE paid.balance > 0
                  GROUP BY partner.commercial_partner_id
                ), broken AS (
                    SELECT partner.commercial_partner_id AS partner_id, COUNT(*) AS promises
                      FROM account_dunning_promise AS promise
                      JOIN res_partner AS partner ON partner.id = promise.partner_id
                     WHERE promise.company_id = %(company)s
                       AND promise.state = 'broken'
                       AND promise.promise_date + COALESCE(promise.grace_days, 0)
                           BETWEEN %(start)s AND %(today)s
                  GROUP BY partner.commercial_partner_id
                ), rated AS (
                    SELECT id AS partner_id
                      FROM res_partner
                     WHERE dunning_behaviour_category ? %(key)s
                        OR dunning_avg_days_late ? %(key)s
                        OR dunning_broken_promises ? %(key)s
                ), customers AS (
                    SELECT partner_id FROM history
                     UNION SELECT partner_id FROM broken
                     UNION SELECT partner_id FROM rated
                )
                SELECT customers.partner_id,
                       COALESCE(history.weighted, 0), COALESCE(history.amount, 0),
                       COALESCE(history.invoices, 0), COALESCE(broken.promises, 0),
                       COALESCE((partner.dunning_avg_days_late ->> %(key)s)::numeric, 0),
                       partner.dunning_behaviour_category ->> %(key)s,
                       COALESCE((partner.dunning_broken_promises ->> %(key)s)::int, 0)
                  FROM customers
                  JOIN res_partner AS partner ON partner.id = customers.partner_id
             LEFT JOIN history ON history.partner_id = customers.partner_id
             LEFT JOIN broken ON broken.partner_id = customers.partner_id
                """,
                company=company.id,
                start=window_start,
                today=today,
                key=key,
            )
        )
        changed = []
        rated = 0
        for (
            partner_id,
            weighted,
            amount,
            invoices,
            promises,
            old_avg,
            old_category,
            old_broken,
        ) in self.env.cr.fetchall():
            rating = core_behaviour.customer_rating(weighted, amount, invoices, promises)
            if rating:
                rated += 1
                # Compared as the database returns it (Odoo reads numeric as float): a Decimal
                # never equals its float, and every customer would be rewritten every day.
                new = (float(rating.avg_days_late), rating.category, rating.broken_promises)
            else:
                new = (0, None, 0)
            if new != (old_avg, old_category or None, old_broken):
                changed.append((partner_id, *new))
        if changed:
            self._write_payment_behaviour(company, changed)
        return rated

    @api.model
    def _write_payment_behaviour(self, company, rows):
        """Store (partner id, average, category, broken promises) rows for ``company``, in one
        UPDATE; a value back at its default (0, no category) drops the company's key, as the
        ORM stores company-dependent fields."""
        key = str(company.id)
        self.env.cr.execute(
            SQL(
                """
                UPDATE res_partner AS partner
                   SET dunning_avg_days_late = CASE WHEN new.average = 0
                           THEN COALESCE(partner.dunning_avg_days_late, '{}'::jsonb) - %(key)s
                           ELSE COALESCE(partner.dunning_avg_days_late, '{}'::jsonb)
                                || jsonb_build_object(%(key)s, new.average::float8) END,
                       dunning_behaviour_category = CASE WHEN new.category IS NULL
                           THEN COALESCE(partner.dunning_behaviour_category, '{}'::jsonb)
                                - %(key)s
                           ELSE COALESCE(partner.dunning_behaviour_category, '{}'::jsonb)
                                || jsonb_build_object(%(key)s, new.category) END,
                       dunning_broken_promises = CASE WHEN new.broken = 0
                           THEN COALESCE(partner.dunning_broken_promises, '{}'::jsonb) - %(key)s
                           ELSE COALESCE(partner.dunning_broken_promises, '{}'::jsonb)
                                || jsonb_build_object(%(key)s, new.broken) END,
                       write_uid = %(uid)s,
                       write_date = %(now)s
                  FROM unnest(%(ids)s::int[], %(averages)s::numeric[], %(categories)s::varchar[],
                              %(broken)s::int[]) AS new(id, average, category, broken)
                 WHERE partner.id = new.id
                """,
                key=key,
                uid=self.env.uid,
                now=self.env.cr.now(),
                ids=[row[0] for row in rows],
                averages=[row[1] for row in rows],
                categories=[row[2] for row in rows],
                broken=[row[3] for row in rows],
            )
        )
        partners = self.env["res.partner"].browse([row[0] for row in rows])
        partners.invalidate_recordset(list(BEHAVIOUR_FIELDS) + ["write_uid", "write_date"])
        partners.modified(BEHAVIOUR_FIELDS)
