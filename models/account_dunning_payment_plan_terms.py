# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the payment-plan agreement states, and when a consumer's plan may be called in.

The agreement prints the amount owed, the plan's interest rate and interest, and the total
payable, which is what the schedule adds up to. A plan with interest granted to a consumer is
consumer credit (a paid deferral of payment, BGB § 506 Abs. 1): the whole remaining amount may
fall due only under BGB § 498 (``dunning_core.schedule.consumer_default``), never merely because
one payment is some days late; the agreement prints that term. In Sweden and Norway such a plan
is consumer credit with statutory pre-contract information and disclosures (konsumentkreditlagen
(2010:1846) 6-8 §§; finansavtaleloven (2020) §§ 3-15 and 3-26): this add-on does not print them,
so a consumer plan under Swedish or Norwegian law carries no interest.
"""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import format_amount, format_date
from odoo.tools.misc import formatLang

from ..dunning_core import (
    allocation as core_allocation,
    schedule as core_schedule,
)

# Laws under which a consumer's plan with interest needs disclosures the agreement does not print.
CONSUMER_CREDIT_DISCLOSURE_LAWS = {
    "SE": "konsumentkreditlagen (2010:1846)",
    "NO": "finansavtaleloven (2020)",
}


class AccountDunningPaymentPlan(models.Model):
    _inherit = "account.dunning.payment.plan"

    consumer_notice_date = fields.Date(
        string="Default Notice Sent On",
        copy=False,
        help="Consumer plans with interest (BGB § 498): the day the customer was sent two weeks "
        "to pay the arrears, stating that the whole remaining amount falls due otherwise. Set by "
        "the daily follow-up when two consecutive payments and 10 % (5 % for plans over three "
        "years) are in arrears; correct it to the day the notice actually went out. The plan is "
        "called in only when those two weeks have run out unpaid.",
    )

    # ------------------------------------------------------------------ the agreement
    def _lang(self):
        self.ensure_one()
        return self.partner_id.lang or self.env.lang or "en_US"

    def _is_consumer_credit(self):
        """A consumer's plan with interest: consumer credit (BGB §§ 506, 498)."""
        self.ensure_one()
        return self.interest_rate > 0 and not self.partner_id._dunning_is_business()

    @api.constrains("interest_rate", "partner_id", "company_id")
    def _check_consumer_credit_law(self):
        for plan in self.filtered(lambda rec: rec.interest_rate > 0 and rec.partner_id):
            if plan.partner_id._dunning_is_business():
                continue
            law = CONSUMER_CREDIT_DISCLOSURE_LAWS.get(
                plan.partner_id._dunning_law_country(plan.company_id).code
            )
            if law:
                raise ValidationError(
                    self.env._(
                        "Payment plan %(plan)s: a plan with interest for a consumer is consumer "
                        "credit under %(law)s, which requires pre-contract information and "
                        "disclosures this agreement does not contain. Set Plan Interest (%%) to "
                        "0, or agree the credit outside this add-on.",
                        plan=plan.name or self.env._("(new)"),
                        law=law,
                    )
                )

    def _agreement_title(self):
        """The title; a plan not yet numbered (before activation) prints as a draft."""
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        if not self.name or self.name == "/":
            return env._("Payment plan agreement (draft)")
        return env._("Payment plan agreement %(number)s", number=self.name)

    def _agreement_totals(self):
        """Amounts of the agreement, formatted in the customer's language: principal, plan
        interest, total payable (principal + interest) and what the schedule adds up to."""
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        currency = self.currency_id
        principal = self.amount_total
        interest = self.amount_interest
        payable = currency.round(principal + interest)
        scheduled = currency.round(sum(self.line_ids.mapped("amount")))
        difference = currency.round(scheduled - payable)

        def money(amount):
            return format_amount(env, amount, currency).replace(" ", "\N{NO-BREAK SPACE}")

        rate = formatLang(env, self.interest_rate, digits=2)
        return {
            "principal": money(principal),
            "interest": money(interest),
            "has_interest": not currency.is_zero(interest) or self.interest_rate > 0,
            "rate": f"{rate}%" if self._lang().startswith("en") else f"{rate}\N{NO-BREAK SPACE}%",
            "payable": money(payable),
            "scheduled": money(scheduled),
            "difference": money(difference) if not currency.is_zero(difference) else "",
            "consumer_credit": self._is_consumer_credit(),
        }

    # ------------------------------------------------------------------ consumer credit
    def _plan_check(self, statuses, today):
        """The plan's state on ``today`` (``allocation.plan_state``); a consumer credit plan
        past its tolerance is called in only under BGB § 498: two consecutive payments and
        10 % (5 %) in arrears and a two-week notice that ran out. Until then it stays active,
        and the day the conditions first hold the collector is asked to send the notice."""
        self.ensure_one()
        check = core_allocation.plan_state(statuses, today, self.tolerance_days)
        if not self._is_consumer_credit():
            return check
        default = core_schedule.consumer_default(statuses, today, self.consumer_notice_date or None)
        if default.state == core_schedule.CONSUMER_OK:
            if self.consumer_notice_date:
                self.consumer_notice_date = False  # arrears made good: a new notice next time
            return check if check.state == core_allocation.PLAN_COMPLETED else self._on_plan()
        if check.state != core_allocation.PLAN_BREACHED:
            return check
        if default.state == core_schedule.CONSUMER_ACCELERATE:
            return check
        if default.state == core_schedule.CONSUMER_NOTICE:
            self._ask_for_consumer_notice(today, default.arrears)
        return self._on_plan()

    @staticmethod
    def _on_plan():
        return core_allocation.PlanCheck(
            core_allocation.PLAN_ACTIVE, None, core_allocation.REASON_ON_SCHEDULE
        )

    def _ask_for_consumer_notice(self, today, arrears):
        self.ensure_one()
        self.consumer_notice_date = today
        env = self.with_context(lang=self.company_id.partner_id.lang or self.env.lang).env
        deadline = today + timedelta(days=core_schedule.CONSUMER_NOTICE_DAYS)
        note = env._(
            "Consumer credit (section 498 German Civil Code): %(amount)s of two consecutive "
            "payments are in arrears. Send the customer the notice to pay them by %(date)s, "
            "stating that the whole remaining amount falls due otherwise; the plan is called in "
            "only if they stay unpaid after that date. Correct the notice date on the plan if "
            "the notice goes out later.",
            amount=format_amount(env, float(arrears), self.currency_id),
            date=format_date(env, deadline),
        )
        self.message_post(body=note)
        policy = (
            self.env["account.dunning.policy"]
            ._select_for_partners(self.partner_id)
            .get(self.partner_id.id)
        )
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=env._(
                "Send %(customer)s the notice of default (payment plan)",
                customer=self.partner_id.name,
            ),
            note=note,
            user_id=self.partner_id._dunning_collector(policy).id,
        )
