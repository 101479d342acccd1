# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestDunningSecurity(DunningCase):
    def test_collector_of_company_a_sees_nothing_of_company_b(self):
        company_b = self.setup_other_company(name="Company B")["company"]
        self._make_policy(company_b)
        self._invoice(self.partner_a, 1000, D0)
        self._invoice(self.partner_a, 800, D0, company=company_b)
        self.run_dunning(D0 + timedelta(days=3))
        self.run_dunning(D0 + timedelta(days=3), company=company_b)
        self.assertEqual(len(self.env["account.dunning.letter"].search([])), 2)
        collector = new_test_user(
            self.env,
            login="collector_a",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
            groups="account_dunning.group_dunning_collector",
        )
        Letter = self.env["account.dunning.letter"].with_user(collector)
        letters = Letter.search([])
        self.assertEqual(letters.company_id, self.company)
        self.assertEqual(letters.line_ids.move_id.company_id, self.company)
        Policy = self.env["account.dunning.policy"].with_user(collector)
        self.assertNotIn(company_b, Policy.search([]).company_id)
        other = self.env["account.dunning.letter"].search([("company_id", "=", company_b.id)])
        with self.assertRaises(AccessError):
            other.with_user(collector).read(["name"])

    def test_collector_cannot_configure_policies(self):
        collector = new_test_user(
            self.env,
            login="collector_b",
            company_id=self.company.id,
            groups="account_dunning.group_dunning_collector",
        )
        with self.assertRaises(AccessError):
            self.policy.with_user(collector).write({"frequency_days": 1})

    def test_accounting_manager_is_dunning_manager(self):
        manager = new_test_user(
            self.env,
            login="acc_manager",
            company_id=self.company.id,
            groups="account.group_account_manager",
        )
        self.assertTrue(manager.has_group("account_dunning.group_dunning_manager"))
        self.assertTrue(manager.has_group("account_dunning.group_dunning_collector"))
