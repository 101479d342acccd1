# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 14: the law is judged on the run day, not on the real today."""

from datetime import date
from unittest.mock import patch

from odoo.tests import tagged

from .common import DunningCase


@tagged("post_install", "-at_install")
class TestLawOnTheRunDay(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 1.0)])
        cls.policy.late_payment_days = 365
        cls.policy.level_ids.sorted("sequence")[2].claim_interest = True
        cls.customer = cls.env["res.partner"].create(
            {"name": "Zagreb d.o.o.", "is_company": True, "country_id": cls.env.ref("base.hr").id}
        )

    def test_late_claim_judges_euro_membership_on_the_run_day(self):
        # Croatia joined the euro on 2023-01-01 (dunning_core.eu_directive): on a run of
        # 2022-07-10 the directive's euro-area default does not apply yet; on the real today
        # (no freeze_time here) it would.
        Rule = self.env["account.dunning.interest.rule"]
        self.assertFalse(Rule._for_partner(self.customer, True, self.company, on=date(2022, 7, 10)))
        self.assertTrue(Rule._for_partner(self.customer, True, self.company, on=date(2023, 7, 10)))
        invoice = self._invoice(self.customer, 10000, date(2022, 6, 1), currency=self.eur)
        self._pay(invoice, 10000, date(2022, 7, 1))
        seen = []
        original = type(Rule)._for_partner

        def spy(rules, partner, is_business, company=None, on=None):
            seen.append(on)
            return original(rules, partner, is_business, company, on)

        with patch.object(type(Rule), "_for_partner", spy):
            claims = self.env["account.dunning.late.claim"]._collect(
                self.company, date(2022, 7, 10)
            )
        self.assertEqual(seen, [date(2022, 7, 10)])
        self.assertFalse(claims.filtered(lambda c: c.move_id == invoice))
