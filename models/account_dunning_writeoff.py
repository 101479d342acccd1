# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount


class AccountDunningWriteoff(models.Model):
    """A settlement or write-off of customer debts, booked to the bad-debt account.

    Settlement: the customer pays ``settlement_amount`` of an invoice and the rest is written
    off. Small-debt write-off: every selected invoice whose open amount is at most the threshold
    is written off whole. The entry reconciles with the invoices; *Reverse* restores the debt.
    """

    _name = "account.dunning.writeoff"
    _description = "Dunning Settlement / Write-Off"
    _inherit = ["mail.thread", "account.dunning.invoice.currency.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True, help="Reference of the write-off.")
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company writing off the debt.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_currency_id",
        store=True,
        help="Currency of the amounts: the invoices' own currency when they all share one, else "
        "the company currency. Each invoice is written off in its own currency.",
    )
    mode = fields.Selection(
        [("settlement", "Settlement"), ("small_debts", "Small debts")],
        required=True,
        default="settlement",
        help="Settle one invoice for less, or write off small debts whole.",
    )
    move_ids = fields.Many2many(
        "account.move",
        string="Invoices",
        required=True,
        check_company=True,
        domain="[('move_type', '=', 'out_invoice'), ('state', '=', 'posted'), "
        "('payment_state', 'in', ('not_paid', 'partial'))]",
        help="Customer invoices concerned.",
    )
    settlement_amount = fields.Monetary(
        help="What the customer pays under the settlement; the rest of the open amount is "
        "written off.",
    )
    threshold = fields.Monetary(
        help="Small debts: invoices whose open amount is at most this are written off whole."
    )
    date = fields.Date(
        required=True, default=fields.Date.context_today, help="Accounting date of the write-off."
    )
    reason = fields.Char(required=True, help="Why the debt is written off, for the auditors.")
    amount_written_off = fields.Monetary(readonly=True, help="Total written off.")
    entry_id = fields.Many2one(
        "account.move", string="Journal Entry", readonly=True, help="The write-off entry."
    )
    state = fields.Selection(
        [("draft", "Draft"), ("posted", "Posted"), ("reversed", "Reversed")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        help="Draft, posted (debt written off) or reversed (debt restored).",
    )

    @api.depends("entry_id.name")
    def _compute_name(self):
        for record in self:
            record.name = record.entry_id.name or self.env._("Draft write-off")

    @api.constrains("move_ids", "state")
    def _check_invoices(self):
        for record in self.filtered(lambda rec: rec.state == "draft"):
            record.move_ids._dunning_check_open_invoices(
                self.env._("settled") if record.mode == "settlement" else self.env._("written off")
            )

    def _amounts(self):
        """{invoice: amount to write off in the invoice's own currency}, checked."""
        self.ensure_one()
        self._check_invoices()
        if self.mode == "settlement":
            if len(self.move_ids) != 1:
                raise ValidationError(self.env._("A settlement concerns one invoice: select one."))
            residual = self.move_ids._dunning_open_amount(self.move_ids.currency_id)
            if not 0 <= self.settlement_amount < residual:
                raise ValidationError(
                    self.env._(
                        "The Settlement Amount must be at least 0 and below the open amount "
                        "%(residual)s.",
                        residual=format_amount(self.env, residual, self.move_ids.currency_id),
                    )
                )
            return {
                self.move_ids: self.move_ids.currency_id.round(residual - self.settlement_amount)
            }
        if self.threshold <= 0:
            raise ValidationError(self.env._("Enter the Threshold of the small debts."))
        # The threshold is in the record's currency: each invoice's open amount is compared in
        # it, and written off whole in the invoice's own currency.
        small = self.move_ids.filtered(
            lambda m: 0 < m._dunning_open_amount(self.currency_id, self.date) <= self.threshold
        )
        if not small:
            raise ValidationError(
                self.env._("No selected invoice has an open amount at or below the threshold.")
            )
        return {move: move._dunning_open_amount(move.currency_id) for move in small}

    def action_post(self):
        """Book the write-off: bad debt expense against each invoice's receivable."""
        for record in self:
            if record.state != "draft":
                raise UserError(self.env._("This write-off is already posted."))
            company = record.company_id
            account = company.dunning_bad_debt_account_id
            if not account:
                raise UserError(
                    self.env._(
                        "Set the Bad Debt Account on company %(company)s (Dunning tab) before "
                        "writing off debts.",
                        company=company.name,
                    )
                )
            journal = company._dunning_misc_journal()
            amounts = record._amounts()
            settling = []
            expense_lines = []
            Move = self.env["account.move"]
            for move, amount in amounts.items():
                # In the invoice's currency at the rate of the write-off's date: both lines
                # carry the same company value, Odoo books the exchange difference on reconcile.
                credit = Move._dunning_line_vals(
                    move.currency_id,
                    -amount,
                    company,
                    record.date,
                    name=self.env._(
                        "Write-off %(invoice)s: %(reason)s",
                        invoice=move.name,
                        reason=record.reason,
                    ),
                    account_id=move._dunning_open_items()[:1].account_id.id,
                    partner_id=move.commercial_partner_id.id,
                )
                settling.append((move, credit))
                expense_lines.append(
                    {
                        **credit,
                        "name": self.env._("Bad debt %(invoice)s", invoice=move.name),
                        "account_id": account.id,
                        "amount_currency": amount,
                        "balance": -credit["balance"],
                    }
                )
            entry, credit_lines = Move._dunning_post_settling_entry(
                journal, record.date, record.reason, settling, expense_lines
            )
            record.write(
                {
                    "entry_id": entry.id,
                    "state": "posted",
                    "amount_written_off": sum(
                        amount if move.currency_id == record.currency_id else -credit.balance
                        for (move, amount), credit in zip(
                            amounts.items(), credit_lines, strict=True
                        )
                    ),
                }
            )
            for move in amounts:
                move.message_post(
                    body=self.env._(
                        "Written off %(amount)s: %(reason)s (%(entry)s).",
                        amount=format_amount(self.env, amounts[move], move.currency_id),
                        reason=record.reason,
                        entry=entry.name,
                    )
                )
        return True

    def action_reverse(self):
        """Restore the written-off debt: unreconcile and reverse the entry."""
        for record in self.filtered(lambda rec: rec.state == "posted"):
            record.entry_id.line_ids.remove_move_reconcile()
            record.entry_id._reverse_moves(
                [
                    {
                        "ref": self.env._("Reversal of %(entry)s", entry=record.entry_id.name),
                        "date": fields.Date.context_today(self),
                    }
                ],
                cancel=True,
            )
            record.state = "reversed"
            record.message_post(body=self.env._("Reversed: the debt is open again."))
        return True
