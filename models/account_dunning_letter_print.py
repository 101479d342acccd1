# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Printing dunning letters: the batch print queue, one merged PDF for the post room, and the PDF
of each letter as sent, stored on it (rendered in chunks, one wkhtmltopdf call per chunk)."""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import split_every
from odoo.tools.pdf import merge_pdf
from odoo.tools.safe_eval import safe_eval, time

from .account_dunning_letter_send import PDF_CHUNK_SIZE

# Chunks rendered at once: wkhtmltopdf of one while the next one's HTML is made (one per core).
PDF_WORKERS = max(1, min(os.cpu_count() or 1, 4))


class AccountDunningLetterSend(models.AbstractModel):
    _inherit = "account.dunning.letter.send"

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
        chunks = self._pdf_chunks(todo)

        def render(chunk_ids, Report):
            Report._render_qweb_pdf(report, chunk_ids)
            # The chunk's PDFs are in the filestore now: not kept in memory as well.
            self.env["ir.attachment"].invalidate_model(["raw", "datas"])

        self._render_chunks(chunks, render)
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
    def _pdf_chunks(self, records):
        """The ids of ``records`` in chunks of ``PDF_CHUNK_SIZE`` per company (the layout's
        margins are the company's); a chunk of one is left to the one-by-one rendering."""
        return [
            list(chunk_ids)
            for company in records.company_id
            for chunk_ids in split_every(
                PDF_CHUNK_SIZE, records.filtered(lambda rec, c=company: rec.company_id == c).ids
            )
            if len(chunk_ids) > 1
        ]

    @api.model
    def _render_chunks(self, chunks, render):
        """``render(chunk_ids, Report)`` for each chunk of record ids, ``Report`` the
        ``ir.actions.report`` model to render the chunk's PDF with (Odoo's multi-record
        rendering, one wkhtmltopdf call). With several chunks and cores, worker threads take
        turns on the database under a lock and run their wkhtmltopdf outside it
        (``ir.actions.report._run_wkhtmltopdf``): one chunk's PDF is made while the next
        chunk's HTML is rendered. The caller's thread waits; an error in a chunk is raised."""
        workers = min(len(chunks), PDF_WORKERS)
        if workers < 2:
            for chunk_ids in chunks:
                render(chunk_ids, self.env["ir.actions.report"])
            return
        self.env.flush_all()
        lock = threading.Lock()
        Report = self.env["ir.actions.report"].with_context(dunning_pdf_lock=lock)

        def work(chunk_ids):
            with lock:
                render(chunk_ids, Report)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(work, chunk_ids) for chunk_ids in chunks]:
                future.result()

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
