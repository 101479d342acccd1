# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The invoice PDFs an e-mailed letter attaches, rendered in chunks before the e-mails go out."""

from odoo import api, models

INVOICE_REPORT = "account.account_invoices"


class AccountDunningLetterSend(models.AbstractModel):
    _inherit = "account.dunning.letter.send"

    @api.model
    def _prepare_email_pdfs(self, letters):
        """Besides the letters' own PDFs, the PDFs of the invoices they list: one wkhtmltopdf
        call per chunk of invoices instead of one per invoice and letter."""
        res = super()._prepare_email_pdfs(letters)
        emailed = letters.filtered(lambda rec: rec.state == "sent" and rec.sent_channel == "email")
        self._store_invoice_pdfs(emailed)
        return res

    @api.model
    def _store_invoice_pdfs(self, letters):
        """Render the listed invoices that have no PDF yet, in chunks (per company: the layout is
        the company's), and keep each as the invoice's main attachment, the PDF
        ``_invoice_pdfs`` attaches. An invoice the chunk could not be split for is left to
        ``_invoice_pdfs``, which renders it on its own."""

        def has_pdf(move):
            main = move.message_main_attachment_id
            return main and main.mimetype == "application/pdf"

        moves = letters.line_ids.move_id.filtered(lambda move: not has_pdf(move))
        Attachment = self.env["ir.attachment"]

        def render(chunk_ids, Report):
            # Odoo's own switch: under the test runner, HTML unless a test asks for PDFs.
            streams, report_type = Report._pre_render_qweb_pdf(INVOICE_REPORT, res_ids=chunk_ids)
            rendered = {
                move_id: data["stream"].getvalue()
                for move_id, data in streams.items()
                if move_id and data.get("stream")
            }
            for data in streams.values():
                if data.get("stream"):
                    data["stream"].close()
            if report_type != "pdf":
                return
            chunk = self.env["account.move"].browse(
                [move_id for move_id in chunk_ids if move_id in rendered]
            )
            attachments = Attachment.create(
                [
                    {
                        "name": f"{(move.name or 'invoice').replace('/', '_')}.pdf",
                        "raw": rendered[move.id],
                        "mimetype": "application/pdf",
                        "res_model": "account.move",
                        "res_id": move.id,
                    }
                    for move in chunk
                ]
            )
            for move, attachment in zip(chunk, attachments, strict=True):
                move.message_main_attachment_id = attachment
            # The chunk's PDFs are in the filestore now: not kept in memory as well.
            Attachment.invalidate_model(["raw", "datas"])

        self._render_chunks(self._pdf_chunks(moves), render)
