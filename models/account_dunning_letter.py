# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The dunning letter: its fields, totals and state machine (draft, to send, sent, cancelled).

Elsewhere: sending and the hourly job in ``account_dunning_letter_send`` (``account.dunning.letter.
send``), the charges invoice in ``account_dunning_charge_invoice``, how the letter reads in
``account_dunning_letter_text``, waiting for legal values and dates at sending in
``account_dunning_letter_law``, what a failed email or a wrong contact does in
``account_dunning_letter_delivery``.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

LETTER_STATES = [
    ("draft", "Draft"),
    ("to_send", "To Send"),
    ("sent", "Sent"),
    ("cancel", "Cancelled"),
]


class AccountDunningLetter(models.Model):
    _name = "account.dunning.letter"
    _description = "Dunning Letter"
    _inherit = ["portal.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference",
        required=True,
        copy=False,
        readonly=True,
        index="trigram",
        default="/",
        help="Reference of the letter, quoted by the customer.",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company that sends the letter.",
    )
    company_currency_id = fields.Many2one(
        related="company_id.currency_id",
        string="Company Currency",
        help="Currency of the letter's totals.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
        help="Customer (commercial entity) the letter is addressed to.",
    )
    contact_id = fields.Many2one(
        "res.partner",
        string="Addressed To",
        help="The person who pays the bills: the customer's dunning contact when set, "
        "otherwise its invoice address.",
    )
    policy_id = fields.Many2one(
        "account.dunning.policy",
        readonly=True,
        check_company=True,
        help="Policy that produced the letter.",
    )
    level_id = fields.Many2one(
        "account.dunning.level",
        readonly=True,
        tracking=True,
        help="Highest level among the letter's invoices: it decides the text and the channels.",
    )
    date = fields.Date(
        string="Letter Date",
        required=True,
        readonly=True,
        index=True,
        default=fields.Date.context_today,
        help="Date of the dunning run that made the letter.",
    )
    deadline_date = fields.Date(string="Pay By", help="Date by which the customer is asked to pay.")
    state = fields.Selection(
        LETTER_STATES,
        default="draft",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
        copy=False,
        help="Draft: waits for review. To Send: approved, queued for its channels. "
        "Sent: gone out. Cancelled: withdrawn.",
    )
    sent_date = fields.Datetime(readonly=True, copy=False, help="When the letter went out.")
    line_ids = fields.One2many(
        "account.dunning.letter.line",
        "letter_id",
        string="Lines",
        domain=[("kind", "=", "overdue")],
        help="Overdue invoices and instalments listed.",
    )
    credit_line_ids = fields.One2many(
        "account.dunning.letter.line",
        "letter_id",
        string="Open Credits",
        domain=[("kind", "=", "credit")],
        help="Open credit notes and unallocated payments netted against the overdue total.",
    )
    amount_overdue = fields.Monetary(
        compute="_compute_amounts",
        store=True,
        currency_field="company_currency_id",
        help="Sum of the overdue amounts listed, in company currency.",
    )
    amount_credit = fields.Monetary(
        string="Open Credits Amount",
        compute="_compute_amounts",
        store=True,
        currency_field="company_currency_id",
        help="Open credits taken into account, in company currency.",
    )
    amount_total = fields.Monetary(
        string="Total Due",
        compute="_compute_amounts",
        store=True,
        currency_field="company_currency_id",
        help="Overdue amount net of open credits: what the customer is asked to pay.",
    )
    currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_amounts",
        store=True,
        help="Currency the customer is asked to pay in: the invoices' own currency when they all "
        "share one (a German customer invoiced in EUR by a Swedish company pays EUR), else the "
        "company currency.",
    )
    amount_total_currency = fields.Monetary(
        string="Total Due (Customer Currency)",
        compute="_compute_amounts",
        store=True,
        currency_field="currency_id",
        help="Overdue amount net of open credits, in the currency the customer pays in.",
    )
    invoice_count = fields.Integer(
        compute="_compute_amounts", store=True, help="Number of overdue items listed."
    )
    sent_channel = fields.Selection(
        [
            ("email", "Email"),
            ("letter", "Printed Letter"),
            ("sms", "SMS"),
            ("phone", "Phone Call"),
            ("manual", "By Hand"),
        ],
        readonly=True,
        copy=False,
        help="How the letter went out.",
    )
    sent_to = fields.Char(readonly=True, copy=False, help="Email address or postal recipient.")
    sent_attachment_id = fields.Many2one(
        "ir.attachment",
        string="Sent PDF",
        readonly=True,
        copy=False,
        help="The exact document that was sent; printing a sent letter returns it.",
    )
    print_needed = fields.Boolean(
        readonly=True,
        copy=False,
        help="Waits for the batch print: a printed-letter level, or an email that could not go "
        "out (no address, blacklisted or bounced).",
    )
    cancel_reason = fields.Char(readonly=True, help="Why the letter was cancelled.")
    run_id = fields.Many2one(
        "account.dunning.run",
        string="Dunning Run",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        help="The dunning run that created the letter.",
    )

    def _compute_access_url(self):
        result = super()._compute_access_url()
        for letter in self:
            letter.access_url = f"/my/dunning_letters/{letter.id}"
        return result

    def _get_report_base_filename(self):
        """File name of the letter's PDF, as the portal and the print action name it."""
        self.ensure_one()
        return self.name

    @api.depends(
        "line_ids.amount_residual",
        "line_ids.amount_residual_currency",
        "line_ids.currency_id",
        "credit_line_ids.amount_residual",
        "credit_line_ids.amount_residual_currency",
        "credit_line_ids.currency_id",
        "company_id.currency_id",
    )
    def _compute_amounts(self):
        for letter in self:
            overdue = sum(letter.line_ids.mapped("amount_residual"))
            credit = -sum(letter.credit_line_ids.mapped("amount_residual"))
            letter.amount_overdue = overdue
            letter.amount_credit = credit
            letter.amount_total = overdue - credit
            letter.invoice_count = len(letter.line_ids)
            lines = letter.line_ids | letter.credit_line_ids
            currency = lines.currency_id
            if len(currency) == 1 and currency != letter.company_currency_id:
                letter.currency_id = currency
                letter.amount_total_currency = sum(lines.mapped("amount_residual_currency"))
            else:
                letter.currency_id = letter.company_currency_id
                letter.amount_total_currency = letter.amount_total

    # ------------------------------------------------------------------ CRUD
    @api.ondelete(at_uninstall=False)
    def _unlink_except_sent(self):
        if any(letter.state == "sent" for letter in self):
            raise UserError(
                self.env._("A sent letter is evidence and cannot be deleted; cancel it instead.")
            )

    # ------------------------------------------------------------------ actions
    def action_confirm(self):
        """Approve draft letters: they go to the queue of their channels."""
        for letter in self:
            if letter.state != "draft":
                raise UserError(
                    self.env._(
                        "Only draft letters can be approved; %(letter)s is %(state)s.",
                        letter=letter.name,
                        state=letter._state_label(),
                    )
                )
        self._refresh_open_items()
        self.filtered(lambda rec: rec.state == "draft").write({"state": "to_send"})
        return True

    def action_mark_sent(self):
        """Mark letters as sent (channels that deliver them call this)."""
        pending = self.filtered(lambda rec: rec.state in ("draft", "to_send"))
        pending._refresh_open_items()
        pending = pending.filtered(lambda rec: rec.state != "cancel")
        pending._mark_sent("manual")
        pending._invoice_charges()
        # What was sent by other means is kept as well.
        self.env["account.dunning.letter.send"]._store_sent_pdf(pending)
        for letter in pending:
            letter.message_post(
                body=self.env._(
                    "Letter sent at level %(level)s for %(amount)s.",
                    level=letter.level_id.name,
                    amount=letter._format_amount(letter.amount_total),
                ),
            )
        return True

    def action_cancel(self, reason=None):
        """Withdraw letters: their invoices fall back to the level they had before, a charges
        invoice not yet paid is cancelled with them, and the customer's contact window is
        freed (a withdrawn letter was no contact). ``reason`` is kept and logged."""
        letters = self.filtered(lambda rec: rec.state != "cancel")
        letters.write({"state": "cancel", "cancel_reason": reason or False})
        if reason:
            for letter in letters:
                letter.message_post(body=self.env._("Letter cancelled: %(reason)s", reason=reason))
        letters._free_contact_window()
        self.env["account.dunning.charge"]._cancel_letters_invoices(letters)
        return True

    def action_reset_draft(self):
        for letter in self:
            if letter.state != "cancel":
                raise UserError(
                    self.env._(
                        "Only cancelled letters can be reset to draft; %(letter)s is %(state)s.",
                        letter=letter.name,
                        state=letter._state_label(),
                    )
                )
        self.write({"state": "draft", "cancel_reason": False})
        return True

    def action_send(self):
        """Send letters through their level's channels (``account.dunning.letter.send``)."""
        return self.env["account.dunning.letter.send"]._send(self)

    def action_print_batch(self):
        """One PDF of every letter waiting to be printed; the letters are marked sent."""
        return self.env["account.dunning.letter.send"]._print_batch(self)

    @api.model
    def _cron_send_letters(self, batch_size=100):
        """Scheduled (``ir_cron_dunning_send``): send the approved letters of policies that send
        automatically (``account.dunning.letter.send._cron_send_letters``)."""
        return self.env["account.dunning.letter.send"]._cron_send_letters(batch_size=batch_size)

    # ------------------------------------------------------------------ business methods
    def _state_label(self):
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    def _free_contact_window(self):
        """The customer's last contact becomes its latest letter not cancelled, so a withdrawn
        letter does not hold back the next one (the policy's minimum days between contacts)."""
        for company in self.company_id:
            partners = self.filtered(lambda rec, c=company: rec.company_id == c).partner_id
            latest = dict(
                self.env["account.dunning.letter"]._read_group(
                    [
                        ("company_id", "=", company.id),
                        ("partner_id", "in", partners.ids),
                        ("state", "!=", "cancel"),
                    ],
                    ["partner_id"],
                    ["date:max"],
                )
            )
            for partner in partners.with_company(company):
                last = latest.get(partner, False)
                if partner.dunning_last_date != last:
                    partner.dunning_last_date = last

    def _refresh_open_items(self):
        """Drop the lines a payment or credit note settled since the letter was drafted.

        A letter left with nothing to claim is cancelled: a customer who paid gets no letter.
        """
        pending = self.filtered(lambda rec: rec.state in ("draft", "to_send"))
        lines = pending.line_ids | pending.credit_line_ids
        if not lines:
            return
        lines.move_line_id.fetch(["amount_residual", "amount_residual_currency", "reconciled"])
        settled = lines.filtered(
            lambda rec: rec.move_line_id.reconciled
            or rec.move_line_id.company_currency_id.is_zero(rec.move_line_id.amount_residual)
        )
        for line in lines - settled:
            aml = line.move_line_id
            if line.amount_residual != aml.amount_residual:
                line.write(
                    {
                        "amount_residual": aml.amount_residual,
                        "amount_residual_currency": aml.amount_residual_currency,
                    }
                )
        if settled:
            for letter in settled.letter_id:
                letter.message_post(
                    body=self.env._(
                        "Removed from the letter because settled since it was drafted: %(items)s.",
                        items=", ".join(
                            (settled & (letter.line_ids | letter.credit_line_ids)).mapped(
                                "move_id.name"
                            )
                        ),
                    ),
                )
            # Letter lines are the run's records (deleted by managers only by hand).
            settled.sudo().unlink()
        paid = pending.filtered(lambda rec: not rec.line_ids or rec.amount_total <= 0)
        if paid:
            paid.write(
                {
                    "state": "cancel",
                    "cancel_reason": self.env._("Nothing left to claim: the customer has paid."),
                }
            )

    def _mark_sent(self, channel, recipient=False):
        """Record that the letters went out through ``channel`` (to ``recipient``)."""
        self.write(
            {
                "state": "sent",
                "sent_date": fields.Datetime.now(),
                "sent_channel": channel,
                "sent_to": recipient,
                "print_needed": False,
            }
        )
