# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The payment-plan agreement states its rate and the total payable, which is what the
schedule adds up to; a consumer's plan with interest is called in only under BGB § 498."""

from datetime import timedelta

from freezegun import freeze_time
from lxml import html as lxml_html

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestPaymentPlanTerms(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.consumer = cls.env["res.partner"].create(
            {"name": "Erika Muster", "is_company": False, "lang": "en_US"}
        )

    def _plan(self, partner, amount=1000, currency=None, **values):
        invoice = self._invoice(partner, amount, D0, currency=currency)
        with freeze_time(D0 + timedelta(days=2)):
            plan = self.env["account.dunning.payment.plan"].create(
                {
                    "partner_id": partner.id,
                    "move_ids": [Command.set(invoice.ids)],
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
        return plan, invoice

    def test_no_plan_interest_for_consumers_under_swedish_or_norwegian_law(self):
        """Such a plan is consumer credit with statutory disclosures (KkrL, finansavtaleloven)
        the agreement does not print: refused with the law named and the fix; without
        interest, or for a business, the plan is made."""
        for code, law in (("base.se", "konsumentkreditlagen"), ("base.no", "finansavtaleloven")):
            consumer = self.env["res.partner"].create(
                {"name": f"Konsument {code}", "country_id": self.env.ref(code).id}
            )
            with self.subTest(law=law), self.assertRaises(ValidationError) as refused:
                self._plan(consumer, interest_rate=6)
            self.assertIn(law, str(refused.exception))
            self.assertIn("Set Plan Interest (%) to 0", str(refused.exception))
            plan, _invoice = self._plan(consumer)
            self.assertEqual(plan.interest_rate, 0.0)
        business = self.env["res.partner"].create(
            {"name": "Bolag AB", "is_company": True, "country_id": self.env.ref("base.se").id}
        )
        plan, _invoice = self._plan(business, interest_rate=6)
        self.assertGreater(plan.amount_interest, 0)

    def _text(self, plan):
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_payment_plan", plan.ids
        )
        root = lxml_html.fromstring(html)
        main = root.find(".//main")
        return " ".join((main if main is not None else root).text_content().split())

    def _check(self, day):
        with freeze_time(day):
            self.env["account.dunning.payment.plan"]._cron_check_plans_and_promises()

    def test_agreement_prints_rate_and_total_payable_the_schedule_adds_up_to(self):
        plan, _invoice = self._plan(self.partner_a, interest_rate=10)
        self.assertEqual(plan.amount_interest, 14.04)
        self.assertEqual(sum(plan.line_ids.mapped("amount")), 1014.04)
        text = self._text(plan)
        self.assertIn("Payment plan agreement (draft)", text)
        self.assertNotIn(" / ", text.split("acknowledges")[0])
        self.assertIn("acknowledges owing $ 1,000.00", text)
        self.assertIn("Amount owed $ 1,000.00", text)
        self.assertIn("Plan interest at 10.00% a year on the balance still owed $ 14.04", text)
        self.assertIn("Total payable (the sum of the payments below) $ 1,014.04", text)
        self.assertNotIn("the schedule is to be corrected", text)
        self.assertIn("more than 5 days late, the agreement lapses", text)
        self.assertNotIn("consumer credit", text)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        text = self._text(plan)
        self.assertIn(f"Payment plan agreement {plan.name} ", text)
        # The interest invoice is the interest row, not one more invoice of the debt.
        self.assertTrue(plan.interest_move_id)
        self.assertNotIn(plan.interest_move_id.name, text)
        self.assertIn("Total payable (the sum of the payments below) $ 1,014.04", text)

    def test_agreement_in_the_invoices_currency(self):
        sek = self.setup_other_currency("SEK", rates=[("2000-01-01", 10.0)])
        plan, _invoice = self._plan(self.partner_a, 10000, currency=sek, interest_rate=10)
        self.assertEqual(plan.currency_id, sek)
        payable = plan.amount_total + plan.amount_interest
        self.assertAlmostEqual(sum(plan.line_ids.mapped("amount")), payable, places=2)
        text = self._text(plan).replace("\xa0", " ")
        self.assertIn("Amount owed 10,000.00 kr", text)
        self.assertIn(f"Total payable (the sum of the payments below) {payable:,.2f} kr", text)

    def test_an_edited_schedule_that_does_not_add_up_is_explained(self):
        plan, _invoice = self._plan(self.partner_a)
        plan.line_ids[-1:].amount += 10
        text = self._text(plan)
        self.assertIn("Total payable (the sum of the payments below) $ 1,000.00", text)
        self.assertIn(
            "The payments below add up to $ 1,010.00: the schedule is to be corrected before "
            "the plan is activated $ 10.00",
            text,
        )

    def test_consumer_plans_have_no_interest_unless_set(self):
        plan, _invoice = self._plan(self.consumer)
        self.assertEqual((plan.interest_rate, plan.amount_interest), (0.0, 0.0))
        self.assertFalse(plan._is_consumer_credit())
        text = self._text(plan)
        self.assertNotIn("Plan interest", text)
        self.assertIn("Total payable (the sum of the payments below) $ 1,000.00", text)

    def test_consumer_credit_prints_its_terms_and_is_called_in_only_under_498(self):
        plan, _invoice = self._plan(self.consumer, interest_rate=10)
        self.assertTrue(plan._is_consumer_credit())
        text = self._text(plan)
        self.assertIn(
            "This plan with interest is a consumer credit. The whole remaining amount can fall "
            "due early only if you are in arrears with at least two consecutive payments and "
            "with at least 10 % of the total payable (5 % for a plan running over three years), "
            "and we have given you two weeks in writing to pay the arrears, stating that the "
            "whole remaining amount falls due otherwise (section 498 German Civil Code).",
            text,
        )
        self.assertNotIn("days late, the agreement lapses", text)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        # The down payment (due day 5) is six days late: a business plan breaks, this not.
        self._check(D0 + timedelta(days=11))
        self.assertEqual(plan.state, "active")
        self.assertFalse(plan.consumer_notice_date)
        # Day 36: the down payment and the first instalment (day 35) are in arrears, 474.06 of
        # 1,014.04 (over 10 %): the collector is asked to send the two-week notice.
        self._check(D0 + timedelta(days=36))
        self.assertEqual(plan.state, "active")
        self.assertEqual(plan.consumer_notice_date, D0 + timedelta(days=36))
        activity = plan.activity_ids
        self.assertEqual(activity.summary, "Send Erika Muster the notice of default (payment plan)")
        self.assertIn(
            "$ 474.06 of two consecutive payments are in arrears",
            str(activity.note).replace("&nbsp;", " ").replace("\xa0", " "),
        )
        self._check(D0 + timedelta(days=50))
        self.assertEqual(plan.state, "active", "the two weeks have not run out")
        self._check(D0 + timedelta(days=51))
        self.assertEqual(plan.state, "breached")

    def test_consumer_credit_arrears_paid_after_the_notice_keep_the_plan(self):
        plan, invoice = self._plan(self.consumer, interest_rate=10)
        with freeze_time(D0 + timedelta(days=2)):
            plan.action_activate()
        self._check(D0 + timedelta(days=36))
        self.assertTrue(plan.consumer_notice_date)
        down, first = plan.line_ids.sorted("date_due")[:2]
        self._pay(invoice, down.amount + first.amount, D0 + timedelta(days=40))
        self._check(D0 + timedelta(days=51))
        self.assertEqual(plan.state, "active")
        self.assertFalse(plan.consumer_notice_date)
