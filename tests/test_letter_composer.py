# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestLetterComposer(DunningCase):
    """Send by Email and Resend through Odoo's mail composer, prefilled from the level's
    template; an invoice in another currency than the company's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 2.0)])
        cls.collector = new_test_user(
            cls.env,
            login="composer_collector",
            company_id=cls.company.id,
            groups="account_dunning.group_dunning_collector,base.group_partner_manager",
        )
        cls.partner_a.write({"email": "ap@partner-a.example", "dunning_collector_id": False})
        cls.invoice = cls._invoice(cls.partner_a, 1234.5, D0, currency=cls.eur)

    def _letter_at(self, level, today):
        self.run_dunning(today)
        letter = self.letters(self.partner_a)
        self.assertEqual((letter.level_id, letter.state), (level, "draft"))
        return letter

    def _composer(self, letter):
        action = letter.with_user(self.collector).action_send_composer()
        self.assertEqual(action["res_model"], "mail.compose.message")
        return (
            self.env["mail.compose.message"]
            .with_user(self.collector)
            .with_context(**action["context"])
            .create({})
        )

    def _mails(self, letter):
        return (
            self.env["mail.mail"]
            .sudo()
            .search([("model", "=", letter._name), ("res_id", "=", letter.id)], order="id")
        )

    def _german_letter_with_interest(self):
        """A German business's letter claiming interest on 10,000 EUR due D0, drafted D0+10."""
        self.level(1).claim_interest = True
        german = self.env["res.partner"].create(
            {
                "name": "Nordlicht GmbH",
                "is_company": True,
                "country_id": self.env.ref("base.de").id,
                "email": "buchhaltung@nordlicht.example",
            }
        )
        self._invoice(german, 10000, D0, currency=self.eur)
        drafted = D0 + timedelta(days=10)
        self.run_dunning(drafted)
        return self.letters(german), drafted

    def test_send_by_email_edited_then_marked_sent_with_the_document_kept(self):
        letter = self._letter_at(self.level(1), D0 + timedelta(days=2))
        with freeze_time(D0 + timedelta(days=3)):
            composer = self._composer(letter)
            # Prefilled from the standard template: the level's title, the letter, the amount
            # in the invoice's currency, the recipient; editable.
            self.assertIn(letter.name, composer.subject)
            self.assertIn(self.partner_a, composer.partner_ids)
            self.assertIn("Please find attached our letter", composer.body)
            amount = letter._format_money(1234.5, self.eur).replace("\N{NO-BREAK SPACE}", "&nbsp;")
            self.assertIn(amount, composer.body)
            self.assertIn("Dear Sir or Madam,", composer.body)
            names = sorted(composer.attachment_ids.mapped("name"))
            self.assertEqual(len(names), 2, "the letter and the invoice")
            preview = composer.attachment_ids.filtered(
                lambda att: att.res_model == "mail.compose.message"
            )
            self.assertEqual(len(preview), 1)
            self.assertEqual(letter.state, "draft", "opening the composer sends nothing")
            composer.subject = "Our reminder, checked by hand"
            composer._action_send_mail()
        self.assertEqual(letter.state, "sent")
        self.assertEqual(letter.sent_channel, "email")
        self.assertEqual(letter.sent_to, "ap@partner-a.example")
        self.assertFalse(letter.print_needed, "an email-only level prints nothing")
        self.assertFalse(preview.exists(), "the preview gave way to the stored document")
        mail = self._mails(letter)
        self.assertEqual(len(mail), 1)
        self.assertEqual(mail.subject, "Our reminder, checked by hand")
        self.assertIn(letter.sent_attachment_id, mail.attachment_ids)
        self.assertEqual(len(mail.attachment_ids), 2)
        self.assertEqual(letter.sent_attachment_id.res_model, letter._name)

    def test_level_template_and_every_channel_of_the_level(self):
        level = self.level(1)
        level.write(
            {
                "channel_letter": True,
                "deadline_days": 10,
                "mail_template_id": self.env.ref(
                    "account_dunning.mail_template_dunning_final_demand"
                ).id,
            }
        )
        letter = self._letter_at(level, D0 + timedelta(days=2))
        with freeze_time(D0 + timedelta(days=2)):
            composer = self._composer(letter)
            self.assertIn("We demand payment of", composer.body)
            composer._action_send_mail()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "email"))
        self.assertTrue(letter.print_needed, "a level that also prints waits in the print queue")
        self.assertEqual(letter.deadline_date, D0 + timedelta(days=12))
        body = self._mails(letter).body_html
        self.assertIn(f"by {letter._format_date(letter.deadline_date)} at the latest", body)

    def test_automatic_sending_uses_the_level_template(self):
        self.level(1).mail_template_id = self.env.ref(
            "account_dunning.mail_template_dunning_final_demand"
        )
        letter = self._letter_at(self.level(1), D0 + timedelta(days=2))
        with freeze_time(D0 + timedelta(days=2)):
            letter.action_send()
        self.assertEqual(letter.state, "sent")
        self.assertIn("We demand payment of", self._mails(letter).body_html)

    def test_resend_keeps_the_document_and_the_sending_date(self):
        letter = self._letter_at(self.level(1), D0 + timedelta(days=2))
        with freeze_time(D0 + timedelta(days=2)):
            letter.action_send()
        sent_date, document = letter.sent_date, letter.sent_attachment_id
        self.assertTrue(document)
        with freeze_time(D0 + timedelta(days=9)):
            composer = self._composer(letter)
            self.assertIn(document, composer.attachment_ids)
            composer._action_send_mail()
        self.assertEqual((letter.state, letter.sent_date), ("sent", sent_date))
        self.assertEqual(letter.sent_attachment_id, document)
        self.assertEqual(len(self._mails(letter)), 2)
        self.assertIn(
            "Letter resent by email to ap@partner-a.example.",
            letter.message_ids.mapped("preview"),
        )

    def test_paid_while_the_composer_was_open_is_not_sent(self):
        letter = self._letter_at(self.level(1), D0 + timedelta(days=2))
        with freeze_time(D0 + timedelta(days=3)):
            composer = self._composer(letter)
            self._pay(self.invoice, 1234.5 * 0.5 * 2, D0 + timedelta(days=3))
            # An error rolls back the request's transaction (here its savepoint).
            with self.assertRaisesRegex(UserError, "nothing left to claim"):
                with self.env.cr.savepoint():
                    composer._action_send_mail()
            letter.invalidate_recordset()
            self.assertEqual(letter.state, "draft", "nothing half-written")
            self.assertFalse(self._mails(letter))
            # Opening the composer again says the same and opens nothing.
            with self.assertRaisesRegex(UserError, "nothing left to claim"):
                letter.with_user(self.collector).action_send_composer()

    def test_cancelled_letter_opens_no_composer(self):
        letter = self._letter_at(self.level(1), D0 + timedelta(days=2))
        letter.action_cancel(reason="Agreed by phone")
        with self.assertRaisesRegex(UserError, "reset it to draft"):
            letter.with_user(self.collector).action_send_composer()

    def test_a_letter_is_not_scheduled_for_later(self):
        letter = self._letter_at(self.level(1), D0 + timedelta(days=2))
        with freeze_time(D0 + timedelta(days=3)):
            composer = self._composer(letter)
            with self.assertRaisesRegex(UserError, "pay-by date counts from sending"):
                composer.action_schedule_message("2026-03-10 08:00:00")
        self.assertEqual(letter.state, "draft")

    def test_sent_days_later_claims_its_interest_to_the_sending_day_in_euros(self):
        """The composer sends like the other channels: charges as of the sending day, in the
        invoice's currency (worked example of tests/test_charges_at_sending.py)."""
        letter, drafted = self._german_letter_with_interest()
        interest = letter.charge_ids.filtered(lambda c: c.kind == "interest")
        self.assertEqual((interest.amount, interest.currency_id), (28.14, self.eur))
        with freeze_time(drafted + timedelta(days=3)):
            composer = self._composer(letter)
            composer._action_send_mail()
        interest = letter.charge_ids.filtered(lambda c: c.kind == "interest")
        # BGB § 288 Abs. 2: 10.27 %, 13 days: 10000 x 0.1027 x 13 / 365 = 36.58 EUR.
        self.assertEqual((interest.amount, interest.currency_id), (36.58, self.eur))
        self.assertEqual((letter.state, letter.date), ("sent", drafted + timedelta(days=3)))
        self.assertEqual(letter.amount_to_pay_currency, 10036.58)
        # The e-mail states the amount of the letter it carries.
        amount = letter._format_money(10036.58, self.eur).replace("\N{NO-BREAK SPACE}", "&nbsp;")
        self.assertIn(amount, self._mails(letter).body_html)

    def test_a_composer_left_open_over_a_day_sends_nothing(self):
        letter, drafted = self._german_letter_with_interest()
        with freeze_time(drafted + timedelta(days=3)):
            composer = self._composer(letter)
        self.assertEqual(letter.amount_to_pay_currency, 10036.58, "brought to the opening day")
        with freeze_time(drafted + timedelta(days=5)):
            with self.assertRaisesRegex(UserError, "changed since this e-mail was prepared"):
                with self.env.cr.savepoint():
                    composer._action_send_mail()
        letter.invalidate_recordset()
        self.assertEqual(letter.state, "draft")
        self.assertFalse(self._mails(letter))
