# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import DunningCase


@tagged("post_install", "-at_install")
class TestDunningPolicy(DunningCase):
    def test_days_must_strictly_increase(self):
        with self.assertRaisesRegex(ValidationError, "Days Overdue must strictly increase"):
            self.level(3).days = 14
        self.env.invalidate_all(flush=False)
        self.assertEqual(self.level(3).days, 30, "nothing half-saved")

    def test_negative_days_refused(self):
        with self.assertRaisesRegex(ValidationError, "Days Overdue of level .* cannot be negative"):
            self.level(1).days = -1

    def test_policy_without_levels_refused(self):
        with self.assertRaisesRegex(ValidationError, "has no levels"):
            self.env["account.dunning.policy"].create(
                {"name": "Empty", "company_id": self.company.id}
            )
        with self.assertRaisesRegex(ValidationError, "last level"):
            policy = self._make_policy(self.company, name="Short", is_company_default=False)
            policy.level_ids[1:].unlink()
            policy.level_ids.unlink()

    def test_negative_frequency_refused(self):
        with self.assertRaisesRegex(ValidationError, "Days Between Contacts"):
            self.policy.frequency_days = -1

    def test_policy_selection_order(self):
        vip = self.env["res.partner.category"].create({"name": "VIP"})
        tagged_policy = self._make_policy(
            self.company,
            name="Tagged",
            is_company_default=False,
            sequence=1,
            partner_category_ids=[Command.link(vip.id)],
        )
        norway = self._make_policy(
            self.company,
            name="Norway",
            is_company_default=False,
            sequence=2,
            country_ids=[Command.link(self.env.ref("base.no").id)],
        )
        policies = self.env["account.dunning.policy"].search([("company_id", "=", self.company.id)])
        a, b = self.partner_a, self.partner_b
        b.country_id = self.env.ref("base.no")
        self.assertEqual(policies._select_for_partners(a)[a.id], self.policy)
        self.assertEqual(policies._select_for_partners(b)[b.id], norway)
        b.category_id = vip
        self.assertEqual(policies._select_for_partners(b)[b.id], tagged_policy)
        b.with_company(self.company).dunning_policy_id = self.policy
        self.assertEqual(policies._select_for_partners(b)[b.id], self.policy)

    def test_shipped_policies_are_valid(self):
        default = self.env.ref("account_dunning.policy_default").sudo()
        self.assertEqual(default.level_ids.mapped("days"), [1, 14, 30, 60, 90])
        self.assertTrue(default.level_ids[2].is_final_demand)
        self.assertTrue(default.level_ids[4].agency_eligible)
        norway = self.env.ref("account_dunning.policy_no").sudo()
        inkassovarsel = self.env.ref("account_dunning.level_no_2").sudo()
        self.assertEqual(inkassovarsel.deadline_days, 14, "inkassoloven § 9: at least 14 days")
        self.assertIn(self.env.ref("base.no"), norway.country_ids)
