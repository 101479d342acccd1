# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The run's set-based writes agree with the ORM, and a rerun the same day costs little."""

from datetime import timedelta
from unittest.mock import patch

from odoo.tests import tagged

from .common import D0, DunningCase

AMOUNTS = (
    "amount_overdue",
    "amount_credit",
    "amount_total",
    "currency_id",
    "amount_total_currency",
    "invoice_count",
    "amount_charges",
    "amount_to_pay",
    "amount_to_pay_currency",
)


@tagged("post_install", "-at_install")
class TestDunningEngineSql(DunningCase):
    def _orm_amounts(self, letters):
        """The letters' stored totals, then the same recomputed by the ORM."""
        letters.invalidate_recordset(AMOUNTS)
        stored = [tuple(letter[fname] for fname in AMOUNTS) for letter in letters]
        letters.invalidate_recordset(AMOUNTS)
        for fname in AMOUNTS:
            self.env.add_to_compute(letters._fields[fname], letters)
        computed = [tuple(letter[fname] for fname in AMOUNTS) for letter in letters]
        return stored, computed

    def test_letter_amounts_stored_by_the_run_match_the_orm_definition(self):
        eur = self.setup_other_currency("EUR", rates=[("2020-01-01", 0.5)])
        customer_c = self.env["res.partner"].create({"name": "Customer C", "is_company": True})
        # a: company currency with a credit note and a partial payment; b: all in EUR (the
        # letter is in EUR); c: EUR and company currency mixed (the letter is in company
        # currency).
        paid = self._invoice(self.partner_a, 1000.10, D0)
        self._pay(paid, 400.05, D0 + timedelta(days=1))
        self._invoice(self.partner_a, 333.33, D0 + timedelta(days=1))
        self._invoice(self.partner_a, 250, D0, move_type="out_refund")
        self._invoice(self.partner_b, 1234.56, D0, currency=eur)
        self._invoice(self.partner_b, 100.01, D0, currency=eur, move_type="out_refund")
        self._invoice(customer_c, 99.99, D0, currency=eur)
        self._invoice(customer_c, 700, D0)
        self.run_dunning(D0 + timedelta(days=5))
        letters = self.letters()
        self.assertEqual(len(letters), 3)
        letter_a = self.letters(self.partner_a)
        letter_b = self.letters(self.partner_b)
        letter_c = self.letters(customer_c)
        stored, computed = self._orm_amounts(letters)
        self.assertEqual(stored, computed)
        self.assertEqual(
            (letter_a.amount_overdue, letter_a.amount_credit, letter_a.amount_total),
            (933.38, 250.0, 683.38),
        )
        self.assertEqual(letter_a.invoice_count, 2)
        self.assertEqual(letter_a.currency_id, self.company.currency_id)
        self.assertEqual(
            (letter_b.currency_id, letter_b.amount_total_currency, letter_b.amount_to_pay_currency),
            (eur, 1134.55, 1134.55),
        )
        self.assertEqual(letter_b.amount_total, 2269.10, "EUR at 0.5: twice in company currency")
        self.assertEqual(
            (letter_c.currency_id, letter_c.amount_total, letter_c.amount_total_currency),
            (self.company.currency_id, 899.98, 899.98),
        )
        # a payment after the draft: the ORM recomputes the letter from its refreshed lines
        self._pay(letter_c.line_ids.move_id.filtered(lambda m: m.currency_id == eur), 99.99, D0)
        self.run_dunning(D0 + timedelta(days=5))
        self.assertEqual((letter_c.amount_total, letter_c.invoice_count), (700.0, 1))

    def test_letter_with_charges_is_totalled_by_the_orm(self):
        fee = self.env["account.dunning.fee.rule"].create(
            {"name": "Reminder fee", "kind": "fixed", "amount": 5}
        )
        self.level(1).write({"charge_fee": True, "fee_rule_id": fee.id})
        customer = self.env["res.partner"].create(
            {"name": "Prompt Inc", "is_company": True, "country_id": self.env.ref("base.us").id}
        )
        self._invoice(customer, 1000, D0)
        self.run_dunning(D0 + timedelta(days=3))
        letter = self.letters(customer)
        stored, computed = self._orm_amounts(letter)
        self.assertEqual(stored, computed)
        self.assertEqual((letter.amount_total, letter.amount_charges), (1000.0, 5.0))
        self.assertEqual(letter.amount_to_pay, 1005.0)

    def _rerun_queries(self, today):
        self.env.flush_all()
        self.env.invalidate_all()
        start = self.cr.sql_log_count
        stats = self.run_dunning(today)
        self.env.flush_all()
        self.assertEqual(stats["letters"], 0)
        return self.cr.sql_log_count - start

    def test_rerun_the_same_day_writes_nothing_and_does_not_grow_with_customers(self):
        today = D0 + timedelta(days=5)
        self._invoice(self.partner_a, 300, D0)
        self.run_dunning(today)
        self._rerun_queries(today)  # warm-up (access rules, defaults), like @warmup
        small = self._rerun_queries(today)
        customers = self.env["res.partner"].create(
            [{"name": f"Customer {index}", "is_company": True} for index in range(8)]
        )
        for customer in customers:
            self._invoice(customer, 100, D0)
            self._invoice(customer, 200, D0 + timedelta(days=1))
        self.run_dunning(today)
        letters = self.letters()
        Partner = type(self.env["res.partner"])
        written = []
        write = Partner.write

        def spy(records, vals):
            written.append((records.ids, vals))
            return write(records, vals)

        with patch.object(Partner, "write", spy):
            large = self._rerun_queries(today)
        self.assertEqual(large, small, "9x the customers, same number of queries")
        self.assertEqual(self.letters(), letters)
        self.assertEqual(written, [], "no customer rewritten")
