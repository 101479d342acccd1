# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .account_dunning_receivable_report import AGEING_BUCKETS


class ReportAccountDunningStatement(models.AbstractModel):
    _name = "report.account_dunning.report_dunning_statement"
    _description = "Customer Statement of Account"

    @api.model
    def _statement(self, partner, company):
        """Open items, their total and the ageing of one customer in one company, live.

        Amounts in company currency; each item also in its own currency. Labels in the
        customer's language.
        """
        lang = partner.lang or self.env.lang or "en_US"
        Report = self.env["account.dunning.receivable.report"].with_context(lang=lang)
        items = Report.search(
            [("partner_id", "=", partner.id), ("company_id", "=", company.id)],
            order="date_maturity, id",
        )
        labels = dict(Report._fields["ageing_bucket"]._description_selection(Report.env))
        ageing = {code: 0.0 for code, _label in AGEING_BUCKETS}
        for item in items:
            ageing[item.ageing_bucket] += item.amount_residual
        currency = company.currency_id
        return {
            "items": items,
            "invoices": items.filtered(lambda rec: rec.amount_residual > 0),
            "credits": items.filtered(lambda rec: rec.amount_residual < 0),
            "ageing": [
                (code, labels[code], currency.round(ageing[code])) for code, _l in AGEING_BUCKETS
            ],
            "total": currency.round(sum(items.mapped("amount_residual"))),
            "total_overdue": currency.round(sum(items.mapped("amount_overdue"))),
            "currency": currency,
            "company": company,
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        partners = self.env["res.partner"].browse(docids).commercial_partner_id
        company = self.env.company
        return {
            "doc_ids": partners.ids,
            "doc_model": "res.partner",
            "docs": partners,
            "company": company,
            "statement_date": fields.Date.context_today(self),
            "statements": {partner.id: self._statement(partner, company) for partner in partners},
        }
