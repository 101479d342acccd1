# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A scheduled rerun on a day nothing changed: recorded, without visiting every customer.

A dunning run is idempotent: run twice on a day with the same data, the second run writes
nothing. Finding that out still reads every open item of every customer (seconds at 50,000
invoices). So a scheduled run stores, once it and the steps after it are done, a fingerprint of
everything a run reads: per table, the number of rows and the sum of their row versions
(PostgreSQL's ``xmin``, which every insert and update renews and a delete removes; a row locked
for update keeps it). A later scheduled run the same day with the same fingerprint has nothing
to do: it is recorded as unchanged since that run. Any change (a payment, an invoice, a letter
deleted or sent, a policy, a rate, a customer's hold) changes the fingerprint and the run goes
through every customer as always. Runs started by hand always do.
"""

from odoo import api, fields, models
from odoo.tools import SQL

# Tables read by a run beside the add-on's own: {table: column restricting it to the company}.
# res_partner is read whole (customers are shared by the companies); None: not restricted.
READ_TABLES = {
    "account_move": "company_id",
    "account_move_line": "company_id",
    "account_partial_reconcile": "company_id",
    "res_currency_rate": "company_id",
    "res_partner": None,
    "res_company": "id",
    "account_payment_term": None,
    "account_payment_term_line": None,
}
# The add-on's tables a run does not decide from: the run records themselves.
NOT_READ = ("account_dunning_run", "account_dunning_run_partner_rel")


class AccountDunningRun(models.Model):
    _inherit = "account.dunning.run"

    fingerprint = fields.Json(
        readonly=True,
        copy=False,
        help="What the run read, taken when it and the steps after it were done: a scheduled "
        "run the same day finding the same has nothing to do.",
    )
    unchanged_since_id = fields.Many2one(
        "account.dunning.run",
        readonly=True,
        copy=False,
        help="Scheduled run of the same day after which nothing a run reads had changed: this "
        "run had nothing to do and visited nobody.",
    )

    @api.model
    def _fingerprint_tables(self):
        """(table, company column or None) of everything a run reads: the add-on's stored
        models and their many2many tables, and ``READ_TABLES``."""
        tables = dict(READ_TABLES)
        for model in self.env.registry.values():
            if (
                not model._name.startswith("account.dunning.")
                or model._abstract
                or model._transient
                or not model._auto
            ):
                continue
            tables.setdefault(model._table, None)
            for field in model._fields.values():
                if field.type == "many2many" and field.store:
                    tables.setdefault(field.relation, None)
        return sorted((table, column) for table, column in tables.items() if table not in NOT_READ)

    @api.model
    def _fingerprint(self, company):
        """{table: [rows, sum of row versions]} of what a run of ``company`` reads, one query."""
        self.env.flush_all()
        parts = []
        for table, column in self._fingerprint_tables():
            where = SQL("TRUE")
            if column == "company_id":
                where = SQL("(company_id = %s OR company_id IS NULL)", company.id)
            elif column:
                where = SQL("%s = %s", SQL.identifier(column), company.id)
            parts.append(
                SQL(
                    "SELECT %s, count(*), COALESCE(sum(xmin::text::bigint), 0)::text"
                    " FROM %s WHERE %s",
                    table,
                    SQL.identifier(table),
                    where,
                )
            )
        self.env.cr.execute(SQL(" UNION ALL ").join(parts))
        return {table: [count, versions] for table, count, versions in self.env.cr.fetchall()}

    @api.model
    def _skip_unchanged(self, company, date):
        """Whether a scheduled run of ``company`` on ``date`` has nothing to do: recorded as
        such when true."""
        fingerprint = self._fingerprint(company)
        since = self._unchanged_run(company, date, fingerprint)
        if since:
            self._record_unchanged(company, date, since, fingerprint)
        return bool(since)

    @api.model
    def _unchanged_run(self, company, date, fingerprint):
        """Today's last scheduled run of ``company`` when it ended well and nothing it read
        has changed since; else an empty recordset."""
        last = self.search(
            [("company_id", "=", company.id), ("date", "=", date), ("trigger", "=", "cron")],
            order="id desc",
            limit=1,
        )
        if last.state == "done" and not last.failed_count and last.fingerprint == fingerprint:
            return last.unchanged_since_id or last
        return self.browse()

    @api.model
    def _record_unchanged(self, company, date, since, fingerprint):
        """The record of a scheduled run that had nothing to do."""
        now = fields.Datetime.now()
        run = self.create(
            {
                "company_id": company.id,
                "date": date,
                "trigger": "cron",
                "date_start": now,
                "date_end": now,
                "state": "done",
                "unchanged_since_id": since.id,
                "fingerprint": fingerprint,
            }
        )
        run.message_post(
            body=self.env._(
                "Nothing a dunning run reads has changed since %(run)s: no customer to visit.",
                run=since.display_name,
            )
        )
        return run
