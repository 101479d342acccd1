# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The language of what a run writes for the collectors.

Chatter notes and activities of a dunning run are read by the company's collectors: they are
written in the company's language, not in that of the user the job runs as (the scheduler's is
English). Customer-facing text keeps the customer's language (letters, charges, emails).
"""

from odoo import api, models


class AccountDunningEngine(models.AbstractModel):
    _inherit = "account.dunning.engine"

    @api.model
    def _in_company_lang(self, company):
        """This engine with ``company``'s language in its context."""
        return self.with_context(lang=company.partner_id.lang or self.env.lang)

    @api.model
    def _by_company_lang(self, records):
        """``records`` (plans, promises) per company, each in its company's language."""
        for company, part in records.grouped("company_id").items():
            yield part.with_context(lang=company.partner_id.lang or self.env.lang)
