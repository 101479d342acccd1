# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The letter's payment reference: the invoice's own, or one for the letter in the journal's
standard (KID, OCR, RF), labelled so only when it is one, and the same in the QR code."""

from contextlib import contextmanager
from datetime import timedelta
from unittest.mock import patch

from odoo import Command
from odoo.tests import tagged

from ..dunning_core import payment_reference as pref
from .common import D0, DunningCase
from .test_letter import _text


def make_letter(case, invoices, level, name="DUN/2026/00020", days=20):
    """A letter of ``level`` over ``invoices`` (one customer), dated ``days`` after D0."""
    lines = []
    for invoice in invoices:
        item = invoice.line_ids.filtered(lambda aml: aml.account_type == "asset_receivable")
        lines.append(
            Command.create(
                {
                    "kind": "overdue",
                    "move_line_id": item.id,
                    "move_id": invoice.id,
                    "level_id": level.id,
                    "date_maturity": D0,
                    "days_overdue": days,
                    "currency_id": invoice.currency_id.id,
                    "amount_original": invoice.amount_total,
                    "amount_residual_currency": invoice.amount_residual,
                    "amount_residual": invoice.amount_residual_signed,
                }
            )
        )
    return case.env["account.dunning.letter"].create(
        {
            "company_id": case.company.id,
            "partner_id": invoices.partner_id.id,
            "contact_id": invoices.partner_id.id,
            "policy_id": level.policy_id.id,
            "level_id": level.id,
            "date": D0 + timedelta(days=days),
            "deadline_date": D0 + timedelta(days=days + 14),
            "name": name,
            "line_ids": lines,
        }
    )


def render_text(env, letter):
    html, _type = env["ir.actions.report"]._render_qweb_html(
        "account_dunning.action_report_dunning_letter", letter.ids
    )
    return _text(html)


@tagged("post_install", "-at_install")
class TestLetterPaymentReference(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("nb_NO")
        cls.env["res.lang"]._activate_lang("sv_SE")
        cls.journal = cls.company_data["default_journal_sale"]
        cls.nok = cls.setup_other_currency("NOK", rates=[("2000-01-01", 8.0), (D0, 10.0)])
        cls.bank = cls.env["res.partner.bank"].create(
            {"acc_number": "NO9386011117947", "partner_id": cls.company.partner_id.id}
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Nordlicht Handel AS",
                "is_company": True,
                "lang": "nb_NO",
                "country_id": cls.env.ref("base.no").id,
            }
        )

    @contextmanager
    def _model(self, model, label):
        """The journal on a localisation's standard (l10n_no, l10n_se are not installed here)."""
        field = self.env["account.journal"]._fields["invoice_reference_model"]
        with (
            patch.object(field, "selection", [*field.selection, (model, label)]),
            patch.object(field, "_selection", {**field._selection, model: label}),
        ):
            self.journal.invoice_reference_model = model
            yield
            self.journal.invoice_reference_model = "odoo"

    def _letter(self, invoices, name="DUN/2026/00020"):
        return make_letter(self, invoices, self.level(1), name=name)

    def _render(self, letter):
        return render_text(self.env, letter)

    def _qr_reference(self, letter):
        """The references handed to Odoo's QR code builder for the letter."""
        bank_class = type(self.env["res.partner.bank"])
        with patch.object(bank_class, "build_qr_code_base64", autospec=True) as build:
            build.return_value = None
            letter._payment_qr()
        (_bank, amount, free, structured, currency, debtor), _kw = build.call_args
        self.assertEqual(debtor, letter.partner_id)
        return amount, free, structured, currency

    def test_norwegian_letter_over_two_invoices_prints_a_valid_kid(self):
        invoices = self._invoice(self.customer, 1000, D0, currency=self.nok) | self._invoice(
            self.customer, 250, D0, currency=self.nok
        )
        with self._model("no", "Norway"):
            letter = self._letter(invoices)
            reference = letter._payment_reference()
            # "DUN/2026/00020" -> 202600020 + MOD10 check digit
            self.assertEqual(reference, {"reference": "2026000204", "kind": "kid"})
            self.assertTrue(pref.is_valid_kid("2026000204"))
            text = self._render(letter)
            self.assertIn("KID: 2026000204", text)
            self.assertNotIn("KID: DUN", text)
            amount, free, structured, currency = self._qr_reference(letter)
        self.assertEqual((free, structured), ("2026000204", "2026000204"))
        self.assertEqual(amount, 1250.0)
        self.assertEqual(currency, self.nok)

    def test_one_invoice_keeps_its_own_kid(self):
        invoice = self._invoice(self.customer, 1000, D0)
        # As l10n_no builds it: partner id (7) + invoice number (7) + Luhn digit.
        kid = pref.kid_mod10("0000042" + "0000017")
        invoice.payment_reference = kid
        with self._model("no", "Norway"):
            letter = self._letter(invoice)
            self.assertEqual(letter._payment_reference(), {"reference": kid, "kind": "kid"})
            self.assertIn(f"KID: {kid}", self._render(letter))

    def test_a_reference_that_is_no_kid_is_not_labelled_kid(self):
        invoice = self._invoice(self.customer, 1000, D0)
        with self._model("no", "Norway"):
            letter = self._letter(invoice)
            self.assertEqual(letter._payment_reference(), {"reference": invoice.name, "kind": ""})
            text = self._render(letter)
        self.assertNotIn("KID", text)
        self.assertIn(f"Betalingsreferanse: {invoice.name}", text)

    def test_fallback_is_the_letter_number_without_a_kid_label(self):
        invoices = self._invoice(self.customer, 1000, D0) | self._invoice(self.customer, 5, D0)
        letter = self._letter(invoices)
        self.assertEqual(letter._payment_reference(), {"reference": "DUN/2026/00020", "kind": ""})
        text = self._render(letter)
        self.assertIn("Betalingsreferanse: DUN/2026/00020", text)
        for label in ("KID", "OCR", "RF"):
            self.assertNotIn(label, text)
        self.assertEqual(self._qr_reference(letter)[1:3], ("DUN/2026/00020", "DUN/2026/00020"))

    def test_european_journal_gives_rf_references(self):
        self.journal.invoice_reference_model = "euro"
        invoice = self._invoice(self.customer, 1000, D0)
        self.assertTrue(pref.is_valid_rf(invoice.payment_reference))
        one = self._letter(invoice, name="DUN/2026/00021")
        self.assertEqual(
            one._payment_reference(), {"reference": invoice.payment_reference, "kind": "rf"}
        )
        # The Norwegian letter: "Kreditorreferanse (RF)", the ISO 11649 label in Norwegian.
        self.assertIn(f"Kreditorreferanse (RF): {invoice.payment_reference}", self._render(one))
        two = self._letter(invoice | self._invoice(self.customer, 80, D0))
        reference = two._payment_reference()
        self.assertEqual(reference["kind"], "rf")
        self.assertEqual(reference["reference"], pref.rf_reference("202600020"))
        self.assertTrue(pref.is_valid_rf(reference["reference"]))
        self.assertEqual(self._qr_reference(two)[2], reference["reference"])

    def test_swedish_ocr_with_length_digit(self):
        invoices = self._invoice(self.customer, 1000, D0) | self._invoice(self.customer, 5, D0)
        with self._model("se_ocr3", "Sweden OCR Level 3"):
            letter = self._letter(invoices)
            # 202600020 + length digit 1 (11 digits) + Luhn digit
            self.assertEqual(
                letter._payment_reference(), {"reference": "20260002017", "kind": "ocr"}
            )
            self.assertTrue(pref.is_valid_ocr("20260002017", length_digit=True))
            self.assertIn("OCR: 20260002017", self._render(letter))
