# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 14: a letter sent on a later day than drafted claims its charges as of the sending
day (interest up to it, fee caps in force on it), in the invoice's currency."""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo.tests import tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestChargesAtSending(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 2.0)])
        cls.nok = cls.setup_other_currency("NOK", rates=[("2000-01-01", 10.0)])
        cls.levels[0].claim_interest = True

    def _customer(self, country):
        return self.env["res.partner"].create(
            {"name": country, "is_company": True, "country_id": self.env.ref(country).id}
        )

    def _interest(self, letter):
        return letter.charge_ids.filtered(lambda c: c.kind == "interest")

    def test_interest_up_to_the_sending_day_in_the_invoice_currency(self):
        german = self._customer("base.de")
        self._invoice(german, 10000, D0, currency=self.eur)
        drafted = D0 + timedelta(days=10)
        self.run_dunning(drafted)
        letter = self.letters(german)
        # BGB § 288 Abs. 2: Basiszinssatz 1.27 (2026-01-01) + 9 = 10.27 %, actual/365:
        #   03.03.-12.03.2026: 10 days: 10000 x 0.1027 x 10 / 365 = 10270 / 365 = 28.136986
        self.assertEqual(
            (self._interest(letter).amount, self._interest(letter).currency_id), (28.14, self.eur)
        )
        # Sent three days later (D+3): 13 days: 13351 / 365 = 36.578082 -> 36.58 EUR, i.e.
        # three days higher (3 x 2.813699 = 8.44). Before: 28.14 went out on 2026-03-15.
        with freeze_time(drafted + timedelta(days=3)):
            letter.action_mark_sent()
        interest = self._interest(letter)
        self.assertEqual(letter.date, drafted + timedelta(days=3))
        self.assertEqual((interest.amount, interest.currency_id), (36.58, self.eur))
        self.assertEqual(interest.interest_line_ids.date_to, drafted + timedelta(days=3))
        self.assertEqual(interest.interest_line_ids.days, 13)
        self.assertEqual(letter.state, "sent")
        self.assertTrue(
            any(
                "Charges recomputed for the sending date" in b
                for b in letter.message_ids.mapped("body")
            )
        )

    def test_sent_on_the_drafting_day_keeps_its_charges(self):
        german = self._customer("base.de")
        self._invoice(german, 10000, D0, currency=self.eur)
        drafted = D0 + timedelta(days=10)
        self.run_dunning(drafted)
        letter = self.letters(german)
        charge = self._interest(letter)
        with freeze_time(drafted):
            letter.action_mark_sent()
        self.assertEqual(self._interest(letter), charge, "not recomputed")
        self.assertEqual(charge.amount, 28.14)

    def test_fee_cap_and_rate_of_the_sending_day(self):
        with freeze_time("2025-03-01"):
            rule = self.env["account.dunning.fee.rule"].create(
                {
                    "name": "Purregebyr",
                    "kind": "fixed",
                    "amount": 35,
                    "currency_id": self.nok.id,
                    "min_days_overdue": 14,
                    "max_fees_per_claim": 2,
                    "country_id": self.env.ref("base.no").id,
                }
            )
        self.level(1).write({"charge_fee": True, "fee_rule_id": rule.id})
        norwegian = self._customer("base.no")
        self._invoice(norwegian, 10000, date(2025, 12, 1), currency=self.nok)
        self.run_dunning(date(2025, 12, 30))
        letter = self.letters(norwegian)
        # Drafted 2025-12-30: purregebyr 35 NOK (cap 35 NOK to 2025-12-31) and forsinkelsesrente
        #   02.12.-30.12.2025: 29 days at 12.25 %: 10000 x 0.1225 x 29 / 365 = 97.328767 -> 97.33
        self.assertEqual(
            sorted((c.kind, c.amount, c.currency_id.name) for c in letter.charge_ids),
            [("fee", 35.0, "NOK"), ("interest", 97.33, "NOK")],
        )
        with freeze_time("2026-01-02"):
            letter.action_mark_sent()
        # Sent 2026-01-02: the 2026 purregebyr cap is not confirmed, so no fee; interest
        #   02.12.-31.12.2025: 30 days at 12.25 %: 36750 / 365 = 100.684932
        #   01.01.-02.01.2026:  2 days at 12.00 %:  2400 / 365 =   6.575342
        #   total 107.260274 -> 107.26 NOK
        self.assertEqual(
            sorted((c.kind, c.amount, c.currency_id.name) for c in letter.charge_ids),
            [("interest", 107.26, "NOK")],
        )
        self.assertEqual(letter.date, date(2026, 1, 2))
