# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon


@tagged("post_install", "-at_install")
class TestCreditHoldSale(AccountTestInvoicingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        cls.other_company = cls.setup_other_company(name="Dunning Sale Company B")["company"]
        cls.customer = cls.env["res.partner"].create({"name": "Slow Payer AB", "is_company": True})
        cls.product = cls.env["product.product"].create({"name": "Pallet", "list_price": 100})
        cls.salesman = new_test_user(
            cls.env,
            login="dunning_salesman",
            groups="sales_team.group_sale_salesman",
            company_id=cls.company.id,
            company_ids=[cls.company.id, cls.other_company.id],
        )
        cls.manager = new_test_user(
            cls.env,
            login="dunning_manager_sale",
            groups="sales_team.group_sale_salesman,account_dunning.group_dunning_manager",
            company_id=cls.company.id,
            company_ids=[cls.company.id, cls.other_company.id],
        )

    def _order(self, company=None, user=None):
        company = company or self.company
        order = (
            self.env["sale.order"]
            .with_user(user or self.salesman)
            .with_company(company)
            .create(
                {
                    "partner_id": self.customer.id,
                    "company_id": company.id,
                    "order_line": [(0, 0, {"product_id": self.product.id, "product_uom_qty": 2})],
                }
            )
        )
        return order

    def _hold(self, company, hold=True):
        self.customer.with_company(company).dunning_credit_hold = hold

    def test_a_held_customer_s_order_is_not_confirmed_and_the_salesperson_is_told_why(self):
        order = self._order()  # a quotation made before the hold still cannot be confirmed
        self._hold(self.company)
        self.assertTrue(order.dunning_credit_hold)
        self.assertIn("Slow Payer AB is on credit hold", order.dunning_credit_hold_message)
        with self.assertRaises(UserError) as refused:
            order.action_confirm()
        message = str(refused.exception)
        self.assertIn("a hold set by hand", message)
        self.assertIn("the order cannot be confirmed. Ask", message)
        self.assertEqual(order.state, "draft")

    def test_a_dunning_manager_may_confirm(self):
        self._hold(self.company)
        order = self._order(user=self.manager)
        order.action_confirm()
        self.assertEqual(order.state, "sale")

    def test_a_hold_in_one_company_does_not_block_another(self):
        self._hold(self.other_company)
        # The partner's own sales warning is shared by all companies: a hold never sets it, so
        # picking the customer on a quotation of another company raises no "block" warning.
        self.assertEqual(self.customer.sale_warn, "no-message")
        order = self._order()
        self.assertFalse(order._onchange_partner_id_warning())
        self.assertFalse(order.dunning_credit_hold)
        order.action_confirm()
        self.assertEqual(order.state, "sale")
        held = self._order(company=self.other_company)
        self.assertTrue(held.dunning_credit_hold)
        with self.assertRaises(UserError):
            held.action_confirm()

    def test_lifting_the_hold_lets_the_order_confirm(self):
        self._hold(self.company)
        order = self._order()
        with self.assertRaises(UserError):
            order.action_confirm()
        self._hold(self.company, hold=False)
        order.invalidate_recordset(["dunning_credit_hold", "dunning_credit_hold_message"])
        self.assertFalse(order.dunning_credit_hold)
        order.action_confirm()
        self.assertEqual(order.state, "sale")
