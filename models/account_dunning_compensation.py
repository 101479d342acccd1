# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from ..dunning_core import (
    compensation as core_compensation,
)
from ..dunning_core.money import to_decimal


class AccountDunningCompensation(models.Model):
    """The fixed sum a business debtor owes per late invoice for recovery costs.

    Directive 2011/7/EU art. 6 and its national versions; the UK's sums by debt size are a
    scale in the Act (``dunning_core.compensation.uk_fixed_sum``) and need no record. A value
    shipped below "statute/official" confidence is used only once a manager confirmed it; until
    then, and for a date no value covers, the compensation line waits (the interest does not).
    """

    _name = "account.dunning.compensation"
    _description = "Statutory Fixed Compensation"
    _inherit = ["account.dunning.legal.period.mixin", "account.dunning.confirmation.mixin"]
    _confirmed_value_fields = ("amount", "valid_from", "valid_to")
    _order = "country_id, valid_from desc"

    country_id = fields.Many2one(
        "res.country",
        help="Country of the law. Empty: the directive's default for euro-area member states "
        "without a value of their own.",
    )
    amount = fields.Monetary(required=True, help="Fixed sum per late invoice.")
    currency_id = fields.Many2one("res.currency", required=True, help="Currency of the sum.")
    replaces_fees = fields.Boolean(
        help="Claiming it rules out reminder and collection fees on the same invoice (Sweden).",
    )
    deducts_reminder_fees = fields.Boolean(
        help="Reminder fees already charged on the invoice are deducted from it (Norway).",
    )
    confidence = fields.Char(
        help="How the value was confirmed (statute, official publication, secondary source...). "
        'Shipped values below "statute/official" wait for a manager\'s confirmation.',
    )
    confirmed = fields.Boolean(
        readonly=True,
        copy=False,
        help="Only confirmed values are claimed: read in the statute or the official "
        "publication, or confirmed by a manager. Until then the compensation line waits and "
        "the managers have a to-do; the interest is claimed without it.",
    )
    confirmed_by_id = fields.Many2one(
        "res.users",
        readonly=True,
        copy=False,
        help="Manager who entered or confirmed the value (empty: confirmed by its source).",
    )
    confirmed_date = fields.Datetime(
        string="Confirmed On", readonly=True, copy=False, help="When the value was confirmed."
    )

    def _confirm_denied_message(self):
        return self.env._("Only dunning managers can confirm fixed compensation values.")

    @api.model
    def _core_table(self):
        return tuple(
            core_compensation.StatutoryCompensation(
                row.country_id.code or "EU",
                row.currency_id.name,
                to_decimal(row.amount),
                row.legal_source,
                **row._validity(),
                replaces_fees=row.replaces_fees,
                deducts_reminder_fees=row.deducts_reminder_fees,
                confirmed=row.confirmed,
            )
            for row in self.search([])
        )

    # ------------------------------------------------------------------ asking the managers
    @api.model
    def _missing_summary(self, error):
        """Text of the managers' to-do for a ``MissingCompensationPeriod``."""
        country = (
            self.env["res.country"].search([("code", "=", error.country)], limit=1).name
            or error.country
        )
        values = {"date": error.needed_from, "country": country, "law": error.legal_source}
        if error.unconfirmed:
            return self.env._(
                "Confirm the fixed compensation valid from %(date)s for %(country)s (%(law)s)",
                **values,
            )
        return self.env._(
            "Enter the fixed compensation valid from %(date)s for %(country)s (%(law)s)",
            **values,
        )

    @api.model
    def _ask_managers_on(self, record, summary, note):
        """One open to-do for ``summary`` on ``record`` (a letter, a customer), assigned to the
        collector when a manager, else to the first manager; never twice."""
        todo = self.env.ref("mail.mail_activity_data_todo")
        if record.activity_ids.filtered(
            lambda act: act.summary == summary and act.activity_type_id == todo
        ):
            return
        managers = self.env["account.dunning.rate.source"]._dunning_managers()
        collector = getattr(record, "policy_id", False) and record.policy_id.collector_id
        user = collector if collector and collector in managers else managers[:1]
        record.sudo().activity_schedule(
            "mail.mail_activity_data_todo", summary=summary, note=note, user_id=user.id
        )
        record.message_post(body=note)
