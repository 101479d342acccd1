# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The collector's worklist: today's actions by worth, and the one click each needs."""

from datetime import timedelta

from freezegun import freeze_time

from odoo import Command
from odoo.tests import Form, new_test_user, tagged

from .common import D0, DunningCase

TODAY = D0 + timedelta(days=100)  # 2026-06-10, the day of the worklist


def ago(days):
    return TODAY - timedelta(days=days)


@tagged("post_install", "-at_install")
class TestDunningWorklist(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2020-01-01", 0.5)])
        Partner = cls.env["res.partner"]
        cls.letter_customer = cls.partner_a
        cls.letter_customer.email = "ap@partner-a.example.com"
        cls.promise_customer = cls.partner_b
        cls.plan_customer, cls.dispute_customer, cls.demand_customer, cls.call_customer = (
            Partner.create([{"name": name, "is_company": True} for name in "CDEF"])
        )

    def _rows(self, domain=None, user=None, companies=None):
        Worklist = self.env["account.dunning.worklist"]
        if user:
            Worklist = Worklist.with_user(user)
        if companies:
            Worklist = Worklist.with_context(allowed_company_ids=companies.ids)
        with freeze_time(TODAY):
            Worklist.invalidate_model()
            rows = Worklist.search(domain or [])
            rows.fetch([name for name, field in Worklist._fields.items() if field.store])
            return rows

    def _table(self, rows):
        return [
            (row.kind, row.partner_id.name, row.amount, row.worth, row.action_date) for row in rows
        ]

    def _final_demand(self, partner):
        """A final demand (level 3) sent 30 days ago, its 10-day deadline passed 20 days ago:
        level 1 and 2 letters first, an invoice climbs one level at a time."""
        invoice = self._invoice(partner, 800, ago(60))
        for day in (ago(58), ago(44), ago(30)):
            self.run_dunning(day, partners=partner)
            with freeze_time(day):
                self.letters(partner)[-1].action_mark_sent()
        letter = self.letters(partner)[-1]
        self.assertEqual((letter.level_id, letter.deadline_date), (self.level(3), ago(20)))
        return invoice, letter

    def _prepare(self):
        """One item of each kind, for six customers."""
        # A draft letter: 1,000 overdue 20 days, slow payer (x 2.0).
        self._invoice(self.letter_customer, 1000, ago(20))
        self.run_dunning(TODAY, partners=self.letter_customer)
        # A broken promise: 600 promised by 10 days ago, 3 days of grace; not rated (x 1.5).
        promised = self._invoice(self.promise_customer, 600, ago(40))
        with freeze_time(ago(15)):
            promise = self.env["account.dunning.promise"].create(
                {
                    "partner_id": self.promise_customer.id,
                    "move_ids": [Command.set(promised.ids)],
                    "amount": 600,
                    "promise_date": ago(10),
                    "grace_days": 3,
                }
            )
        promise._check_progress(TODAY)
        self.assertEqual(promise.state, "broken")
        # A missed instalment: EUR 300 (USD 600 at 0.5) on a plan, EUR 60 down payment due 5
        # days ago unpaid = USD 120, slow payer (x 2.0).
        eur_invoice = self._invoice(self.plan_customer, 300, ago(40), currency=self.eur)
        with freeze_time(ago(20)):
            plan = self.env["account.dunning.payment.plan"].create(
                {
                    "partner_id": self.plan_customer.id,
                    "move_ids": [Command.set(eur_invoice.ids)],
                    "down_payment_type": "percent",
                    "down_payment_value": 20,
                    "down_payment_date": ago(5),
                    "instalment_count": 2,
                    "frequency": "monthly",
                    "first_date": TODAY + timedelta(days=20),
                    "tolerance_days": 10,
                }
            )
            plan.action_compute_schedule()
            plan.action_activate()
        self.assertEqual(plan.line_ids.mapped("amount"), [60.0, 120.0, 120.0])
        # A dispute raised 14 days ago: revisit today; 400 open, not rated (x 1.5). Another
        # raised 10 days ago is revisited in 4 days: not today.
        disputed = self._invoice(self.dispute_customer, 400, ago(30))
        later = self._invoice(self.dispute_customer, 50, ago(30))
        with freeze_time(ago(14)):
            disputed.dunning_block_reason = "dispute"
        with freeze_time(ago(10)):
            later.dunning_block_reason = "dispute"
        # A final demand whose deadline passed: 800 open, at risk (x 3.0).
        demanded, demand = self._final_demand(self.demand_customer)
        # A call due yesterday on an invoice: 100 overdue, reliable (x 1.0).
        called = self._invoice(self.call_customer, 100, ago(10))
        call = self.env["mail.activity"].create(
            {
                "res_model_id": self.env["ir.model"]._get_id("account.move"),
                "res_id": called.id,
                "activity_type_id": self.env.ref("mail.mail_activity_data_call").id,
                "summary": "Call F about the invoice",
                "date_deadline": ago(1),
                "user_id": self.env.user.id,
            }
        )
        # The categories last: each run rates its customers again from their history.
        for partner, category in (
            (self.letter_customer, "slow"),
            (self.plan_customer, "slow"),
            (self.demand_customer, "at_risk"),
            (self.call_customer, "reliable"),
        ):
            partner.with_company(self.company).dunning_behaviour_category = category
        return {
            "letter": self.letters(self.letter_customer),
            "promise": promise,
            "plan": plan,
            "disputed": disputed,
            "later": later,
            "demand": demand,
            "demanded": demanded,
            "call": call,
        }

    def test_rows_sorted_by_worth_with_their_next_step(self):
        items = self._prepare()
        rows = self._rows()
        # worth = open amount in company currency x the weight of the payment behaviour.
        self.assertEqual(
            self._table(rows),
            [
                ("deadline", "E", 800.0, 2400.0, ago(20)),
                ("letter", self.letter_customer.name, 1000.0, 2000.0, TODAY),
                ("promise", self.promise_customer.name, 600.0, 900.0, ago(7)),
                ("dispute", "D", 400.0, 600.0, TODAY),
                ("instalment", "C", 120.0, 240.0, ago(5)),
                ("call", "F", 100.0, 100.0, ago(1)),
            ],
        )
        self.assertEqual(
            rows.mapped("next_step"),
            ["escalate", "send", "follow_up", "revisit", "chase", "call"],
        )
        self.assertEqual(rows.mapped("risk_weight"), [3.0, 2.0, 1.5, 1.5, 2.0, 1.0])
        self.assertEqual(rows[0].letter_id, items["demand"])
        self.assertEqual(rows[1].letter_id, items["letter"])
        self.assertEqual(rows[2].promise_id, items["promise"])
        self.assertEqual(rows[3].move_id, items["disputed"])
        self.assertEqual(rows[4].plan_id, items["plan"])
        self.assertEqual(rows[5].activity_id, items["call"])
        self.assertEqual(rows[3].collector_id, self.env.user, "the dispute's owner")
        self.assertEqual(rows[5].collector_id, self.env.user, "the call's assignee")
        self.assertEqual(rows.company_currency_id, self.company.currency_id)
        self.assertEqual(len(set(rows.ids)), 6)
        # The dispute flow gave both disputes an owner and a revisit date two weeks on.
        self.assertEqual(items["disputed"].dunning_dispute_user_id, self.env.user)
        self.assertEqual(items["disputed"].dunning_dispute_revisit_date, TODAY)
        self.assertEqual(items["later"].dunning_dispute_revisit_date, TODAY + timedelta(days=4))
        # Kind filters and grouping.
        self.assertEqual(self._rows([("kind", "=", "dispute")]).move_id, items["disputed"])
        with freeze_time(TODAY):
            groups = self.env["account.dunning.worklist"]._read_group([], ["kind"], ["worth:sum"])
        self.assertEqual(dict(groups)["deadline"], 2400.0)

    def test_each_button_does_its_step(self):
        items = self._prepare()
        rows = self._rows()
        by_kind = {row.kind: row for row in rows}
        # Draft letter: approved and sent at once (by email to the customer).
        with freeze_time(TODAY):
            by_kind["letter"].action_send_letter()
        self.assertEqual(items["letter"].state, "sent")
        # Broken promise: Log Call, and the promise is followed up.
        action = by_kind["promise"].action_log_call()
        self.assertEqual(action["res_model"], "account.dunning.log.call")
        with freeze_time(TODAY):
            wizard = Form(self.env["account.dunning.log.call"].with_context(**action["context"]))
            wizard.outcome = "reached"
            wizard.save().action_log()
        self.assertEqual(items["promise"].followup_date, TODAY)
        # Call due: Log Call marks the activity done.
        action = by_kind["call"].action_log_call()
        with freeze_time(TODAY):
            wizard = Form(self.env["account.dunning.log.call"].with_context(**action["context"]))
            wizard.outcome = "no_answer"
            wizard.save().action_log()
        self.assertFalse(items["call"].exists() and items["call"].active, "call done")
        # Dispute: Revisit opens the invoice, where the collector moves the revisit date on.
        action = by_kind["dispute"].action_open()
        self.assertEqual(
            (action["res_model"], action["res_id"]), ("account.move", items["disputed"].id)
        )
        items["disputed"].dunning_dispute_revisit_date = TODAY + timedelta(days=7)
        # Missed instalment: Log Call too; the row goes once the instalment is paid.
        action = by_kind["instalment"].action_log_call()
        self.assertEqual(action["context"]["default_partner_id"], self.plan_customer.id)
        self._pay(items["plan"].move_ids, 60, ago(1))
        items["plan"]._check_progress(TODAY)
        # Deadline passed: a legal action (or an agency case, or a factoring sale) for the
        # final demand's open invoices.
        action = by_kind["deadline"].action_legal_action()
        self.assertEqual(
            action["context"]["default_move_ids"], [Command.set(items["demanded"].ids)]
        )
        for button in ("action_collection_case", "action_factoring"):
            other = getattr(by_kind["deadline"], button)()
            self.assertEqual(
                other["context"]["default_move_ids"], [Command.set(items["demanded"].ids)]
            )
        self.env["account.dunning.legal.action"].with_context(**action["context"]).create(
            {"court": "Tingsrätt"}
        )
        self.assertFalse(self._rows(), "every step done: nothing left for today")
        # Lifting the dispute clears its owner and revisit date.
        items["disputed"].action_dunning_unblock()
        self.assertFalse(items["disputed"].dunning_dispute_user_id)
        self.assertFalse(items["disputed"].dunning_dispute_revisit_date)

    def test_mine_collectors_and_companies(self):
        items = self._prepare()
        collector = new_test_user(
            self.env,
            login="worklist_collector",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
            groups="account_dunning.group_dunning_collector",
        )
        self.letter_customer.dunning_collector_id = collector
        # Company B: a dispute of its own, on the same customer.
        company_b = self.setup_other_company(name="Worklist Company B")["company"]
        other = self._invoice(self.dispute_customer, 999, ago(30), company=company_b)
        with freeze_time(ago(20)):
            other.dunning_block_reason = "dispute"
        # A collector sees their own and unassigned work of their company.
        seen = self._rows(user=collector)
        self.assertEqual(
            seen.mapped("kind"),
            ["deadline", "letter", "promise", "instalment"],
            "not the manager's dispute and call",
        )
        self.assertEqual(seen.filtered(lambda r: r.kind == "letter").collector_id, collector)
        self.assertEqual(
            self._rows([("collector_id", "=", collector.id)], user=collector).kind, "letter"
        )
        # A manager working in company A sees everyone's, not company B's.
        self.assertEqual(len(self._rows(companies=self.company)), 6)
        self.assertNotIn(other, self._rows(companies=self.company).move_id)
        both = self._rows(companies=self.company | company_b)
        self.assertIn(other, both.move_id)
        self.assertEqual(both.filtered(lambda r: r.move_id == other).company_id, company_b)
        self.assertEqual(items["disputed"].company_id, self.company)
