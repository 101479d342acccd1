# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The Russian pre-trial claim (претензия) to a business debtor: what it must carry.

Practice (shared/legal/letters.md, Russia): the title ПРЕТЕНЗИЯ, "Исх. № … от …", the contract
the claim rests on (№, дата), the debt and interest under ст. 395 ГК РФ "по день фактической
уплаты" (п. 3 ст. 395), the creditor's реквизиты (получатель, ИНН/КПП, р/с, банк, БИК, к/с), the
signature with name and position of the signatory and the list of enclosures (приложения).
"""

from odoo import models


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    def _ru_claim(self):
        """What the претензия prints beside the letter, or {} when the letter is none."""
        self.ensure_one()
        if self._legal_section() != "ru_claim":
            return {}
        company = self.company_id
        customer = self.partner_id.commercial_partner_id
        account = company.partner_id.bank_ids[:1]
        bank = account.bank_id
        invoices = self.line_ids.filtered(lambda line: not line.is_charges).move_id.sorted("name")
        interest = self.charge_ids.filtered(lambda c: not c.waived and c.interest_line_ids)
        contract = (customer.dunning_contract_ref or "").strip()
        inn_kpp = " / ".join(value for value in (company.vat, company.dunning_kpp) if value)
        return {
            "contract": contract,
            "invoices": [
                (invoice.name, self._nowrap(self._format_date(invoice.invoice_date)))
                for invoice in invoices
            ],
            "recipient": company.name or "",
            "inn_kpp": inn_kpp,
            "account": account.acc_number or "",
            "bank": bank.name or "",
            "bic": bank.bic or "",
            "corr_account": bank.dunning_corr_account or "",
            "invoice_count": len(invoices),
            "interest": bool(interest),
        }
