# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from .common import D0


class WriteoffTests:
    """Tests of write-offs, run in ``test_end_of_debt.TestEndOfDebt`` (one company
    and chart of accounts for every end of a debt)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bad_debt = cls.env["account.account"].create(
            {
                "name": "Bad debts",
                "code": "685000",
                "account_type": "expense",
                "company_ids": [Command.link(cls.company.id)],
            }
        )

    def _writeoff(self, invoices, **values):
        return self.env["account.dunning.writeoff"].create(
            {
                "move_ids": [Command.set(invoices.ids)],
                "reason": "Settled after 120 days",
                "date": D0,
                **values,
            }
        )

    def test_settlement_writes_off_the_rest_and_reversal_restores_the_debt(self):
        invoice = self._invoice(self.partner_a, 1000, D0)
        record = self._writeoff(invoice, mode="settlement", settlement_amount=500)
        with self.assertRaisesRegex(UserError, "Bad Debt Account"):
            record.action_post()
        self.company.dunning_bad_debt_account_id = self.bad_debt
        record.action_post()
        # 50 % settlement: 1,000 open, 500 paid by the customer later, 500 written off now.
        self.assertEqual(record.amount_written_off, 500.0)
        self.assertEqual(invoice.amount_residual, 500.0)
        lines = record.entry_id.line_ids
        self.assertEqual(lines.filtered(lambda line: line.account_id == self.bad_debt).debit, 500.0)
        self.assertEqual(sum(lines.mapped("debit")), sum(lines.mapped("credit")))
        record.action_reverse()
        self.assertEqual(record.state, "reversed")
        self.assertEqual(invoice.amount_residual, 1000.0, "the debt is open again")
        self.assertLedgerConsistent(self.partner_a)

    def test_small_debts_under_the_threshold(self):
        self.company.dunning_bad_debt_account_id = self.bad_debt
        small = self._invoice(self.partner_a, 12.5, D0)
        large = self._invoice(self.partner_a, 400, D0)
        record = self._writeoff(small | large, mode="small_debts", threshold=20)
        record.action_post()
        self.assertEqual(record.amount_written_off, 12.5)
        self.assertEqual(small.payment_state, "paid")
        self.assertEqual(large.amount_residual, 400.0)
        self.assertLedgerConsistent(self.partner_a)

    def test_bad_input_and_collectors_cannot_write_off(self):
        self.company.dunning_bad_debt_account_id = self.bad_debt
        invoice = self._invoice(self.partner_a, 100, D0)
        with self.assertRaisesRegex(ValidationError, "below the open amount"):
            self._writeoff(invoice, mode="settlement", settlement_amount=150).action_post()
        collector = new_test_user(
            self.env,
            login="collector_wo",
            groups="account_dunning.group_dunning_collector",
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        with self.assertRaises(AccessError):
            self._writeoff(invoice, mode="settlement", settlement_amount=50).with_user(
                collector
            ).action_post()
