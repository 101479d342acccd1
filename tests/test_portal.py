# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestDunningPortal(DunningCase, HttpCase):
    def test_customer_sees_own_sent_letters_and_pays_through_the_invoice(self):
        invoice = self._invoice(self.partner_a, 700, D0)
        self.run_dunning(D0 + timedelta(days=2))
        letter = self.letters(self.partner_a)
        other = self._invoice(self.partner_b, 300, D0)
        self.run_dunning(D0 + timedelta(days=2))
        foreign = self.letters(self.partner_b)
        # The PDF stored at sending is a real one (tests render HTML unless told otherwise).
        (letter | foreign).with_context(force_report_rendering=True).action_mark_sent()
        user = new_test_user(
            self.env,
            login="portal_customer",
            password="portal_customer",
            groups="base.group_portal",
            partner_id=self.partner_a.id,
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        self.assertEqual((user.partner_id, user.share), (self.partner_a, True), "a portal user")
        self.authenticate("portal_customer", "portal_customer")
        listing = self.url_open("/my/dunning_letters")
        self.assertEqual(listing.status_code, 200)
        self.assertIn(letter.name, listing.text)
        self.assertNotIn(foreign.name, listing.text)
        page = self.url_open(f"/my/dunning_letters/{letter.id}")
        self.assertIn(invoice.name, page.text)
        # The letter as sent downloads as a PDF named after its reference.
        pdf = self.url_open(f"/my/dunning_letters/{letter.id}?report_type=pdf&download=true")
        self.assertEqual(pdf.status_code, 200)
        self.assertEqual(pdf.headers["Content-Type"], "application/pdf")
        self.assertIn(letter.name.replace("/", "_"), pdf.headers["Content-Disposition"])
        self.assertIn("attachment", pdf.headers["Content-Disposition"])
        # Odoo's report engine answers tests with the HTML of the report (no wkhtmltopdf call
        # behind a test request); outside tests it returns the PDF stored when the letter went
        # out (attachment_use), see test_letter.test_mark_as_sent_keeps_the_pdf_that_was_sent.
        self.assertIn(letter.name, pdf.content.decode())
        self.assertTrue(letter.sent_attachment_id.raw.startswith(b"%PDF"))
        self.assertIn(invoice.get_portal_url(), page.text.replace("&amp;", "&"))
        # Another customer's letter is not shown: back to the portal home.
        refused = self.url_open(f"/my/dunning_letters/{foreign.id}")
        self.assertNotIn(other.name, refused.text)
        self.assertTrue(refused.url.endswith("/my"))

    def _portal_user(self, partner):
        return new_test_user(
            self.env,
            login=f"portal_{partner.id}",
            password=f"portal_{partner.id}",
            groups="base.group_portal",
            partner_id=partner.id,
            company_id=self.company.id,
            company_ids=[self.company.id],
        )

    def _post(self, page_url, action_url, data):
        import re

        page = self.url_open(page_url)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        return self.url_open(action_url, data={"csrf_token": token, **data})

    def _sent_letter_page(self, partner):
        """The customer's letter of the run two days after D0, sent; logged in as the
        customer: (letter, the URL of its portal page)."""
        self.run_dunning(D0 + timedelta(days=2))
        letter = self.letters(partner)
        letter.action_mark_sent()
        self._portal_user(partner)
        self.authenticate(f"portal_{partner.id}", f"portal_{partner.id}")
        return letter, f"/my/dunning_letters/{letter.id}"

    def test_customer_proposes_a_payment_date_from_the_letter(self):
        invoice = self._invoice(self.partner_a, 700, D0)
        _letter, page = self._sent_letter_page(self.partner_a)
        # The HTTP server runs on the real clock: the promised date is relative to it.
        day = fields.Date.today() + timedelta(days=10)
        self._post(page, f"{page}/promise", {"promise_date": fields.Date.to_string(day)})
        promise = self.env["account.dunning.promise"].search([("move_ids", "in", invoice.ids)])
        self.assertEqual((promise.channel, promise.amount), ("portal", 700.0))
        self.assertEqual(promise.promise_date, day)
        self.assertEqual(invoice.dunning_block_reason, "promise")

    def test_portal_promise_in_the_invoice_currency(self):
        eur = self.setup_other_currency("EUR", rates=[("2000-01-01", 0.5)])
        invoice = self._invoice(self.partner_a, 700, D0, currency=eur)
        _letter, page = self._sent_letter_page(self.partner_a)
        day = fields.Date.today() + timedelta(days=10)
        self._post(page, f"{page}/promise", {"promise_date": str(day)})
        promise = self.env["account.dunning.promise"].search([("move_ids", "in", invoice.ids)])
        # 700 EUR promised, not its 1,400 USD value in the company currency.
        self.assertEqual((promise.amount, promise.currency_id), (700.0, eur))

    def test_customer_disputes_an_invoice_from_the_letter(self):
        eur = self.setup_other_currency("EUR", rates=[("2000-01-01", 0.5)])
        disputed = self._invoice(self.partner_a, 700, D0, currency=eur)
        other = self._invoice(self.partner_a, 300, D0)
        foreign = self._invoice(self.partner_b, 400, D0)
        collector = new_test_user(
            self.env,
            login="collector_portal",
            groups="account.group_account_invoice,account_dunning.group_dunning_collector",
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        self.partner_a.with_company(self.company).dunning_collector_id = collector
        _letter, page = self._sent_letter_page(self.partner_a)
        self.assertIn("Dispute the invoice", self.url_open(page).text)
        # No reason, or an invoice that is not on this letter: refused, nothing written.
        refused = self._post(page, f"{page}/dispute", {"move_id": disputed.id, "reason": "  "})
        self.assertIn("Please tell us why you dispute the invoice.", refused.text)
        self._post(page, f"{page}/dispute", {"move_id": foreign.id, "reason": "Not ours"})
        self.assertFalse(any((disputed | foreign).mapped("dunning_block_reason")))
        done = self._post(
            page,
            f"{page}/dispute",
            {"move_id": disputed.id, "reason": "Pallets 3 and 4 arrived broken."},
        )
        self.assertIn("we have noted your objection", done.text)
        disputed.invalidate_recordset()
        self.assertEqual(
            (disputed.dunning_block_reason, disputed.dunning_block_note),
            ("dispute", "Pallets 3 and 4 arrived broken."),
        )
        self.assertEqual(disputed.dunning_dispute_user_id, collector)
        activity = disputed.activity_ids.filtered(lambda act: act.user_id == collector)
        self.assertEqual(activity.summary, f"Dispute from the portal: {disputed.name}")
        note = disputed.message_ids.filtered(lambda msg: msg.author_id == self.partner_a)
        self.assertIn("in the portal: Pallets 3 and 4 arrived broken.", note.body)
        self.assertFalse(other.dunning_block_reason, "only the invoice disputed is held")
        again = self._post(page, f"{page}/dispute", {"move_id": disputed.id, "reason": "Again"})
        self.assertIn("We are already looking into your objection", again.text)
        self.assertEqual(len(disputed.activity_ids.filtered(lambda a: a.user_id == collector)), 1)

    def test_customer_downloads_the_statement_of_account(self):
        invoice = self._invoice(self.partner_a, 700, D0)
        foreign = self._invoice(self.partner_b, 300, D0)
        self._portal_user(self.partner_a)
        self.authenticate(f"portal_{self.partner_a.id}", f"portal_{self.partner_a.id}")
        self.assertIn("/my/dunning_statement", self.url_open("/my/dunning_letters").text)
        response = self.url_open("/my/dunning_statement")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Statement%20of%20Account", response.headers["Content-Disposition"])
        # Tests render the report's HTML (no wkhtmltopdf behind a test request).
        self.assertIn(invoice.name, response.text)
        self.assertNotIn(foreign.name, response.text)

    def test_customer_accepts_a_proposed_plan(self):
        invoice = self._invoice(self.partner_a, 900, D0)
        today = fields.Date.today()
        plan = self.env["account.dunning.payment.plan"].create(
            {
                "partner_id": self.partner_a.id,
                "move_ids": [Command.set(invoice.ids)],
                "down_payment_date": today + timedelta(days=3),
                "first_date": today + timedelta(days=30),
            }
        )
        plan.action_propose()
        self._portal_user(self.partner_a)
        self.authenticate(f"portal_{self.partner_a.id}", f"portal_{self.partner_a.id}")
        listing = self.url_open("/my/payment_plans")
        self.assertIn(plan.name if plan.name != "/" else "Accept this plan", listing.text)
        self._post("/my/payment_plans", f"/my/payment_plans/{plan.id}/accept", {})
        plan.invalidate_recordset()
        self.assertEqual(plan.state, "active")
        self.assertEqual(invoice.dunning_block_reason, "payment_plan")
