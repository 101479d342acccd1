# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from freezegun import freeze_time

from odoo import Command, fields
from odoo.tests import new_test_user, tagged

from .common import DunningCase


@tagged("post_install", "-at_install")
class TestCreditHoldAndCalls(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.due = fields.Date.today() - timedelta(days=120)
        cls.manager = new_test_user(
            cls.env,
            login="dunning_manager_hold",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
            groups="account_dunning.group_dunning_manager",
        )

    def _climb(self, *offsets):
        """Run on due + each offset, the letters marked sent that day as a collector would
        (sent on the run's day: the pay-by date, and so the next level, counts from sending)."""
        for offset in offsets:
            day = self.due + timedelta(days=offset)
            self.run_dunning(day)
            with freeze_time(day):
                self.letters(self.partner_a).filtered(
                    lambda rec: rec.state in ("draft", "to_send")
                ).action_mark_sent()

    def _held(self):
        return self.partner_a.with_company(self.company)

    def test_hold_lifted_when_back_under_the_level(self):
        invoice = self._invoice(self.partner_a, 1000, self.due)
        self._climb(2, 15, 31)  # the third level puts the customer on hold
        self.assertTrue(self._held().dunning_credit_hold)
        self.assertEqual(self._held().dunning_credit_hold_level_id, self.level(3))
        company_b = self.setup_other_company(name="Company B")["company"]
        self.assertFalse(self.partner_a.with_company(company_b).dunning_credit_hold)
        self._pay(invoice, 1000, self.due + timedelta(days=33))
        self.run_dunning(self.due + timedelta(days=40))
        self.assertFalse(self._held().dunning_credit_hold)
        self.assertIn("Credit hold lifted", self.partner_a.message_ids[0].body)

    def test_hold_release_proposed_to_a_manager(self):
        self.policy.credit_hold_release = "propose"
        invoice = self._invoice(self.partner_a, 1000, self.due)
        self._climb(2, 15, 31)
        self._pay(invoice, 1000, self.due + timedelta(days=33))
        self.run_dunning(self.due + timedelta(days=40))
        self.assertTrue(self._held().dunning_credit_hold, "a manager decides")
        activity = self.partner_a.activity_ids.filtered(lambda act: act.user_id == self.manager)
        self.assertIn("Lift the credit hold", activity.summary)
        # A manual hold is never lifted by the run.
        self._held().write({"dunning_credit_hold": True})
        self.assertFalse(self._held().dunning_credit_hold_level_id)

    def test_calls_go_to_the_collector_and_replace_the_open_one(self):
        self.level(5).channel_phone = True
        self._invoice(self.partner_a, 1000, self.due)
        self._climb(2, 15, 31, 61)
        call_type = self.env.ref("mail.mail_activity_data_call")
        fourth = self.letters(self.partner_a).filtered(lambda rec: rec.level_id == self.level(4))
        first_call = fourth.activity_ids.filtered(lambda act: act.activity_type_id == call_type)
        self.assertEqual(len(first_call), 1)
        self.assertNotEqual(first_call.user_id, self.env.ref("base.user_root"))
        self.assertTrue(first_call.user_id.has_group("account_dunning.group_dunning_manager"))
        collector = new_test_user(
            self.env,
            login="collector_calls",
            company_id=self.company.id,
            groups="account_dunning.group_dunning_collector",
        )
        self.partner_a.dunning_collector_id = collector
        self._climb(91)
        calls = self.env["mail.activity"].search(
            [
                ("res_model", "=", "account.dunning.letter"),
                ("res_id", "in", self.letters(self.partner_a).ids),
                ("activity_type_id", "=", call_type.id),
            ]
        )
        self.assertEqual(len(calls), 1, "the new call replaced the open one")
        self.assertEqual(calls.user_id, collector)
        self.assertEqual(calls.res_id, self.letters(self.partner_a)[-1].id)
