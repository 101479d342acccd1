# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError

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
    dunning_is_charges = fields.Boolean(
        string="Dunning Charges Invoice",
        readonly=True,
        copy=False,
        help="Invoice of the fees, fixed compensation and interest a dunning letter claimed: "
        "still owed and dunned, but never charged fees, compensation or interest itself (no "
        "interest on interest).",
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

    # ------------------------------------------------------------------ open amounts
    def _dunning_open_items(self):
        """Open receivable lines of these moves (what a sale, write-off or recovery settles)."""
        return self.line_ids.filtered(
            lambda line: line.account_type == "asset_receivable" and not line.reconciled
        )

    def _dunning_common_currency(self):
        """The moves' own currency when they all share one, else the company currency."""
        currencies = self.currency_id
        return currencies if len(currencies) == 1 else self.company_id.currency_id[:1]

    def _dunning_open_amount(self, currency=None, date=None):
        """Open amount of these moves in ``currency`` (default ``_dunning_common_currency``).

        The one way the add-on reads what is still owed, from the open receivable lines (signed:
        positive is owed by the customer, a credit note is negative): in a move's own currency
        its ``amount_residual_currency``, in the company currency its ``amount_residual`` (the
        company value at the invoice's rate, as the ledger holds it), in any other currency the
        company value converted at ``date`` (default today).
        """
        currency = currency or self._dunning_common_currency()
        total = 0.0
        for move in self:
            items = move._dunning_open_items()
            company_currency = move.company_id.currency_id
            if currency == move.currency_id:
                total += sum(items.mapped("amount_residual_currency"))
            elif currency == company_currency:
                total += sum(items.mapped("amount_residual"))
            else:
                total += company_currency._convert(
                    sum(items.mapped("amount_residual")),
                    currency,
                    move.company_id,
                    date or fields.Date.context_today(self),
                )
        return currency.round(total)

    def _dunning_compensation_claimed(self, currency):
        """The fixed compensation for recovery costs (e.g. the 40 EUR Pauschale) claimed on
        these invoices by letters sent, in ``currency`` at each letter's date; restated and
        waived charges are not counted twice."""
        charges = self.env["account.dunning.charge"].search(
            [
                ("move_id", "in", self.ids),
                ("kind", "=", "compensation"),
                ("waived", "=", False),
                ("carried_from_id", "=", False),
                ("letter_id.state", "=", "sent"),
            ]
        )
        total = sum(
            charge.currency_id._convert(
                charge.amount, currency, charge.company_id, charge.letter_id.date
            )
            for charge in charges
        )
        return currency.round(total)

    @api.model
    def _dunning_line_vals(self, currency, amount, company, date, **values):
        """Values of a journal item for ``amount`` (signed: positive debits) in ``currency``:
        ``amount_currency`` and the company value at the rate Odoo uses on ``date``."""
        balance = currency._convert(amount, company.currency_id, company, date)
        return {
            "currency_id": currency.id,
            "amount_currency": amount,
            "balance": balance,
            **values,
        }

    @api.model
    def _dunning_post_settling_entry(self, journal, date, ref, settling, other_lines):
        """Post a miscellaneous entry that settles invoices, and reconcile it with them.

        ``settling``: [(invoice, line values)], each line crediting that invoice's receivable
        (``_dunning_line_vals``); ``other_lines``: the counterpart lines' values. Each settling
        line is reconciled with its invoice's open items (Odoo books the exchange difference).
        The one way a sale to a factor and a write-off take invoices off the customer.
        Returns (entry, [settling journal item per invoice, in the order given]).
        """
        entry = self.create(
            {
                "move_type": "entry",
                "journal_id": journal.id,
                "date": date,
                "ref": ref,
                "line_ids": [Command.create(vals) for _invoice, vals in settling]
                + [Command.create(vals) for vals in other_lines],
            }
        )
        entry.action_post()
        # Lines keep the order they were created in: the settling ones come first.
        settled = list(entry.line_ids.sorted("id")[: len(settling)])
        for (invoice, _vals), credit in zip(settling, settled, strict=True):
            (credit | invoice._dunning_open_items()).reconcile()
        return entry, settled

    def _dunning_paid(self):
        """The moves with nothing left to pay on them (paid, in payment, reversed, or no open
        amount): what a plan or a promise cannot cover."""
        return self.filtered(
            lambda m: m.payment_state not in ("not_paid", "partial") or m.amount_residual <= 0
        )

    def _dunning_is_sold_or_handed_over(self):
        """Sold to a factor, or at an agency on a case still open (a case closed uncollectible
        hands the invoice back for the write-off)."""
        self.ensure_one()
        if self.dunning_block_reason == "factored":
            return True
        return bool(
            self.dunning_block_reason == "agency"
            and self.env["account.dunning.collection.case"].search_count(
                [
                    ("move_ids", "in", self.ids),
                    ("state", "in", ("handed_over", "partly_recovered")),
                ],
                limit=1,
            )
        )

    def _dunning_check_open_invoices(self, action, allowed_blocks=()):
        """Refuse anything but posted customer invoices still open and not sold or handed over.

        ``action`` names what is being done ("sold to a factor", ...); each refusal names the
        invoice and why. ``allowed_blocks``: dunning blocks that do not prevent it.
        """
        reasons = dict(self._fields["dunning_block_reason"]._description_selection(self.env))
        for move in self:
            why = None
            if move.move_type != "out_invoice":
                why = self.env._("it is not a customer invoice but a credit note or an entry")
            elif move.state != "posted":
                why = self.env._("it is not posted")
            elif move.payment_state in ("paid", "in_payment", "reversed") or not (
                move._dunning_open_items()
                and move.currency_id.compare_amounts(move._dunning_open_amount(move.currency_id), 0)
                > 0
            ):
                why = self.env._("it is paid: nothing is open on it")
            elif (
                move.dunning_block_reason in ("factored", "agency")
                and move.dunning_block_reason not in allowed_blocks
                and move._dunning_is_sold_or_handed_over()
            ):
                why = self.env._(
                    "it is blocked as %(block)s (%(note)s)",
                    block=reasons[move.dunning_block_reason],
                    note=move.dunning_block_note or "-",
                )
            if why:
                raise ValidationError(
                    self.env._(
                        "%(invoice)s cannot be %(action)s: %(reason)s. Remove it from the "
                        "invoices.",
                        invoice=move.display_name,
                        action=action,
                        reason=why,
                    )
                )

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

    def _dunning_block(self, reason, note=None, only_free=False):
        """Hold these invoices from dunning for ``reason`` (a payment plan, a promise, an agency,
        a factor, legal action, a manual hold), with ``note`` (None: the note stays as it is);
        ``only_free``: only those no other reason holds already. The invoices held."""
        moves = self.filtered(lambda move: not move.dunning_block_reason) if only_free else self
        values = {"dunning_block_reason": reason}
        if note is not None:
            values["dunning_block_note"] = note
        moves.write(values)
        return moves

    def _dunning_release(self, reason=None):
        """Lift the hold of these invoices: every hold, or only one set for ``reason`` (a plan
        ending releases what the plan held, not a dispute raised since). The invoices released."""
        moves = self.filtered(
            lambda move: move.dunning_block_reason
            and (reason is None or move.dunning_block_reason == reason)
        )
        moves.write({"dunning_block_reason": False, "dunning_block_note": False})
        return moves

    def action_dunning_block(self):
        """Quick manual hold from the invoice."""
        self._dunning_block("manual")
        return True

    def action_dunning_unblock(self):
        for move in self._dunning_release():
            move.message_post(body=self.env._("Dunning resumed."))
        return True
