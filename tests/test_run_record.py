# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Every dunning run, scheduled or by hand, leaves one stored record with exact counts; a level
with several channels uses all of them."""

from ast import literal_eval
from datetime import timedelta
from unittest.mock import patch

from freezegun import freeze_time

from odoo import Command, fields
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from ..dunning_core.interest_rules import InterestRuleError
from .common import DunningCase


@tagged("post_install", "-at_install")
class TestDunningRunRecord(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.today()
        Partner = cls.env["res.partner"]
        cls.partner_c = Partner.create({"name": "partner_c", "is_company": True})
        cls.partner_held = Partner.create({"name": "partner_held", "is_company": True})
        cls.partner_blocked = Partner.create({"name": "partner_blocked", "is_company": True})
        cls.partner_small = Partner.create({"name": "partner_small", "is_company": True})

    def _scenario(self):
        """Two customers at the first level, one at the second; three skipped, one each for a
        do-not-dun-until date, a dunning hold and an amount below the policy's minimum."""
        self._invoice(self.partner_a, 1000, self.today - timedelta(days=5))
        self._invoice(self.partner_b, 800, self.today - timedelta(days=5))
        # partner_c had a first reminder (sent) 15 days ago: today it reaches the second level.
        self._invoice(self.partner_c, 600, self.today - timedelta(days=20))
        self.run_dunning(self.today - timedelta(days=15), partners=self.partner_c)
        self.earlier = self.letters(self.partner_c)
        self.earlier.write({"state": "sent"})
        self._invoice(self.partner_held, 500, self.today - timedelta(days=5))
        self._invoice(self.partner_blocked, 500, self.today - timedelta(days=5))
        self._invoice(self.partner_small, 5, self.today - timedelta(days=5))
        company = self.company
        self.partner_held.with_company(company).dunning_hold_until = self.today + timedelta(days=3)
        self.partner_blocked.with_company(company).dunning_blocked = True
        # Second reminder by email and on paper; the first level by email only (the default).
        self.level(2).channel_letter = True

    def _run_by_hand(self, **values):
        wizard = self.env["account.dunning.run.wizard"].create(
            {"company_id": self.company.id, "date": self.today, **values}
        )
        action = wizard.action_run()
        self.assertEqual(action["res_model"], "account.dunning.run")
        return self.env["account.dunning.run"].browse(action["res_id"])

    def test_a_run_records_its_counts_and_links_its_letters(self):
        self._scenario()
        run = self._run_by_hand()
        letters = self.letters() - self.earlier
        self.assertEqual(len(letters), 3)
        self.assertEqual(run.letter_ids, letters, "every letter of the run is linked to it")
        self.assertEqual(letters.run_id, run)
        self.assertEqual(
            (run.state, run.trigger, run.user_id, run.date, run.company_id),
            ("done", "manual", self.env.user, self.today, self.company),
        )
        self.assertTrue(run.date_start <= run.date_end)
        self.assertEqual(run.duration, int((run.date_end - run.date_start).total_seconds()))
        # Visited: the five customers with something overdue that are not held.
        self.assertEqual((run.customers_total, run.customers_done, run.progress), (5, 5, 100.0))
        self.assertEqual((run.customer_count, run.letter_count), (5, 3))
        self.assertEqual(run.letters_by_level, {str(self.level(1).id): 2, str(self.level(2).id): 1})
        self.assertEqual(run.letters_by_channel, {"channel_email": 3, "channel_letter": 1})
        self.assertEqual(run.skipped_by_reason, {"hold_until": 1, "blocked": 1, "below_minimum": 1})
        self.assertEqual((run.skipped_count, run.failed_count), (3, 0))
        self.assertFalse(run.failures)
        summary = run.summary_html
        for text in ("Friendly reminder", "Second reminder", "do not dun until a later date"):
            self.assertIn(text, summary)
        action = run.action_open_letters()
        self.assertEqual(self.env["account.dunning.letter"].search(action["domain"]), letters)

    def test_a_rerun_the_same_day_records_no_letter(self):
        self._scenario()
        first = self._run_by_hand()
        second = self._run_by_hand()
        self.assertNotEqual(first, second, "one record per run")
        self.assertEqual((second.state, second.letter_count), ("done", 0))
        self.assertFalse(second.letter_ids)
        self.assertEqual(
            first.letter_ids, self.letters() - self.earlier, "the letters stay with the first run"
        )
        # The three customers dunned a moment ago have no invoice at a new level.
        self.assertEqual(
            second.skipped_by_reason,
            {"no_escalation": 3, "hold_until": 1, "blocked": 1, "below_minimum": 1},
        )
        self.assertEqual(second.customer_count, 5)

    def test_a_failing_customer_is_recorded_and_the_run_goes_on(self):
        self._scenario()
        Charge = type(self.env["account.dunning.charge"])
        original = Charge._compute_for_letters

        def compute(charges, letters):
            if self.partner_a in letters.partner_id:
                raise InterestRuleError("the rate table of the interest rule has no periods")
            return original(charges, letters)

        with patch.object(Charge, "_compute_for_letters", compute):
            run = self._run_by_hand()
        self.assertEqual(run.state, "done")
        self.assertEqual(run.failed_count, 1)
        self.assertEqual(len(run.failures), 1)
        self.assertEqual(run.failures[0]["partner_id"], self.partner_a.id)
        self.assertIn("has no periods", run.failures[0]["reason"])
        self.assertIn("partner_a", run.summary_html)
        self.assertEqual(run.letter_ids.partner_id, self.partner_b | self.partner_c)
        self.assertEqual(run.letter_count, 2)
        self.assertEqual(run.letters_by_level, {str(self.level(1).id): 1, str(self.level(2).id): 1})

    def test_a_large_run_goes_to_the_background_and_ends_done(self):
        self._scenario()
        self.env["ir.config_parameter"].sudo().set_param("account_dunning.run_inline_limit", 2)
        cron = self.env.ref("account_dunning.ir_cron_dunning_run_queue")
        triggers = self.env["ir.cron.trigger"].sudo().search([("cron_id", "=", cron.id)])
        run = self._run_by_hand()
        self.assertEqual((run.state, run.job_pending), ("running", True))
        self.assertEqual((run.customers_total, run.customers_done, run.progress), (5, 0, 0.0))
        self.assertEqual(self.letters(), self.earlier, "nothing is done before the background job")
        self.assertGreater(
            self.env["ir.cron.trigger"].sudo().search([("cron_id", "=", cron.id)]),
            triggers,
            "the background job is triggered",
        )
        cron.method_direct_trigger()
        self.assertEqual((run.state, run.job_pending), ("done", False))
        self.assertEqual((run.customers_done, run.letter_count), (5, 3))
        self.assertEqual(run.letter_ids, self.letters() - self.earlier)
        # A second pass of the job finds nothing queued.
        cron.method_direct_trigger()
        self.assertEqual(len(self.env["account.dunning.run"].search([])), 1)

    def test_the_daily_job_records_a_scheduled_run(self):
        self._scenario()
        self.env.ref("account_dunning.ir_cron_dunning_run").method_direct_trigger()
        run = self.env["account.dunning.run"].search([("company_id", "=", self.company.id)])
        self.assertEqual(len(run), 1)
        self.assertEqual((run.trigger, run.state, run.letter_count), ("cron", "done", 3))
        self.assertEqual(run.letter_ids, self.letters() - self.earlier)

    def _cron(self):
        # Each scheduled run and each change in its own (sub)transaction, as in production.
        with self.env.cr.savepoint():
            self.env["account.dunning.engine"]._cron_run_dunning()
        return self.env["account.dunning.run"].search(
            [("company_id", "=", self.company.id)], order="id desc", limit=1
        )

    def test_a_scheduled_rerun_with_nothing_changed_visits_nobody(self):
        self._scenario()
        first = self._cron()
        self.assertEqual((first.letter_count, first.unchanged_since_id), (3, first.browse()))
        self.assertTrue(first.fingerprint)
        letters = self.letters()
        with self.assertQueryCount(22):  # one fingerprint query, whatever the data
            rerun = self._cron()
        self.assertEqual((rerun.state, rerun.unchanged_since_id), ("done", first))
        self.assertEqual((rerun.customers_total, rerun.letter_count), (0, 0))
        self.assertIn("Nothing a dunning run reads has changed", rerun.message_ids[0].body)
        self.assertEqual(self.letters(), letters)
        self.assertEqual(self._cron().unchanged_since_id, first, "still the same since")
        # A change, however small, and the next run visits every customer again.
        with self.env.cr.savepoint():
            self._pay(
                self.env["account.move"].search([("partner_id", "=", self.partner_b.id)]),
                800,
                self.today,
            )
        after_payment = self._cron()
        self.assertFalse(after_payment.unchanged_since_id)
        self.assertTrue(after_payment.customers_total)
        # A draft letter deleted (no other row changes): a full run again.
        with self.env.cr.savepoint():
            self.letters(self.partner_a).unlink()
        again = self._cron()
        self.assertFalse(again.unchanged_since_id)
        self.assertTrue(again.customers_total)

    def test_a_rerun_by_hand_always_visits_the_customers(self):
        self._scenario()
        self._cron()
        run = self._run_by_hand()
        self.assertFalse(run.unchanged_since_id)
        self.assertEqual(run.customers_total, 5)

    def test_a_run_restricted_to_customers_counts_only_them(self):
        self._scenario()
        run = self._run_by_hand(partner_ids=[Command.set((self.partner_a | self.partner_c).ids)])
        self.assertEqual(run.partner_ids, self.partner_a | self.partner_c)
        self.assertEqual((run.customers_total, run.letter_count), (2, 2))
        self.assertEqual(run.letter_ids.partner_id, self.partner_a | self.partner_c)

    def test_a_collector_of_company_b_does_not_see_the_runs_of_company_a(self):
        company_b = self.setup_other_company(name="Run Company B")["company"]
        self._make_policy(company_b)
        self._invoice(self.partner_a, 1000, self.today - timedelta(days=5))
        self._invoice(self.partner_a, 700, self.today - timedelta(days=5), company=company_b)
        Run = self.env["account.dunning.run"]
        run_a = Run._start(self.company, self.today)
        run_a._execute()
        run_b = Run.with_company(company_b)._start(company_b, self.today)
        run_b._execute()
        self.assertEqual((run_a.letter_count, run_b.letter_count), (1, 1))

        def collector(login, company):
            return new_test_user(
                self.env,
                login=login,
                company_id=company.id,
                company_ids=[Command.set(company.ids)],
                groups="account_dunning.group_dunning_collector",
            )

        collector_b = collector("run_collector_b", company_b)
        self.assertEqual(Run.with_user(collector_b).search([]), run_b)
        with self.assertRaises(AccessError):
            run_a.with_user(collector_b).read(["letter_count"])
        collector_a = collector("run_collector_a", self.company)
        self.assertEqual(Run.with_user(collector_a).search([]), run_a)
        # Collectors read runs; only managers start or change them.
        with self.assertRaises(AccessError):
            run_a.with_user(collector_a).write({"state": "failed"})
        with self.assertRaises(AccessError):
            Run.with_user(collector_a).create({"date": self.today})


@tagged("post_install", "-at_install")
class TestDunningAllChannels(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.today()
        cls.partner_a.email = "partner_a@example.com"

    def _letter(self, **channels):
        values = dict.fromkeys(
            ("channel_email", "channel_letter", "channel_sms", "channel_phone"), False
        )
        values.update(channels)
        self.level(1).write(values)
        self._invoice(self.partner_a, 1000, self.today - timedelta(days=5))
        self.run_dunning(self.today, partners=self.partner_a)
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.level_id, self.level(1))
        return letter

    def _print_queue(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_dunning.action_account_dunning_print_queue"
        )
        return self.env["account.dunning.letter"].search(literal_eval(action["domain"]))

    def _mails(self, letter):
        return (
            self.env["mail.mail"]
            .sudo()
            .search([("model", "=", letter._name), ("res_id", "=", letter.id)])
        )

    def test_a_level_with_email_and_print_emails_and_queues_for_print(self):
        letter = self._letter(channel_email=True, channel_letter=True)
        self.assertNotIn(letter, self._print_queue(), "printed once emailed, not before")
        with freeze_time(self.today):
            letter.sudo().action_send()
        self.assertEqual(len(self._mails(letter)), 1, "emailed")
        self.assertEqual(letter.sent_to, "partner_a@example.com")
        self.assertEqual(
            (letter.state, letter.sent_channel, letter.print_needed), ("sent", "email", True)
        )
        self.assertIn(letter, self._print_queue(), "and waiting in the print queue")
        emailed_pdf = letter.sent_attachment_id
        action = self._print_queue().action_print_batch()
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertEqual(
            (letter.state, letter.sent_channel, letter.print_needed), ("sent", "email", False)
        )
        self.assertEqual(letter.sent_attachment_id, emailed_pdf, "the same document on paper")
        self.assertIn("printed", letter.message_ids[0].body.lower())
        self.assertNotIn(letter, self._print_queue())

    def test_an_email_only_level_does_not_print(self):
        letter = self._letter(channel_email=True)
        with freeze_time(self.today):
            letter.sudo().action_send()
        self.assertEqual(
            (letter.state, letter.sent_channel, letter.print_needed), ("sent", "email", False)
        )
        self.assertNotIn(letter, self._print_queue())

    def test_sms_falls_back_to_the_customers_mobile(self):
        if "sms.sms" not in self.env:
            self.skipTest("the SMS app is not installed")
        self.partner_a.mobile = "+46 70 123 45 67"
        contact = self.env["res.partner"].create(
            {"name": "Accounts payable", "parent_id": self.partner_a.id, "type": "invoice"}
        )
        letter = self._letter(channel_sms=True)
        letter.contact_id = contact
        self.assertFalse(contact.mobile or contact.phone)
        with freeze_time(self.today):
            letter.sudo().action_send()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "sms"))
        sms = self.env["sms.sms"].sudo().search([("partner_id", "=", self.partner_a.id)])
        self.assertEqual(len(sms), 1)
        self.assertEqual("".join(c for c in sms.number if c.isdigit()), "46701234567")
        self.assertEqual(letter.sent_to, sms.number)

    def test_sms_goes_to_the_contacts_own_mobile_first(self):
        if "sms.sms" not in self.env:
            self.skipTest("the SMS app is not installed")
        self.partner_a.mobile = "+46 70 123 45 67"
        contact = self.env["res.partner"].create(
            {
                "name": "Accounts payable",
                "parent_id": self.partner_a.id,
                "type": "invoice",
                "mobile": "+46 70 765 43 21",
            }
        )
        letter = self._letter(channel_sms=True)
        letter.contact_id = contact
        with freeze_time(self.today):
            letter.sudo().action_send()
        sms = self.env["sms.sms"].sudo().search([("partner_id", "=", contact.id)])
        self.assertEqual("".join(c for c in sms.number if c.isdigit()), "46707654321")
