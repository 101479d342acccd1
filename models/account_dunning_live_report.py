# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the live reports share (the Overview, My Worklist, the expected cash-in and the monthly
figures): read-only queries on the ledger counted from the user's today, in the companies the
user has selected, amounts in company currency."""

from odoo import api, fields, models
from odoo.tools import SQL


class AccountDunningLiveReport(models.AbstractModel):
    _name = "account.dunning.live.report"
    _description = "Dunning Live Report (shared parts)"

    company_id = fields.Many2one("res.company", readonly=True, help="Company the row is about.")
    company_currency_id = fields.Many2one(
        "res.currency", readonly=True, help="Currency of the company: the amounts are in it."
    )

    # Every live report reads the open receivable lines of the ledger.
    _depends = {
        "account.move.line": [
            "move_id",
            "company_id",
            "partner_id",
            "account_id",
            "parent_state",
            "reconciled",
            "date_maturity",
            "amount_residual",
        ],
    }

    @api.model
    def _live_today(self):
        """The day the report counts from: the user's today (never the database clock, so a
        report follows the user's time zone and a test's frozen clock)."""
        return fields.Date.context_today(self)

    @api.model
    def _live_companies(self):
        """The companies the user has selected."""
        return self.env.companies.ids or [self.env.company.id]

    @api.model
    def _live_relations(self, **models_by_prefix):
        """Query parameters naming the invoice tables of records: for ``promise=
        "account.dunning.promise"``, ``promise_rel`` (the table of its ``move_ids``),
        ``promise_col`` (its column of the record) and ``promise_move`` (of the invoice), as SQL
        identifiers."""
        params = {}
        for prefix, model in models_by_prefix.items():
            field = self.env[model]._fields["move_ids"]
            params[f"{prefix}_rel"] = SQL.identifier(field.relation)
            params[f"{prefix}_col"] = SQL.identifier(field.column1)
            params[f"{prefix}_move"] = SQL.identifier(field.column2)
        return params

    @api.model
    def _live_open_receivables(self, companies):
        """The open receivable lines of ``companies`` (posted, not reconciled, on a receivable
        account) with their due day, as a query for a ``WITH open_aml AS (...)`` clause."""
        return SQL(
            """SELECT aml.id, aml.move_id, aml.company_id, aml.partner_id, aml.amount_residual,
                      COALESCE(aml.date_maturity, aml.date) AS due
                 FROM account_move_line AS aml
                 JOIN account_account AS account ON account.id = aml.account_id
                WHERE account.account_type = 'asset_receivable'
                  AND aml.parent_state = 'posted'
                  AND NOT aml.reconciled
                  AND aml.company_id = ANY(%s)""",
            companies,
        )
