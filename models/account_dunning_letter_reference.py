# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The letter's payment reference: bank-ready, printed and in the QR code.

One invoice: that invoice's own payment reference, as Odoo built it with its journal's
communication standard. Several invoices: one reference for the letter, built with the standard of
the invoices' journal from the letter number (RF for "European", KID for Norway, OCR for Sweden,
the Finnish reference for Finland); otherwise the plain letter number. A reference is labelled
KID, OCR or RF only when it is one (check digits in ``dunning_core.payment_reference``).
"""

import logging

from odoo import models
from odoo.exceptions import UserError

from odoo.addons.account.tools import format_structured_reference_iso

from ..dunning_core import payment_reference as pref

_logger = logging.getLogger(__name__)


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    def _payment_reference(self):
        """{'reference': text to quote, 'kind': 'rf' | 'kid' | 'ocr' | ''} ('' = no standard)."""
        self.ensure_one()
        invoices = self.line_ids.filtered(lambda line: not line.is_charges).move_id
        references = {inv.payment_reference or inv.name for inv in invoices}
        journals = invoices.journal_id
        model = journals.invoice_reference_model if len(journals) == 1 else False
        if len(references) == 1:
            # One invoice, or invoices that share their customer's reference ("partner" type).
            reference = references.pop()
            return {"reference": reference, "kind": self._payment_reference_kind(reference, model)}
        reference = self._letter_structured_reference(model, invoices[:1]) if model else False
        if reference:
            return {"reference": reference, "kind": self._payment_reference_kind(reference, model)}
        return {"reference": self.name, "kind": ""}

    def _letter_structured_reference(self, model, invoice):
        """A reference for the whole letter in the journal's standard ``model``, or False."""
        digits = pref.digits_of(self.name) or str(self.id)
        try:
            if model == "euro":
                return format_structured_reference_iso(digits)
            if model == "no":
                # l10n_no builds its KID with a MOD10 (Luhn) check digit; so does the letter.
                return pref.kid_mod10(digits)
            if model == "se_ocr3":
                # Odoo's own level-3 helper takes the first digit of the length; Bankgirot wants
                # its last one (12 digits -> "2"), so the letter uses the core's.
                return pref.ocr_with_length(digits)
            if model in ("se_ocr2", "se_ocr4"):
                return getattr(invoice, f"_get_invoice_reference_{model}")(digits)
            if model in ("fi", "fi_rf"):
                suffix = "_rf" if model == "fi_rf" else ""
                return getattr(invoice, f"compute_payment_reference_finnish{suffix}")(self.name)
        except (UserError, ValueError, AttributeError) as error:
            # e.g. a fixed OCR length (level 4) shorter than the letter number
            _logger.info("letter %s: no %s reference (%s)", self.name, model, error)
        return False

    def _payment_reference_kind(self, reference, model):
        if pref.is_valid_rf(reference):
            return "rf"
        if model == "no" and pref.is_valid_kid(reference):
            return "kid"
        if model and model.startswith("se_ocr") and pref.is_valid_ocr(reference):
            return "ocr"
        return ""

    def _payment_qr(self):
        """Odoo's payment QR code for the company's bank account with the letter's reference."""
        self.ensure_one()
        bank = self.company_id.partner_id.bank_ids[:1]
        if not bank or self.amount_to_pay_currency <= 0:
            return None
        reference = self._payment_reference()["reference"]
        return bank.build_qr_code_base64(
            self.amount_to_pay_currency,
            reference,
            reference,
            self.currency_id,
            self.partner_id,
            silent_errors=True,
        )
