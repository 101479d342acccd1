# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Letters and legal values that are missing or do not apply (issue 14, points 8 and 9).

Neither blocks the letter: a missing fixed compensation leaves out only that line, a non-euro
EU member state without a rule gets no statutory interest; in both cases the managers get a
to-do saying which value or rule to add.
"""

from odoo import models


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    def _law_country(self):
        self.ensure_one()
        return self.partner_id._dunning_law_country(self.company_id)  # Rome I

    def _directive_minimum_source(self, kind="interest"):
        """The legal basis of an EU-default charge, in the customer's language."""
        self.ensure_one()
        return self.env["account.dunning.interest.rule"]._directive_minimum_text(
            self._law_country(), self._lang(), kind
        )

    def _compensation_waits(self, error):
        """``MissingCompensationPeriod``: the line is left out, the managers are asked."""
        self.ensure_one()
        compensation = self.env["account.dunning.compensation"]
        summary = compensation._missing_summary(error)
        note = self.env._(
            "The fixed compensation is not claimed on this letter: %(summary)s (Configuration > "
            "Dunning > Fixed Compensation). The interest and fees are claimed; a later letter "
            "claims the compensation once the value is entered or confirmed.",
            summary=summary,
        )
        compensation._ask_managers_on(self, summary, note)

    def _no_interest_rule(self, is_business):
        """No rule of the customer's law: for a member state outside the euro area, ask the
        managers for one (the directive's ECB-based default does not apply there)."""
        self.ensure_one()
        country = self._law_country()
        decision = self.env["account.dunning.interest.rule"]._directive_fallback(
            country, is_business, self.date
        )
        if not decision.ask_manager:
            return
        summary = self.env._("Add an interest rule for %(country)s", country=country.name)
        note = self.env._(
            "No statutory interest is claimed from %(customer)s: %(country)s is an EU member "
            "state outside the euro area (or its adoption of the euro is not confirmed), and "
            "the ECB-based default of Directive 2011/7/EU applies to euro-area states only. "
            "Add an interest rule with the reference rate of %(country)s (Configuration > "
            "Dunning > Interest Rules).",
            customer=self.partner_id.commercial_partner_id.name,
            country=country.name,
        )
        self.env["account.dunning.compensation"]._ask_managers_on(self, summary, note)

    # ------------------------------------------------------------------ charges at sending
    def _set_send_dates(self):
        """A letter sent on a later day than drafted claims its charges as of the sending day:
        interest up to that day, fees and their caps in force then (in the invoices' currency,
        as ``account.dunning.charge`` computes them). A legal value missing on the new date
        stops the sending with the reason (never the drafting day's figures)."""
        drafted = {letter.id: letter.date for letter in self}
        result = super()._set_send_dates()
        moved = self.filtered(
            lambda rec: rec.state in ("draft", "to_send")
            and drafted.get(rec.id)
            and rec.date != drafted[rec.id]
        )
        if moved:
            self.env["account.dunning.charge"]._compute_for_letters(moved, raise_missing=True)
            for letter in moved:
                letter.message_post(
                    body=self.env._(
                        "Charges recomputed for the sending date %(date)s (drafted on "
                        "%(drafted)s): interest up to the sending date, fees and legal caps in "
                        "force on it.",
                        date=letter._format_date(letter.date),
                        drafted=letter._format_date(drafted[letter.id]),
                    )
                )
        return result
