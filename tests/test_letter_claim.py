# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The Russian pre-trial claim (претензия) to a business debtor: title, outgoing number, the
contract it rests on, interest to the day of payment, the creditor's details, the enclosures
and the signature with position; none of it on other letters."""

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import D0, DunningCase
from .test_letter_reference import make_letter, render_text


@tagged("post_install", "-at_install")
class TestRussianClaim(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write({"vat": "7707083893", "dunning_kpp": "773601001"})
        bank = cls.env["res.bank"].create(
            {
                "name": "ПАО Сбербанк",
                "bic": "044525225",
                "dunning_corr_account": "30101810400000000225",
            }
        )
        cls.env["res.partner.bank"].create(
            {
                "acc_number": "40702810900000012345",
                "bank_id": bank.id,
                "partner_id": cls.company.partner_id.id,
            }
        )
        cls.env.user.partner_id.function = "Chief Accountant"
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "OOO Romashka",
                "is_company": True,
                "lang": "en_US",
                "country_id": cls.env.ref("base.ru").id,
                "dunning_collector_id": cls.env.user.id,
            }
        )
        cls.final = cls.levels[2]

    def _claim(self, **partner):
        self.customer.write(partner)
        invoices = self._invoice(self.customer, 1000, D0) | self._invoice(self.customer, 250, D0)
        letter = make_letter(self, invoices, self.final, name="DUN/2026/00030", days=30)
        return letter, invoices, render_text(self.env, letter)

    def test_claim_on_a_contract(self):
        letter, _invoices, text = self._claim(dunning_contract_ref="15/2025 of 10.01.2025")
        self.assertEqual(letter._legal_section(), "ru_claim")
        self.assertIn(
            "PRE-TRIAL CLAIM Outgoing No. DUN/2026/00030 of 04/01/2026 Pay by: 04/15/2026", text
        )
        self.assertNotIn("Reference:", text)
        self.assertNotIn("Final demand", text)
        self.assertIn("The claim arises from contract No. 15/2025 of 10.01.2025.", text)
        self.assertIn(
            "Interest under Article 395 of the Civil Code of the Russian Federation runs until "
            "the day the debt is actually paid (Article 395(3)); the amount above is calculated "
            "up to the date of this claim.",
            text,
        )
        self.assertIn(
            "Payment details of the creditor: Recipient company_1_data INN / KPP 7707083893 / "
            "773601001 Settlement account 40702810900000012345 Bank ПАО Сбербанк BIC 044525225 "
            "Correspondent account 30101810400000000225",
            text,
        )
        self.assertIn("Enclosures: Copies of the invoices (2) Copy of the contract", text)
        self.assertNotIn("Calculation of the interest", text)
        self.assertIn("_________________________ " + self.env.user.name + " Chief Accountant", text)

    def test_claim_without_contract_cites_the_invoices(self):
        _letter, invoices, text = self._claim(dunning_contract_ref=False)
        first, second = invoices.sorted("name")
        self.assertIn(
            f"The claim arises from the invoices {first.name} of 01/31/2026, {second.name} of "
            "01/31/2026.",
            text,
        )
        self.assertIn("Enclosures: Copies of the invoices (2)", text)
        self.assertNotIn("Copy of the contract", text)

    def test_no_claim_for_consumers_or_other_countries(self):
        for values in (
            {"is_company": False},
            {"is_company": True, "country_id": self.env.ref("base.de").id},
        ):
            with self.subTest(**values):
                letter, _invoices, text = self._claim(**values)
                self.assertEqual(letter._ru_claim(), {})
                for phrase in ("PRE-TRIAL CLAIM", "Outgoing No.", "Enclosures", "INN / KPP"):
                    self.assertNotIn(phrase, text)
                self.assertNotIn("_____", text)

    def test_kpp_and_correspondent_account_are_checked(self):
        with self.assertRaisesRegex(ValidationError, "KPP of .* must be 9 digits"):
            self.company.dunning_kpp = "77360100"
        with self.assertRaisesRegex(ValidationError, "Correspondent Account of .* 20 digits"):
            self.env["res.bank"].create({"name": "X", "dunning_corr_account": "3010181040"})
