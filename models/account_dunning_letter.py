# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from markupsafe import Markup, escape

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.modules import module as modules_module
from odoo.tools import split_every
from odoo.tools.misc import format_date, formatLang
from odoo.tools.pdf import merge_pdf
from odoo.tools.safe_eval import safe_eval, time

_logger = logging.getLogger(__name__)

# Letters rendered per wkhtmltopdf call when they are sent (printed or emailed).
PDF_CHUNK_SIZE = 50

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
    charge_ids = fields.One2many(
        "account.dunning.charge",
        "letter_id",
        string="Charges",
        help="Reminder fees, fixed compensation and late-payment interest the letter claims.",
    )
    amount_charges = fields.Monetary(
        compute="_compute_amount_charges",
        store=True,
        currency_field="company_currency_id",
        help="Fees, compensation and interest claimed and not waived, in company currency.",
    )
    amount_to_pay = fields.Monetary(
        compute="_compute_amount_charges",
        store=True,
        currency_field="company_currency_id",
        help="Total due plus the charges: what the letter asks the customer to pay.",
    )
    amount_to_pay_currency = fields.Monetary(
        string="To Pay (Customer Currency)",
        compute="_compute_amount_charges",
        store=True,
        currency_field="currency_id",
        help="What the letter asks the customer to pay, in the currency they pay in.",
    )
    charges_move_id = fields.Many2one(
        "account.move",
        string="Charges Invoice",
        readonly=True,
        copy=False,
        check_company=True,
        help="Customer invoice of this letter's fees, compensation and interest (policies "
        "that invoice the charges); made once, when the letter is sent.",
    )
    fee_waiver_date = fields.Date(
        help="The reminder fee is dropped if the overdue invoices are paid by this date.",
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

    @api.depends(
        "amount_total",
        "amount_total_currency",
        "currency_id",
        "charge_ids.amount",
        "charge_ids.waived",
        "charge_ids.currency_id",
    )
    def _compute_amount_charges(self):
        for letter in self:
            totals = letter._charges_in(letter.company_currency_id, letter.currency_id)
            letter.amount_charges = totals[0]
            letter.amount_to_pay = letter.amount_total + totals[0]
            letter.amount_to_pay_currency = letter.amount_total_currency + totals[1]

    def _charges_in(self, *currencies):
        """The letter's charges not waived, converted on the letter date into each currency."""
        self.ensure_one()
        charges = self.charge_ids.filtered(lambda rec: not rec.waived)
        return tuple(
            currency.round(
                sum(
                    charge.currency_id._convert(
                        charge.amount, currency, self.company_id, self.date or fields.Date.today()
                    )
                    for charge in charges
                )
            )
            for currency in currencies
        )

    def _customer_totals(self):
        """The totals printed on the letter, in the currency the customer pays in."""
        self.ensure_one()
        currency = self.currency_id or self.company_currency_id
        if currency == self.company_currency_id:
            credit = self.amount_credit
        else:
            credit = -sum(self.credit_line_ids.mapped("amount_residual_currency"))
        return {
            "currency": currency,
            "credit": credit,
            "total": self.amount_total_currency,
            "charges": self.amount_to_pay_currency - self.amount_total_currency,
            "to_pay": self.amount_to_pay_currency,
        }

    # ------------------------------------------------------------------ states
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
        pending._store_sent_pdf()  # what was sent by other means is kept as well
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
        for letter in letters.filtered("charges_move_id"):
            move = letter.charges_move_id
            if (
                move.state == "posted"
                and move.payment_state in ("not_paid", "partial")
                and (move.payment_state == "not_paid")
            ):
                move.button_draft()
                move.button_cancel()
                letter.message_post(
                    body=self.env._("Charges invoice %(move)s cancelled.", move=move.name)
                )
            elif move.state == "draft":
                move.button_cancel()
            elif move.state == "posted":
                letter.message_post(
                    body=self.env._(
                        "Charges invoice %(move)s is (partly) paid and stays: refund it if "
                        "the charges are dropped.",
                        move=move.name,
                    )
                )
        return True

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

    def action_compute_charges(self):
        """Recompute the fees, compensation and interest of draft letters."""
        for letter in self:
            if letter.state != "draft":
                raise UserError(
                    self.env._(
                        "Charges are recomputed on draft letters only; %(letter)s is %(state)s.",
                        letter=letter.name,
                        state=letter._state_label(),
                    )
                )
        self.env["account.dunning.charge"]._compute_for_letters(self, raise_missing=True)
        return True

    def _invoice_charges(self):
        """One customer invoice per letter for its charges, for policies that invoice them;
        never a second one."""
        for letter in self.filtered(
            lambda rec: rec.policy_id.charge_mode == "invoice" and not rec.charges_move_id
        ):
            charges = letter.charge_ids.filtered(
                lambda rec: not rec.waived and not rec.currency_id.is_zero(rec.amount)
            )
            if not charges:
                continue
            currency = charges[0].currency_id
            move = letter.company_id._dunning_charges_invoice(
                letter.partner_id,
                currency,
                [
                    (
                        charge.name,
                        charge.kind,
                        charge.currency_id._convert(
                            charge.amount, currency, letter.company_id, letter.date
                        ),
                    )
                    for charge in charges
                ],
                letter.date,
                letter.name,
            )
            letter.charges_move_id = move
            letter.message_post(body=self.env._("Charges invoiced on %(move)s.", move=move.name))

    def _apply_fee_waivers(self, today):
        """Drop the fee of letters whose invoices were all paid by the offered waiver date."""
        for letter in self:
            fees = letter.charge_ids.filtered(
                lambda rec: rec.kind == "fee" and not rec.waived and not rec.carried_from_id
            )
            items = letter.line_ids.move_line_id
            if not fees or not items or not all(item.reconciled for item in items):
                continue
            paid_on = max(items.matched_credit_ids.mapped("max_date"), default=today)
            if paid_on > letter.fee_waiver_date:
                continue
            fees.write({"waived": True})
            move = letter.charges_move_id
            if move and move.state == "posted" and move.payment_state == "not_paid":
                refund = move._reverse_moves(
                    [{"ref": self.env._("Fee waived, letter %(letter)s", letter=letter.name)}]
                )
                fee_names = set(fees.mapped("name"))
                keep = refund.invoice_line_ids.filtered(
                    lambda line, names=fee_names: line.name in names
                )
                refund.invoice_line_ids = [
                    Command.unlink(line.id) for line in refund.invoice_line_ids - keep
                ]
                refund.action_post()
                open_lines = (move.line_ids | refund.line_ids).filtered(
                    lambda line: line.account_type == "asset_receivable" and not line.reconciled
                )
                if len(open_lines) > 1:
                    open_lines.reconcile()
            letter.message_post(
                body=self.env._(
                    "Reminder fee dropped: the invoices were paid by %(date)s, as the letter "
                    "offered.",
                    date=format_date(self.env, letter.fee_waiver_date),
                )
            )

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

    def _state_label(self):
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    def _format_amount(self, amount):
        return formatLang(self.env, amount, currency_obj=self.company_currency_id)

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
            settled.unlink()
        paid = pending.filtered(lambda rec: not rec.line_ids or rec.amount_total <= 0)
        if paid:
            paid.write(
                {
                    "state": "cancel",
                    "cancel_reason": self.env._("Nothing left to claim: the customer has paid."),
                }
            )

    # ------------------------------------------------------------------ channels
    def _email_problem(self):
        """Why the letter cannot go by email, or None."""
        self.ensure_one()
        contact = self.contact_id or self.partner_id
        if not contact.email:
            return self.env._("%(contact)s has no email address", contact=contact.display_name)
        if contact.is_blacklisted:
            return self.env._("%(email)s is blacklisted", email=contact.email)
        if contact.message_bounce:
            return self.env._("mail to %(email)s bounced before", email=contact.email)
        return None

    def _store_sent_pdf(self):
        """Store the PDF of letters being sent: the letter's attachment, the exact document sent.

        Letters are rendered in chunks (per company: the layout's margins are the company's),
        one wkhtmltopdf call per chunk; Odoo's report engine splits the result per letter and
        stores one attachment each (the report's ``attachment``). A letter whose PDF is stored
        already keeps it (``attachment_use``: e.g. a bounced email now printed). A letter the
        split could not separate from the others is rendered on its own.
        """
        report = self.env.ref("account_dunning.action_report_dunning_letter")
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        stored = self._sent_pdf_attachments(report)
        todo = self.filtered(lambda rec: rec.id not in stored)
        for company in todo.company_id:
            for chunk_ids in split_every(
                PDF_CHUNK_SIZE, todo.filtered(lambda rec, c=company: rec.company_id == c).ids
            ):
                if len(chunk_ids) > 1:
                    Report._render_qweb_pdf(report, list(chunk_ids))
                    # The chunk's PDFs are in the filestore now: not kept in memory as well.
                    self.env["ir.attachment"].invalidate_model(["raw", "datas"])
        stored = self._sent_pdf_attachments(report)
        for letter in self.filtered(lambda rec: rec.id not in stored):
            Report._render_qweb_pdf(report, letter.ids)
        stored = self._sent_pdf_attachments(report)
        for letter in self:
            letter.sent_attachment_id = stored.get(letter.id, False)

    def _sent_pdf_attachments(self, report):
        """The stored PDFs of the letters, {letter id: attachment}, in one query: what
        ``report.retrieve_attachment`` finds for each."""
        names = {}
        for letter in self:
            name = safe_eval(report.attachment, {"object": letter, "time": time})
            if name:
                names[letter.id] = name
        if not names:
            return {}
        attachments = self.env["ir.attachment"].search(
            [
                ("res_model", "=", self._name),
                ("res_id", "in", list(names)),
                ("name", "in", list(set(names.values()))),
            ],
            order="id desc",
        )
        found = {}
        for attachment in attachments:
            if names.get(attachment.res_id) == attachment.name:
                found.setdefault(attachment.res_id, attachment)
        return found

    def _invoice_pdfs(self):
        """Attachments with the PDF of each overdue invoice, rendered when it has none yet."""
        self.ensure_one()
        attachments = self.env["ir.attachment"]
        for move in self.line_ids.move_id:
            main = move.message_main_attachment_id
            if main and main.mimetype == "application/pdf":
                attachments |= main
                continue
            content, _type = (
                self.env["ir.actions.report"]
                .with_context(force_report_rendering=True)
                ._render_qweb_pdf("account.account_invoices", move.ids)
            )
            attachments |= self.env["ir.attachment"].create(
                {
                    "name": f"{(move.name or 'invoice').replace('/', '_')}.pdf",
                    "raw": content,
                    "mimetype": "application/pdf",
                    "res_model": "account.move",
                    "res_id": move.id,
                }
            )
        return attachments

    def action_send(self):
        """Send letters through their level's channels.

        Email goes with the letter and invoice PDFs; a printed-letter level, or an email that is
        impossible, goes to the batch print queue; an SMS goes through Odoo's ``sms`` module when
        it is installed. A letter whose only channels are SMS or phone is done once the text is
        queued or the call activity is there, so it never waits in the send queue for ever.
        """
        letters = self.filtered(lambda rec: rec.state in ("draft", "to_send"))
        letters._refresh_open_items()
        template = self.env.ref("account_dunning.mail_template_dunning_letter")
        letters._prepare_email_pdfs()
        for letter in letters.filtered(lambda rec: rec.state != "cancel"):
            level = letter.level_id
            problems = []
            sms_number = None
            if level.channel_sms:
                sms_problem = letter._sms_problem()
                if sms_problem:
                    problems.append(sms_problem)
                else:
                    sms_number = letter._send_sms()
            email_problem = letter._email_problem() if level.channel_email else None
            if email_problem:
                problems.append(email_problem)
            if level.channel_email and not email_problem:
                letter._send_email(template)
            elif (
                level.channel_email
                or level.channel_letter
                or not (sms_number or level.channel_phone)
            ):
                letter.write({"state": "to_send", "print_needed": True})
            elif sms_number:
                letter._mark_sent("sms", sms_number)
                letter._invoice_charges()
            else:
                letter._mark_sent("phone", letter._contact_phone())
                letter._invoice_charges()
                letter.message_post(
                    body=self.env._(
                        "Reminder by phone: the call to %(customer)s is on the collector's "
                        "activities.",
                        customer=letter.partner_id.display_name,
                    )
                )
            if problems and letter.print_needed:
                letter._report_contact_problem(
                    self.env._(
                        "Not sent (%(problem)s): queued for the batch print instead.",
                        problem="; ".join(problems),
                    )
                )
            elif problems:
                letter._report_contact_problem(
                    self.env._("Not sent by SMS (%(problem)s).", problem="; ".join(problems))
                )
        return True

    def _prepare_email_pdfs(self):
        """The letters that go by email are marked sent and their PDFs stored, in chunks,
        before they are emailed one by one (``_send_email`` then finds the PDF stored)."""
        emailed = self.filtered(
            lambda rec: rec.state != "cancel"
            and rec.level_id.channel_email
            and not rec._email_problem()
        )
        for letter in emailed:
            letter._mark_sent("email", (letter.contact_id or letter.partner_id).email)
        emailed._store_sent_pdf()

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

    def _report_contact_problem(self, note):
        """Note a channel that failed and give the collector an activity to fix the contact."""
        self.ensure_one()
        self.message_post(body=note)
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._(
                "Check the contact details of %(customer)s", customer=self.partner_id.name
            ),
            note=note,
            user_id=self.partner_id._dunning_collector(self.policy_id).id,
        )

    def _message_receive_bounce(self, email, partner):
        """A bounced letter goes to the print queue, and its collector is told."""
        result = super()._message_receive_bounce(email, partner)
        for letter in self.filtered(lambda rec: rec.sent_channel == "email"):
            letter._requeue_for_print(
                self.env._(
                    "The email to %(email)s bounced: the letter is queued for the batch print.",
                    email=email,
                )
            )
        return result

    def _email_failed(self, reason):
        """The mail server could not deliver the letter's email (see mail.mail)."""
        for letter in self.filtered(
            lambda rec: rec.state == "sent" and rec.sent_channel == "email"
        ):
            letter._requeue_for_print(
                self.env._(
                    "The email to %(email)s could not be sent (%(reason)s): the letter is queued "
                    "for the batch print.",
                    email=letter.sent_to,
                    reason=reason,
                )
            )

    def _requeue_for_print(self, note):
        """A letter that did not reach the customer by email: print queue, note, activity."""
        self.ensure_one()
        self.write({"state": "to_send", "print_needed": True})
        self._report_contact_problem(note)

    @api.model
    def _cron_send_letters(self, batch_size=100):
        """Scheduled: send the approved letters of policies that send automatically.

        Batched with Odoo 18's cron progress; letters go in chunks (their PDFs rendered
        together), each chunk committed once sent with its emails, which leave through Odoo's
        mail queue: a crash never sends one twice. Letters needing print wait for the batch
        print. A letter that fails to go out (a template or PDF error) sends its chunk again
        letter by letter: it is rolled back on its own and queued for the batch print with the
        error, so it neither blocks the others nor comes back every hour.

        Each letter is sent holding the lock the dunning run takes on its customer (``FOR NO
        KEY UPDATE SKIP LOCKED``): a second worker, or a dunning run refreshing that customer's
        letters, makes this one skip the letter, and its state is read again after the lock, so
        a letter is never emailed twice.
        """
        domain = [
            ("state", "=", "to_send"),
            ("print_needed", "=", False),
            ("policy_id.auto_send", "=", True),
        ]
        letters = self.search(domain, limit=batch_size)
        remaining = self.search_count(domain) - len(letters)
        engine = self.env["account.dunning.engine"]
        done = 0
        for chunk_ids in split_every(PDF_CHUNK_SIZE, letters.ids):
            chunk = self.browse(chunk_ids)
            # Another worker holds the other customers; the next run sends their letters.
            locked = set(engine._lock_partners(chunk.partner_id.ids))
            chunk = chunk.filtered(lambda rec, locked=locked: rec.partner_id.id in locked)
            chunk.invalidate_recordset()
            # Sent or queued for print meanwhile.
            chunk = chunk.filtered(lambda rec: rec.state == "to_send" and not rec.print_needed)
            done += len(chunk)
            try:
                # A chunk at once: its PDFs in one rendering, committed with its emails.
                with self.env.cr.savepoint():
                    chunk.action_send()
            except Exception:  # pylint: disable=broad-except
                # One letter failed: the chunk again, letter by letter, so only it fails.
                _logger.info("Dunning letters sent one by one: a letter of the chunk failed")
                for letter in chunk:
                    letter._cron_send_one()
            if not modules_module.current_test:
                self.env.cr.commit()  # pylint: disable=invalid-commit
            # Memory bounded per chunk: its letters and PDFs leave the cache.
            self.env.invalidate_all()
        # A batch that only met locked customers reports nothing left, so the job does not spin
        # on them: the next scheduled run picks them up.
        self.env["ir.cron"]._notify_progress(done=done, remaining=max(remaining, 0) if done else 0)
        return True

    def _cron_send_one(self):
        """Send one letter; when it fails, it is queued for the batch print with the error."""
        self.ensure_one()
        self.invalidate_recordset()
        if self.state != "to_send" or self.print_needed:
            return
        try:
            with self.env.cr.savepoint():
                self.action_send()
        except Exception as error:  # pylint: disable=broad-except
            _logger.exception("Dunning letter %s could not be sent", self.name)
            self.invalidate_recordset()
            self._requeue_for_print(
                self.env._(
                    "Sending failed (%(error)s): queued for the batch print instead.",
                    error=str(error),
                )
            )
            engine = self.env["account.dunning.engine"]
            engine._report_job_failure(self, self.company_id, engine._job_label("send"), error)

    def _send_email(self, template):
        self.ensure_one()
        contact = self.contact_id or self.partner_id
        self._mark_sent("email", contact.email)
        self._store_sent_pdf()
        invoice_contacts = self.line_ids.move_id.partner_id.filtered(
            lambda p: p.email and p.email != contact.email
        )
        template.send_mail(
            self.id,
            email_values={
                "attachment_ids": [
                    Command.set((self.sent_attachment_id | self._invoice_pdfs()).ids)
                ],
                "email_cc": ",".join(sorted(set(invoice_contacts.mapped("email")))) or False,
            },
        )
        self.message_post(
            body=self.env._("Letter emailed to %(email)s.", email=contact.email),
            attachment_ids=self.sent_attachment_id.ids,
        )
        self._invoice_charges()

    def _contact_phone(self):
        contact = self.contact_id or self.partner_id
        return contact.mobile or contact.phone or False

    def _sms_number(self):
        """The contact's mobile (or phone) in international form, or False when it is invalid."""
        contact = self.contact_id or self.partner_id
        return contact._phone_format(number=self._contact_phone())

    def _sms_problem(self):
        """Why the letter cannot go by SMS, or None."""
        self.ensure_one()
        contact = self.contact_id or self.partner_id
        if "sms.sms" not in self.env:
            return self.env._("the SMS app is not installed")
        if not self._contact_phone():
            return self.env._("%(contact)s has no mobile number", contact=contact.display_name)
        if not self._sms_number():
            return self.env._(
                "%(number)s of %(contact)s is not a valid phone number",
                number=self._contact_phone(),
                contact=contact.display_name,
            )
        return None

    def _send_sms(self):
        """Queue the text through Odoo's sms module (a soft dependency), logged in the chatter.

        Returns the number it goes to.
        """
        self.ensure_one()
        contact = self.contact_id or self.partner_id
        number = self._sms_number()
        body = self.with_context(lang=self._lang()).env._(
            "%(company)s: %(amount)s is overdue (ref. %(reference)s). Please pay by %(deadline)s.",
            company=self.company_id.name,
            amount=self._format_money(self.amount_to_pay_currency, self.currency_id),
            reference=self.name,
            deadline=self._format_date(self.deadline_date or self.date),
        )
        self._message_sms(body, partner_ids=contact.ids, sms_pid_to_number={contact.id: number})
        return number

    def action_print_batch(self):
        """One PDF of every letter waiting to be printed; the letters are marked sent."""
        letters = self or self.search(
            [
                ("state", "=", "to_send"),
                "|",
                ("print_needed", "=", True),
                ("level_id.channel_letter", "=", True),
            ]
        )
        letters = letters.filtered(lambda rec: rec.state in ("draft", "to_send"))
        letters._refresh_open_items()
        letters = letters.filtered(lambda rec: rec.state != "cancel")
        if not letters:
            raise UserError(self.env._("No letter is waiting to be printed."))
        for letter in letters:
            contact = letter.contact_id or letter.partner_id
            letter._mark_sent(
                "letter", contact._display_address(without_company=False).replace("\n", ", ")
            )
        letters._store_sent_pdf()
        letters._invoice_charges()
        merged = self.env["ir.attachment"].create(
            {
                "name": self.env._(
                    "Dunning letters %(date)s.pdf", date=fields.Date.context_today(self)
                ),
                "raw": merge_pdf([letter.sent_attachment_id.raw for letter in letters]),
                "mimetype": "application/pdf",
            }
        )
        # Odoo's own pattern (account.move.send): the PDF opens for download and ``close`` runs
        # the caller's on-close, so the list or form reloads and shows the letters as sent.
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{merged.id}?download=true",
            "close": True,
        }

    # ------------------------------------------------------------------ the letter's text
    def _lang(self):
        self.ensure_one()
        return (self.contact_id or self.partner_id).lang or self.env.lang or "en_US"

    def _format_money(self, amount, currency=None):
        """An amount as the customer reads it: their language's separators and symbol."""
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        return formatLang(env, amount, currency_obj=currency or self.company_currency_id)

    def _format_date(self, value):
        self.ensure_one()
        return format_date(self.with_context(lang=self._lang()).env, value) if value else ""

    def _body_html(self):
        """The level's opening text in the customer's language, placeholders filled in.

        Placeholders: {contact} (the dunning contact when it is a person, so a company's
        letter greets the person who pays the bills, else the customer), {customer}, {total},
        {deadline}, {company}, {reference}; values are escaped, the level's own HTML is kept.
        """
        self.ensure_one()
        body = self._level_body()
        contact = self.contact_id
        addressee = contact if contact and not contact.is_company else self.partner_id
        values = {
            "{contact}": addressee.name or "",
            "{customer}": self.partner_id.name or "",
            "{total}": self._nowrap(
                self._format_money(self.amount_to_pay_currency, self.currency_id)
            ),
            "{deadline}": self._nowrap(self._format_date(self.deadline_date)),
            "{company}": self.company_id.name or "",
            "{reference}": self.name or "",
        }
        text = str(body)
        for key, value in values.items():
            text = text.replace(key, str(escape(value)))
        # An amount ending in an abbreviation ("руб.") at the end of a sentence takes one dot.
        text = text.replace("руб..", "руб.")
        return Markup(text)

    def _legal_section(self):
        """Which statutory passage the letter carries, by level and the customer's country.

        first: the invoice may have been lost, a copy is attached; reminder: a further
        reminder (in Germany the Mahnung that puts the debtor in default, BGB § 286);
        no_inkassovarsel: inkassoloven § 9 (at least 14 days); se_inkassokrav: inkassolagen 5 §;
        de_final: letzte Mahnung announcing Mahnbescheid or Inkasso; ru_claim: досудебная
        претензия (АПК РФ ст. 4 ч. 5, 30 days, businesses); ru_consumer: final demand to a private
        person announcing a судебный приказ (ГПК РФ гл. 11); final: final demand with collection
        costs on the debtor; handover: the claim goes to collection.
        """
        self.ensure_one()
        level = self.level_id
        # The law of the claim (Rome I), not the customer's address: the language stays theirs.
        country = self.partner_id._dunning_law_country(self.company_id).code
        if level.agency_eligible:
            return "handover"
        if level.is_final_demand:
            if country == "NO":
                # The shipped Norwegian level already carries the § 9 wording in its text; the
                # passage is added only where a company's own text lacks it.
                body = self.level_id.with_context(lang=self._lang()).letter_body or ""
                return "" if "§ 9" in str(body) else "no_inkassovarsel"
            if country == "SE":
                return "se_inkassokrav"
            if country == "DE":
                return "de_final"
            if country == "RU":
                # The pre-trial claim of АПК РФ ст. 4 ч. 5 binds disputes before the arbitrazh
                # court, between businesses; a private person is sued in a court of general
                # jurisdiction (судебный приказ, ГПК РФ гл. 11), where it does not apply.
                if self.partner_id.commercial_partner_id._dunning_is_business():
                    return "ru_claim"
                return "ru_consumer"
            return "final"
        first = self.policy_id.level_ids.sorted(lambda lvl: (lvl.days, lvl.sequence))[:1]
        return "first" if level == first else "reminder"

    def _payment_qr(self):
        """Odoo's own payment QR code for the company's bank account, when it supports one."""
        self.ensure_one()
        bank = self.company_id.partner_id.bank_ids[:1]
        if not bank or self.amount_to_pay_currency <= 0:
            return None
        return bank.build_qr_code_base64(
            self.amount_to_pay_currency,
            self.name,
            self.name,
            self.currency_id,
            self.partner_id,
            silent_errors=True,
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_sent(self):
        if any(letter.state == "sent" for letter in self):
            raise UserError(
                self.env._("A sent letter is evidence and cannot be deleted; cancel it instead.")
            )
