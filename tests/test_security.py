# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestDunningSecurity(DunningCase):
    """Who sees and changes what: record rules across companies, the groups, and holds, figures
    and states that change through the server's rules, not the caller's say."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.collector = new_test_user(
            cls.env,
            login="collector_rights",
            company_id=cls.company.id,
            groups="account_dunning.group_dunning_collector,base.group_partner_manager",
        )
        cls.invoicing = new_test_user(
            cls.env,
            login="invoicing_rights",
            company_id=cls.company.id,
            groups="account.group_account_invoice,base.group_partner_manager",
        )

    def test_credit_hold_is_not_lifted_by_a_context_key(self):
        self.partner_a.dunning_credit_hold = True
        draft = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.partner_a.id,
                "invoice_line_ids": [(0, 0, {"name": "Goods", "price_unit": 100, "tax_ids": []})],
            }
        )
        with self.assertRaisesRegex(UserError, "credit hold"):
            draft.with_user(self.invoicing).with_context(
                dunning_allow_credit_hold=True
            ).action_post()
        self.assertEqual(draft.state, "draft")
        draft.action_post()  # a dunning manager may
        self.assertEqual(draft.state, "posted")

    def test_only_managers_change_customer_figures(self):
        cases = [
            ("dunning_credit_hold", False),
            ("dunning_blocked", True),
            ("dunning_contractual_rate", 25.0),
            ("dunning_broken_promises", 0),
            ("dunning_behaviour_category", "reliable"),
            ("dunning_level_id", self.level(1).id),
        ]
        for user in (self.collector, self.invoicing):
            for name, value in cases:
                with self.subTest(user=user.login, field=name):
                    with self.assertRaisesRegex(AccessError, "Only Dunning / Manager"):
                        self.partner_a.with_user(user).write({name: value})
        # Other contact fields stay open to them, and a manager changes the figures.
        self.partner_a.with_user(self.invoicing).write({"phone": "+46 8 123 456"})
        self.partner_a.write({"dunning_blocked": True})
        self.assertTrue(self.partner_a.dunning_blocked)

    def test_invoice_blocks_and_levels(self):
        invoice = self._invoice(self.partner_a, 500, D0)
        with self.assertRaises(AccessError):
            invoice.with_user(self.invoicing).write({"dunning_block_reason": "manual"})
        with self.assertRaises(AccessError):
            invoice.with_user(self.collector).write({"dunning_level_id": self.level(3).id})
        self.run_dunning(D0 + timedelta(days=3))
        entry = self.letters(self.partner_a).line_ids[:1]
        with self.assertRaisesRegex(AccessError, "Only Dunning / Manager"):
            entry.with_user(self.collector).write({"level_id": self.level(5).id})
        invoice.with_user(self.collector).action_dunning_block()  # disputes: collectors may
        self.assertEqual(invoice.dunning_block_reason, "manual")

    def test_states_move_through_actions_only(self):
        invoice = self._invoice(self.partner_a, 900, D0)
        self.run_dunning(D0 + timedelta(days=3))
        letter = self.letters(self.partner_a)
        as_collector = letter.with_user(self.collector)
        with self.assertRaisesRegex(AccessError, "only through its buttons"):
            as_collector.write({"state": "sent"})
        as_collector.action_confirm()
        as_collector.action_mark_sent()
        self.assertEqual(letter.state, "sent")
        with self.assertRaisesRegex(AccessError, "only a dunning manager can cancel"):
            as_collector.action_cancel()
        promise = (
            self.env["account.dunning.promise"]
            .with_user(self.collector)
            .create(
                {
                    "partner_id": self.partner_a.id,
                    "move_ids": [(6, 0, invoice.ids)],
                    "amount": 900,
                    "promise_date": fields.Date.today() + timedelta(days=5),
                    "start_date": fields.Date.today(),
                }
            )
        )
        with self.assertRaises(AccessError):
            promise.write({"state": "kept"})
        with self.assertRaises(AccessError):
            self.env["account.dunning.promise"].with_user(self.collector).create(
                {
                    "partner_id": self.partner_a.id,
                    "move_ids": [(6, 0, invoice.ids)],
                    "amount": 100,
                    "promise_date": fields.Date.today() + timedelta(days=5),
                    "state": "kept",
                }
            )
        promise.action_cancel()
        self.assertEqual(promise.state, "cancel")
        letter.action_cancel()  # a manager may
        self.assertEqual(letter.state, "cancel")

    # ---------------------------------------------- access rights and record rules
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
