# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bad input -> the expected error: none is accepted silently, none writes half of itself."""

import re
from datetime import date, timedelta

from odoo import Command, fields
from odoo.exceptions import ValidationError
from odoo.tests import HttpCase, new_test_user, tagged

from .common import DunningCase


@tagged("post_install", "-at_install")
class TestBadInput(DunningCase):
    """Each case: what a user enters, the error expected (a fragment of its message)."""

    def assertRefused(self, call, fragment, exception=ValidationError):
        with self.assertRaises(exception) as caught, self.env.cr.savepoint():
            call()
        self.assertIn(fragment, str(caught.exception))

    def _open_invoice(self, amount=700):
        return self._invoice(self.partner_a, amount, fields.Date.today() - timedelta(days=20))

    def _promise_vals(self, invoice, **values):
        today = fields.Date.today()
        return {
            "partner_id": self.partner_a.id,
            "move_ids": [Command.set(invoice.ids)],
            "amount": invoice.amount_residual,
            "promise_date": today + timedelta(days=7),
            **values,
        }

    def test_promises(self):
        invoice = self._open_invoice()
        paid = self._open_invoice(300)
        self._pay(paid, 300, fields.Date.today())
        today = fields.Date.today()
        Promise = self.env["account.dunning.promise"]
        cases = [
            ({"amount": 7000}, "more than the invoices still owe"),
            ({"amount": -5}, "must be positive"),
            ({"promise_date": today - timedelta(days=1)}, "before the promise was made"),
            ({"move_ids": [Command.set(paid.ids)], "amount": 300}, "already paid"),
        ]
        for values, fragment in cases:
            with self.subTest(values=values):
                self.assertRefused(
                    lambda v=values: Promise.create(self._promise_vals(invoice, **v)), fragment
                )
        self.assertFalse(Promise.search([("partner_id", "=", self.partner_a.id)]))
        self.assertFalse(invoice.dunning_block_reason, "nothing half-written")

    def test_configuration(self):
        today = fields.Date.today()
        FeeRule = self.env["account.dunning.fee.rule"]
        cases = [
            (
                lambda: self.env["account.dunning.policy"].create(
                    {
                        "name": "Second default",
                        "company_id": self.company.id,
                        "is_company_default": True,
                        "level_ids": [Command.create({"name": "One", "days": 1})],
                    }
                ),
                "already the Company Default",
            ),
            (
                lambda: FeeRule.create({"name": "Greedy", "kind": "percent", "percent": 500}),
                "Percent must be between 0 and 100",
            ),
            (
                lambda: FeeRule.create(
                    {"name": "Daily", "kind": "per_period", "amount": 5, "period_days": 0}
                ),
                "Period Days must be at least 1",
            ),
            (
                lambda: FeeRule.create({"name": "Negative", "kind": "fixed", "amount": -10}),
                "cannot be negative",
            ),
            (
                lambda: self.level(1).write({"letter_body": "<p>Dear {custmer}, pay {total}</p>"}),
                "unknown placeholders {custmer}",
            ),
            (
                lambda: self.level(1).write(
                    {"letter_body_consumer": "<p>Pay {amount} by {deadline}</p>"}
                ),
                "Text for Consumers of level Friendly reminder uses unknown placeholders {amount}",
            ),
            (
                lambda: self.env["account.dunning.engine"]._run_company(
                    self.company, today + timedelta(days=400)
                ),
                "is in the future",
            ),
        ]
        for call, fragment in cases:
            with self.subTest(fragment=fragment):
                self.assertRefused(call, fragment)
        self.level(1).letter_body = "<p>Dear {contact}, {customer} owes {total}.</p>"

    def test_run_date_in_the_future_previews_without_writing(self):
        self._open_invoice()
        ahead = fields.Date.today() + timedelta(days=400)
        run = self.env["account.dunning.run.wizard"].create({"date": ahead})
        run.action_preview()
        self.assertIn("1 letter(s) would be prepared", run.preview_html)
        self.assertRefused(run.action_run, "is in the future")
        self.assertFalse(self.letters())
        self.assertFalse(self.partner_a.with_company(self.company).dunning_level_id)

    def _plan_vals(self, invoices, **values):
        today = fields.Date.today()
        return {
            "partner_id": self.partner_a.id,
            "move_ids": [Command.set(invoices.ids)],
            "down_payment_date": today + timedelta(days=3),
            "first_date": today + timedelta(days=30),
            **values,
        }

    def test_payment_plans(self):
        invoice = self._open_invoice(1000)
        paid = self._open_invoice(300)
        self._pay(paid, 300, fields.Date.today())
        refund = self._invoice(
            self.partner_a, 200, fields.Date.today() - timedelta(days=5), move_type="out_refund"
        )
        Plan = self.env["account.dunning.payment.plan"]
        cases = [
            ({"tolerance_days": -3}, "Tolerance Days", invoice),
            ({"instalment_count": 5000}, "must be between 1 and 120", invoice),
            ({"instalment_count": 0}, "must be between 1 and 120", invoice),
            ({"down_payment_value": 150}, "must be between 0 and 100", invoice),
            ({"interest_rate": -1}, "Plan Interest", invoice),
            ({}, "already paid", paid),
            ({}, "not customer invoices", refund),
        ]
        for values, fragment, invoices in cases:
            with self.subTest(fragment=fragment):
                self.assertRefused(
                    lambda v=values, i=invoices: Plan.create(self._plan_vals(i, **v)), fragment
                )
        # A 150 % down payment entered on a draft is refused clearly, not as a raw error.
        plan = Plan.create(self._plan_vals(invoice))
        self.assertRefused(
            lambda: plan.write({"down_payment_value": 150}), "must be between 0 and 100"
        )
        self.assertFalse(Plan.search([("state", "!=", "draft")]))

    def test_legal_actions_and_write_offs(self):
        invoice = self._open_invoice(1000)
        today = fields.Date.today()
        Legal = self.env["account.dunning.legal.action"]
        legal_vals = {"partner_id": self.partner_a.id, "move_ids": [Command.set(invoice.ids)]}
        cases = [
            (lambda: Legal.create({**legal_vals, "claim_amount": -5}), "cannot be negative"),
            (
                lambda: Legal.create(
                    {
                        **legal_vals,
                        "date_filed": today,
                        "date_judgment": today - timedelta(days=30),
                    }
                ),
                "cannot come before the Date Filed",
            ),
            (
                lambda: self.env["account.dunning.writeoff"].create(
                    {
                        "move_ids": [Command.set(invoice.ids)],
                        "date": date(2000, 1, 1),
                        "reason": "Old",
                    }
                ),
                "before invoice",
            ),
        ]
        for call, fragment in cases:
            with self.subTest(fragment=fragment):
                self.assertRefused(call, fragment)
        self.company.fiscalyear_lock_date = today - timedelta(days=1)
        self.assertRefused(
            lambda: self.env["account.dunning.writeoff"].create(
                {
                    "move_ids": [Command.set(invoice.ids)],
                    "date": today - timedelta(days=1),
                    "reason": "Locked",
                }
            ),
            "locked period",
        )

    def test_log_call_wizard(self):
        invoice = self._open_invoice()
        today = fields.Date.today()
        Wizard = self.env["account.dunning.log.call"]
        base = {
            "partner_id": self.partner_a.id,
            "record_promise": True,
            "move_ids": [Command.set(invoice.ids)],
            "promise_amount": 700,
            "promise_date": today + timedelta(days=7),
        }
        cases = [
            ({"promise_amount": 7000}, "more than the invoices still owe"),
            ({"promise_date": today - timedelta(days=3)}, "before the promise was made"),
            ({"promise_amount": 0}, "enter the promised Amount and Date"),
        ]
        for values, fragment in cases:
            with self.subTest(fragment=fragment):
                wizard = Wizard.create({**base, **values})
                self.assertRefused(wizard.action_log, fragment, Exception)
        self.assertFalse(
            self.env["account.dunning.promise"].search([("partner_id", "=", self.partner_a.id)])
        )

    def test_company_settings(self):
        self.assertRefused(
            lambda: self.company.write({"dunning_portal_promise_days": -1}),
            "Portal Promises Up To (Days)",
        )


@tagged("post_install", "-at_install")
class TestPortalPromiseLimits(DunningCase, HttpCase):
    """What a customer can propose in the portal, and what it does to the dunning."""

    def setUp(self):
        super().setUp()
        today = fields.Date.today()
        self.invoice = self._invoice(self.partner_a, 700, today - timedelta(days=20))
        self.run_dunning(today)
        self.letter = self.letters(self.partner_a)
        self.letter.action_mark_sent()
        new_test_user(
            self.env,
            login="portal_limits",
            password="portal_limits",
            groups="base.group_portal",
            partner_id=self.partner_a.id,
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        self.authenticate("portal_limits", "portal_limits")

    def _propose(self, day):
        page = f"/my/dunning_letters/{self.letter.id}"
        token = re.search(r'name="csrf_token" value="([^"]+)"', self.url_open(page).text)
        response = self.url_open(
            f"{page}/promise",
            data={"csrf_token": token.group(1), "promise_date": str(day)},
        )
        self.assertEqual(response.status_code, 200)
        return response

    def _promises(self):
        return self.env["account.dunning.promise"].search([("move_ids", "in", self.invoice.ids)])

    def test_portal_proposals(self):
        today = fields.Date.today()
        cases = [
            # (date proposed, message shown, promise state or False for nothing saved)
            (today - timedelta(days=1), "cannot be in the past", False),
            ("31.12.2027", "We could not note this date", False),
            (date(9999, 12, 31), "needs our approval", "to_approve"),
            (today + timedelta(days=10), "already told us", False),
        ]
        for day, message, state in cases:
            with self.subTest(day=day):
                before = self._promises()
                response = self._propose(day)
                self.assertIn(message, response.text)
                added = self._promises() - before
                self.assertEqual(added.state or False, state)
        pending = self._promises()
        self.assertEqual(self.invoice.dunning_block_reason, False, "no hold until approved")
        self.assertTrue(pending.activity_ids, "a collector is asked to approve")
        self.assertNotEqual(pending.activity_ids.user_id, self.env.ref("base.user_root"))
        pending.action_approve()
        self.assertEqual((pending.state, self.invoice.dunning_block_reason), ("open", "promise"))

    def test_portal_promise_within_the_limit_holds_dunning(self):
        day = fields.Date.today() + timedelta(days=self.company.dunning_portal_promise_days)
        self.assertIn("we have noted the date", self._propose(day).text)
        promise = self._promises()
        self.assertEqual((promise.state, promise.letter_id), ("open", self.letter))
        self.assertEqual(promise.amount, 700.0)
        self.assertEqual(self.invoice.dunning_block_reason, "promise")

    def test_portal_promise_on_a_paid_letter(self):
        self._pay(self.invoice, 700, fields.Date.today())
        self.assertIn("Nothing is left to pay", self._propose(fields.Date.today()).text)
        self.assertFalse(self._promises())
