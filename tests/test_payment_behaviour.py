# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import Command
from odoo.tests import tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestPaymentBehaviour(DunningCase):
    """The daily refresh of how customers pay: figures, window, and its cost in queries."""

    def _refresh(self, today):
        return self.env["account.dunning.engine"]._refresh_payment_behaviour(self.company, today)

    def _rating(self, partner):
        partner = partner.with_company(self.company)
        return (
            partner.dunning_avg_days_late,
            partner.dunning_behaviour_category,
            partner.dunning_broken_promises,
        )

    def _customer(self, name):
        return self.env["res.partner"].create({"name": name, "is_company": True})

    def _paid_late(self, partner, days_late, amount=1000):
        invoice = self._invoice(partner, amount, D0)
        self._pay(invoice, amount, D0 + timedelta(days=days_late))
        return invoice

    def _broken_promise(self, partner, promise_date):
        invoice = self._invoice(partner, 100, promise_date - timedelta(days=5))
        promise = self.env["account.dunning.promise"].create(
            {
                "partner_id": partner.id,
                "move_ids": [Command.set(invoice.ids)],
                "amount": 100,
                "promise_date": promise_date,
                "start_date": promise_date - timedelta(days=5),
                "grace_days": 3,
                "channel": "phone",
            }
        )
        promise.write({"state": "broken"})
        return promise

    def _queries(self, today):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        self._refresh(today)
        return self.env.cr.sql_log_count - before

    def test_query_count_does_not_grow_with_customers(self):
        today = D0 + timedelta(days=60)
        self._paid_late(self.partner_a, 40)
        first = self._queries(today)
        self.assertEqual(self._rating(self.partner_a), (40.0, "at_risk", 0))
        # four more customers with a history, and one already rated whose figures change
        for index in range(4):
            self._paid_late(self._customer(f"Payer {index}"), 2 * index)
        self._paid_late(self.partner_a, 0, amount=3000)
        second = self._queries(today)
        self.assertEqual(second, first, "one query to compute, one UPDATE, whatever the count")
        self.assertLessEqual(second, 3)
        self.assertEqual(self._rating(self.partner_a), (10.0, "slow", 0))
        # nothing changed since: nothing is written
        self.env.flush_all()
        self.env.cr.execute("SELECT write_date FROM res_partner WHERE id = %s", [self.partner_a.id])
        written = self.env.cr.fetchone()[0]
        self.assertEqual(self._queries(today), second - 1, "no UPDATE when nothing changed")
        self.env.cr.execute("SELECT write_date FROM res_partner WHERE id = %s", [self.partner_a.id])
        self.assertEqual(self.env.cr.fetchone()[0], written)

    def test_history_leaving_the_window_re_rates(self):
        self._paid_late(self.partner_a, 40)  # paid on D0 + 40
        self._refresh(D0 + timedelta(days=50))
        self.assertEqual(self._rating(self.partner_a), (40.0, "at_risk", 0))
        # 365 days after the payment it still counts; the day after it has left the window
        self._refresh(D0 + timedelta(days=40 + 365))
        self.assertEqual(self._rating(self.partner_a), (40.0, "at_risk", 0))
        self._refresh(D0 + timedelta(days=40 + 366))
        self.assertEqual(self._rating(self.partner_a), (0.0, False, 0), "no history: no rating")
        # a new payment in the window rates it again, on that payment alone
        later = self._invoice(self.partner_a, 500, D0 + timedelta(days=400))
        self._pay(later, 500, D0 + timedelta(days=402))
        self._refresh(D0 + timedelta(days=40 + 366))
        self.assertEqual(self._rating(self.partner_a), (2.0, "reliable", 0))

    def test_broken_promises_count_over_twelve_months(self):
        self._paid_late(self.partner_a, 2)  # a prompt payer, paid on D0 + 2
        self._broken_promise(self.partner_a, D0 + timedelta(days=10))  # broke on D0 + 13
        self._broken_promise(self.partner_a, D0 + timedelta(days=200))  # broke on D0 + 203
        self._refresh(D0 + timedelta(days=210))
        self.assertEqual(self._rating(self.partner_a), (2.0, "at_risk", 2))
        # the first broken promise leaves the window on D0 + 13 + 366
        self._refresh(D0 + timedelta(days=13 + 365))
        self.assertEqual(self.partner_a.with_company(self.company).dunning_broken_promises, 2)
        self._refresh(D0 + timedelta(days=13 + 366))
        # the payment of D0 + 2 has left too: only the promise of D0 + 203 rates the customer
        self.assertEqual(self._rating(self.partner_a), (0.0, "slow", 1))
        self._refresh(D0 + timedelta(days=203 + 366))
        self.assertEqual(self._rating(self.partner_a), (0.0, False, 0))

    def test_other_company_figures_untouched(self):
        other = self.setup_other_company(name="Other dunning company")["company"]
        self._paid_late(self.partner_a, 40)
        self.partner_a.with_company(other).sudo().write({"dunning_behaviour_category": "slow"})
        self._refresh(D0 + timedelta(days=50))
        self.assertEqual(self._rating(self.partner_a), (40.0, "at_risk", 0))
        self.assertEqual(self.partner_a.with_company(other).dunning_behaviour_category, "slow")

    def test_unchanged_fractional_average_is_not_rewritten(self):
        """2.3 days has no exact float: the figure read back must still compare equal."""
        today = D0 + timedelta(days=60)
        self._paid_late(self.partner_a, 0, amount=1000)
        self._paid_late(self.partner_a, 10, amount=300)  # 3,000 / 1,300 = 2.3 days
        first = self._queries(today)
        self.assertEqual(self._rating(self.partner_a), (2.3, "reliable", 0))
        self.assertEqual(self._queries(today), first - 1, "no UPDATE when nothing changed")
