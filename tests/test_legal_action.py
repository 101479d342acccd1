# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import UserError

from .common import D0


class LegalActionTests:
    """Tests of legal action, run in ``test_end_of_debt.TestEndOfDebt`` (one company
    and chart of accounts for every end of a debt)."""

    def test_forecast_then_file_and_close(self):
        invoice = self._invoice(self.partner_a, 10000, D0)
        self.partner_a.with_company(self.company).dunning_behaviour_category = "slow"
        with freeze_time(D0 + timedelta(days=200)):
            action = self.env["account.dunning.legal.action"].create(
                {
                    "partner_id": self.partner_a.id,
                    "move_ids": [Command.set(invoice.ids)],
                    "costs": 1500,
                }
            )
            # Slow payer, 200 days: 0.70 x 0.8 = 56 %; 0.56 x 11,500 = 6,440; net 4,940.
            self.assertEqual(action.claim_amount, 10000.0)
            self.assertEqual(action.recovery_probability, 56.0)
            self.assertEqual(action.expected_net, 4940.0)
            self.assertTrue(action.worth_filing)
            with self.assertRaisesRegex(UserError, "Court"):
                action.action_file()
            action.court = "Tingsrätten i Stockholm"
            action.action_file()
        self.assertEqual(action.state, "filed")
        self.assertEqual(invoice.dunning_block_reason, "manual")
        with self.assertRaisesRegex(UserError, "Outcome"):
            action.action_close()
        action.outcome = "won"
        action.action_close()
        self.assertEqual(action.state, "closed")
