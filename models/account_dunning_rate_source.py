# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core.money import to_decimal
from ..dunning_core.rates import (
    RatePeriod,
    bound_periods,
    check_no_gap,
    first_missing_period,
    half_year_start,
    next_half_year_start,
)

# The half-yearly reminder asks the managers for the next period this many days before it.
REMINDER_DAYS_BEFORE = 14


class AccountDunningRateSource(models.Model):
    """A published reference-rate table: Riksbank, Bundesbank, Bank of Russia, ECB..."""

    _name = "account.dunning.rate.source"
    _description = "Reference Rate Table"
    _inherit = ["mail.thread", "mail.activity.mixin"]
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
    publisher = fields.Char(
        help="Who publishes the rate (Sveriges Riksbank, Deutsche Bundesbank...): named in the "
        "activity asking the managers for a missing period.",
    )
    complete_until = fields.Date(
        help="Tables without fixed dates (a key rate changed at any meeting): the last day the "
        "table is known to be complete. The last period applies up to this day only; empty: "
        "until the next period is entered. Half-yearly tables ignore it: each period covers "
        "its own half-year.",
    )
    period_ids = fields.One2many(
        "account.dunning.rate.period", "source_id", string="Periods", help="Rates by start date."
    )
    active = fields.Boolean(default=True, help="Archive a table no rule uses any more.")

    _sql_constraints = [
        ("code_unique", "unique(code)", "The code of a reference rate table must be unique."),
    ]

    def _rate_periods(self):
        """The table as ``dunning_core.interest.RatePeriod``s, each carrying its source, whether
        it is confirmed, and the last day it applies (``bound_periods``): a day no confirmed
        period covers is a missing rate, never the previous value carried on."""
        self.ensure_one()
        return bound_periods(
            tuple(
                RatePeriod(
                    period.valid_from,
                    to_decimal(period.rate),
                    period._source_text(),
                    confirmed=period.confirmed,
                )
                for period in self.period_ids.sorted("valid_from")
            ),
            half_yearly=self.half_yearly,
            complete_until=self.complete_until or None,
        )

    def _first_missing(self, on, start=None):
        """First day from which a confirmed period is missing for interest from ``start`` (the
        current period: 1 January / 1 July for half-yearly tables) up to ``on``."""
        self.ensure_one()
        if start is None:
            start = half_year_start(on) if self.half_yearly else on
        return first_missing_period(
            self._rate_periods(),
            on,
            half_yearly=self.half_yearly,
            complete_until=self.complete_until or None,
            start=start,
        )

    def _missing_summary(self, needed_from, unconfirmed=False):
        """Text of the managers' activity: which value to enter, for which country, from whom."""
        self.ensure_one()
        values = {
            "date": needed_from,
            "table": self.name,
            "country": self.country_id.name or self.env._("the EU default"),
            "publisher": self.publisher or self.legal_source,
        }
        if unconfirmed:
            return self.env._(
                "Confirm the reference rate valid from %(date)s for %(country)s (%(table)s), "
                "source %(publisher)s",
                **values,
            )
        return self.env._(
            "Enter the reference rate valid from %(date)s for %(country)s (%(table)s), "
            "source %(publisher)s",
            **values,
        )

    def _dunning_managers(self):
        group = self.env.ref("account_dunning.group_dunning_manager")
        users = group.users.filtered(lambda user: user.active and not user.share)
        return users or self.env.user

    def _ask_managers(self, summary, note="", deadline=None):
        """One open to-do per manager for ``summary`` on the table; never twice (idempotent)."""
        self.ensure_one()
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        open_for = set(
            self.activity_ids.filtered(
                lambda act: act.summary == summary and act.activity_type_id == activity_type
            ).user_id.ids
        )
        for user in self._dunning_managers():
            if user.id in open_for:
                continue
            self.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=deadline,
                summary=summary,
                note=note or summary,
                user_id=user.id,
            )

    def _release_waiting_letters(self):
        """After a period was entered or confirmed: the managers' to-dos for it are done (the
        daily run recomputes the letters waiting for it). Still missing: asked again."""
        today = fields.Date.context_today(self)
        todo = self.env.ref("mail.mail_activity_data_todo")
        for source in self:
            asked = source.activity_ids.filtered(lambda act: act.activity_type_id == todo)
            asked.action_feedback(feedback=self.env._("Period entered or confirmed."))
            missing = source._first_missing(today)
            if missing:
                period = source.period_ids.filtered(lambda p, m=missing: p.valid_from == m)
                unconfirmed = bool(period) and not period.confirmed
                source._ask_managers(source._missing_summary(missing, unconfirmed))

    @api.model
    def _cron_remind_periods(self, today=None):
        """Daily: before each 1 January / 1 July (and while a period is missing), ask the
        managers for the next period of every table an active interest rule uses. Idempotent:
        an open to-do for the same period is not repeated."""
        today = today or fields.Date.context_today(self)
        sources = (
            self.env["account.dunning.interest.rule"]
            .search([("rate_source_id", "!=", False)])
            .rate_source_id
        )
        asked = self.browse()
        for source in sources.filtered("active"):
            upcoming = next_half_year_start(today)
            horizon = upcoming if today >= upcoming - timedelta(REMINDER_DAYS_BEFORE) else today
            missing = source._first_missing(horizon, start=min(half_year_start(today), today))
            if not missing:
                continue
            period = source.period_ids.filtered(lambda p, m=missing: p.valid_from == m)
            unconfirmed = bool(period) and not period.confirmed
            source._ask_managers(
                source._missing_summary(missing, unconfirmed),
                deadline=max(missing, today),
            )
            asked |= source
        return asked

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
