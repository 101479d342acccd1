# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Credit hold per company, lifted when the customer is back under the level that set it."""

from odoo import fields, models


class AccountDunningPolicy(models.Model):
    _inherit = "account.dunning.policy"

    credit_hold_release = fields.Selection(
        [("lift", "Lift automatically"), ("propose", "Propose to a manager")],
        default="lift",
        required=True,
        help="When a customer put on credit hold by one of this policy's levels no longer has "
        "an open invoice at or above that level: lift the hold, or ask a dunning manager to "
        "(an activity). Logged on the customer either way; holds set by hand stay.",
    )


class ResPartner(models.Model):
    _inherit = "res.partner"

    dunning_credit_hold_level_id = fields.Many2one(
        "account.dunning.level",
        string="Credit Hold Set By",
        company_dependent=True,
        readonly=True,
        help="Dunning level that put the customer on credit hold in this company. Empty with a "
        "hold: set by hand, never lifted automatically.",
    )

    def write(self, vals):
        if "dunning_credit_hold" in vals and "dunning_credit_hold_level_id" not in vals:
            # A hold set or lifted by hand is a manager's decision: no level lifts it.
            vals = dict(vals, dunning_credit_hold_level_id=False)
        return super().write(vals)


class AccountDunningEngine(models.AbstractModel):
    _inherit = "account.dunning.engine"

    def _apply_credit_hold(self, letters):
        holding = letters.filtered("level_id.credit_hold")
        newly = holding.partner_id.filtered(lambda p: not p.dunning_credit_hold)
        res = super()._apply_credit_hold(letters)
        for partner in newly:
            levels = holding.filtered(lambda rec, p=partner: rec.partner_id == p).level_id
            partner.dunning_credit_hold_level_id = max(
                levels, key=lambda lvl: (lvl.days, lvl.sequence)
            )
        return res

    def _run_batch(self, company, policies, today, partner_ids, stats, dry_run):
        res = super()._run_batch(company, policies, today, partner_ids, stats, dry_run)
        if not dry_run:
            self._release_credit_holds(company, partner_ids)
        return res

    def _release_credit_holds(self, company, partner_ids):
        """Customers whose open invoices are all under the level that put them on hold."""
        Partner = self.env["res.partner"].with_company(company)
        held = Partner.browse(partner_ids).filtered(
            lambda p: p.dunning_credit_hold and p.dunning_credit_hold_level_id
        )
        if not held:
            return
        top = {}
        for partner, level in self.env["account.move"]._read_group(
            [
                ("company_id", "=", company.id),
                ("commercial_partner_id", "in", held.ids),
                ("move_type", "=", "out_invoice"),
                ("state", "=", "posted"),
                ("payment_state", "in", ("not_paid", "partial")),
                ("dunning_level_id", "!=", False),
            ],
            ["commercial_partner_id", "dunning_level_id"],
        ):
            top[partner.id] = max(top.get(partner.id, 0), level.days)
        released = held.filtered(lambda p: top.get(p.id, -1) < p.dunning_credit_hold_level_id.days)
        lift = released.filtered(
            lambda p: p.dunning_credit_hold_level_id.policy_id.credit_hold_release == "lift"
        )
        propose = released - lift
        if lift:
            lift._message_log_batch(
                {
                    partner.id: self.env._(
                        "Credit hold lifted in %(company)s: no open invoice is at level "
                        "%(level)s or above any more.",
                        company=company.name,
                        level=partner.dunning_credit_hold_level_id.name,
                    )
                    for partner in lift
                }
            )
            lift.write({"dunning_credit_hold": False, "dunning_credit_hold_level_id": False})
        for partner in propose:
            summary = self.env._("Lift the credit hold of %(customer)s?", customer=partner.name)
            note = self.env._(
                "No open invoice of %(customer)s in %(company)s is at level %(level)s or above "
                "any more: lift the credit hold on the customer's Dunning tab if you agree.",
                customer=partner.display_name,
                company=company.name,
                level=partner.dunning_credit_hold_level_id.name,
            )
            if partner.activity_ids.filtered(lambda act, s=summary: act.summary == s):
                continue
            partner._message_log(body=note)
            for user in company._dunning_managers():
                partner.activity_schedule(
                    "mail.mail_activity_data_todo", summary=summary, note=note, user_id=user.id
                )
