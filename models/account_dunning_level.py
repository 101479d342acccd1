# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AccountDunningLevel(models.Model):
    _name = "account.dunning.level"
    _description = "Dunning Level"
    _order = "policy_id, sequence, days, id"

    policy_id = fields.Many2one(
        "account.dunning.policy",
        required=True,
        ondelete="cascade",
        index=True,
        help="Policy this level belongs to.",
    )
    company_id = fields.Many2one(
        related="policy_id.company_id", store=True, index=True, help="Company of the policy."
    )
    sequence = fields.Integer(default=10, help="Order of the level in its policy.")
    name = fields.Char(required=True, translate=True, help="Name of the level, e.g. Final demand.")
    days = fields.Integer(
        string="Days Overdue",
        required=True,
        help="Days after the due date from which an invoice can reach this level.",
    )
    channel_email = fields.Boolean(
        string="Email", default=True, help="Send the letter by email to the dunning contact."
    )
    channel_letter = fields.Boolean(
        string="Printed Letter", help="Queue the letter for printing and posting."
    )
    channel_sms = fields.Boolean(
        string="SMS", help="Send a short text message (needs the SMS module)."
    )
    channel_phone = fields.Boolean(
        string="Phone Call", help="Schedule a phone-call activity for the customer's collector."
    )
    mail_template_id = fields.Many2one(
        "mail.template",
        string="Email Template",
        domain=[("model", "=", "account.dunning.letter")],
        help="Email that carries this level's letter, in the customer's language (its subject "
        "and text are translatable). Empty: the standard dunning email.",
    )
    letter_title = fields.Char(
        translate=True, help="Title printed on the letter, e.g. Payment reminder."
    )
    letter_body = fields.Html(
        translate=True,
        help="Opening text of the letter. Placeholders: {contact} (the person the letter is "
        "addressed to, else the customer), {customer}, {total}, {deadline}, {company}, "
        "{reference}.",
    )
    charge_fee = fields.Boolean(help="Charge a reminder fee with this level.")
    fee_rule_id = fields.Many2one(
        "account.dunning.fee.rule",
        help="Fee rule of the letters at this level (with Charge Fee).",
    )
    fee_waiver_days = fields.Integer(
        help="Offer to drop the fee if the customer pays within this many days of the letter "
        "(0: no offer).",
    )
    claim_interest = fields.Boolean(help="Claim statutory late-payment interest with this level.")
    claim_compensation = fields.Boolean(
        help="Claim the statutory fixed compensation from business customers (once per "
        "invoice; never from consumers).",
    )
    credit_hold = fields.Boolean(help="Put the customer on credit hold when this level is reached.")
    is_final_demand = fields.Boolean(
        help="Final demand: the letter sets a deadline and announces legal action. One per "
        "claim: an invoice that had a final demand never gets a second one; the run steps "
        "over other final-demand levels to the next step (pre-legal notice, agency)."
    )
    deadline_days = fields.Integer(
        help="Days the customer is given to pay, counted from the letter date."
    )
    legal_notice = fields.Boolean(
        string="Notice of Legal Action",
        help="The letter announces that the claim goes to collection or court, and that "
        "collection costs fall on the debtor.",
    )
    agency_eligible = fields.Boolean(
        string="Eligible for Agency Handoff",
        help="Invoices at this level can be handed to a collection agency.",
    )
    legal_source = fields.Char(
        translate=True, help="Statute or practice this level follows, e.g. inkassoloven § 9."
    )

    @api.constrains("charge_fee", "fee_rule_id", "fee_waiver_days")
    def _check_fee_rule(self):
        for level in self:
            if level.charge_fee and not level.fee_rule_id:
                raise ValidationError(
                    self.env._(
                        "Level %(level)s charges a fee but has no Fee Rule: choose one, or untick "
                        "Charge Fee.",
                        level=level.name,
                    )
                )
            if level.fee_waiver_days < 0:
                raise ValidationError(
                    self.env._(
                        "Level %(level)s: Fee Waiver Days cannot be negative.", level=level.name
                    )
                )

    @api.constrains("days", "deadline_days")
    def _check_days(self):
        for level in self:
            if level.days < 0:
                raise ValidationError(
                    self.env._(
                        "Days Overdue of level %(level)s cannot be negative.",
                        level=level.display_name,
                    )
                )
            if level.deadline_days < 0:
                raise ValidationError(
                    self.env._(
                        "Deadline days of level %(level)s cannot be negative.",
                        level=level.display_name,
                    )
                )
        self._check_days_increasing()

    def _check_days_increasing(self):
        for policy in self.policy_id:
            levels = policy.level_ids.sorted(lambda lvl: (lvl.sequence, lvl.id))
            for previous, level in zip(levels, levels[1:], strict=False):
                if level.days <= previous.days:
                    raise ValidationError(
                        self.env._(
                            "Days Overdue must strictly increase from one level to the next in "
                            "policy %(policy)s: %(level)s (%(days)s days) comes after "
                            "%(previous)s (%(previous_days)s days). Change its Days Overdue or "
                            "its order.",
                            policy=policy.display_name,
                            level=level.name,
                            days=level.days,
                            previous=previous.name,
                            previous_days=previous.days,
                        )
                    )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_last_level(self):
        for policy in self.policy_id:
            if policy.active and not (policy.level_ids - self):
                raise ValidationError(
                    self.env._(
                        "The last level of the active policy %(policy)s cannot be deleted: "
                        "archive the policy first.",
                        policy=policy.display_name,
                    )
                )
