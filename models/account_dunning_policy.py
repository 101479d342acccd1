# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..dunning_core.levels import LevelSpec, PolicySpec
from ..dunning_core.money import to_decimal

BEHAVIOUR_CATEGORIES = [
    ("reliable", "Reliable"),
    ("slow", "Slow payer"),
    ("at_risk", "At risk"),
]


class AccountDunningPolicy(models.Model):
    _name = "account.dunning.policy"
    _description = "Dunning Policy"
    _inherit = ["mail.thread"]
    _order = "sequence, id"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True, tracking=True, help="Name of the policy.")
    sequence = fields.Integer(
        default=10,
        help="When several policies match a customer, the one with the lowest sequence wins.",
    )
    active = fields.Boolean(default=True, help="Archived policies are no longer applied.")
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        index=True,
        help="Company whose receivables this policy chases.",
    )
    currency_id = fields.Many2one(
        related="company_id.currency_id", help="Currency of the minimum amount."
    )
    level_ids = fields.One2many(
        "account.dunning.level",
        "policy_id",
        string="Levels",
        copy=True,
        help="The escalation ladder, climbed one level at a time by days overdue.",
    )
    is_company_default = fields.Boolean(
        string="Company Default",
        tracking=True,
        help="Applies to every customer of the company that no other policy selects.",
    )
    partner_category_ids = fields.Many2many(
        "res.partner.category",
        string="Customer Tags",
        help="Applies to customers carrying one of these tags.",
    )
    behaviour_category = fields.Selection(
        BEHAVIOUR_CATEGORIES,
        string="Payment Behaviour",
        help="Applies to customers in this payment-behaviour category.",
    )
    country_ids = fields.Many2many(
        "res.country",
        string="Countries",
        help="Applies to customers in these countries (national variants of the procedure).",
    )
    min_amount = fields.Monetary(
        string="Minimum Overdue Amount",
        currency_field="currency_id",
        help="No letter is sent while a customer's overdue total, net of open credits, "
        "is below this amount.",
    )
    grace_days = fields.Integer(
        help="Days after the due date during which an invoice is not yet dunned.",
    )
    frequency_days = fields.Integer(
        string="Days Between Contacts",
        default=7,
        tracking=True,
        help="Minimum number of days between two letters to the same customer: "
        "persistent, never harassing.",
    )
    allow_level_jump = fields.Boolean(
        string="Allow Skipping Levels",
        help="An invoice first seen long after its due date goes straight to the highest "
        "reachable level. Off: it climbs one level at a time.",
    )
    charge_mode = fields.Selection(
        [("claim", "Claim in the letter only"), ("invoice", "Invoice the charges")],
        default="claim",
        required=True,
        help="Claim fees, compensation and interest in the letter only, or also book them on "
        "one dunning-charges invoice per letter when the letter is sent.",
    )
    auto_send = fields.Boolean(
        string="Send Automatically",
        help="Letters go out automatically. Off: they wait in draft for a collector's review.",
    )
    collector_id = fields.Many2one(
        "res.users",
        string="Default Collector",
        help="Receives the phone-call activities of customers without their own collector "
        "or salesperson.",
    )

    @api.constrains("level_ids", "active")
    def _check_levels(self):
        for policy in self:
            if policy.active and not policy.level_ids:
                raise ValidationError(
                    self.env._(
                        "The dunning policy %(policy)s has no levels. Add at least one level "
                        "in the Levels tab, or archive the policy.",
                        policy=policy.display_name,
                    )
                )
            policy.level_ids._check_days_increasing()

    @api.constrains("frequency_days", "grace_days", "min_amount")
    def _check_numbers(self):
        for policy in self:
            if policy.frequency_days < 0:
                raise ValidationError(
                    self.env._(
                        "Days Between Contacts of policy %(policy)s cannot be negative "
                        "(use 0 for no waiting time).",
                        policy=policy.display_name,
                    )
                )
            if policy.grace_days < 0:
                raise ValidationError(
                    self.env._(
                        "Grace Days of policy %(policy)s cannot be negative.",
                        policy=policy.display_name,
                    )
                )
            if policy.min_amount < 0:
                raise ValidationError(
                    self.env._(
                        "Minimum Overdue Amount of policy %(policy)s cannot be negative.",
                        policy=policy.display_name,
                    )
                )

    def _to_spec(self):
        """The policy as the pure engine sees it."""
        self.ensure_one()
        return PolicySpec(
            levels=tuple(
                LevelSpec(level.id, level.days, level.sequence, bool(level.is_final_demand))
                for level in self.level_ids
            ),
            grace_days=self.grace_days,
            min_amount=to_decimal(self.min_amount),
            frequency_days=self.frequency_days,
            allow_jump=self.allow_level_jump,
        )

    def _select_for_partners(self, partners):
        """Map each commercial partner to the policy that applies to it.

        Order: the policy set on the customer, then tags, payment behaviour, country, and last the
        company default. ``self`` holds the candidate policies of one company.
        """
        policies = self.sorted(lambda p: (p.sequence, p.id))
        company = policies.company_id[:1]
        result = {}
        for partner in partners:
            chosen = partner.with_company(company).dunning_policy_id
            if chosen and chosen not in policies:
                chosen = self.browse()
            if not chosen:
                chosen = (
                    next(
                        (
                            p
                            for p in policies
                            if p.partner_category_ids
                            and p.partner_category_ids & partner.category_id
                        ),
                        None,
                    )
                    or next(
                        (
                            p
                            for p in policies
                            if p.behaviour_category
                            and p.behaviour_category == partner.dunning_behaviour_category
                        ),
                        None,
                    )
                    or next(
                        (p for p in policies if partner.country_id in p.country_ids),
                        None,
                    )
                    or next((p for p in policies if p.is_company_default), None)
                )
            if chosen:
                result[partner.id] = chosen
        return result
