# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""One failing customer never stops a scheduled job: it is skipped, logged and reported."""

from datetime import date, timedelta
from unittest.mock import patch

from odoo import Command, fields
from odoo.tests import new_test_user, tagged

from ..dunning_core.interest_rules import InterestRuleError
from .common import DunningCase


@tagged("post_install", "-at_install")
class TestScheduledJobIsolation(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(
            cls.env,
            login="dunning_manager_jobs",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
            groups="account_dunning.group_dunning_manager",
        )

    def _manager_activities(self, record):
        return (
            self.env["mail.activity"]
            .search([("res_model", "=", record._name), ("res_id", "=", record.id)])
            .filtered(lambda act: act.user_id == self.manager)
        )

    def test_daily_run_skips_a_customer_whose_interest_rule_fails(self):
        today = fields.Date.today()
        due = today - timedelta(days=5)
        self._invoice(self.partner_a, 1000, due)
        self._invoice(self.partner_b, 800, due)
        Charge = type(self.env["account.dunning.charge"])
        original = Charge._compute_for_letters

        def compute(charges, letters):
            if self.partner_a in letters.partner_id:
                raise InterestRuleError("the rate table of the interest rule has no periods")
            return original(charges, letters)

        with patch.object(Charge, "_compute_for_letters", compute):
            stats = self.run_dunning(today)
        self.assertFalse(self.letters(self.partner_a), "the failing customer is rolled back")
        self.assertEqual(len(self.letters(self.partner_b)), 1, "the others are dunned")
        self.assertEqual(stats["failed"], 1)
        activity = self._manager_activities(self.partner_a)
        self.assertEqual(len(activity), 1)
        self.assertIn("has no periods", activity.note)
        # A second failing run does not pile up activities; once fixed, the customer is dunned.
        with patch.object(Charge, "_compute_for_letters", compute):
            self.run_dunning(today)
        self.assertEqual(len(self._manager_activities(self.partner_a)), 1)
        self.run_dunning(today)
        self.assertEqual(len(self.letters(self.partner_a)), 1)

    def _promise(self, partner, promise_date, start_date):
        invoice = self._invoice(partner, 500, start_date - timedelta(days=10))
        return self.env["account.dunning.promise"].create(
            {
                "partner_id": partner.id,
                "move_ids": [Command.set(invoice.ids)],
                "amount": 500,
                "promise_date": promise_date,
                "start_date": start_date,
            }
        )

    def test_plans_and_promises_job_goes_on_after_a_failure(self):
        today = fields.Date.today()
        failing = self._promise(self.partner_a, today - timedelta(days=10), today - timedelta(20))
        broken = self._promise(self.partner_b, today - timedelta(days=10), today - timedelta(20))
        Promise = type(self.env["account.dunning.promise"])
        original = Promise._check_progress

        def check(promises, day):
            if self.partner_a in promises.partner_id:
                raise ValueError("corrupt promise")
            return original(promises, day)

        with patch.object(Promise, "_check_progress", check):
            self.env["account.dunning.payment.plan"]._cron_check_plans_and_promises()
        self.assertEqual(failing.state, "open")
        self.assertEqual(broken.state, "broken", "the other promise was followed")
        self.assertIn("corrupt promise", self._manager_activities(failing).note)

    def test_a_promise_at_the_end_of_the_calendar_does_not_stop_the_job(self):
        today = fields.Date.today()
        far = self._promise(self.partner_a, date(9999, 12, 31), today)
        broken = self._promise(self.partner_b, today - timedelta(days=10), today - timedelta(20))
        self.env["account.dunning.payment.plan"]._cron_check_plans_and_promises()
        self.assertEqual(far.state, "open")
        self.assertEqual(broken.state, "broken")

    def test_sending_job_goes_on_after_a_failure(self):
        today = fields.Date.today()
        self._invoice(self.partner_a, 1000, today - timedelta(days=5))
        self._invoice(self.partner_b, 800, today - timedelta(days=5))
        self.run_dunning(today)
        failing, good = self.letters(self.partner_a), self.letters(self.partner_b)
        (failing | good).level_id.write({"channel_phone": True, "channel_email": False})
        self.policy.auto_send = True
        (failing | good).write({"state": "to_send"})
        Letter = type(self.env["account.dunning.letter"])
        original = Letter.action_send

        def send(letters):
            if failing in letters:
                raise ValueError("report engine down")
            return original(letters)

        with patch.object(Letter, "action_send", send):
            self.env["account.dunning.letter"].sudo()._cron_send_letters()
        self.assertEqual(good.state, "sent")
        self.assertEqual((failing.state, failing.print_needed), ("to_send", True))
        self.assertIn("report engine down", self._manager_activities(failing).note)
