# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AccountDunningRatePeriod(models.Model):
    """The value of a reference rate from a date until the next period of the same table."""

    _name = "account.dunning.rate.period"
    _description = "Reference Rate Period"
    _order = "source_id, valid_from desc"
    _rec_name = "valid_from"

    source_id = fields.Many2one(
        "account.dunning.rate.source",
        string="Rate Table",
        required=True,
        ondelete="cascade",
        index=True,
        help="Reference rate table the period belongs to.",
    )
    valid_from = fields.Date(
        required=True, help="First day the rate applies; it runs until the next period."
    )
    rate = fields.Float(
        string="Rate (%)",
        digits=(16, 4),
        required=True,
        help="Annual rate in percent; may be zero or negative.",
    )
    confidence = fields.Char(
        help="How the value was confirmed (official publication, secondary compilation...).",
    )
    legal_source = fields.Char(
        required=True, help="Where the value is published: the source of this row."
    )

    _sql_constraints = [
        (
            "source_date_unique",
            "unique(source_id, valid_from)",
            "A reference rate table has one rate per start date.",
        ),
    ]

    def _source_text(self):
        self.ensure_one()
        text = f"{self.legal_source} [{self.source_id.code} {self.valid_from.isoformat()}"
        return f"{text}; {self.confidence}]" if self.confidence else f"{text}]"

    @api.constrains("rate")
    def _check_rate(self):
        for period in self:
            if not -100 < period.rate < 100:
                raise ValidationError(
                    self.env._(
                        "Rate (%%) of %(table)s from %(date)s is %(rate)s: enter the annual rate "
                        "in percent (e.g. 3.5 for 3.5 %%).",
                        table=period.source_id.name,
                        date=period.valid_from,
                        rate=period.rate,
                    )
                )
