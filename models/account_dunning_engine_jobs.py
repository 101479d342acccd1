# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the scheduled jobs (daily run, plans, sending) report: skipped records, labels."""

import logging

from odoo import api, fields, models

from ..dunning_core import levels as engine

_logger = logging.getLogger("odoo.addons.account_dunning.models.account_dunning_engine")


class AccountDunningEngine(models.AbstractModel):
    _inherit = "account.dunning.engine"

    @api.model
    def _job_label(self, job):
        return {
            "run": self.env._("The daily dunning run"),
            "plans": self.env._("The follow-up of payment plans and promises"),
            "send": self.env._("The sending of dunning letters"),
        }[job]

    @api.model
    def _report_job_failure(self, record, company, job, error):
        """A scheduled job skipped ``record``: log why and give the dunning managers an activity.

        ``record`` has activities (a customer, plan, promise or letter); a manager who already
        has an open activity about it from the same job gets no second one.
        """
        customer = (
            record.commercial_partner_id
            if record._name == "res.partner"
            else record["partner_id"].commercial_partner_id
        )
        self = self._in_company_lang(company)  # the managers' activity
        reason = str(error) or type(error).__name__
        _logger.error(
            "%s skipped %s %s (customer %s, id %s): %s",
            job,
            record._name,
            record.id,
            customer.display_name,
            customer.id,
            reason,
            exc_info=error,
        )
        activity_type = self.env.ref("mail.mail_activity_data_todo", raise_if_not_found=False)
        managers = company._dunning_managers()
        if not activity_type or not managers:
            return
        summary = self.env._("%(job)s skipped %(customer)s", job=job, customer=customer.name)
        Activity = self.env["mail.activity"].sudo()
        model_id = self.env["ir.model"]._get_id(record._name)
        already = set(
            Activity.search(
                [
                    ("res_model_id", "=", model_id),
                    ("res_id", "=", record.id),
                    ("summary", "=", summary),
                ]
            ).user_id.ids
        )
        Activity.create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": record.id,
                    "activity_type_id": activity_type.id,
                    "summary": summary,
                    "note": self.env._(
                        "%(job)s could not process %(customer)s and went on with the other "
                        "customers. Reason: %(reason)s. Correct the cause; the next run tries "
                        "again.",
                        job=job,
                        customer=customer.display_name,
                        reason=reason,
                    ),
                    "user_id": user.id,
                    "date_deadline": fields.Date.context_today(self),
                }
                for user in managers
                if user.id not in already
            ]
        )

    @api.model
    def _skip_label(self, code):
        """Translated reason why a customer got no letter in a run."""
        return {
            engine.SKIP_NOTHING_OVERDUE: self.env._("nothing overdue, or everything blocked"),
            engine.SKIP_NO_ESCALATION: self.env._("no invoice reached a new level"),
            engine.SKIP_FREQUENCY: self.env._("contacted within the frequency window"),
            engine.SKIP_COVERED: self.env._("open credits cover the overdue amount"),
            engine.SKIP_BELOW_MINIMUM: self.env._("below the minimum overdue amount"),
            engine.SKIP_FINAL_DEMAND_SENT: self.env._(
                "held: the final demand was sent (one per claim); the next step is not reached yet"
            ),
            "pending": self.env._("a letter is already waiting"),
            "no_policy": self.env._("no dunning policy applies"),
            "blocked": self.env._("dunning blocked for the customer"),
            "hold_until": self.env._("do not dun until a later date"),
            "locked": self.env._("locked by another worker (it does them)"),
        }.get(code, code)
