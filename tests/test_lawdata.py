# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 14 points 8 and 9: the EU fallback limited to the euro area, the Norwegian
standardkompensasjon not blocking interest, the Russian moratorium's scope.

Rates are the shipped rows (data/account.dunning.rate.period.csv); every figure's arithmetic is
in the comments.
"""

from datetime import date
from decimal import Decimal

from odoo.tests import tagged

from ..dunning_core.compensation import COMPENSATIONS
from ..dunning_core.fee_caps import LEGAL_CAPS
from ..dunning_core.rates import is_confirmed_confidence
from .common import DunningCase


@tagged("post_install", "-at_install")
class TestLawData(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 1.0)])
        cls.levels.write({"claim_interest": True, "claim_compensation": True})
        # Old invoices stay on the final demand (no agency hand-over in these tests).
        cls.levels[4].days = 5000
        cls.levels[3].days = 4000

    def _customer(self, country, is_company=True):
        return self.env["res.partner"].create(
            {"name": country, "is_company": is_company, "country_id": self.env.ref(country).id}
        )

    def _todo(self, record):
        todo = self.env.ref("mail.mail_activity_data_todo")
        return record.activity_ids.filtered(lambda act: act.activity_type_id == todo)

    def _charges(self, letter):
        return sorted(
            (charge.kind, charge.amount, charge.currency_id.name) for charge in letter.charge_ids
        )

    # ------------------------------------------------------------------ 1. EU fallback
    def test_euro_area_state_gets_the_directive_minimum_never_as_its_own_rate(self):
        french = self._customer("base.fr")
        self._invoice(french, 10000, date(2025, 5, 31), currency=self.eur)
        self.run_dunning(date(2025, 8, 10))
        letter = self.letters(french)
        # ECB MRO 3.15 (2025-01-01) and 2.15 (2025-07-01) + 8 pp, actual/365, 10,000 EUR:
        #   01.06.-30.06. 30 days at 11.15 %: 33450 / 365 =  91.643836
        #   01.07.-10.08. 41 days at 10.15 %: 41615 / 365 = 114.013699
        #   total 75065 / 365 = 205.657534 -> 205.66 EUR; 40 EUR fixed compensation.
        self.assertEqual(
            self._charges(letter), [("compensation", 40.0, "EUR"), ("interest", 205.66, "EUR")]
        )
        interest = letter.charge_ids.filtered(lambda c: c.kind == "interest")
        compensation = letter.charge_ids - interest
        # Before: "Directive 2011/7/EU art. 2 (ECB reference rate + 8 percentage points)", as if
        # it were France's statutory rate (French law sets more for businesses).
        self.assertIn("Minimum statutory rate of Directive 2011/7/EU", interest.legal_source)
        self.assertIn("not the statutory rate of France", interest.legal_source)
        self.assertIn("at least this minimum", interest.legal_source)
        self.assertIn(
            "Minimum fixed compensation of Directive 2011/7/EU", compensation.legal_source
        )
        self.assertIn("not an amount set by the law of France", compensation.legal_source)
        self.assertFalse(self._todo(letter))

    def test_non_euro_member_state_gets_nothing_presented_as_law(self):
        dkk = self.setup_other_currency("DKK", rates=[("2000-01-01", 7.0)])
        danish = self._customer("base.dk")
        self._invoice(danish, 10000, date(2025, 5, 31), currency=dkk)
        self.run_dunning(date(2025, 8, 10))
        letter = self.letters(danish)
        # Before: 205.66 at ECB + 8 and 40 EUR as Danish law; Denmark's currency is the krone.
        self.assertFalse(letter.charge_ids)
        self.assertFalse(letter.charges_waiting_reason, "the letter itself goes out")
        self.assertEqual(self._todo(letter).summary, "Add an interest rule for Denmark")
        self.assertIn("outside the euro area", self._todo(letter).note)
        # The next run asks once, not twice.
        letter.action_compute_charges()
        self.assertEqual(len(self._todo(letter)), 1)
        # A manager adds a rule for Denmark (a fixed test rate, not a sourced one): it applies.
        self.env["account.dunning.interest.rule"].create(
            {
                "name": "Denmark (test)",
                "code": "dk_test",
                "country_id": self.env.ref("base.dk").id,
                "customer_type": "business",
                "rate_kind": "fixed",
                "fixed_rate": 10,
                "legal_source": "Renteloven (test rate)",
            }
        )
        letter.action_compute_charges()
        # 01.06.-10.08.2025: 71 days at 10 %: 10000 x 0.10 x 71 / 365 = 194.520548 -> 194.52 DKK
        self.assertEqual(self._charges(letter), [("interest", 194.52, "DKK")])
        self.assertEqual(letter.charge_ids.legal_source, "Renteloven (test rate)")

    def test_bulgaria_euro_adoption_unconfirmed_waits_for_a_rule(self):
        bulgarian = self._customer("base.bg")
        self._invoice(bulgarian, 10000, date(2026, 1, 31), currency=self.eur)
        self.run_dunning(date(2026, 3, 2))
        letter = self.letters(bulgarian)
        self.assertFalse(letter.charge_ids)
        self.assertEqual(self._todo(letter).summary, "Add an interest rule for Bulgaria")

    def test_consumer_in_another_member_state_gets_no_fallback(self):
        consumer = self._customer("base.fr", is_company=False)
        self._invoice(consumer, 10000, date(2025, 5, 31), currency=self.eur)
        self.run_dunning(date(2025, 8, 10))
        letter = self.letters(consumer)
        self.assertFalse(letter.charge_ids)
        self.assertFalse(self._todo(letter))

    # ------------------------------------------------------------------ 2. Norway
    def test_missing_standardkompensasjon_does_not_block_the_interest(self):
        nok = self.setup_other_currency("NOK", rates=[("2000-01-01", 10.0)])
        norwegian = self._customer("base.no")
        self._invoice(norwegian, 10000, date(2024, 5, 31), currency=nok)
        self.run_dunning(date(2024, 8, 10))
        letter = self.letters(norwegian)
        # Forsinkelsesrente 12.50 % (2024-01-01 and 2024-07-01), actual/actual, 2024 a leap year:
        #   01.06.-10.08.2024: 30 + 41 = 71 days: 10000 x 0.125 x 71 / 366 = 88750 / 366
        #   = 242.486339 -> 242.49 NOK. The 2024-H2 standardkompensasjon is not sourced.
        # Before: the whole letter waited in draft without interest.
        self.assertEqual(self._charges(letter), [("interest", 242.49, "NOK")])
        self.assertFalse(letter.charges_waiting_reason)
        summary = (
            "Enter the fixed compensation valid from 2024-07-01 for Norway (Forsinkelsesrenteloven "
            "§ 3a (standardkompensasjon; purregebyr som er betalt trekkes fra))"
        )
        self.assertEqual(self._todo(letter).summary, summary)
        # A manager enters the value (a test value, not a sourced one): a later letter claims it.
        self.env["account.dunning.compensation"].create(
            {
                "country_id": self.env.ref("base.no").id,
                "amount": 999,
                "currency_id": nok.id,
                "valid_from": date(2024, 7, 1),
                "valid_to": date(2024, 12, 31),
                "deducts_reminder_fees": True,
                "legal_source": "Forsinkelsesrenteloven § 3a (test value)",
            }
        )
        letter.action_compute_charges()
        self.assertEqual(
            self._charges(letter), [("compensation", 999.0, "NOK"), ("interest", 242.49, "NOK")]
        )

    def test_unconfirmed_standardkompensasjon_waits_for_a_confirmation(self):
        nok = self.setup_other_currency("NOK", rates=[("2000-01-01", 10.0)])
        row = self.env.ref("account_dunning.compensation_no_2025h1")
        row.confirmed = False
        self.assertEqual((row.amount, row.currency_id), (470.0, nok))
        self.assertTrue(row.confidence.startswith("official mirror"))
        norwegian = self._customer("base.no")
        self._invoice(norwegian, 10000, date(2025, 1, 31), currency=nok)
        self.run_dunning(date(2025, 3, 2))
        letter = self.letters(norwegian)
        # 01.02.-02.03.2025: 30 days at 12.50 %, 365 days: 37500 / 365 = 102.739726 -> 102.74
        self.assertEqual(self._charges(letter), [("interest", 102.74, "NOK")])
        self.assertTrue(
            self._todo(letter).summary.startswith(
                "Confirm the fixed compensation valid from 2025-01-01 for Norway"
            )
        )
        row.action_confirm()
        self.assertEqual(row.confirmed_by_id, self.env.user)
        letter.action_compute_charges()
        self.assertEqual(
            self._charges(letter), [("compensation", 470.0, "NOK"), ("interest", 102.74, "NOK")]
        )

    def test_shipped_norwegian_half_years_and_their_confidence(self):
        rows = self.env["account.dunning.compensation"].search(
            [("country_id", "=", self.env.ref("base.no").id)], order="valid_from"
        )
        self.assertEqual(
            [(str(r.valid_from), r.amount, r.confidence.split(" ")[0]) for r in rows],
            [
                ("2020-07-01", 430.0, "secondary"),
                ("2021-07-01", 400.0, "secondary"),
                ("2022-01-01", 390.0, "secondary"),
                ("2022-07-01", 400.0, "secondary"),
                ("2023-01-01", 410.0, "secondary"),
                ("2024-01-01", 470.0, "official"),
                ("2025-01-01", 470.0, "official"),
                ("2026-01-01", 460.0, "secondary"),
            ],
        )

    # ------------------------------------------------------------------ 3. Russia
    def test_ru_moratorium_spares_only_debts_that_arose_before_it(self):
        rub = self.setup_other_currency("RUB", rates=[("2000-01-01", 80.0)])
        russian = self._customer("base.ru")
        before = self._invoice(russian, 50000, date(2022, 3, 31), currency=rub)
        during = self._invoice(
            russian, 50000, date(2022, 4, 1), currency=rub, invoice_date=date(2022, 4, 1)
        )
        # Invoiced before the moratorium, due during it: the obligation arose at invoicing.
        invoiced_before = self._invoice(
            russian, 50000, date(2022, 4, 15), currency=rub, invoice_date=date(2022, 3, 25)
        )
        self.run_dunning(date(2022, 10, 20))
        letter = self.letters(russian)
        interest = {
            charge.move_id: charge.amount
            for charge in letter.charge_ids.filtered(lambda c: c.kind == "interest")
        }
        # Due 2022-03-31: 01.04.-01.10.2022 spared (Постановление № 497); 02.10.-20.10.
        #   19 days at 7.50 %: 50000 x 0.075 x 19 / 365 = 71250 / 365 = 195.205479 -> 195.21
        # Invoiced 2022-03-25, due 2022-04-15: arose before 2022-04-01, spared to 01.10. like
        #   the first: 19 days at 7.50 % -> 195.21 (before: accrued from 16.04., dated by its due
        #   date).
        # Invoiced and due 2022-04-01, a текущий платёж (Пленум ВС РФ № 44 п. 7): every day
        #   from 02.04.:
        #   9 x 20 % + 23 x 17 % + 23 x 14 % + 18 x 11 % + 41 x 9.5 % + 56 x 8 % + 32 x 7.5 %
        #   = 50000 x 21.685 / 365 = 1084250 / 365 = 2970.547945 -> 2970.55
        # Before: 195.21 on both (the window spared the debt that arose during it too).
        self.assertEqual(interest, {before: 195.21, during: 2970.55, invoiced_before: 195.21})
        self.assertEqual(letter.charge_ids.currency_id, rub)

    # ------------------------------------------------------------------ one source of truth
    def _shipped(self, model):
        data = self.env["ir.model.data"].search(
            [("module", "=", "account_dunning"), ("model", "=", model)]
        )
        return self.env[model].browse(data.mapped("res_id")).exists()

    def test_shipped_compensation_equals_the_core_table(self):
        """The fixed compensation shipped as data (what the add-on charges) and the core's table
        (what the core's tests check against worked examples) are the same values: a half-year
        added to one and not the other fails here."""
        shipped = {
            (
                rec.country_id.code or "EU",
                rec.currency_id.name,
                Decimal(str(rec.amount)),
                rec.valid_from or None,
                rec.valid_to or None,
                rec.replaces_fees,
                rec.deducts_reminder_fees,
                is_confirmed_confidence(rec.confidence),
            )
            for rec in self._shipped("account.dunning.compensation")
        }
        core = {
            (
                row.country,
                row.currency,
                row.amount,
                row.valid_from,
                row.valid_to,
                row.replaces_fees,
                row.deducts_reminder_fees,
                row.confirmed,
            )
            for row in COMPENSATIONS
        }
        self.assertEqual(shipped, core)
        self.assertEqual(len([row for row in core if row[0] == "NO"]), 8, "8 sourced half-years")

    def test_shipped_fee_caps_equal_the_core_table(self):
        shipped = {
            (cap.country, cap.fee_type, cap.currency, cap.amount, cap.valid_from, cap.valid_to)
            + (cap.requires_agreement, cap.min_days_overdue, cap.max_fees_per_claim)
            for cap in self._shipped("account.dunning.fee.cap")._to_core()
        }
        core = {
            (cap.country, cap.fee_type, cap.currency, cap.amount, cap.valid_from, cap.valid_to)
            + (cap.requires_agreement, cap.min_days_overdue, cap.max_fees_per_claim)
            for cap in LEGAL_CAPS
        }
        self.assertEqual(shipped, core)
