# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core.interest import RatePeriod, check_no_gap
from ..dunning_core.money import to_decimal


class AccountDunningRateSource(models.Model):
    """A published reference-rate table: Riksbank, Bundesbank, Bank of Russia, ECB..."""

    _name = "account.dunning.rate.source"
    _description = "Reference Rate Table"
    _inherit = ["mail.thread"]
    _order = "name"

    name = fields.Char(required=True, translate=True, help="Name of the reference rate.")
    code = fields.Char(
        required=True,
        help="Technical code of the table (the source column of the researched rate file).",
    )
    country_id = fields.Many2one(
        "res.country", help="Country whose law refers to this rate; empty for the EU default."
    )
    legal_source = fields.Char(
        required=True, help="Statute that designates the rate and who publishes it."
    )
    half_yearly = fields.Boolean(
        help="The rate is set each 1 January and 1 July: a missing half-year is an error "
        "rather than the previous value carrying on.",
    )
    period_ids = fields.One2many(
        "account.dunning.rate.period", "source_id", string="Periods", help="Rates by start date."
    )
    active = fields.Boolean(default=True, help="Archive a table no rule uses any more.")

    _sql_constraints = [
        ("code_unique", "unique(code)", "The code of a reference rate table must be unique."),
    ]

    def _rate_periods(self):
        """The table as ``dunning_core.interest.RatePeriod``s, each carrying its source."""
        self.ensure_one()
        return tuple(
            RatePeriod(period.valid_from, to_decimal(period.rate), period._source_text())
            for period in self.period_ids.sorted("valid_from")
        )

    def _gap_problems(self, start=None):
        """What ``dunning_core.interest.check_no_gap`` finds wrong with the table."""
        self.ensure_one()
        kwargs = {"half_yearly": self.half_yearly}
        if start:
            kwargs["start"] = start
        return check_no_gap(self._rate_periods(), **kwargs)

    @api.constrains("half_yearly")
    def _check_half_yearly_dates(self):
        for source in self.filtered("half_yearly"):
            odd = source.period_ids.filtered(
                lambda p: (p.valid_from.month, p.valid_from.day) not in ((1, 1), (7, 1))
            )
            if odd:
                raise ValidationError(
                    self.env._(
                        "%(table)s is set each 1 January and 1 July, but a period starts on "
                        "%(date)s. Correct the period's Valid From or untick Half-Yearly.",
                        table=source.name,
                        date=odd[0].valid_from,
                    )
                )
