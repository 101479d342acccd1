# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

BLOCK_REASONS = [
    ("dispute", "Dispute"),
    ("payment_plan", "Payment plan"),
    ("promise", "Promise to pay"),
    ("factored", "Factored"),
    ("agency", "At collection agency"),
    ("manual", "Manual hold"),
]


# Domain of the many2many fields that pick a customer's open invoices (plans, promises, calls).
CUSTOMER_OPEN_INVOICES_DOMAIN = (
    "[('move_type', '=', 'out_invoice'), ('state', '=', 'posted'), "
    "('payment_state', 'in', ('not_paid', 'partial')), "
    "('commercial_partner_id', '=', partner_id)]"
)


class AccountMove(models.Model):
    _inherit = "account.move"

    dunning_letter_line_ids = fields.One2many(
        "account.dunning.letter.line",
        "move_id",
        string="Dunning History",
        help="Every letter that listed this document.",
    )
    dunning_level_id = fields.Many2one(
        "account.dunning.level",
        compute="_compute_dunning_state",
        store=True,
        index="btree_not_null",
        help="Highest level reached by the invoice's open instalments.",
    )
    dunning_date = fields.Date(
        string="Last Dunned",
        compute="_compute_dunning_state",
        store=True,
        help="Date of the latest letter, not cancelled, that listed the invoice.",
    )
    dunning_letter_count = fields.Integer(
        string="Letters",
        compute="_compute_dunning_letter_count",
        help="Number of dunning letters that listed the invoice.",
    )
    dunning_block_reason = fields.Selection(
        BLOCK_REASONS,
        string="Dunning Block",
        tracking=True,
        copy=False,
        help="While set, the invoice is not dunned: no letter lists it and it climbs no level.",
    )
    dunning_block_note = fields.Char(
        string="Block Note", copy=False, help="Why dunning is blocked, for the next collector."
    )
    dunning_next_date = fields.Date(
        string="Next Dunning Action",
        compute="_compute_dunning_next_date",
        help="Earliest date the next dunning step can happen.",
    )

    @api.depends(
        "dunning_letter_line_ids.level_id",
        "dunning_letter_line_ids.letter_id.state",
        "dunning_letter_line_ids.letter_id.date",
    )
    def _compute_dunning_state(self):
        latest = self.dunning_letter_line_ids._latest_by_item()
        levels = defaultdict(list)
        dates = defaultdict(list)
        for entry in latest.values():
            if entry.level_id:
                levels[entry.move_id.id].append(entry.level_id)
            dates[entry.move_id.id].append(entry.letter_id.date)
        for move in self:
            move.dunning_level_id = max(
                levels[move.id], key=lambda lvl: (lvl.days, lvl.sequence), default=False
            )
            move.dunning_date = max(dates[move.id], default=False)

    def _compute_dunning_letter_count(self):
        data = self.env["account.dunning.letter.line"]._read_group(
            [("move_id", "in", self.ids)], ["move_id"], ["letter_id:count_distinct"]
        )
        counts = {move.id: count for move, count in data}
        for move in self:
            move.dunning_letter_count = counts.get(move.id, 0)

    @api.depends("dunning_level_id", "dunning_date", "invoice_date_due", "dunning_block_reason")
    def _compute_dunning_next_date(self):
        for move in self:
            move.dunning_next_date = False
            if move.dunning_block_reason or move.payment_state in (
                "paid",
                "in_payment",
                "reversed",
            ):
                continue
            partner = move.commercial_partner_id.with_company(move.company_id)
            move.dunning_next_date = partner.dunning_next_date

    dunning_credit_hold = fields.Boolean(
        string="Customer on Credit Hold",
        compute="_compute_dunning_credit_hold",
        help="The customer is on credit hold: only a dunning manager can confirm new invoices.",
    )

    @api.depends("partner_id", "company_id")
    def _compute_dunning_credit_hold(self):
        for move in self:
            partner = move.commercial_partner_id.with_company(move.company_id)
            move.dunning_credit_hold = move.is_sale_document() and bool(partner.dunning_credit_hold)

    def _post(self, soft=True):
        held = self.filtered(lambda m: m.move_type == "out_invoice" and m.dunning_credit_hold)
        # Server-side only: superuser mode (the dunning charges invoices, posted by the module
        # itself) or a dunning manager; no context key lifts the hold.
        if (
            held
            and not self.env.su
            and not self.env.user.has_group("account_dunning.group_dunning_manager")
        ):
            raise UserError(
                self.env._(
                    "%(customer)s is on credit hold because of overdue invoices: the invoice "
                    "cannot be confirmed. Ask a dunning manager to confirm it, or to lift the "
                    "credit hold on the customer's Dunning tab.",
                    customer=held[0].commercial_partner_id.display_name,
                )
            )
        return super()._post(soft=soft)

    def _is_dunning_blocked(self):
        """Blocked from dunning: a block reason, or Odoo's own 'blocked' payment state."""
        self.ensure_one()
        return bool(self.dunning_block_reason) or self.payment_state == "blocked"

    def _dunning_payments_since(self, since, currency=None):
        """(date, amount) of what was paid on these invoices from ``since``.

        Payments and credit notes reconciled with the receivable lines, as the plans and
        promises count them; in company currency, or in ``currency`` when it is the invoices'
        own (a plan in SEK counts the SEK paid, not its value in the company currency).
        """
        items = self.line_ids.filtered(lambda line: line.account_type == "asset_receivable")
        in_invoice_currency = bool(currency) and currency != self.company_id.currency_id[:1]
        return [
            (
                partial.max_date,
                partial.debit_amount_currency if in_invoice_currency else partial.amount,
            )
            for partial in items.matched_credit_ids
            if partial.max_date >= since
        ]

    def action_create_payment_plan(self):
        """A draft payment plan for the selected invoices of one customer."""
        partners = self.commercial_partner_id
        if len(partners) != 1:
            raise UserError(
                self.env._("Select the invoices of one customer to make a payment plan.")
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.dunning.payment.plan",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_partner_id": partners.id,
                "default_move_ids": [Command.set(self.ids)],
                "default_company_id": self[:1].company_id.id,
            },
        }

    def action_view_dunning_letters(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_dunning.action_account_dunning_letter"
        )
        action["domain"] = [("line_ids.move_id", "=", self.id)]
        action["context"] = {}
        return action

    def action_dunning_block(self):
        """Quick manual hold from the invoice."""
        self.write({"dunning_block_reason": "manual"})
        return True

    def action_dunning_unblock(self):
        for move in self.filtered("dunning_block_reason"):
            move.message_post(body=self.env._("Dunning resumed."))
        self.write({"dunning_block_reason": False, "dunning_block_note": False})
        return True
