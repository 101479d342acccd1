# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AccountDunningRatePeriod(models.Model):
    """The value of a reference rate from a date until the next period of the same table."""

    _name = "account.dunning.rate.period"
    _description = "Reference Rate Period"
    _inherit = ["account.dunning.confirmation.mixin"]
    _confirmed_value_fields = ("rate", "valid_from")
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
        help="How the value was confirmed (official publication, secondary compilation...). "
        'Shipped rows below "statute/official" wait for a manager\'s confirmation.',
    )
    confirmed = fields.Boolean(
        readonly=True,
        copy=False,
        help="Interest is computed only with confirmed periods: read in the statute or the "
        "official publication, or confirmed by a manager. A day whose period is not confirmed "
        "bears no interest and its letter waits in draft.",
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

    def _confirm_denied_message(self):
        return self.env._("Only dunning managers can confirm reference rate periods.")

    def _log_confirmation(self):
        for period in self:
            period.source_id.message_post(
                body=self.env._(
                    "Rate %(rate)s %% valid from %(date)s confirmed by %(user)s on %(when)s "
                    "(confidence: %(confidence)s).",
                    rate=period.rate,
                    date=period.valid_from,
                    user=period.confirmed_by_id.name or self.env.user.name,
                    when=fields.Datetime.to_string(period.confirmed_date or fields.Datetime.now()),
                    confidence=period.confidence or "-",
                )
            )
        self.source_id._release_waiting_letters()

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
