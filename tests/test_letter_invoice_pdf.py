# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""E-mailed letters attach their invoices' PDFs, rendered in chunks, not once per invoice."""

from datetime import timedelta
from unittest.mock import patch

from odoo.tests import tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestLetterInvoicePdf(DunningCase):
    def test_invoice_pdfs_rendered_in_one_call_per_chunk(self):
        eur = self.setup_other_currency("EUR", rates=[("2020-01-01", 0.5)])
        self.partner_a.email = "a@example.com"
        self.partner_b.email = "b@example.com"
        invoices = (
            self._invoice(self.partner_a, 100, D0)
            | self._invoice(self.partner_a, 200, D0, currency=eur)
            | self._invoice(self.partner_b, 300, D0)
        )
        self.level(1).channel_email = True
        self.run_dunning(D0 + timedelta(days=3))
        letters = self.letters()
        self.assertEqual(len(letters), 2)
        Report = type(self.env["ir.actions.report"])
        calls = []
        run = Report._run_wkhtmltopdf

        def spy(report, bodies, *args, **kwargs):
            calls.append(len(bodies))
            return run(report, bodies, *args, **kwargs)

        with patch.object(Report, "_run_wkhtmltopdf", spy):
            letters.sudo().with_context(force_report_rendering=True).action_send()
        self.assertEqual(set(letters.mapped("sent_channel")), {"email"})
        self.assertEqual(calls, [2, 3], "the two letters in one call, the three invoices in one")
        for invoice in invoices:
            main = invoice.message_main_attachment_id
            self.assertEqual((main.mimetype, main.res_id), ("application/pdf", invoice.id))
        for letter in letters:
            mail = (
                self.env["mail.mail"]
                .sudo()
                .search([("model", "=", letter._name), ("res_id", "=", letter.id)])
            )
            listed = letter.line_ids.move_id
            self.assertEqual(
                mail.attachment_ids,
                letter.sent_attachment_id | listed.message_main_attachment_id,
            )
