# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The overview figures: DSO and days paid late by month, promises kept, collected after
dunning, and the expected cash-in by week, live from the ledger."""

from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.tests import tagged

from .common import DunningCase

TODAY = date(2026, 6, 10)  # a Wednesday; June is counted up to today (10 days)


@tagged("post_install", "-at_install")
class TestDunningKpi(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # 1 USD (the company's currency) = 0.5 EUR: EUR 500 is USD 1,000, at every date.
        cls.eur = cls.setup_other_currency("EUR", rates=[("2020-01-01", 0.5)])
        cls.partner_c, cls.partner_d = cls.env["res.partner"].create(
            [{"name": "C", "is_company": True}, {"name": "D", "is_company": True}]
        )

    def _read(self, model, domain=None, companies=None):
        Model = self.env[model]
        if companies:
            Model = Model.with_context(allowed_company_ids=companies.ids)
        with freeze_time(TODAY):
            Model.invalidate_model()
            rows = Model.search(domain or [])
            rows.fetch([name for name, field in Model._fields.items() if field.store])
            return rows

    def _promise(self, invoice, amount, on, state=None):
        with freeze_time(min(on, date(2026, 6, 1))):  # made before the date promised
            promise = self.env["account.dunning.promise"].create(
                {
                    "partner_id": invoice.commercial_partner_id.id,
                    "move_ids": [Command.set(invoice.ids)],
                    "amount": amount,
                    "promise_date": on,
                }
            )
        if state:
            promise.state = state  # a manager may set it; the daily check would
        return promise

    def test_dso_days_late_promises_and_collected_by_month(self):
        """Worked example, in USD (EUR at 0.5):

        May 2026 (31 days): I1 1,000 (due 14 May, paid 24 May: 10 days late), I2 3,000 (due
        1 June, 1,000 paid 29 May), I3 EUR 500 = USD 1,000 (due 20 May). Invoiced 5,000;
        receivables at 31 May 5,000 - 1,000 - 1,000 = 3,000; DSO = 3,000 / 5,000 x 31 = 18.60;
        paid in May: I1 only, 10.00 days late.

        June up to the 10th (10 days): a letter on 3 June lists I2 and I3 (sent). I3 paid
        EUR 500 = USD 1,000 on 5 June (16 days late), I4 500 (due 4 June) paid on 4 June (on
        time), 300 more on I2 on 9 June, a credit note of 200 on 8 June. Invoiced 500 - 200 =
        300; receivables 3,000 - 1,000 + 500 - 500 - 300 - 200 = 1,500; DSO = 1,500 / 300 x 10
        = 50.00; days late (1,000 x 16 + 500 x 0) / 1,500 = 10.67; collected after the first
        letter: 1,000 (I3) + 300 (I2) = 1,300 (not the 1,000 of 29 May, before it); promises
        due in June: two kept, one broken = 66.67 %.
        """
        partner = self.partner_a
        i1 = self._invoice(partner, 1000, date(2026, 5, 14), invoice_date=date(2026, 5, 4))
        i2 = self._invoice(partner, 3000, date(2026, 6, 1), invoice_date=date(2026, 5, 11))
        i3 = self._invoice(
            partner, 500, date(2026, 5, 20), currency=self.eur, invoice_date=date(2026, 5, 18)
        )
        self._pay(i1, 1000, date(2026, 5, 24))
        self._pay(i2, 1000, date(2026, 5, 29))
        self.run_dunning(date(2026, 6, 3), partners=partner)
        letter = self.letters(partner)
        self.assertEqual(letter.line_ids.move_id, i2 | i3)
        with freeze_time(date(2026, 6, 3)):
            letter.action_mark_sent()
        i4 = self._invoice(partner, 500, date(2026, 6, 4), invoice_date=date(2026, 6, 2))
        self._pay(i4, 500, date(2026, 6, 4))
        self._pay(i3, 500, date(2026, 6, 5))
        self._pay(i2, 300, date(2026, 6, 9))
        self._invoice(
            partner, 200, date(2026, 6, 8), move_type="out_refund", invoice_date=date(2026, 6, 8)
        )
        self._promise(i2, 100, date(2026, 6, 5), "kept")
        self._promise(i2, 100, date(2026, 6, 3), "broken")
        self._promise(i2, 100, date(2026, 6, 8), "kept")
        self._promise(i2, 100, date(2026, 5, 8), "broken")  # May's

        rows = self._read("account.dunning.kpi.month", [("company_id", "=", self.company.id)])
        self.assertEqual(len(rows), 12)
        self.assertEqual(rows[0].month, date(2026, 6, 1))
        self.assertEqual(rows[-1].month, date(2025, 7, 1))
        june, may = rows[0], rows[1]
        self.assertEqual(
            (june.is_current_month, june.period_end, june.period_days), (True, TODAY, 10)
        )
        self.assertEqual(
            (
                june.receivables,
                june.sales,
                june.dso,
                june.paid_amount,
                june.avg_days_late,
                june.promises_kept,
                june.promises_broken,
                june.kept_rate,
                june.collected_after_dunning,
            ),
            (1500.0, 300.0, 50.0, 1500.0, 10.67, 2, 1, 66.67, 1300.0),
        )
        self.assertEqual(
            (
                may.is_current_month,
                may.period_days,
                may.receivables,
                may.sales,
                may.dso,
                may.paid_amount,
                may.avg_days_late,
                may.kept_rate,
                may.collected_after_dunning,
            ),
            (False, 31, 3000.0, 5000.0, 18.6, 1000.0, 10.0, 0.0, 0.0),
        )
        self.assertEqual(may.promises_broken, 1)
        april = rows[2]
        self.assertEqual((april.receivables, april.sales, april.dso), (0.0, 0.0, 0.0))
        self.assertEqual(
            self._read("account.dunning.kpi.month", [("is_current_month", "=", True)]), june
        )

    def test_figures_per_company(self):
        company_b = self.setup_other_company(name="KPI Company B")["company"]
        self._invoice(
            self.partner_a, 700, date(2026, 6, 30), company=company_b, invoice_date=date(2026, 6, 2)
        )
        self._invoice(self.partner_a, 100, date(2026, 6, 30), invoice_date=date(2026, 6, 2))
        only_a = self._read("account.dunning.kpi.month", companies=self.company)
        self.assertEqual(only_a.company_id, self.company)
        self.assertEqual(only_a.filtered("is_current_month").sales, 100.0)
        both = self._read(
            "account.dunning.kpi.month",
            [("is_current_month", "=", True)],
            companies=self.company | company_b,
        )
        self.assertEqual(
            sorted((row.company_id.name, row.receivables) for row in both),
            sorted([(self.company.name, 100.0), ("KPI Company B", 700.0)]),
        )
        forecast = self._read("account.dunning.cash.forecast", companies=self.company)
        self.assertEqual(
            [(row.source, row.amount, row.expected_date) for row in forecast],
            [("not_due", 100.0, date(2026, 6, 30))],
            "only the invoice not yet due, at its due date",
        )
        late_b = self._invoice(
            self.partner_a, 300, date(2026, 6, 1), company=company_b, invoice_date=date(2026, 5, 2)
        )
        self.assertEqual(
            self._read("account.dunning.cash.forecast", companies=self.company), forecast
        )
        forecast = self._read("account.dunning.cash.forecast", companies=self.company | company_b)
        self.assertEqual(
            sorted(
                (row.expected_date, row.amount, row.source, row.company_id.name) for row in forecast
            ),
            [
                (TODAY, 300.0, "overdue", "KPI Company B"),
                (date(2026, 6, 30), 100.0, "not_due", self.company.name),
                (date(2026, 6, 30), 700.0, "not_due", "KPI Company B"),
            ],
        )
        self.assertEqual(forecast.filtered(lambda row: row.source == "overdue").move_id, late_b)

    def test_expected_cash_in_by_week(self):
        """Today Wednesday 10 June: the weeks start Monday 8 June, the 12th on 24 August.

        - A promise of 400 by 20 June on J1 (1,000 due 31 May), 100 paid since: 300 in the week
          of 15 June.
        - A plan on J2 (EUR 300 = USD 600): EUR 60 down payment due 5 June unpaid (USD 120,
          expected today: week of 8 June), EUR 120 on 10 July (USD 240, week of 6 July), EUR
          120 on 10 August (USD 240, week of 10 August).
        - The rest of what is overdue at due date + the customer's average delay: J3 700 due
          20 May, customer delay 30.4 days (30): 19 June, week of 15 June; J4 200 due 1 June
          and J7 EUR 100 = USD 200 due 5 June, no delay: today, week of 8 June; J5 50 due 1
          May with a 200-day delay: after the 12 weeks, not counted.
        - Not yet due, at due date + delay: J6 500 due 30 June, no delay: week of 29 June.
        """
        a, b, c, d = self.partner_a, self.partner_b, self.partner_c, self.partner_d
        j1 = self._invoice(a, 1000, date(2026, 5, 31))
        self._promise(j1, 400, date(2026, 6, 20))
        self._pay(j1, 100, date(2026, 6, 5))
        j2 = self._invoice(c, 300, date(2026, 5, 25), currency=self.eur)
        with freeze_time(date(2026, 6, 1)):
            plan = self.env["account.dunning.payment.plan"].create(
                {
                    "partner_id": c.id,
                    "move_ids": [Command.set(j2.ids)],
                    "down_payment_type": "percent",
                    "down_payment_value": 20,
                    "down_payment_date": date(2026, 6, 5),
                    "instalment_count": 2,
                    "frequency": "monthly",
                    "first_date": date(2026, 7, 10),
                    "tolerance_days": 10,
                }
            )
            plan.action_compute_schedule()
            plan.action_activate()
        self.assertEqual(
            plan.line_ids.mapped("date_due"),
            [date(2026, 6, 5), date(2026, 7, 10), date(2026, 8, 10)],
        )
        j3 = self._invoice(a, 700, date(2026, 5, 20))
        a.with_company(self.company).dunning_avg_days_late = 30.4
        j4 = self._invoice(b, 200, date(2026, 6, 1))
        j7 = self._invoice(b, 100, date(2026, 6, 5), currency=self.eur)
        self._invoice(d, 50, date(2026, 5, 1))
        d.with_company(self.company).dunning_avg_days_late = 200
        self._invoice(b, 500, date(2026, 6, 30))

        rows = self._read("account.dunning.cash.forecast")
        self.assertEqual(
            sorted(
                (row.week_start, row.source, row.expected_date, row.amount, row.partner_id.name)
                for row in rows
            ),
            sorted(
                [
                    (date(2026, 6, 15), "promise", date(2026, 6, 20), 300.0, a.name),
                    (date(2026, 6, 8), "instalment", TODAY, 120.0, "C"),
                    (date(2026, 7, 6), "instalment", date(2026, 7, 10), 240.0, "C"),
                    (date(2026, 8, 10), "instalment", date(2026, 8, 10), 240.0, "C"),
                    (date(2026, 6, 15), "overdue", date(2026, 6, 19), 700.0, a.name),
                    (date(2026, 6, 8), "overdue", TODAY, 200.0, b.name),
                    (date(2026, 6, 8), "overdue", TODAY, 200.0, b.name),
                    (date(2026, 6, 29), "not_due", date(2026, 6, 30), 500.0, b.name),
                ]
            ),
        )
        self.assertEqual(rows.filtered(lambda r: r.source == "overdue").move_id, j3 | j4 | j7)
        self.assertEqual(rows.filtered(lambda r: r.source == "promise").promise_id.move_ids, j1)
        with freeze_time(TODAY):
            weeks = self.env["account.dunning.cash.forecast"]._read_group(
                [], ["week_start:day"], ["amount:sum"]
            )
        self.assertEqual(
            [(week.date() if hasattr(week, "date") else week, total) for week, total in weeks],
            [
                (date(2026, 6, 8), 520.0),
                (date(2026, 6, 15), 1000.0),
                (date(2026, 6, 29), 500.0),
                (date(2026, 7, 6), 240.0),
                (date(2026, 8, 10), 240.0),
            ],
        )
