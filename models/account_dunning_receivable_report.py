# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The collector's overview: every open receivable item, live from the ledger, by ageing bucket."""

from odoo import fields, models
from odoo.tools import SQL

AGEING_BUCKETS = [
    ("not_due", "Not Due"),
    ("1_30", "1-30 Days"),
    ("31_60", "31-60 Days"),
    ("61_90", "61-90 Days"),
    ("over_90", "Over 90 Days"),
]

ITEM_TYPES = [
    ("invoice", "Invoice"),
    ("credit_note", "Credit Note"),
    ("other", "Payment or Other Entry"),
]


class AccountDunningReceivableReport(models.Model):
    _name = "account.dunning.receivable.report"
    _inherit = "account.dunning.live.report"
    _description = "Open Receivables by Ageing"
    _auto = False
    _rec_name = "move_id"
    _order = "date_maturity, id"

    company_id = fields.Many2one(help="Company owed the amount.")
    move_line_id = fields.Many2one(
        "account.move.line",
        string="Journal Item",
        readonly=True,
        help="Open receivable line (an invoice instalment, a credit note, a payment).",
    )
    move_id = fields.Many2one(
        "account.move", string="Document", readonly=True, help="Invoice, credit note or entry."
    )
    item_type = fields.Selection(
        ITEM_TYPES,
        readonly=True,
        help="Customer invoice, credit note, or an unallocated payment or other entry.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        readonly=True,
        help="The customer (commercial entity) that owes the amount.",
    )
    country_id = fields.Many2one("res.country", readonly=True, help="Country of the customer.")
    collector_id = fields.Many2one(
        "res.users",
        readonly=True,
        help="Who follows the customer's collections: its collector, else its salesperson, "
        "else the policy's default collector.",
    )
    level_id = fields.Many2one(
        "account.dunning.level",
        string="Dunning Level",
        readonly=True,
        help="Level the item reached with its latest letter not cancelled; empty: never dunned.",
    )
    policy_id = fields.Many2one(
        "account.dunning.policy",
        readonly=True,
        help="Policy that applies to the customer: the one set on the customer, else by tags, "
        "payment behaviour, country, or the company default.",
    )
    invoice_date = fields.Date(readonly=True, help="Date of the invoice or credit note.")
    date_maturity = fields.Date(string="Due Date", readonly=True, help="Due date of the item.")
    days_overdue = fields.Integer(
        readonly=True,
        aggregator="max",
        help="Days past the due date today; 0 when not yet due.",
    )
    ageing_bucket = fields.Selection(
        AGEING_BUCKETS,
        string="Ageing",
        readonly=True,
        help="Not due, or how long past its due date the item is.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        string="Document Currency",
        readonly=True,
        help="Currency of the invoice or credit note.",
    )
    amount_residual_currency = fields.Monetary(
        string="Open Amount (Document Currency)",
        readonly=True,
        currency_field="currency_id",
        aggregator=None,
        help="Amount still open, in the document's currency; negative for credits.",
    )
    amount_residual = fields.Monetary(
        string="Open Amount",
        readonly=True,
        currency_field="company_currency_id",
        help="Amount still open, in company currency; negative for credits.",
    )
    amount_overdue = fields.Monetary(
        readonly=True,
        currency_field="company_currency_id",
        help="Open amount past its due date, in company currency (credits not included).",
    )
    blocked = fields.Boolean(
        string="Dunning Blocked",
        readonly=True,
        help="Not dunned: the invoice is blocked (dispute, plan, promise, factoring, agency, hold) "
        "or the customer is on dunning hold.",
    )

    _depends = {
        "account.move.line": ["currency_id", "amount_residual_currency"],
        "account.account": ["account_type"],
        "account.move": [
            "move_type",
            "invoice_date",
            "invoice_date_due",
            "date",
            "payment_state",
            "dunning_block_reason",
        ],
        "res.partner": [
            "commercial_partner_id",
            "country_id",
            "user_id",
            "category_id",
            "dunning_collector_id",
            "dunning_policy_id",
            "dunning_blocked",
            "dunning_behaviour_category",
        ],
        "account.dunning.letter": ["state", "date"],
        "account.dunning.letter.line": ["letter_id", "kind", "move_line_id", "level_id"],
        "account.dunning.policy": [
            "active",
            "company_id",
            "sequence",
            "is_company_default",
            "partner_category_ids",
            "behaviour_category",
            "country_ids",
            "collector_id",
        ],
    }

    @property
    def _table_query(self):
        # A query and not a database view: its ages are counted from the user's today, passed as
        # a parameter, so they follow the user's time zone (and a test's frozen clock) and never
        # read the database server's clock.
        today = self._live_today()
        return SQL(
            """
            WITH items AS (
                SELECT aml.id,
                       aml.move_id,
                       aml.company_id,
                       aml.currency_id,
                       aml.amount_residual,
                       aml.amount_residual_currency,
                       move.move_type,
                       move.invoice_date,
                       move.dunning_block_reason,
                       move.payment_state,
                       COALESCE(aml.date_maturity, move.invoice_date_due, move.date) AS due,
                       customer.id AS partner_id,
                       customer.country_id,
                       ARRAY(
                           SELECT tag.category_id
                             FROM res_partner_res_partner_category_rel AS tag
                            WHERE tag.partner_id = customer.id
                       ) AS category_ids,
                       COALESCE(customer.dunning_collector_id, customer.user_id) AS collector_id,
                       customer.dunning_policy_id ->> aml.company_id::text AS own_policy,
                       customer.dunning_behaviour_category ->> aml.company_id::text AS behaviour,
                       COALESCE(
                           (customer.dunning_blocked ->> aml.company_id::text)::boolean, FALSE
                       ) AS on_hold
                  FROM account_move_line AS aml
                  JOIN account_account AS account ON account.id = aml.account_id
                  JOIN account_move AS move ON move.id = aml.move_id
                  JOIN res_partner AS line_partner ON line_partner.id = aml.partner_id
                  JOIN res_partner AS customer ON customer.id = line_partner.commercial_partner_id
                 WHERE account.account_type = 'asset_receivable'
                   AND aml.parent_state = 'posted'
                   AND NOT aml.reconciled
                   AND aml.amount_residual != 0
            )
            SELECT items.id,
                   items.id AS move_line_id,
                   items.move_id,
                   items.company_id,
                   company.currency_id AS company_currency_id,
                   items.currency_id,
                   items.partner_id,
                   items.country_id,
                   COALESCE(items.collector_id, policy.collector_id) AS collector_id,
                   latest.level_id,
                   policy.id AS policy_id,
                   CASE
                       WHEN items.move_type IN ('out_invoice', 'out_receipt') THEN 'invoice'
                       WHEN items.move_type = 'out_refund' THEN 'credit_note'
                       ELSE 'other'
                   END AS item_type,
                   items.invoice_date,
                   items.due AS date_maturity,
                   GREATEST(%(today)s::date - items.due, 0) AS days_overdue,
                   CASE
                       WHEN items.due >= %(today)s::date THEN 'not_due'
                       WHEN %(today)s::date - items.due <= 30 THEN '1_30'
                       WHEN %(today)s::date - items.due <= 60 THEN '31_60'
                       WHEN %(today)s::date - items.due <= 90 THEN '61_90'
                       ELSE 'over_90'
                   END AS ageing_bucket,
                   items.amount_residual,
                   items.amount_residual_currency,
                   CASE
                       WHEN items.due < %(today)s::date AND items.amount_residual > 0
                       THEN items.amount_residual
                       ELSE 0
                   END AS amount_overdue,
                   (items.on_hold
                    OR items.dunning_block_reason IS NOT NULL
                    OR items.payment_state = 'blocked') AS blocked
              FROM items
              JOIN res_company AS company ON company.id = items.company_id
         LEFT JOIN LATERAL (
                    SELECT entry.level_id
                      FROM account_dunning_letter_line AS entry
                      JOIN account_dunning_letter AS letter ON letter.id = entry.letter_id
                     WHERE entry.move_line_id = items.id
                       AND entry.kind = 'overdue'
                       AND letter.state != 'cancel'
                  ORDER BY letter.date DESC, entry.id DESC
                     LIMIT 1
                   ) AS latest ON TRUE
         LEFT JOIN LATERAL (
                    -- account.dunning.policy._select_for_partners, in SQL.
                    SELECT ranked.id, ranked.collector_id
                      FROM (
                            SELECT pol.id, pol.collector_id, pol.sequence,
                                   CASE
                                       WHEN pol.id::text = items.own_policy THEN 0
                                       WHEN EXISTS (
                                            SELECT 1
                                              FROM account_dunning_policy_res_partner_category_rel
                                                   AS pol_tag
                                             WHERE pol_tag.account_dunning_policy_id = pol.id
                                               AND pol_tag.res_partner_category_id
                                                   = ANY(items.category_ids)
                                       ) THEN 1
                                       WHEN pol.behaviour_category = items.behaviour THEN 2
                                       WHEN EXISTS (
                                            SELECT 1
                                              FROM account_dunning_policy_res_country_rel
                                                   AS pol_country
                                             WHERE pol_country.account_dunning_policy_id = pol.id
                                               AND pol_country.res_country_id = items.country_id
                                       ) THEN 3
                                       WHEN pol.is_company_default THEN 4
                                   END AS rank
                              FROM account_dunning_policy AS pol
                             WHERE pol.company_id = items.company_id
                               AND pol.active
                           ) AS ranked
                     WHERE ranked.rank IS NOT NULL
                  ORDER BY ranked.rank, ranked.sequence, ranked.id
                     LIMIT 1
                   ) AS policy ON TRUE
            """,
            today=today,
        )
