# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The collector's worklist: today's actions, live, by what acting on them is worth."""

from odoo import fields, models
from odoo.tools import SQL

from ..dunning_core import cockpit as core_cockpit
from .account_dunning_policy import BEHAVIOUR_CATEGORIES

WORKLIST_KINDS = [
    (core_cockpit.KIND_LETTER, "Draft Letter"),
    (core_cockpit.KIND_CALL, "Call Due"),
    (core_cockpit.KIND_PROMISE, "Broken Promise"),
    (core_cockpit.KIND_DISPUTE, "Dispute to Revisit"),
    (core_cockpit.KIND_INSTALMENT, "Missed Instalment"),
    (core_cockpit.KIND_DEADLINE, "Deadline Passed"),
]
NEXT_STEPS = [
    ("send", "Approve and send the letter"),
    ("call", "Call the customer"),
    ("follow_up", "Call about the broken promise"),
    ("revisit", "Settle the dispute or set a new revisit date"),
    ("chase", "Call about the missed instalment"),
    ("escalate", "Legal action, collection agency or factoring"),
]
# Offsets that keep the row ids of the kinds apart (id = source id * 8 + offset).
KIND_OFFSETS = {kind: index for index, kind in enumerate(core_cockpit.KINDS, start=1)}


class AccountDunningWorklist(models.Model):
    _name = "account.dunning.worklist"
    _inherit = "account.dunning.live.report"
    _description = "Dunning Worklist"
    _auto = False
    _rec_name = "summary"
    _order = "worth desc, action_date, id"

    kind = fields.Selection(WORKLIST_KINDS, readonly=True, help="What needs the collector.")
    next_step = fields.Selection(
        NEXT_STEPS, readonly=True, help="What to do now; the row's button does it or opens it."
    )
    summary = fields.Char(
        string="Reference",
        readonly=True,
        help="The letter, invoice, plan or call the action is about.",
    )
    company_id = fields.Many2one(help="Company owed the amount.")
    partner_id = fields.Many2one(
        "res.partner", string="Customer", readonly=True, help="Customer (commercial entity)."
    )
    collector_id = fields.Many2one(
        "res.users",
        readonly=True,
        help="Who acts: the dispute's owner for a dispute; else the customer's collector, its "
        "salesperson, then the call's assignee or the policy's default collector.",
    )
    behaviour_category = fields.Selection(
        BEHAVIOUR_CATEGORIES,
        string="Payment Behaviour",
        readonly=True,
        help="How the customer pays, from its history: it weighs the amount.",
    )
    risk_weight = fields.Float(
        readonly=True,
        aggregator=None,
        digits=(16, 1),
        help="Weight of the payment behaviour: reliable 1.0, not rated 1.5, slow payer 2.0, "
        "at risk 3.0.",
    )
    amount = fields.Monetary(
        string="Open Amount",
        readonly=True,
        currency_field="company_currency_id",
        help="What the action is about, in company currency: the letter's total, the "
        "customer's overdue amount for a call, the open amount of the invoices of a promise, "
        "dispute or final demand, the unpaid instalments of a plan.",
    )
    worth = fields.Monetary(
        readonly=True,
        currency_field="company_currency_id",
        help="Open amount times the risk weight: the list is sorted by it.",
    )
    action_date = fields.Date(
        string="Since",
        readonly=True,
        help="Letter date, call due date, promised date plus grace, revisit date, instalment "
        "due date or the final demand's pay-by date.",
    )
    days_waiting = fields.Integer(
        readonly=True, aggregator="max", help="Days from that date to today."
    )
    letter_id = fields.Many2one(
        "account.dunning.letter", readonly=True, help="Letter to send, or the final demand."
    )
    move_id = fields.Many2one(
        "account.move", string="Invoice", readonly=True, help="Invoice in dispute."
    )
    promise_id = fields.Many2one(
        "account.dunning.promise", readonly=True, help="Broken promise to follow up."
    )
    plan_id = fields.Many2one(
        "account.dunning.payment.plan", readonly=True, help="Plan with a missed instalment."
    )
    activity_id = fields.Many2one("mail.activity", readonly=True, help="Call to make.")

    _depends = {
        "account.move": [
            "move_type",
            "state",
            "name",
            "commercial_partner_id",
            "amount_total",
            "amount_total_signed",
            "dunning_block_reason",
            "dunning_dispute_user_id",
            "dunning_dispute_revisit_date",
        ],
        "res.partner": [
            "commercial_partner_id",
            "user_id",
            "dunning_collector_id",
            "dunning_behaviour_category",
        ],
        "account.dunning.letter": [
            "state",
            "date",
            "deadline_date",
            "company_id",
            "partner_id",
            "policy_id",
            "level_id",
            "amount_total",
            "charges_waiting_reason",
        ],
        "account.dunning.letter.line": ["letter_id", "kind", "move_id"],
        "account.dunning.level": ["is_final_demand"],
        "account.dunning.policy": ["collector_id"],
        "account.dunning.promise": [
            "state",
            "company_id",
            "partner_id",
            "promise_date",
            "grace_days",
            "move_ids",
            "followup_date",
        ],
        "account.dunning.payment.plan": ["state", "company_id", "partner_id", "currency_id"],
        "account.dunning.payment.plan.line": ["plan_id", "date_due", "amount", "amount_paid"],
        "account.dunning.legal.action": ["move_ids"],
        "mail.activity": ["res_model", "res_id", "user_id", "date_deadline", "active"],
    }

    @property
    def _table_query(self):
        today = self._live_today()
        companies = self._live_companies()
        weights = core_cockpit.RISK_WEIGHTS
        return SQL(
            """
            WITH open_aml AS (%(open_receivables)s
            ), open_move AS (
                SELECT aml.move_id, SUM(aml.amount_residual) AS amount
                  FROM open_aml AS aml
              GROUP BY aml.move_id
            ), overdue AS (
                SELECT aml.company_id, partner.commercial_partner_id AS partner_id,
                       SUM(aml.amount_residual) AS amount
                  FROM open_aml AS aml
                  JOIN res_partner AS partner ON partner.id = aml.partner_id
                 WHERE aml.amount_residual > 0
                   AND aml.due < %(today)s::date
              GROUP BY aml.company_id, partner.commercial_partner_id
            ), items AS (
                -- Draft letters to approve and send (not those waiting for a legal value).
                SELECT 'letter' AS kind, 'send' AS next_step, letter.id AS source_id,
                       letter.company_id, letter.partner_id, NULL::int AS owner_id,
                       policy.collector_id AS fallback_id, letter.date AS action_date,
                       letter.amount_total AS amount, letter.name AS summary,
                       letter.id AS letter_id, NULL::int AS move_id, NULL::int AS promise_id,
                       NULL::int AS plan_id, NULL::int AS activity_id
                  FROM account_dunning_letter AS letter
             LEFT JOIN account_dunning_policy AS policy ON policy.id = letter.policy_id
                 WHERE letter.state = 'draft'
                   AND letter.charges_waiting_reason IS NULL
                   AND letter.company_id = ANY(%(companies)s)
             UNION ALL
                -- Calls due on a letter, a plan, a promise or an invoice.
                SELECT 'call', 'call', act.id, rec.company_id, rec.partner_id, NULL,
                       act.user_id, act.date_deadline, COALESCE(overdue.amount, 0),
                       COALESCE(NULLIF(act.summary, ''), rec.name),
                       rec.letter_id, rec.move_id, rec.promise_id, rec.plan_id, act.id
                  FROM mail_activity AS act
                  JOIN mail_activity_type AS act_type ON act_type.id = act.activity_type_id
                  JOIN LATERAL (
                        SELECT letter.company_id, letter.partner_id, letter.name,
                               letter.id AS letter_id, NULL::int AS move_id,
                               NULL::int AS promise_id, NULL::int AS plan_id
                          FROM account_dunning_letter AS letter
                         WHERE act.res_model = 'account.dunning.letter'
                           AND letter.id = act.res_id
                     UNION ALL
                        SELECT plan.company_id, plan.partner_id, plan.name, NULL, NULL, NULL,
                               plan.id
                          FROM account_dunning_payment_plan AS plan
                         WHERE act.res_model = 'account.dunning.payment.plan'
                           AND plan.id = act.res_id
                     UNION ALL
                        SELECT promise.company_id, promise.partner_id, NULL, NULL, NULL,
                               promise.id, NULL
                          FROM account_dunning_promise AS promise
                         WHERE act.res_model = 'account.dunning.promise'
                           AND promise.id = act.res_id
                     UNION ALL
                        SELECT move.company_id, move.commercial_partner_id, move.name, NULL,
                               move.id, NULL, NULL
                          FROM account_move AS move
                         WHERE act.res_model = 'account.move'
                           AND move.id = act.res_id
                           AND move.move_type = 'out_invoice'
                       ) AS rec ON TRUE
             LEFT JOIN overdue ON overdue.company_id = rec.company_id
                              AND overdue.partner_id = rec.partner_id
                 WHERE act_type.category = 'phonecall'
                   AND act.active
                   AND act.date_deadline <= %(today)s::date
                   AND rec.company_id = ANY(%(companies)s)
             UNION ALL
                -- Broken promises not followed up, while their invoices are still open.
                SELECT 'promise', 'follow_up', promise.id, promise.company_id,
                       promise.partner_id, NULL, NULL,
                       promise.promise_date + COALESCE(promise.grace_days, 0),
                       SUM(open_move.amount), STRING_AGG(move.name, ', ' ORDER BY move.name),
                       NULL, NULL, promise.id, NULL, NULL
                  FROM account_dunning_promise AS promise
                  JOIN %(promise_rel)s AS rel ON rel.%(promise_col)s = promise.id
                  JOIN account_move AS move ON move.id = rel.%(promise_move)s
                  JOIN open_move ON open_move.move_id = move.id
                 WHERE promise.state = 'broken'
                   AND promise.followup_date IS NULL
                   AND promise.company_id = ANY(%(companies)s)
              GROUP BY promise.id
                HAVING SUM(open_move.amount) > 0
             UNION ALL
                -- Disputes whose revisit date came (no date: today).
                SELECT 'dispute', 'revisit', move.id, move.company_id,
                       move.commercial_partner_id, move.dunning_dispute_user_id, NULL,
                       COALESCE(move.dunning_dispute_revisit_date, %(today)s::date),
                       open_move.amount, move.name, NULL, move.id, NULL, NULL, NULL
                  FROM account_move AS move
                  JOIN open_move ON open_move.move_id = move.id
                 WHERE move.dunning_block_reason = 'dispute'
                   AND move.state = 'posted'
                   AND open_move.amount > 0
                   AND COALESCE(move.dunning_dispute_revisit_date, %(today)s::date)
                       <= %(today)s::date
             UNION ALL
                -- Active plans with an instalment unpaid after its due date (in company
                -- currency at the rate of the plan's invoices).
                SELECT 'instalment', 'chase', plan.id, plan.company_id, plan.partner_id, NULL,
                       NULL, missed.date_due, ROUND(missed.amount * COALESCE(rate.rate, 1), 2),
                       plan.name, NULL, NULL, NULL, plan.id, NULL
                  FROM account_dunning_payment_plan AS plan
                  JOIN res_company AS company ON company.id = plan.company_id
                  JOIN LATERAL (
                        SELECT MIN(line.date_due) AS date_due,
                               SUM(line.amount - COALESCE(line.amount_paid, 0)) AS amount
                          FROM account_dunning_payment_plan_line AS line
                         WHERE line.plan_id = plan.id
                           AND line.date_due < %(today)s::date
                           AND COALESCE(line.amount_paid, 0) < line.amount
                       ) AS missed ON missed.date_due IS NOT NULL
             LEFT JOIN LATERAL (
                        SELECT SUM(move.amount_total_signed) / NULLIF(SUM(move.amount_total), 0)
                               AS rate
                          FROM %(plan_rel)s AS rel
                          JOIN account_move AS move ON move.id = rel.%(plan_move)s
                         WHERE rel.%(plan_col)s = plan.id
                           AND plan.currency_id != company.currency_id
                       ) AS rate ON TRUE
                 WHERE plan.state = 'active'
                   AND plan.company_id = ANY(%(companies)s)
             UNION ALL
                -- The latest letter to a customer is a final demand whose pay-by date passed,
                -- on invoices still open, not at an agency, sold or in court.
                SELECT 'deadline', 'escalate', letter.id, letter.company_id, letter.partner_id,
                       NULL, policy.collector_id, letter.deadline_date, SUM(open_move.amount),
                       letter.name, letter.id, NULL, NULL, NULL, NULL
                  FROM account_dunning_letter AS letter
                  JOIN account_dunning_level AS level ON level.id = letter.level_id
             LEFT JOIN account_dunning_policy AS policy ON policy.id = letter.policy_id
                  JOIN LATERAL (
                        SELECT DISTINCT entry.move_id
                          FROM account_dunning_letter_line AS entry
                         WHERE entry.letter_id = letter.id
                           AND entry.kind = 'overdue'
                       ) AS listed ON TRUE
                  JOIN account_move AS move ON move.id = listed.move_id
                  JOIN open_move ON open_move.move_id = move.id
                 WHERE letter.state = 'sent'
                   AND level.is_final_demand
                   AND letter.deadline_date < %(today)s::date
                   AND letter.company_id = ANY(%(companies)s)
                   AND move.dunning_block_reason IS DISTINCT FROM 'agency'
                   AND move.dunning_block_reason IS DISTINCT FROM 'factored'
                   AND NOT EXISTS (
                        SELECT 1
                          FROM account_dunning_letter AS later
                         WHERE later.partner_id = letter.partner_id
                           AND later.company_id = letter.company_id
                           AND later.state != 'cancel'
                           AND (later.date, later.id) > (letter.date, letter.id)
                       )
                   AND NOT EXISTS (
                        SELECT 1
                          FROM %(legal_rel)s AS legal_rel
                          JOIN account_dunning_legal_action AS legal
                            ON legal.id = legal_rel.%(legal_col)s
                         WHERE legal_rel.%(legal_move)s = move.id
                       )
              GROUP BY letter.id, policy.collector_id
                HAVING SUM(open_move.amount) > 0
            )
            SELECT items.source_id * 8 + CASE items.kind %(offsets)s END AS id,
                   items.kind,
                   items.next_step,
                   items.summary,
                   items.company_id,
                   company.currency_id AS company_currency_id,
                   items.partner_id,
                   COALESCE(items.owner_id, customer.dunning_collector_id, customer.user_id,
                            items.fallback_id) AS collector_id,
                   customer.dunning_behaviour_category ->> items.company_id::text
                       AS behaviour_category,
                   weight.value AS risk_weight,
                   items.amount,
                   ROUND(items.amount * weight.value, 2) AS worth,
                   items.action_date,
                   GREATEST(%(today)s::date - items.action_date, 0) AS days_waiting,
                   items.letter_id,
                   items.move_id,
                   items.promise_id,
                   items.plan_id,
                   items.activity_id
              FROM items
              JOIN res_company AS company ON company.id = items.company_id
              JOIN res_partner AS customer ON customer.id = items.partner_id
              JOIN LATERAL (
                    SELECT CASE customer.dunning_behaviour_category ->> items.company_id::text
                               WHEN 'reliable' THEN %(w_reliable)s
                               WHEN 'slow' THEN %(w_slow)s
                               WHEN 'at_risk' THEN %(w_at_risk)s
                               ELSE %(w_none)s
                           END::numeric AS value
                   ) AS weight ON TRUE
            """,
            today=today,
            companies=companies,
            open_receivables=self._live_open_receivables(companies),
            **self._live_relations(
                promise="account.dunning.promise",
                plan="account.dunning.payment.plan",
                legal="account.dunning.legal.action",
            ),
            offsets=SQL(" ").join(
                SQL("WHEN %s THEN %s", kind, offset) for kind, offset in KIND_OFFSETS.items()
            ),
            w_reliable=weights["reliable"],
            w_slow=weights["slow"],
            w_at_risk=weights["at_risk"],
            w_none=weights[None],
        )
