# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The collector's cockpit: the live overview, the live customer list, the print queue and the
per-customer "do not dun until" date."""

import re
from ast import literal_eval
from datetime import timedelta

from freezegun import freeze_time

from odoo.tests import new_test_user, tagged
from odoo.tools.misc import format_date, formatLang
from odoo.tools.safe_eval import safe_eval, time

from .common import D0, DunningCase

TODAY = D0 + timedelta(days=100)  # the day every age below is counted from


@tagged("post_install", "-at_install")
class TestDunningCockpit(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2020-01-01", 0.5)])

    def _overview(self, domain=None):
        # Ages count from today: read every column on the frozen day (a later lazy read would
        # run the query again on the real one).
        Report = self.env["account.dunning.receivable.report"]
        with freeze_time(TODAY):
            Report.invalidate_model()
            items = Report.search(domain or [])
            items.fetch([name for name, field in Report._fields.items() if field.store])
            return items

    def _by_bucket(self, partner):
        with freeze_time(TODAY):
            groups = self.env["account.dunning.receivable.report"]._read_group(
                [("partner_id", "=", partner.id)], ["ageing_bucket"], ["amount_residual:sum"]
            )
        return dict(groups)

    def test_overview_buckets_currencies_and_partial_payments(self):
        def due(days):
            return TODAY - timedelta(days=days)

        self._invoice(self.partner_a, 1000, TODAY + timedelta(days=10))  # not due
        # EUR 300 (USD 600 at 0.5), EUR 100 paid: EUR 200 open, USD 400, 10 days late.
        eur_invoice = self._invoice(self.partner_a, 300, due(days=10), currency=self.eur)
        self._pay(eur_invoice, 100, due(days=5))
        # USD 500, 200 paid: 300 open, 45 days late.
        partly = self._invoice(self.partner_a, 500, due(days=45))
        self._pay(partly, 200, due(days=40))
        self._invoice(self.partner_a, 700, due(days=75))  # 61-90
        self._invoice(self.partner_a, 50, due(days=120), currency=self.eur)  # USD 100, > 90
        paid = self._invoice(self.partner_a, 80, due(days=20))
        self._pay(paid, 80, due(days=19))
        # Bucket edges: today is not due, 30 days late is 1-30, 31 is 31-60, 90 is 61-90.
        self._invoice(self.partner_b, 10, TODAY)
        self._invoice(self.partner_b, 20, due(days=30))
        self._invoice(self.partner_b, 40, due(days=31))
        self._invoice(self.partner_b, 80, due(days=90))
        self._invoice(self.partner_b, 160, due(days=91))
        self._invoice(self.partner_b, 15, due(days=5), move_type="out_refund")

        self.assertEqual(
            self._by_bucket(self.partner_a),
            {"not_due": 1000.0, "1_30": 400.0, "31_60": 300.0, "61_90": 700.0, "over_90": 100.0},
        )
        self.assertEqual(
            self._by_bucket(self.partner_b),
            {"not_due": 10.0, "1_30": 20.0 - 15.0, "31_60": 40.0, "61_90": 80.0, "over_90": 160.0},
        )
        items = self._overview([("partner_id", "=", self.partner_a.id)])
        self.assertNotIn(paid, items.move_id, "a paid invoice is no longer open")
        self.assertEqual(items.company_currency_id, self.company.currency_id)
        eur_item = items.filtered(lambda rec: rec.move_id == eur_invoice)
        self.assertEqual(eur_item.currency_id, self.eur)
        self.assertEqual(eur_item.amount_residual_currency, 200.0)
        self.assertEqual(eur_item.amount_residual, 400.0)
        self.assertEqual(eur_item.days_overdue, 10)
        self.assertEqual(eur_item.item_type, "invoice")
        self.assertEqual(eur_item.policy_id, self.policy)
        self.assertEqual(sum(items.mapped("amount_overdue")), 1500.0)
        credit = self._overview(
            [("partner_id", "=", self.partner_b.id), ("amount_residual", "<", 0)]
        )
        self.assertEqual((credit.item_type, credit.amount_overdue), ("credit_note", 0.0))

    def test_overview_level_collector_and_companies(self):
        collector = new_test_user(
            self.env,
            login="cockpit_collector",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
            groups="account_dunning.group_dunning_collector",
        )
        self.partner_a.dunning_collector_id = collector
        invoice = self._invoice(self.partner_a, 1000, TODAY - timedelta(days=3))
        company_b = self.setup_other_company(name="Cockpit Company B")["company"]
        self._invoice(self.partner_a, 800, TODAY - timedelta(days=3), company=company_b)
        item = self._overview([("move_id", "=", invoice.id)])
        self.assertFalse(item.level_id, "never dunned")
        self.run_dunning(TODAY)
        item = self._overview([("move_id", "=", invoice.id)])
        self.assertEqual(item.level_id, self.level(1), "live: the level of the latest letter")
        self.assertEqual(item.collector_id, collector)
        self.assertEqual(item.country_id, self.env.ref("base.se"))
        # The collector of company A sees company A's items only (record rule).
        with freeze_time(TODAY):
            seen = self.env["account.dunning.receivable.report"].with_user(collector).search([])
        self.assertEqual(seen.company_id, self.company)
        self.assertEqual(seen.move_id, invoice)

    def test_customers_in_dunning_follow_the_ledger(self):
        invoice = self._invoice(self.partner_a, 1000, TODAY - timedelta(days=20))
        self._invoice(self.partner_b, 500, TODAY + timedelta(days=20))  # not due yet
        Partner = self.env["res.partner"].with_company(self.company)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_dunning.action_partner_dunning"
        )
        with freeze_time(TODAY):
            # Before any run: the customer with an overdue invoice is there.
            listed = Partner.search(literal_eval(action["domain"]))
            self.assertIn(self.partner_a, listed)
            self.assertNotIn(self.partner_b, listed)
            self.run_dunning(TODAY)
            self.assertEqual(self.partner_a.with_company(self.company).dunning_status, "dunned")
            # Action Due: the letter just made waits for review, though the next run is later.
            self.assertIn(self.partner_a, Partner.search([("dunning_letter_pending", "=", True)]))
            self.assertTrue(Partner.browse(self.partner_a.id).dunning_letter_pending)
            self._pay(invoice, 1000, TODAY)
            listed = Partner.search(literal_eval(action["domain"]))
            self.assertNotIn(self.partner_a, listed, "paid: no longer in dunning, not at 0.00")
            self.assertFalse(Partner.browse(self.partner_a.id).dunning_has_overdue)
            self.assertIn(self.partner_a, Partner.search([("dunning_has_overdue", "=", False)]))
        self.assertIn("search_default_action_due", action["context"])

    def test_print_queue_lists_what_the_batch_prints_and_reloads(self):
        self.level(1).write({"channel_email": False, "channel_letter": True})
        self._invoice(self.partner_a, 1000, TODAY - timedelta(days=3))
        self.run_dunning(TODAY)
        letter = self.letters(self.partner_a)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_dunning.action_account_dunning_print_queue"
        )
        Letter = self.env["account.dunning.letter"]
        queue = literal_eval(action["domain"])
        self.assertFalse(Letter.search(queue), "a draft waits for review, not for print")
        letter.action_confirm()
        self.assertEqual(Letter.search(queue), letter)
        with freeze_time(TODAY):
            result = Letter.search(queue).action_print_batch()
        self.assertEqual(result["type"], "ir.actions.act_url")
        self.assertTrue(result["close"], "the list reloads once the PDF is downloaded")
        self.assertEqual(letter.state, "sent")
        self.assertFalse(Letter.search(queue))

    def test_do_not_dun_until(self):
        self._invoice(self.partner_a, 1000, D0)
        self._invoice(self.partner_b, 1000, D0)
        self.partner_a.with_company(self.company).dunning_hold_until = D0 + timedelta(days=10)
        self.run_dunning(D0 + timedelta(days=3))
        self.assertFalse(self.letters(self.partner_a), "held until a later date")
        self.assertTrue(self.letters(self.partner_b))
        self.run_dunning(D0 + timedelta(days=10))
        self.assertFalse(self.letters(self.partner_a), "the date itself is still held")
        self.run_dunning(D0 + timedelta(days=11))
        self.assertEqual(self.letters(self.partner_a).level_id, self.level(1))

    def test_statement_of_account(self):
        self.env["res.lang"]._activate_lang("sv_SE")
        self.partner_a.lang = "sv_SE"
        eur_invoice = self._invoice(
            self.partner_a, 300, TODAY - timedelta(days=40), currency=self.eur
        )
        self._pay(eur_invoice, 100, TODAY - timedelta(days=35))
        later = self._invoice(self.partner_a, 1000, TODAY + timedelta(days=5))
        old = self._invoice(self.partner_a, 250, TODAY - timedelta(days=100))
        refund = self._invoice(
            self.partner_a, 50, TODAY - timedelta(days=2), move_type="out_refund"
        )
        self._invoice(self.partner_b, 999, TODAY - timedelta(days=40))  # another customer
        Statement = self.env["report.account_dunning.report_dunning_statement"]
        with freeze_time(TODAY):
            values = Statement._get_report_values(self.partner_a.ids)
            html, _type = self.env["ir.actions.report"]._render_qweb_html(
                "account_dunning.report_dunning_statement", self.partner_a.ids
            )
        st = values["statements"][self.partner_a.id]
        self.assertEqual(st["invoices"].move_id, eur_invoice | later | old)
        self.assertEqual(st["credits"].move_id, refund)
        self.assertEqual(
            dict((code, amount) for code, _label, amount in st["ageing"]),
            {"not_due": 1000.0, "1_30": -50.0, "31_60": 400.0, "61_90": 0.0, "over_90": 250.0},
        )
        self.assertEqual((st["total"], st["total_overdue"]), (1600.0, 650.0))
        html = html.decode()
        sv = self.env(context={"lang": "sv_SE"})
        # The ageing row, as printed in Swedish (monetary widget: the number in its own span).
        cells = re.findall(r'data-bucket="(\w+)">.*?oe_currency_value">([^<]*)<', html, re.S)
        printed = {code: text.replace("\ufeff", "") for code, text in cells}
        self.assertEqual(
            printed,
            {
                code: formatLang(sv, amount)
                for code, amount in (
                    ("not_due", 1000.0),
                    ("1_30", -50.0),
                    ("31_60", 400.0),
                    ("61_90", 0.0),
                    ("over_90", 250.0),
                )
            },
        )
        self.assertEqual(printed["not_due"], "1\xa0000,00", "Swedish separators")
        for amount in (1600.0, 650.0, 200.0):  # total, overdue, the EUR invoice in EUR
            self.assertIn(f'oe_currency_value">{formatLang(sv, amount)}<', html)
        self.assertIn("€", html)
        self.assertIn(format_date(sv, old.invoice_date_due), html, "Swedish dates")
        for name in (eur_invoice.name, later.name, old.name, refund.name):
            self.assertIn(name, html)
        self.assertNotIn("999", html)
        action = self.env.ref("account_dunning.action_report_dunning_statement")
        self.assertEqual(action.binding_model_id.model, "res.partner")
        self.assertEqual(
            safe_eval(action.print_report_name, {"object": self.partner_a, "time": time}),
            "Statement of Account - partner_a",
        )

    def test_a_customer_reply_is_noted_on_the_customer_for_the_collector(self):
        collector = new_test_user(
            self.env,
            login="collector_reply",
            email="collector.reply@example.com",
            groups="account.group_account_invoice,account_dunning.group_dunning_collector",
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        self.partner_a.with_company(self.company).dunning_collector_id = collector
        self._invoice(self.partner_a, 700, D0)
        self.run_dunning(D0 + timedelta(days=2))
        letter = self.letters(self.partner_a)
        letter.action_mark_sent()
        # The reply Odoo threads on the letter (the e-mail gateway posts it as an e-mail).
        letter.message_post(
            body="We paid on Monday, see the attached remittance advice.",
            message_type="email",
            author_id=self.partner_a.id,
            email_from="accounts@partner-a.example.com",
        )
        note = self.partner_a.message_ids.filtered(
            lambda msg: f"Reply to the dunning letter {letter.name}" in (msg.body or "")
        )
        self.assertEqual(len(note), 1)
        self.assertIn("We paid on Monday", note.body)
        self.assertEqual(note.author_id, self.partner_a)
        activity = letter.activity_ids.filtered(lambda act: act.user_id == collector)
        self.assertEqual(activity.summary, f"Answer the reply of {self.partner_a.name}")
        # A note or an e-mail written by the company is no reply: nothing copied.
        letter.message_post(body="Called, will pay Friday.", message_type="comment")
        letter.message_post(
            body="Our answer", message_type="email", author_id=collector.partner_id.id
        )
        self.assertEqual(len(letter.activity_ids.filtered(lambda a: a.user_id == collector)), 1)
        self.assertFalse(
            self.partner_a.message_ids.filtered(lambda msg: "Our answer" in (msg.body or ""))
        )

    def test_statement_of_account_by_email_through_the_composer(self):
        self.partner_a.email = "accounts@partner-a.example.com"
        invoice = self._invoice(self.partner_a, 700, D0)
        action = self.partner_a.action_dunning_send_statement()
        self.assertEqual(action["res_model"], "mail.compose.message")
        composer = self.env["mail.compose.message"].with_context(**action["context"]).create({})
        # Prefilled from the template: the collector may still change all of it.
        self.assertIn("statement of account of", composer.subject)
        self.assertIn(self.partner_a, composer.partner_ids)
        self.assertIn("the statement of your account", composer.body)
        self.assertEqual(len(composer.attachment_ids), 1)
        self.assertIn("Statement of Account", composer.attachment_ids.name)
        self.assertIn(invoice.name, composer.attachment_ids.raw.decode())
        composer.subject = "Your account with us"
        composer._action_send_mail()
        mail = (
            self.env["mail.mail"]
            .sudo()
            .search([("model", "=", "res.partner"), ("res_id", "=", self.partner_a.id)])
        )
        self.assertEqual(mail.subject, "Your account with us")
        self.assertEqual(len(mail.attachment_ids), 1)
