# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Sending dunning letters: channels, email, SMS and the hourly job (the batch print and the
stored PDFs are ``account_dunning_letter_print``).

The pipeline lives in its own model, as Odoo keeps invoice sending in ``account.move.send``: the
letter's buttons and its cron (``account.dunning.letter.action_send``, ``action_print_batch``,
``_cron_send_letters``) call it; the letter keeps its states (``_mark_sent``,
``_requeue_for_print``).
"""

import logging

from odoo import Command, api, models
from odoo.modules import module as modules_module
from odoo.tools import split_every

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
                self._send_email(letter)
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
    def _send_email(self, letter):
        """Email the letter with the level's template, its PDF and the invoices' PDFs."""
        contact = letter.contact_id or letter.partner_id
        self._mark_emailed(letter, contact.email)
        invoice_contacts = letter.line_ids.move_id.partner_id.filtered(
            lambda p: p.email and p.email != contact.email
        )
        letter._mail_template().send_mail(
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
        self._after_email(letter)

    @api.model
    def _mark_emailed(self, letter, recipients):
        """Before the email leaves: the letter is sent to ``recipients`` and its PDF stored,
        so the document attached is the one kept (its pay-by date counted from sending)."""
        letter._mark_sent("email", recipients)
        self._store_sent_pdf(letter)

    @api.model
    def _after_email(self, letter):
        """Once emailed: its charges invoiced and, for a level that prints as well, queued
        for the batch print (every channel of the level is used; it stays sent by email)."""
        letter._invoice_charges()
        if letter.level_id.channel_letter:
            letter.print_needed = True

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
