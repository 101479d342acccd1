# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 14 point 3: whose late-payment law applies to a claim (Rome I Regulation (EC)
593/2008), and point 7: one final demand per claim.

A Swedish company booking in SEK invoices its German customers in EUR. Rates: the shipped rows
(data/account.dunning.rate.period.csv), confirmed here as a manager would: Riksbank
referensränta 4.00 % from 2024-01-01 (räntelagen 9 §), Basiszinssatz 3.62 % from 2024-01-01
(BGB § 247). EUR per SEK: 0.085 until 2024-02-29, 0.09 from 2024-03-01 (the letter's date).

Every claim: 10,000.00 EUR due 2024-01-31, letter of 2024-03-01: 30 days of interest
(1 Feb - 1 Mar 2024), actual/365.
"""

from datetime import date
from html import unescape

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import DunningCase

DUE = date(2024, 1, 31)
LETTER_DAY = date(2024, 3, 1)


@tagged("post_install", "-at_install")
class TestApplicableLaw(DunningCase):
    chart_template = "generic_coa"  # l10n_se is not installed; the company is Swedish

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sek = cls.env.ref("base.SEK")
        cls.sek.active = True
        cls.eur = cls.env.ref("base.EUR")
        cls.eur.active = True
        cls.se_company = cls.setup_other_company(
            name="Skogsexport Test AB",
            country_id=cls.env.ref("base.se").id,
            currency_id=cls.sek.id,
        )["company"]
        cls.env.user.company_ids |= cls.se_company
        cls.eur.rate_ids.filtered(lambda r: r.company_id == cls.se_company).unlink()
        cls.env["res.currency.rate"].create(
            [
                {
                    "name": day,
                    "rate": rate,
                    "currency_id": cls.eur.id,
                    "company_id": cls.se_company.id,
                }
                for day, rate in (("2000-01-01", 0.085), ("2024-03-01", 0.09))
            ]
        )
        for xmlid in ("rate_se_riksbank_reference_2024_01_01", "rate_de_basiszinssatz_2024_01_01"):
            cls.env.ref(f"account_dunning.{xmlid}").confirmed = True
        cls.se_policy = cls._make_policy(cls.se_company, allow_level_jump=True)
        cls.final = cls.se_policy.level_ids.sorted("sequence")[2]
        cls.final.write({"claim_interest": True, "claim_compensation": True, "deadline_days": 5})

    def _customer(self, name, country="base.de", is_company=True, **values):
        return self.env["res.partner"].create(
            {
                "name": name,
                "is_company": is_company,
                "country_id": self.env.ref(country).id,
                **values,
            }
        )

    def _letter(self, customer, currency=None):
        self._invoice(customer, 10000, DUE, currency=currency or self.eur, company=self.se_company)
        self.run_dunning(LETTER_DAY, company=self.se_company)
        letter = self.letters(customer, company=self.se_company)
        self.assertEqual(len(letter), 1)
        self.assertEqual(letter.level_id, self.final)
        return letter

    def _charges(self, letter):
        return [
            (charge.kind, charge.amount, charge.currency_id.name)
            for charge in letter.charge_ids.sorted(lambda c: (c.kind, c.id))
        ]

    def _html(self, letter):
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_dunning_letter", letter.ids
        )
        return unescape(html.decode()).replace("\xa0", " ")

    def test_german_business_of_a_swedish_company_gets_swedish_law_art_4(self):
        customer = self._customer("Müller GmbH")
        country, law = customer._dunning_applicable_law(self.se_company)
        self.assertEqual((country.code, law.reason), ("SE", "seller"))
        letter = self._letter(customer)
        # Before: BGB § 288 (3.62 + 9 %) and 40 EUR, the debtor's country's law.
        # Räntelagen 6 §: referensränta 4.00 + 8 = 12.00 %: 10,000 x 12 x 30 / 36,500 =
        # 98.630137 -> 98.63 EUR. Lag (1981:739) 4 a §: 450 kr förseningsersättning.
        self.assertEqual(
            self._charges(letter), [("compensation", 450.0, "SEK"), ("interest", 98.63, "EUR")]
        )
        compensation = letter.charge_ids.filtered(lambda c: c.kind == "compensation")
        self.assertIn("1981:739", compensation.legal_source)
        self.assertIn(
            "Räntelagen (1975:635) 6 §",
            letter.charge_ids.filtered("interest_line_ids").legal_source,
        )
        self.assertEqual(letter.charge_ids.interest_line_ids.rate, 12.0)
        # The customer pays in EUR: 450 SEK at the letter date's 0.09 = 40.50 EUR (38.25 at the
        # rate before): 10,000.00 + 98.63 + 40.50 = 10,139.13 EUR. The company sees 98.63 EUR =
        # 1,095.89 SEK + 450.00 SEK = 1,545.89 SEK of charges.
        self.assertEqual(letter.currency_id, self.eur)
        self.assertEqual(letter.amount_to_pay_currency, 10139.13)
        self.assertEqual(letter.amount_charges, 1545.89)
        # Swedish deadlines and passages: an inkassokrav gives at least 8 days from sending
        # (the level's 5 days are too few): sent 2024-03-01, pay by 2024-03-09.
        self.assertEqual(letter._legal_section(), "se_inkassokrav")
        with freeze_time(LETTER_DAY):
            letter.action_mark_sent()
        self.assertEqual(letter.deadline_date, date(2024, 3, 9))
        self.assertEqual(
            letter._applicable_law_text(),
            "Applicable law: Swedish law (seller's country, Rome I art. 4).",
        )
        html = self._html(letter)
        self.assertIn("Applicable law: Swedish law (seller's country, Rome I art. 4).", html)
        self.assertIn("Collection demand under section 5 of the Swedish Debt Collection Act", html)
        self.assertNotIn("section 286 German Civil Code", html)

    def test_contract_choice_of_german_law_gets_bgb_288_art_3(self):
        customer = self._customer("Schmidt AG", dunning_governing_law_id=self.env.ref("base.de").id)
        letter = self._letter(customer)
        # BGB § 288 Abs. 2: Basiszinssatz 3.62 + 9 = 12.62 %: 10,000 x 12.62 x 30 / 36,500 =
        # 103.726027 -> 103.73 EUR; § 288 Abs. 5: 40 EUR Pauschale. No Swedish 450 kr.
        self.assertEqual(
            self._charges(letter), [("compensation", 40.0, "EUR"), ("interest", 103.73, "EUR")]
        )
        interest = letter.charge_ids.filtered("interest_line_ids")
        self.assertIn("BGB § 288 Abs. 2", interest.legal_source)
        self.assertEqual(letter.amount_to_pay_currency, 10143.73)
        # German law sets no minimum: the level's 5 days from sending stand.
        self.assertEqual(letter._legal_section(), "de_final")
        with freeze_time(LETTER_DAY):
            letter.action_mark_sent()
        self.assertEqual(letter.deadline_date, date(2024, 3, 6))
        html = self._html(letter)
        self.assertIn(
            "Applicable law: German law (choice of law in the contract, Rome I art. 3).", html
        )
        # A business is in default since the due date (BGB § 286 Abs. 2 and 3), as the interest
        # claimed from 1 Feb assumes.
        self.assertIn("in default since the due dates of the invoices listed", html)

    def test_german_consumer_keeps_german_consumer_law_art_6(self):
        # A choice of Swedish law in the contract cannot take away the German statutory
        # minimums (Rome I art. 6(2)).
        consumer = self._customer(
            "Erika Mustermann",
            is_company=False,
            dunning_governing_law_id=self.env.ref("base.se").id,
        )
        self._invoice(consumer, 10000, DUE, currency=self.eur, company=self.se_company)
        self.run_dunning(date(2024, 2, 1), company=self.se_company)
        reminder = self.letters(consumer, company=self.se_company)
        # A consumer is in default by the first reminder (BGB § 286 Abs. 1): it claims none.
        self.assertEqual(self._charges(reminder), [])
        with freeze_time("2024-02-01"):
            reminder.action_mark_sent()
        self.run_dunning(LETTER_DAY, company=self.se_company)
        letter = self.letters(consumer, company=self.se_company) - reminder
        self.assertEqual(letter.level_id, self.final)
        # BGB § 288 Abs. 1 from the day after the reminder: 2 Feb - 1 Mar 2024, 29 days at
        # 3.62 + 5 = 8.62 %: 10,000 x 8.62 x 29 / 36,500 = 68.487671 -> 68.49 EUR; no Pauschale
        # from a consumer (§ 288 Abs. 5 applies to non-consumers).
        self.assertEqual(self._charges(letter), [("interest", 68.49, "EUR")])
        self.assertIn("BGB § 288 Abs. 1", letter.charge_ids.legal_source)
        self.assertEqual(letter.amount_to_pay_currency, 10068.49)
        self.assertIn(
            "you have been in default since our reminder of 02/01/2024", self._html(letter)
        )
        self.assertEqual(
            letter._applicable_law_text(),
            "Applicable law: German law (consumer's country, Rome I art. 6).",
        )

    def test_company_setting_customer_country_switches_businesses_back(self):
        settings = (
            self.env["res.config.settings"]
            .with_company(self.se_company)
            .create({"dunning_business_law": "customer"})
        )
        settings.execute()
        self.assertEqual(self.se_company.dunning_business_law, "customer")
        customer = self._customer("Weber KG")
        letter = self._letter(customer)
        # The customer's country's law: BGB § 288 Abs. 2 (103.73 EUR) and 40 EUR.
        self.assertEqual(
            self._charges(letter), [("compensation", 40.0, "EUR"), ("interest", 103.73, "EUR")]
        )
        self.assertEqual(
            letter._applicable_law_text(), "Applicable law: German law (customer's country)."
        )

    def test_domestic_claim_in_the_company_currency_needs_no_law_line(self):
        customer = self._customer("Norrlands Trävaror AB", country="base.se")
        letter = self._letter(customer, currency=self.sek)
        # 10,000 SEK x 12.00 % x 30 / 36,500 = 98.630137 -> 98.63 SEK, and the 450 kr
        # förseningsersättning: 10,548.63 SEK.
        self.assertEqual(
            self._charges(letter), [("compensation", 450.0, "SEK"), ("interest", 98.63, "SEK")]
        )
        self.assertEqual(letter.amount_to_pay_currency, 10548.63)
        self.assertEqual(letter._applicable_law_text(), "")
        self.assertNotIn("Applicable law", self._html(letter))

    def test_governing_law_is_changed_by_managers_only(self):
        collector = new_test_user(
            self.env,
            login="law_collector",
            groups="account.group_account_invoice,account_dunning.group_dunning_collector",
            company_ids=[(6, 0, self.se_company.ids)],
            company_id=self.se_company.id,
        )
        customer = self._customer("Klein GmbH")
        with self.assertRaises(AccessError):
            customer.with_user(collector).write(
                {"dunning_governing_law_id": self.env.ref("base.de").id}
            )
        customer.dunning_governing_law_id = self.env.ref("base.de")
        self.assertEqual(customer._dunning_law_country(self.se_company).code, "DE")


@tagged("post_install", "-at_install")
class TestOneFinalDemandPerClaim(DunningCase):
    """A final demand is final: one per claim (issue 14 point 7)."""

    def test_a_second_final_level_is_stepped_over_and_the_invoice_held(self):
        # The test ladder: final demand at 30 days, pre-legal notice at 60, agency at 90. A
        # company that also marked its pre-legal notice as a final demand.
        self.level(4).is_final_demand = True
        customer = self.partner_a
        invoice = self._invoice(customer, 1000, date(2026, 1, 1))
        for day in (date(2026, 1, 2), date(2026, 1, 15), date(2026, 1, 31)):
            self.run_dunning(day)
            with freeze_time(day):
                self.letters(customer)[-1:].action_mark_sent()
        self.assertEqual(self.letters(customer)[-1].level_id, self.level(3))
        # Day 61 (2026-03-03): before, a second final demand (the notice); now the invoice is
        # held at its final demand with the reason, until the agency level on day 90.
        stats = self.run_dunning(date(2026, 3, 3))
        self.assertEqual(len(self.letters(customer)), 3)
        self.assertEqual(stats["skip_final_demand_sent"], 1)
        self.assertIn(
            "final demand was sent",
            self.env["account.dunning.engine"]._skip_label("final_demand_sent"),
        )
        self.assertEqual(customer.with_company(self.company).dunning_next_date, date(2026, 4, 1))
        self.run_dunning(date(2026, 4, 1))
        last = self.letters(customer)[-1]
        self.assertEqual(len(self.letters(customer)), 4)
        self.assertEqual(last.level_id, self.level(5))
        self.assertEqual(last.line_ids.move_id, invoice)
