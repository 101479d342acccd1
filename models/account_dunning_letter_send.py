# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Sending dunning letters: channels, email, SMS, the batch print, stored PDFs, the hourly job.

The pipeline lives in its own model, as Odoo keeps invoice sending in ``account.move.send``: the
letter's buttons and its cron (``account.dunning.letter.action_send``, ``action_print_batch``,
``_cron_send_letters``) call it; the letter keeps its states (``_mark_sent``,
``_requeue_for_print``).
"""

import logging

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.modules import module as modules_module
from odoo.tools import split_every
from odoo.tools.pdf import merge_pdf
from odoo.tools.safe_eval import safe_eval, time

_logger = logging.getLogger(__name__)

# Letters rendered per wkhtmltopdf call when they are sent (printed or emailed).
PDF_CHUNK_SIZE = 50


class AccountDunningLetterSend(models.AbstractModel):
    _name = "account.dunning.letter.send"
    _description = "Dunning Letter Sending"

    # ------------------------------------------------------------------ channels
    @api.model
    def _send(self, letters):
        """Send ``letters`` through their level's channels.

        Email goes with the letter and invoice PDFs; a printed-letter level, or an email that is
        impossible, goes to the batch print queue, and a level with both is emailed and then
        queued for print (it stays sent by email); an SMS goes through Odoo's ``sms`` module when
        it is installed, to the contact's mobile or else the customer's. A letter whose only
        channels are SMS or phone is done once the text is queued or the call activity is there,
        so it never waits in the send queue for ever.
        """
        letters = letters.filtered(lambda rec: rec.state in ("draft", "to_send"))
        letters._refresh_open_items()
        template = self.env.ref("account_dunning.mail_template_dunning_letter")
        self._prepare_email_pdfs(letters)
        for letter in letters.filtered(lambda rec: rec.state != "cancel"):
            level = letter.level_id
            problems = []
            sms_number = None
            if level.channel_sms:
                sms_problem = self._sms_problem(letter)
                if sms_problem:
                    problems.append(sms_problem)
                else:
                    sms_number = self._send_sms(letter)
            email_problem = self._email_problem(letter) if level.channel_email else None
            if email_problem:
                problems.append(email_problem)
            if level.channel_email and not email_problem:
                self._send_email(letter, template)
                if level.channel_letter:
                    # Every channel of the level: on paper as well, from the print queue.
                    letter.print_needed = True
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
                letter._mark_sent("phone", self._contact_phone(letter))
                letter._invoice_charges()
                letter.message_post(
                    body=self.env._(
                        "Reminder by phone: the call to %(customer)s is on the collector's "
                        "activities.",
                        customer=letter.partner_id.display_name,
                    )
                )
            if problems and letter.print_needed and letter.state == "to_send":
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

    @api.model
    def _email_problem(self, letter):
        """Why the letter cannot go by email, or None."""
        contact = letter.contact_id or letter.partner_id
        if not contact.email:
            return self.env._("%(contact)s has no email address", contact=contact.display_name)
        if contact.is_blacklisted:
            return self.env._("%(email)s is blacklisted", email=contact.email)
        if contact.message_bounce:
            return self.env._("mail to %(email)s bounced before", email=contact.email)
        return None

    @api.model
    def _contact_phone(self, letter):
        contact = letter.contact_id or letter.partner_id
        return contact.mobile or contact.phone or False

    @api.model
    def _sms_recipient(self, letter):
        """Who the SMS goes to and the number as typed: the contact's mobile; when the contact
        has none, the customer's mobile; else the contact's phone."""
        contact = letter.contact_id or letter.partner_id
        if contact.mobile:
            return contact, contact.mobile
        customer = letter.partner_id.commercial_partner_id
        if customer.mobile:
            return customer, customer.mobile
        return contact, contact.phone or False

    @api.model
    def _sms_number(self, letter):
        """The SMS number in international form, or False when it is invalid."""
        partner, number = self._sms_recipient(letter)
        return partner._phone_format(number=number) if number else False

    @api.model
    def _sms_problem(self, letter):
        """Why the letter cannot go by SMS, or None."""
        contact = letter.contact_id or letter.partner_id
        if "sms.sms" not in self.env:
            return self.env._("the SMS app is not installed")
        partner, number = self._sms_recipient(letter)
        if not number:
            return self.env._("%(contact)s has no mobile number", contact=contact.display_name)
        if not self._sms_number(letter):
            return self.env._(
                "%(number)s of %(contact)s is not a valid phone number",
                number=number,
                contact=partner.display_name,
            )
        return None

    # ------------------------------------------------------------------ email and SMS
    @api.model
    def _prepare_email_pdfs(self, letters):
        """The letters that go by email are marked sent and their PDFs stored, in chunks,
        before they are emailed one by one (``_send_email`` then finds the PDF stored)."""
        emailed = letters.filtered(
            lambda rec: rec.state != "cancel"
            and rec.level_id.channel_email
            and not self._email_problem(rec)
        )
        for letter in emailed:
            letter._mark_sent("email", (letter.contact_id or letter.partner_id).email)
        self._store_sent_pdf(emailed)

    @api.model
    def _send_email(self, letter, template):
        contact = letter.contact_id or letter.partner_id
        letter._mark_sent("email", contact.email)
        self._store_sent_pdf(letter)
        invoice_contacts = letter.line_ids.move_id.partner_id.filtered(
            lambda p: p.email and p.email != contact.email
        )
        template.send_mail(
            letter.id,
            email_values={
                "attachment_ids": [
                    Command.set((letter.sent_attachment_id | self._invoice_pdfs(letter)).ids)
                ],
                "email_cc": ",".join(sorted(set(invoice_contacts.mapped("email")))) or False,
            },
        )
        letter.message_post(
            body=self.env._("Letter emailed to %(email)s.", email=contact.email),
            attachment_ids=letter.sent_attachment_id.ids,
        )
        letter._invoice_charges()

    @api.model
    def _send_sms(self, letter):
        """Queue the text through Odoo's sms module (a soft dependency), logged in the chatter.

        Returns the number it goes to.
        """
        contact, _typed = self._sms_recipient(letter)
        number = self._sms_number(letter)
        body = letter.with_context(lang=letter._lang()).env._(
            "%(company)s: %(amount)s is overdue (ref. %(reference)s). Please pay by %(deadline)s.",
            company=letter.company_id.name,
            amount=letter._format_money(letter.amount_to_pay_currency, letter.currency_id),
            reference=letter.name,
            deadline=letter._format_date(letter.deadline_date or letter.date),
        )
        letter._message_sms(body, partner_ids=contact.ids, sms_pid_to_number={contact.id: number})
        return number

    # ------------------------------------------------------------------ printing
    @api.model
    def _print_queue_domain(self):
        """The print queue (also the Print Queue menu's domain): approved letters of levels
        that only print, letters whose email could not go out, and letters emailed by a level
        that also prints."""
        return [
            ("state", "in", ("to_send", "sent")),
            "|",
            ("print_needed", "=", True),
            "&",
            "&",
            ("state", "=", "to_send"),
            ("level_id.channel_letter", "=", True),
            ("level_id.channel_email", "=", False),
        ]

    @api.model
    def _print_batch(self, letters):
        """One PDF of every letter waiting to be printed (all of them when ``letters`` is
        empty); the letters are marked sent (those emailed already stay sent by email)."""
        letters = letters or self.env["account.dunning.letter"].search(self._print_queue_domain())
        emailed = letters.filtered(lambda rec: rec.state == "sent" and rec.print_needed)
        letters = letters.filtered(lambda rec: rec.state in ("draft", "to_send"))
        letters._refresh_open_items()
        letters = letters.filtered(lambda rec: rec.state != "cancel")
        if not (letters or emailed):
            raise UserError(self.env._("No letter is waiting to be printed."))
        for letter in letters:
            contact = letter.contact_id or letter.partner_id
            letter._mark_sent(
                "letter", contact._display_address(without_company=False).replace("\n", ", ")
            )
        for letter in emailed:
            contact = letter.contact_id or letter.partner_id
            letter.print_needed = False
            letter.message_post(
                body=self.env._(
                    "Letter printed for posting to %(address)s (it was emailed as well).",
                    address=contact._display_address(without_company=False).replace("\n", ", "),
                )
            )
        self._store_sent_pdf(letters | emailed)
        letters._invoice_charges()
        letters |= emailed
        merged = self.env["ir.attachment"].create(
            {
                "name": self.env._(
                    "Dunning letters %(date)s.pdf", date=fields.Date.context_today(self)
                ),
                "raw": self._merge_documents(letters.sent_attachment_id),
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

    @api.model
    def _merge_documents(self, attachments):
        """One document of the stored letters: their PDFs merged. Under Odoo's test runner the
        report engine renders HTML instead of PDF (unless a test forces rendering): those are
        joined as they are, so the print queue behaves the same without wkhtmltopdf."""
        raws = [raw for raw in attachments.mapped("raw") if raw]
        if raws and all(raw.startswith(b"%PDF") for raw in raws):
            return merge_pdf(raws)
        return b"\n".join(raws)

    # ------------------------------------------------------------------ stored PDFs
    @api.model
    def _store_sent_pdf(self, letters):
        """Store the PDF of letters being sent: the letter's attachment, the exact document sent.

        Letters are rendered in chunks (per company: the layout's margins are the company's),
        one wkhtmltopdf call per chunk; Odoo's report engine splits the result per letter and
        stores one attachment each (the report's ``attachment``). A letter whose PDF is stored
        already keeps it (``attachment_use``: e.g. a bounced email now printed). A letter the
        split could not separate from the others is rendered on its own.

        Under Odoo's test runner the report engine renders HTML and stores nothing, unless the
        test sets ``force_report_rendering``: the HTML is then stored as the letter's document.
        """
        report = self.env.ref("account_dunning.action_report_dunning_letter")
        Report = self.env["ir.actions.report"]
        stored = self._sent_pdf_attachments(letters, report)
        todo = letters.filtered(lambda rec: rec.id not in stored)
        for company in todo.company_id:
            for chunk_ids in split_every(
                PDF_CHUNK_SIZE, todo.filtered(lambda rec, c=company: rec.company_id == c).ids
            ):
                if len(chunk_ids) > 1:
                    Report._render_qweb_pdf(report, list(chunk_ids))
                    # The chunk's PDFs are in the filestore now: not kept in memory as well.
                    self.env["ir.attachment"].invalidate_model(["raw", "datas"])
        stored = self._sent_pdf_attachments(letters, report)
        for letter in letters.filtered(lambda rec: rec.id not in stored):
            content, report_type = Report._render_qweb_pdf(report, letter.ids)
            if report_type != "pdf":
                # Test mode without rendering: Odoo returned the HTML and stored nothing.
                self.env["ir.attachment"].create(
                    {
                        "name": safe_eval(report.attachment, {"object": letter, "time": time}),
                        "raw": content,
                        "res_model": letter._name,
                        "res_id": letter.id,
                    }
                )
        stored = self._sent_pdf_attachments(letters, report)
        for letter in letters:
            letter.sent_attachment_id = stored.get(letter.id, False)

    @api.model
    def _sent_pdf_attachments(self, letters, report):
        """The stored PDFs of the letters, {letter id: attachment}, in one query: what
        ``report.retrieve_attachment`` finds for each."""
        names = {}
        for letter in letters:
            name = safe_eval(report.attachment, {"object": letter, "time": time})
            if name:
                names[letter.id] = name
        if not names:
            return {}
        attachments = self.env["ir.attachment"].search(
            [
                ("res_model", "=", "account.dunning.letter"),
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

    @api.model
    def _invoice_pdfs(self, letter):
        """Attachments with the PDF of each overdue invoice, rendered when it has none yet."""
        attachments = self.env["ir.attachment"]
        for move in letter.line_ids.move_id:
            main = move.message_main_attachment_id
            if main and main.mimetype == "application/pdf":
                attachments |= main
                continue
            content, _type = self.env["ir.actions.report"]._render_qweb_pdf(
                "account.account_invoices", move.ids
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

    # ------------------------------------------------------------------ the hourly job
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
        Letter = self.env["account.dunning.letter"]
        domain = [
            ("state", "=", "to_send"),
            ("print_needed", "=", False),
            ("policy_id.auto_send", "=", True),
        ]
        letters = Letter.search(domain, limit=batch_size)
        remaining = Letter.search_count(domain) - len(letters)
        engine = self.env["account.dunning.engine"]
        done = 0
        for chunk_ids in split_every(PDF_CHUNK_SIZE, letters.ids):
            chunk = Letter.browse(chunk_ids)
            # Another worker holds the other customers; the next run sends their letters.
            locked = set(engine._lock_partners(chunk.partner_id.ids))
            chunk = chunk.filtered(lambda rec, locked=locked: rec.partner_id.id in locked)
            chunk.invalidate_recordset()
            # Sent or queued for print meanwhile.
            chunk = chunk.filtered(lambda rec: rec.state == "to_send" and not rec.print_needed)
            done += len(chunk)
            # The job's chatter notes and activities in each company's language (the
            # scheduler's user is English); emails and PDFs keep the customer's (letter._lang).
            for part in engine._by_company_lang(chunk):
                try:
                    # A chunk at once: its PDFs in one rendering, committed with its emails.
                    with self.env.cr.savepoint():
                        part.action_send()
                except Exception:  # pylint: disable=broad-except
                    # One letter failed: the chunk again, letter by letter, so only it fails.
                    _logger.info("Dunning letters sent one by one: a letter of the chunk failed")
                    for letter in part:
                        self._cron_send_one(letter)
            if not modules_module.current_test:
                self.env.cr.commit()  # pylint: disable=invalid-commit
            # Memory bounded per chunk: its letters and PDFs leave the cache.
            self.env.invalidate_all()
        # A batch that only met locked customers reports nothing left, so the job does not spin
        # on them: the next scheduled run picks them up.
        self.env["ir.cron"]._notify_progress(done=done, remaining=max(remaining, 0) if done else 0)
        return True

    @api.model
    def _cron_send_one(self, letter):
        """Send one letter; when it fails, it is queued for the batch print with the error."""
        letter.invalidate_recordset()
        if letter.state != "to_send" or letter.print_needed:
            return
        try:
            with self.env.cr.savepoint():
                letter.action_send()
        except Exception as error:  # pylint: disable=broad-except
            _logger.exception("Dunning letter %s could not be sent", letter.name)
            letter.invalidate_recordset()
            letter._requeue_for_print(
                letter.env._(
                    "Sending failed (%(error)s): queued for the batch print instead.",
                    error=str(error),
                )
            )
            engine = letter.env["account.dunning.engine"]
            engine._report_job_failure(letter, letter.company_id, engine._job_label("send"), error)
