# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import UserError, ValidationError

from .common import D0


class FactoringTests:
    """Tests of factoring, run in ``test_end_of_debt.TestEndOfDebt`` (one company
    and chart of accounts for every end of a debt)."""

    def test_sale_to_factor_and_buy_back(self):
        factor = self.env["res.partner"].create(
            {
                "name": "Nordic Factoring AB",
                "is_company": True,
                "dunning_is_factor": True,
                "dunning_factor_advance_rate": 85,
                "dunning_factor_fee_percent": 2.5,
            }
        )
        first = self._invoice(self.partner_a, 1000, D0)
        second = self._invoice(self.partner_b, 3000, D0)
        sale = self.env["account.dunning.factoring"].create(
            {
                "factor_id": factor.id,
                "move_ids": [Command.set((first | second).ids)],
                "advance_rate": 85,
                "fee_percent": 2.5,
                "date": D0,
            }
        )
        with self.assertRaisesRegex(
            ValidationError, r"cannot exceed 100 % \(now 85.0 % \+ 20.0 %\)"
        ):
            with self.env.cr.savepoint():
                sale.fee_percent = 20
                sale.flush_recordset()
        with self.assertRaisesRegex(ValidationError, r"at most 100 %, Fee at least 0"):
            with self.env.cr.savepoint():
                sale.advance_rate = 0
                sale.flush_recordset()
        sale.invalidate_recordset()
        # What the accountant sees before posting (dunning_core.factoring.sale_figures).
        self.assertEqual(
            (sale.preview_fee, sale.preview_advance, sale.preview_settlement),
            (100.0, 3400.0, 500.0),
        )
        with self.assertRaisesRegex(UserError, "Factoring Fee Account"):
            sale.action_post()
        fee_account = self.env["account.account"].create(
            {
                "name": "Factoring fees",
                "code": "627000",
                "account_type": "expense",
                "company_ids": [Command.link(self.company.id)],
            }
        )
        self.company.dunning_factoring_fee_account_id = fee_account
        sale.action_post()
        # 4,000 sold: fee 2.5 % = 100.00, receivable on the factor 3,900.00, advance 85 % = 3,400.
        self.assertEqual(
            (sale.amount_total, sale.amount_fee, sale.amount_advance), (4000.0, 100.0, 3400.0)
        )
        lines = sale.entry_id.line_ids
        self.assertEqual(sum(lines.mapped("debit")), sum(lines.mapped("credit")))
        self.assertEqual(
            lines.filtered(
                lambda line: line.partner_id == factor and line.account_type == "asset_receivable"
            ).debit,
            3900.0,
        )
        self.assertEqual((first.payment_state, second.payment_state), ("paid", "paid"))
        self.assertEqual(first.dunning_block_reason, "factored")
        # The factor pays the advance (85 % of 4,000 = 3,400), the rest when settling.
        bank = self.company_data["default_journal_bank"]
        wizard = (
            self.env["account.dunning.factor.payment"]
            .with_context(active_id=sale.id)
            .create({"date": D0})
        )
        self.assertEqual(
            (wizard.factoring_id, wizard.amount, wizard.company_id, wizard.journal_id.type),
            (sale, 3400.0, sale.company_id, "bank"),
            "the advance still owed, into the company's bank journal",
        )
        wizard.journal_id = bank
        wizard.action_record()
        self.assertEqual(sale.amount_received, 3400.0)
        # With recourse: the customer did not pay the factor; the invoice comes back.
        sale.action_buy_back(first)
        self.assertEqual(first.amount_residual, 1000.0)
        self.assertFalse(first.dunning_block_reason)
        factor_balance = sum(
            self.env["account.move.line"]
            .search(
                [
                    ("partner_id", "=", factor.id),
                    ("account_type", "=", "asset_receivable"),
                    ("parent_state", "=", "posted"),
                ]
            )
            .mapped("balance")
        )
        # 3,900 owed by the factor, 3,400 paid, 1,000 bought back: it now owes us -500, i.e.
        # we owe the factor 500 for the invoice it had advanced.
        self.assertEqual(factor_balance, -500.0)
        self.assertLedgerConsistent(self.partner_a)
        self.assertLedgerConsistent(self.partner_b)

    def test_notice_of_assignment_per_customer(self):
        factor = self.env["res.partner"].create(
            {"name": "Nordic Factoring AB", "dunning_is_factor": True}
        )
        first = self._invoice(self.partner_a, 1000, D0)
        second = self._invoice(self.partner_b, 3000, D0)
        sale = self.env["account.dunning.factoring"].create(
            {"factor_id": factor.id, "move_ids": [Command.set((first | second).ids)], "date": D0}
        )
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_factoring_notice", sale.ids
        )
        text = html.decode()
        self.assertEqual(text.count("Notice of assignment"), 2, "one notice per customer")
        self.assertIn("pay them only to", text)
        self.assertIn(first.name, text)
