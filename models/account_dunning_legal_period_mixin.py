# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AccountDunningLegalPeriodMixin(models.AbstractModel):
    """A legal value in force from one date to another (a fee cap, a fixed compensation).

    Empty dates mean "in force, start not recorded" and "no end known"; a date no record covers
    is for ``dunning_core`` a missing value, never a guess.
    """

    _name = "account.dunning.legal.period.mixin"
    _description = "Legal Value with a Period of Validity"

    valid_from = fields.Date(help="First day the value applies; empty: in force, start unknown.")
    valid_to = fields.Date(help="Last day the value applies; empty: no end known.")
    legal_source = fields.Char(required=True, help="Statute setting the value.")

    @api.constrains("valid_from", "valid_to")
    def _check_validity(self):
        for record in self:
            if record.valid_from and record.valid_to and record.valid_from > record.valid_to:
                raise ValidationError(
                    self.env._(
                        "%(value)s: Valid From is after Valid To; correct one of the dates.",
                        value=record.legal_source,
                    )
                )

    def _validity(self):
        self.ensure_one()
        return {"valid_from": self.valid_from or None, "valid_to": self.valid_to or None}
