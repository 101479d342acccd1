# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from freezegun import freeze_time
from lxml import html as lxml_html

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import format_amount, format_date, html2plaintext

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestPaymentPlan(DunningCase):
    def _plan(self, invoices, **values):
        with freeze_time(D0 + timedelta(days=2)):
            plan = self.env["account.dunning.payment.plan"].create(
                {
                    "partner_id": invoices[:1].commercial_partner_id.id,
                    "move_ids": [Command.set(invoices.ids)],
                    "down_payment_type": "percent",
                    "down_payment_value": 20,
                    "down_payment_date": D0 + timedelta(days=5),
                    "instalment_count": 3,
                    "frequency": "monthly",
                    "first_date": D0 + timedelta(days=35),
                    "tolerance_days": 5,
                    **values,
                }
            )
            plan.action_compute_schedule()
            return plan

    def _check(self, day):
        with freeze_time(day):
            self.env["account.dunning.payment.plan"]._cron_check_plans_and_promises()

    def test_schedule_to_the_cent_and_invoices_blocked(self):
        invoice = self._invoice(self.partner_a, 1000, D0)
        plan = self._plan(invoice)
        # 20 % of 1,000 = 200 down; 800 / 3 = 266.66 rounded down, the remainder on the last:
        # 266.66 + 266.66 + 266.68 = 800.
        self.assertEqual(plan.line_ids.mapped("amount"), [200.0, 266.66, 266.66, 266.68])
        self.assertEqual(
            plan.line_ids.mapped("date_due"),
            [
                D0 + timedelta(days=5),
                D0 + timedelta(days=35),
                D0 + timedelta(days=65),
                D0 + timedelta(days=96),
            ],
        )
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        self.assertEqual(invoice.dunning_block_reason, "payment_plan")
        self.run_dunning(D0 + timedelta(days=20))
        self.assertFalse(self.letters(self.partner_a), "no letter while the plan runs")

    def test_payments_allocated_in_date_order_then_completed(self):
        invoice = self._invoice(self.partner_a, 1000, D0)
        plan = self._plan(invoice)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        self._pay(invoice, 200, D0 + timedelta(days=5))
        self._pay(invoice, 600, D0 + timedelta(days=40))
        self._check(D0 + timedelta(days=41))
        # 600 pays instalment 1 (266.66), instalment 2 (266.66) and 66.68 of instalment 3.
        self.assertEqual(plan.line_ids.mapped("amount_paid"), [200.0, 266.66, 266.66, 66.68])
        self.assertEqual(plan.state, "active")
        self._check(D0 + timedelta(days=41))
        self.assertEqual(plan.state, "active", "a second check the same day changes nothing")
        self._pay(invoice, 200, D0 + timedelta(days=90))
        self._check(D0 + timedelta(days=91))
        self.assertEqual(plan.state, "completed")
        self.assertFalse(invoice.dunning_block_reason)

    def test_a_reconciled_payment_shows_on_the_plan_at_once(self):
        """The schedule follows the reconciliation, not only the daily job: a payment matched
        with the invoice is allocated when it is matched, taken back when it is unmatched, and
        a plan paid in full completes and releases its invoices there and then."""
        invoice = self._invoice(self.partner_a, 1000, D0)
        plan = self._plan(invoice)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        payment = self._pay(invoice, 200, D0 + timedelta(days=5))
        self.assertEqual(plan.line_ids.mapped("amount_paid"), [200.0, 0.0, 0.0, 0.0])
        payment.move_id.button_draft()  # the payment is unmatched and back in draft
        self.assertEqual(plan.line_ids.mapped("amount_paid"), [0.0, 0.0, 0.0, 0.0])
        self.assertEqual(plan.state, "active")
        self._pay(invoice, 1000, D0 + timedelta(days=6))
        self.assertEqual(plan.line_ids.mapped("amount_paid"), [200.0, 266.66, 266.66, 266.68])
        self.assertEqual(plan.state, "completed")
        self.assertFalse(invoice.dunning_block_reason)
        self.assertIn("All instalments are paid", plan.message_ids[:1].body)

    def test_plan_interest_is_scheduled_and_invoiced(self):
        invoice = self._invoice(self.partner_a, 1000, D0)
        plan = self._plan(invoice, instalment_count=1, interest_rate=10)
        # From 4 March: 1,000 x 10 % x 3/365 = 0.82 with the down payment (200) on 7 March,
        # then 800 x 10 % x 30/365 = 6.58 with the instalment on 6 April.
        self.assertEqual(plan.line_ids.mapped("amount"), [200.82, 806.58])
        self.assertEqual(plan.amount_interest, 7.4)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        self.assertEqual(plan.interest_move_id.amount_total, 7.4)
        self.assertIn(plan.interest_move_id, plan.move_ids)
        self.assertEqual(
            (plan.amount_total, plan.amount_interest), (1000.0, 7.4), "interest counted once"
        )
        self.assertEqual(plan.interest_move_id.dunning_block_reason, "payment_plan")

    def test_plan_in_the_invoices_own_currency(self):
        """A customer invoiced in SEK by a USD company agrees and pays a plan in SEK."""
        sek = self.setup_other_currency("SEK", rates=[("2000-01-01", 10.0)])
        invoice = self._invoice(self.partner_a, 10000, D0, currency=sek)
        plan = self._plan(invoice)
        # 20 % of 10,000 SEK = 2,000 down; 8,000 / 3 = 2,666.66, the remainder on the last.
        self.assertEqual((plan.currency_id, plan.amount_total), (sek, 10000.0))
        self.assertEqual(plan.line_ids.mapped("amount"), [2000.0, 2666.66, 2666.66, 2666.68])
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        self._pay(invoice, 2000, D0 + timedelta(days=5))  # 2,000 SEK (200 USD)
        self._check(D0 + timedelta(days=11))
        self.assertEqual(plan.line_ids.mapped("amount_paid"), [2000.0, 0.0, 0.0, 0.0])
        self.assertEqual(plan.state, "active", "the down payment is paid, in SEK")
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_payment_plan", plan.ids
        )
        text = " ".join(lxml_html.fromstring(html).text_content().replace("\xa0", " ").split())
        owed, last = (
            format_amount(self.env, amount, sek).replace("\xa0", " ") for amount in (10000, 2666.68)
        )
        self.assertIn(f"acknowledges owing {owed}", text)
        self.assertIn(last, text)

    def test_breach_after_tolerance_resumes_dunning_at_the_next_level(self):
        invoice = self._invoice(self.partner_a, 1000, D0)
        self.run_dunning(D0 + timedelta(days=1))
        with freeze_time(D0 + timedelta(days=1)):
            self.letters(self.partner_a).action_mark_sent()
        self.assertEqual(invoice.dunning_level_id, self.level(1))
        plan = self._plan(invoice)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        self._check(D0 + timedelta(days=10))  # down payment due day 5, tolerance 5: still fine
        self.assertEqual(plan.state, "active")
        self._check(D0 + timedelta(days=11))
        self.assertEqual(plan.state, "breached")
        self.assertFalse(invoice.dunning_block_reason)
        self.assertTrue(plan.activity_ids)
        # The note reads like money and a date, not "300.0 due on 2026-...".
        down = plan.line_ids.sorted("date_due")[:1]
        note = html2plaintext(plan.message_ids[0].body).replace("\xa0", " ")
        amount = format_amount(self.env, down.amount, plan.currency_id).replace("\xa0", " ")
        self.assertIn(f"{amount} due on {format_date(self.env, down.date_due)}", note)
        self.run_dunning(D0 + timedelta(days=14))
        self.assertEqual(invoice.dunning_level_id, self.level(2))

    def test_bad_input_is_refused(self):
        invoice = self._invoice(self.partner_a, 1000, D0)
        with self.assertRaisesRegex(ValidationError, "above the plan's total"):
            self._plan(invoice, down_payment_type="amount", down_payment_value=1500)
        with self.assertRaisesRegex(ValidationError, "in the past"):
            self._plan(invoice, first_date=D0 - timedelta(days=1))
        with self.assertRaisesRegex(ValidationError, "down payment is required"):
            self._plan(invoice, down_payment_value=0)
        other = self._invoice(self.partner_b, 300, D0)
        with self.assertRaisesRegex(ValidationError, "another customer"):
            self._plan(invoice | other, partner_id=self.partner_a.id)
        plan = self._plan(invoice)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        with self.assertRaisesRegex(ValidationError, "already in active payment plan"):
            self._plan(invoice)
        draft = self._plan(self._invoice(self.partner_a, 500, D0))
        draft.line_ids[-1].amount += 10
        with freeze_time(D0 + timedelta(days=2)), self.assertRaises(ValidationError) as refused:
            draft.action_activate()
        self.assertEqual(draft.state, "draft", "nothing half-done")
        # Said in the add-on's words (translatable), with the figures in the plan's currency
        # and the field to correct, not the core's English ("amount: the instalments ...").
        message = str(refused.exception).replace("\xa0", " ")
        total = format_amount(self.env, 500, draft.currency_id).replace("\xa0", " ")
        planned = format_amount(self.env, 510, draft.currency_id).replace("\xa0", " ")
        self.assertIn(f"The instalments add up to {planned}, not to the total of {total}.", message)
        self.assertIn("Correct Schedule.", message)
        self.assertNotIn("amount:", message)

    # ------------------------------------------------------------------ promises to pay
    def _promise(self, invoice, amount, days):
        with freeze_time(D0 + timedelta(days=2)):
            return self.env["account.dunning.promise"].create(
                {
                    "partner_id": invoice.commercial_partner_id.id,
                    "move_ids": [Command.set(invoice.ids)],
                    "amount": amount,
                    "promise_date": D0 + timedelta(days=days),
                    "start_date": D0 + timedelta(days=2),
                    "grace_days": 3,
                    "channel": "phone",
                    "reason_id": self.env.ref("account_dunning.reason_cash_flow").id,
                }
            )

    def test_kept_promise(self):
        invoice = self._invoice(self.partner_a, 400, D0)
        promise = self._promise(invoice, 400, 10)
        self.assertEqual(invoice.dunning_block_reason, "promise")
        self.run_dunning(D0 + timedelta(days=5))
        self.assertFalse(self.letters(self.partner_a))
        self._pay(invoice, 400, D0 + timedelta(days=9))
        # Kept as soon as the payment is matched with the invoice, not only by the daily job.
        self.assertEqual(promise.state, "kept")
        self.assertFalse(invoice.dunning_block_reason)
        self._check(D0 + timedelta(days=9))
        self.assertEqual(promise.state, "kept")
        self.assertEqual(promise.message_ids.mapped("body").count("<p>Promise kept.</p>"), 1)

    def test_broken_promise_resumes_dunning_and_counts(self):
        invoice = self._invoice(self.partner_a, 400, D0)
        promise = self._promise(invoice, 400, 10)
        partner = self.partner_a.with_company(self.company)
        self._check(D0 + timedelta(days=13))  # promised day 10 + 3 days of grace: still open
        self.assertEqual(promise.state, "open")
        self._check(D0 + timedelta(days=14))
        self.assertEqual(promise.state, "broken")
        self.assertEqual(partner.dunning_broken_promises, 1)
        self._check(D0 + timedelta(days=14))
        self.assertEqual(partner.dunning_broken_promises, 1, "counted once")
        self.run_dunning(D0 + timedelta(days=15))
        self.assertTrue(self.letters(self.partner_a))
        with self.assertRaisesRegex(ValidationError, "before the promise"):
            self._promise(invoice, 100, 1)

    # ---------------------------------------------- Log Call and the plan agreement
    def test_log_call_records_a_promise_and_notes_the_call(self):
        invoice = self._invoice(self.partner_a, 250, D0)
        with freeze_time(D0 + timedelta(days=3)):
            wizard = self.env["account.dunning.log.call"].create(
                {
                    "partner_id": self.partner_a.id,
                    "outcome": "reached",
                    "reason_id": self.env.ref("account_dunning.reason_cash_flow").id,
                    "notes": "Will pay after their customer pays them.",
                    "record_promise": True,
                    "move_ids": [Command.set(invoice.ids)],
                    "promise_amount": 250,
                    "promise_date": D0 + timedelta(days=10),
                }
            )
            action = wizard.action_log()
        promise = self.env["account.dunning.promise"].browse(action["res_id"])
        self.assertEqual((promise.amount, promise.state), (250.0, "open"))
        self.assertEqual(invoice.dunning_block_reason, "promise")
        body = self.partner_a.message_ids[0].body
        self.assertIn("Cash-flow difficulties", body)
        self.assertIn("Will pay after", body)

    def test_agreement_letter_acknowledges_the_debt_and_lists_the_schedule(self):
        invoice = self._invoice(self.partner_a, 1000, D0)
        with freeze_time(D0 + timedelta(days=2)):
            plan = self.env["account.dunning.payment.plan"].create(
                {
                    "partner_id": self.partner_a.id,
                    "move_ids": [Command.set(invoice.ids)],
                    "down_payment_date": D0 + timedelta(days=5),
                    "first_date": D0 + timedelta(days=35),
                }
            )
            plan.action_compute_schedule()
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_payment_plan", plan.ids
        )
        text = " ".join(html.decode().split())
        self.assertIn("acknowledges owing", text)
        self.assertIn(invoice.name, text)
        self.assertIn("266.68", text)

    # ------------------------------------------------------------------ schedule preview
    def test_schedule_preview_while_typing_the_terms(self):
        from odoo.tests import Form

        invoice = self._invoice(self.partner_a, 1000, D0)
        with freeze_time(D0 + timedelta(days=2)):
            form = Form(self.env["account.dunning.payment.plan"])
            form.partner_id = self.partner_a
            form.move_ids.add(invoice)
            form.down_payment_date = D0 + timedelta(days=5)
            form.first_date = D0 + timedelta(days=35)
            form.instalment_count = 4
            # The form shows the schedule as the terms are typed: 20 % of 1,000 = 200 down,
            # then 800 / 4 = 200 each; saving keeps exactly what was shown.
            self.assertEqual(len(form.line_ids), 5)
            plan = form.save()
        self.assertEqual(plan.line_ids.mapped("amount"), [200.0] * 5)
        # First instalment 6 April 2026 (D0 + 35), then the 6th of each month: 6 July.
        self.assertEqual(plan.line_ids[-1].date_due, date(2026, 7, 6))
