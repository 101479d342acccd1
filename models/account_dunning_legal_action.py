# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from ..dunning_core import compensation as core_compensation
from ..dunning_core.legal import forecast


class AccountDunningLegalAction(models.Model):
    """A claim taken to court at the end of the dunning ladder, with its costs and outcome.

    Before filing, ``dunning_core.legal.forecast`` sets the expected recovery against the costs
    from the amount, the age of the debt and the debtor's payment behaviour.
    """

    _name = "account.dunning.legal.action"
    _description = "Legal Action"
    _inherit = ["mail.thread", "mail.activity.mixin", "account.dunning.invoice.currency.mixin"]
    _order = "create_date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, default="/", copy=False, help="Internal reference."
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company claiming.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_currency_id",
        store=True,
        help="Currency of the claim: the invoices' own currency when they all share one, else "
        "the company currency.",
    )
    partner_id = fields.Many2one(
        "res.partner", string="Debtor", required=True, tracking=True, help="Customer sued."
    )
    move_ids = fields.Many2many(
        "account.move",
        string="Invoices",
        check_company=True,
        domain="[('move_type', '=', 'out_invoice'), ('state', '=', 'posted'), "
        "('payment_state', 'in', ('not_paid', 'partial')), "
        "('commercial_partner_id', '=', partner_id)]",
        help="Open customer invoices the claim covers.",
    )
    court = fields.Char(tracking=True, help="Court or enforcement authority.")
    case_number = fields.Char(tracking=True, help="Case number given by the court.")
    claim_amount = fields.Monetary(
        compute="_compute_claim_amount",
        store=True,
        readonly=False,
        tracking=True,
        help="Amount claimed: the open amount of the invoices, net of the debtor's open credit "
        "notes and unallocated payments, unless changed.",
    )
    costs = fields.Monetary(
        string="Expected Costs",
        tracking=True,
        help="Court fees and lawyer's fees to advance.",
    )
    compensation_claimed = fields.Monetary(
        compute="_compute_costs_credit",
        help="Fixed compensation for recovery costs (such as the 40 EUR Pauschale) already "
        "claimed on these invoices. It counts towards the legal-pursuit costs: claim only the "
        "costs beyond it (BGB § 288 Abs. 5 S. 3, Directive 2011/7/EU art. 6(3)).",
    )
    recoverable_costs = fields.Monetary(
        string="Costs to Claim",
        compute="_compute_costs_credit",
        help="Expected costs the debtor owes on top of the fixed compensation already claimed.",
    )
    date_filed = fields.Date(tracking=True, help="Date the claim was filed.")
    date_hearing = fields.Date(help="Date of the hearing.")
    date_judgment = fields.Date(help="Date of the judgment or settlement.")
    outcome = fields.Selection(
        [
            ("pending", "Pending"),
            ("won", "Won"),
            ("partly_won", "Partly won"),
            ("lost", "Lost"),
            ("settled", "Settled"),
            ("withdrawn", "Withdrawn"),
        ],
        default="pending",
        required=True,
        tracking=True,
        help="Result of the action.",
    )
    amount_awarded = fields.Monetary(help="Amount the court awarded, costs included.")
    state = fields.Selection(
        [("draft", "Assessment"), ("filed", "Filed"), ("closed", "Closed")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        help="Assessment (before filing), filed, or closed with an outcome.",
    )
    days_overdue = fields.Integer(
        compute="_compute_forecast", help="Days since the oldest invoice fell due."
    )
    recovery_probability = fields.Float(
        string="Chance of Recovery (%)",
        compute="_compute_forecast",
        digits=(16, 0),
        help="From the debtor's payment behaviour and the age of the debt (a heuristic).",
    )
    expected_recovery = fields.Monetary(
        compute="_compute_forecast", help="Chance of recovery x (claim + costs won back)."
    )
    expected_net = fields.Monetary(
        compute="_compute_forecast", help="Expected recovery minus the costs advanced."
    )
    worth_filing = fields.Boolean(
        compute="_compute_forecast", help="The expected net result is positive."
    )

    @api.constrains("move_ids", "state")
    def _check_invoices(self):
        for action in self.filtered(lambda rec: rec.state == "draft"):
            action.move_ids._dunning_check_open_invoices(self.env._("claimed in court"))

    def _open_credits(self):
        """What the debtor has to its credit and not yet allocated (open credit notes and
        payments), in the claim's currency: the claim is net of it."""
        self.ensure_one()
        credit_items = self.env["account.move.line"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("partner_id", "child_of", self.partner_id.commercial_partner_id.id),
                ("account_type", "=", "asset_receivable"),
                ("parent_state", "=", "posted"),
                ("reconciled", "=", False),
                ("amount_residual", "<", 0),
            ]
        )
        company_currency = self.company_id.currency_id
        total = 0.0
        for line in credit_items:
            if line.currency_id == self.currency_id:
                total -= line.amount_residual_currency
            else:
                total -= company_currency._convert(
                    line.amount_residual,
                    self.currency_id,
                    self.company_id,
                    fields.Date.context_today(self),
                )
        return self.currency_id.round(total)

    @api.depends("move_ids.amount_residual", "currency_id")
    def _compute_claim_amount(self):
        for action in self:
            if not action.move_ids:
                action.claim_amount = 0.0
                continue
            owed = action.move_ids._dunning_open_amount(action.currency_id)
            action.claim_amount = max(action.currency_id.round(owed - action._open_credits()), 0.0)

    @api.depends("costs", "move_ids", "currency_id")
    def _compute_costs_credit(self):
        for action in self:
            claimed = action.move_ids._dunning_compensation_claimed(action.currency_id)
            credit = core_compensation.credit_against_costs(
                action.costs or 0, claimed, action.currency_id.decimal_places
            )
            action.compensation_claimed = claimed
            action.recoverable_costs = float(credit.recoverable)

    @api.depends("claim_amount", "costs", "move_ids.invoice_date_due", "partner_id")
    def _compute_forecast(self):
        today = fields.Date.context_today(self)
        for action in self:
            due = min(action.move_ids.mapped("invoice_date_due") or [today])
            action.days_overdue = max((today - due).days, 0)
            if action.claim_amount <= 0:
                action.update(
                    {
                        "recovery_probability": 0,
                        "expected_recovery": 0,
                        "expected_net": 0,
                        "worth_filing": False,
                    }
                )
                continue
            category = action.partner_id.commercial_partner_id.with_company(
                action.company_id
            ).dunning_behaviour_category
            result = forecast(
                action.claim_amount,
                action.costs or 0,
                action.days_overdue,
                category,
                action.currency_id.decimal_places,
            )
            action.recovery_probability = float(result.probability * 100)
            action.expected_recovery = float(result.expected_recovery)
            action.expected_net = float(result.expected_net)
            action.worth_filing = result.worth_filing

    def action_file(self):
        for action in self:
            if not (action.court and action.claim_amount > 0):
                raise UserError(
                    self.env._("Enter the Court and a positive Claim Amount before filing.")
                )
            action.write(
                {
                    "state": "filed",
                    "date_filed": action.date_filed or fields.Date.context_today(self),
                }
            )
            action.move_ids._dunning_block(
                "manual", self.env._("Legal action %(ref)s", ref=action.name)
            )
        return True

    def action_close(self):
        for action in self:
            if action.outcome == "pending":
                raise UserError(self.env._("Set the Outcome before closing the legal action."))
            action.write(
                {
                    "state": "closed",
                    "date_judgment": action.date_judgment or fields.Date.context_today(self),
                }
            )
        return True

    @api.model
    def action_from_invoices(self, invoices):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "view_mode": "form",
            "context": {
                "default_partner_id": invoices.commercial_partner_id[:1].id,
                "default_move_ids": [Command.set(invoices.ids)],
            },
        }
