# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestDunningEngine(DunningCase):
    def _walk(self, partner, days, send=True):
        """Run the dunning every day; the collector sends each new letter the same day."""
        seen = self.letters(partner)
        sent = []
        for offset in days:
            today = D0 + timedelta(days=offset)
            self.run_dunning(today)
            new = self.letters(partner) - seen
            seen |= new
            self.assertLessEqual(len(new), 1, "one letter per customer per run")
            if new:
                sent.append((offset, self.levels.ids.index(new.level_id.id) + 1))
                if send:
                    with freeze_time(today):  # sent the day of the run (the letter date)
                        new.action_mark_sent()
        return sent

    def test_walk_through_every_level(self):
        inv1 = self._invoice(self.partner_a, 1000, D0)
        inv2 = self._invoice(self.partner_a, 500, D0 + timedelta(days=20))
        sent = self._walk(self.partner_a, range(0, 101))
        # inv1 may climb at +1, +14, +30, +60, +90 (days after D0); inv2 (due D0+20) at D0+21,
        # +34, +50, +80. One letter per run, at the highest level among the invoices, and no
        # invoice climbs before the pay-by date of the last letter listing it has passed (second
        # reminder and final demand: 10 days from sending): the letter of day 21 (pay by day
        # 31) holds inv1's final demand to day 32. That final demand lists inv2 too, so it is
        # inv2's final demand as well (one per claim, dunning_core.levels): inv2's second level
        # (day 34, held to 43 by the final demand's pay-by) goes out on day 43, and its own
        # final-demand level (day 50) is stepped over. inv1's pre-legal notice comes on day 60;
        # the pre-legal notice sets no pay-by date: inv2 reaches it on day 80, inv1 the agency
        # level on 90.
        self.assertEqual(
            sent,
            [(1, 1), (14, 2), (21, 2), (32, 3), (43, 2), (60, 4), (80, 4), (90, 5)],
        )
        self.assertEqual(inv1.dunning_level_id, self.level(5))
        self.assertEqual(inv2.dunning_level_id, self.level(4))
        self.assertEqual(inv1.dunning_date, D0 + timedelta(days=90))
        last = self.letters(self.partner_a)[-1]
        self.assertEqual(last.line_ids.move_id, inv1 | inv2)
        self.assertEqual(last.line_ids.filtered(lambda rec: rec.move_id == inv2).days_overdue, 70)
        self.assertEqual(last.amount_total, 1500.0)
        self.assertEqual(self.partner_a.with_company(self.company).dunning_level_id, self.level(5))
        # The chatter of the invoice holds every level it reached.
        bodies = inv1.message_ids.mapped("body")
        self.assertEqual(sum("Dunning level" in str(b) for b in bodies), 5)

    def test_first_seen_late_climbs_one_level_at_a_time(self):
        inv = self._invoice(self.partner_a, 300, D0)
        self.run_dunning(D0 + timedelta(days=45))
        self.assertEqual(inv.dunning_level_id, self.level(1))
        self.policy.allow_level_jump = True
        self.letters().action_cancel()
        self.assertFalse(inv.dunning_level_id, "a cancelled letter takes its level back")
        self.partner_a.with_company(self.company).dunning_last_date = False
        self.run_dunning(D0 + timedelta(days=46))
        self.assertEqual(inv.dunning_level_id, self.level(3))

    def test_running_twice_a_day_changes_nothing(self):
        self._invoice(self.partner_a, 300, D0)
        self._invoice(self.partner_b, 200, D0)
        first = self.run_dunning(D0 + timedelta(days=2))
        self.assertEqual(first["letters"], 2)
        letters = self.letters()
        messages = self.env["mail.message"].search_count([])
        second = self.run_dunning(D0 + timedelta(days=2))
        self.assertEqual(second["letters"], 0)
        self.assertEqual(self.letters(), letters)
        self.assertEqual(self.env["mail.message"].search_count([]), messages)
        letters.action_mark_sent()
        third = self.run_dunning(D0 + timedelta(days=2))
        self.assertEqual(third["letters"], 0, "a letter already went out today")

    def test_partial_payment_is_dunned_on_its_open_amount(self):
        inv = self._invoice(self.partner_a, 1000, D0)
        self._pay(inv, 400, D0 + timedelta(days=1))
        self.run_dunning(D0 + timedelta(days=3))
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.line_ids.amount_residual, 600.0)
        self.assertEqual(letter.line_ids.amount_original, 1000.0)
        self.assertEqual(letter.amount_total, 600.0)

    def test_credit_note_is_netted_and_listed(self):
        self._invoice(self.partner_a, 1000, D0)
        credit = self._invoice(self.partner_a, 250, D0, move_type="out_refund")
        self.run_dunning(D0 + timedelta(days=3))
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.credit_line_ids.move_id, credit)
        self.assertEqual(letter.amount_credit, 250.0)
        self.assertEqual(letter.amount_total, 750.0)

    def test_covered_customer_gets_no_letter(self):
        self._invoice(self.partner_a, 1000, D0)
        self._invoice(self.partner_a, 1000, D0, move_type="out_refund")
        stats = self.run_dunning(D0 + timedelta(days=3))
        self.assertFalse(self.letters(self.partner_a))
        self.assertEqual(stats["skip_covered"], 1)

    def test_below_minimum_gets_no_letter(self):
        self._invoice(self.partner_a, 9.99, D0)
        self.run_dunning(D0 + timedelta(days=3))
        self.assertFalse(self.letters(self.partner_a))

    def test_dispute_block_and_odoo_blocked_state_stop_the_invoice(self):
        disputed = self._invoice(self.partner_a, 1000, D0)
        odoo_blocked = self._invoice(self.partner_a, 700, D0)
        other = self._invoice(self.partner_a, 300, D0)
        disputed.dunning_block_reason = "dispute"
        odoo_blocked.payment_state = "blocked"
        self.run_dunning(D0 + timedelta(days=3))
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.line_ids.move_id, other)
        self.assertFalse(disputed.dunning_level_id)
        disputed.action_dunning_unblock()
        letter.action_mark_sent()
        self.run_dunning(D0 + timedelta(days=10))
        self.assertEqual(disputed.dunning_level_id, self.level(1))

    def test_manual_hold_on_customer_stops_everything(self):
        self._invoice(self.partner_a, 1000, D0)
        self.partner_a.with_company(self.company).dunning_blocked = True
        self.run_dunning(D0 + timedelta(days=3))
        self.assertFalse(self.letters(self.partner_a))
        self.assertEqual(self.partner_a.with_company(self.company).dunning_status, "blocked")

    def test_payment_after_draft_takes_invoice_off_the_letter(self):
        paid = self._invoice(self.partner_a, 1000, D0)
        kept = self._invoice(self.partner_a, 200, D0)
        self.run_dunning(D0 + timedelta(days=3))
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.line_ids.move_id, paid | kept)
        self._pay(paid, 1000, D0 + timedelta(days=4))
        letter.action_confirm()
        self.assertEqual(letter.line_ids.move_id, kept)
        self.assertEqual(letter.amount_total, 200.0)
        self._pay(kept, 200, D0 + timedelta(days=4))
        letter.action_mark_sent()
        self.assertEqual(letter.state, "cancel", "a customer who paid everything gets no letter")

    def test_partial_payment_after_draft_updates_the_claim(self):
        inv = self._invoice(self.partner_a, 1000, D0)
        self.run_dunning(D0 + timedelta(days=3))
        letter = self.letters(self.partner_a)
        self._pay(inv, 350, D0 + timedelta(days=4))
        letter.action_confirm()
        self.assertEqual(letter.state, "to_send")
        self.assertEqual(letter.line_ids.amount_residual, 650.0)
        self.assertEqual(letter.amount_total, 650.0)

    def test_full_payment_resets_the_customer(self):
        inv = self._invoice(self.partner_a, 1000, D0)
        self.run_dunning(D0 + timedelta(days=3))
        partner = self.partner_a.with_company(self.company)
        self.assertEqual(partner.dunning_status, "dunned")
        self.letters(self.partner_a).action_mark_sent()
        self._pay(inv, 1000, D0 + timedelta(days=5))
        self.run_dunning(D0 + timedelta(days=6))
        self.assertEqual(partner.dunning_status, "ok")
        self.assertFalse(partner.dunning_level_id)

    def test_instalments_are_dunned_per_due_date(self):
        term = self.env["account.payment.term"].create(
            {
                "name": "50/50",
                "line_ids": [
                    (0, 0, {"value": "percent", "value_amount": 50, "nb_days": 0}),
                    (0, 0, {"value": "percent", "value_amount": 50, "nb_days": 30}),
                ],
            }
        )
        inv = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.partner_a.id,
                "invoice_date": D0,
                "invoice_payment_term_id": term.id,
                "invoice_line_ids": [(0, 0, {"name": "Goods", "price_unit": 1000, "tax_ids": []})],
            }
        )
        inv.action_post()
        self.run_dunning(D0 + timedelta(days=5))
        letter = self.letters(self.partner_a)
        self.assertEqual(len(letter.line_ids), 1, "the second instalment is not due yet")
        self.assertEqual(letter.line_ids.date_maturity, D0)
        self.assertEqual(letter.line_ids.amount_residual, 500.0)

    def test_levels_stored_by_the_run_match_the_orm_definition(self):
        """The run writes invoice levels in SQL; the ORM must agree with them."""
        term = self.env["account.payment.term"].create(
            {
                "name": "50/50",
                "line_ids": [
                    Command.create({"value": "percent", "value_amount": 50, "nb_days": 0}),
                    Command.create({"value": "percent", "value_amount": 50, "nb_days": 20}),
                ],
            }
        )
        split = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.partner_a.id,
                "invoice_date": D0,
                "invoice_payment_term_id": term.id,
                "invoice_line_ids": [Command.create({"name": "Goods", "price_unit": 800})],
            }
        )
        split.action_post()
        single = self._invoice(self.partner_a, 300, D0 + timedelta(days=2))
        moves = split | single
        items = moves.line_ids.filtered(lambda aml: aml.account_type == "asset_receivable")
        first, second = items.filtered(lambda aml: aml.move_id == split).sorted("date_maturity")

        def assert_orm_agrees():
            for records in (moves,):
                stored = [(rec.dunning_level_id, rec.dunning_date) for rec in records]
                records.invalidate_recordset(["dunning_level_id", "dunning_date"])
                for fname in ("dunning_level_id", "dunning_date"):
                    self.env.add_to_compute(records._fields[fname], records)
                computed = [(rec.dunning_level_id, rec.dunning_date) for rec in records]
                self.assertEqual(stored, computed)

        # Sending a letter recomputes the levels through the ORM: only the run's own writes are
        # under test here, so the last letter stays in draft.
        self.policy.allow_level_jump = True
        self.run_dunning(D0 + timedelta(days=15))
        with freeze_time(D0 + timedelta(days=15)):
            self.letters(self.partner_a).action_mark_sent()
        self.run_dunning(D0 + timedelta(days=37))
        # Day 37: the first instalment (due D0) is 37 days overdue, the second (due day 20) 17,
        # the single invoice (due day 2) 35.
        self.assertEqual(first.dunning_level_id, self.level(3))
        self.assertEqual(second.dunning_level_id, self.level(2))
        self.assertEqual(single.dunning_level_id, self.level(3))
        self.assertEqual(split.dunning_level_id, self.level(3), "the highest of its instalments")
        self.assertEqual(split.dunning_date, D0 + timedelta(days=37))
        assert_orm_agrees()
        # Withdrawing the latest letter falls back to the levels of the one before.
        self.letters(self.partner_a)[-1].action_cancel()
        self.assertEqual(first.dunning_level_id, self.level(2))
        self.assertFalse(second.dunning_level_id)
        self.assertEqual(split.dunning_date, D0 + timedelta(days=15))
        assert_orm_agrees()

    def test_phone_level_schedules_a_call_for_the_collector(self):
        collector = self.env["res.users"].create(
            {
                "name": "Collector",
                "login": "collector_call",
                "company_id": self.company.id,
                "company_ids": [(6, 0, self.company.ids)],
            }
        )
        self.partner_a.dunning_collector_id = collector
        self.policy.allow_level_jump = True
        self._invoice(self.partner_a, 1000, D0)
        self.run_dunning(D0 + timedelta(days=61))
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.level_id, self.level(4))
        self.assertEqual(letter.activity_ids.user_id, collector)
        self.assertEqual(
            letter.activity_ids.activity_type_id, self.env.ref("mail.mail_activity_data_call")
        )

    def test_final_demand_puts_customer_on_credit_hold(self):
        self.policy.allow_level_jump = True
        self._invoice(self.partner_a, 1000, D0)
        self.run_dunning(D0 + timedelta(days=31))
        partner = self.partner_a.with_company(self.company)
        self.assertTrue(partner.dunning_credit_hold)
        collector = new_test_user(
            self.env,
            login="collector_hold",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
            groups="account_dunning.group_dunning_collector,account.group_account_invoice",
        )
        draft = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.partner_a.id,
                "invoice_date": D0 + timedelta(days=31),
                "invoice_line_ids": [
                    (0, 0, {"name": "More goods", "price_unit": 50, "tax_ids": []})
                ],
            }
        )
        self.assertTrue(draft.dunning_credit_hold)
        with self.assertRaisesRegex(UserError, "credit hold"):
            draft.with_user(collector).action_post()
        draft.action_post()  # a dunning manager may still invoice
        self.assertEqual(draft.state, "posted")

    def test_payment_behaviour_figure(self):
        early = self._invoice(self.partner_a, 1000, D0)
        late = self._invoice(self.partner_a, 3000, D0)
        self._pay(early, 1000, D0 + timedelta(days=10))
        self._pay(late, 3000, D0 + timedelta(days=40))
        engine = self.env["account.dunning.engine"]
        engine._refresh_payment_behaviour(self.company, D0 + timedelta(days=50))
        partner = self.partner_a.with_company(self.company)
        # Amount-weighted: (1000 x 10 + 3000 x 40) / 4000 = 32.5 days late: above 30, at risk.
        self.assertEqual(partner.dunning_avg_days_late, 32.5)
        self.assertEqual(partner.dunning_behaviour_category, "at_risk")
        self._pay(self._invoice(self.partner_b, 500, D0), 500, D0 + timedelta(days=2))
        engine._refresh_payment_behaviour(self.company, D0 + timedelta(days=50))
        self.assertEqual(
            self.partner_b.with_company(self.company).dunning_behaviour_category, "reliable"
        )

    def test_multi_currency_amounts(self):
        eur = self.setup_other_currency("EUR", rates=[("2020-01-01", 0.5)])
        self._invoice(self.partner_a, 1000, D0, currency=eur)
        self.run_dunning(D0 + timedelta(days=3))
        line = self.letters(self.partner_a).line_ids
        self.assertEqual(line.currency_id, eur)
        self.assertEqual(line.amount_residual_currency, 1000.0)
        self.assertEqual(line.amount_residual, 2000.0, "company currency at the invoice rate")

    def test_scheduled_action_runs_every_company(self):
        self._invoice(self.partner_a, 1000, D0)
        cron = self.env.ref("account_dunning.ir_cron_dunning_run")
        with freeze_time(D0 + timedelta(days=3)):
            cron.method_direct_trigger()
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.level_id, self.level(1))
        self.assertEqual(letter.date, D0 + timedelta(days=3))

    def test_preview_creates_nothing(self):
        self._invoice(self.partner_a, 1000, D0)
        wizard = self.env["account.dunning.run.wizard"].create(
            {
                "company_id": self.company.id,
                "date": D0 + timedelta(days=3),
            }
        )
        wizard.action_preview()
        self.assertIn("partner_a", wizard.preview_html)
        self.assertFalse(self.letters())
        self.assertFalse(self.env["account.dunning.run"].search([]), "a preview records no run")
        with freeze_time(D0 + timedelta(days=3)):
            action = wizard.action_run()
        run = self.env["account.dunning.run"].browse(action["res_id"])
        self.assertEqual(len(self.letters()), 1)
        self.assertEqual((run.state, run.letter_count), ("done", 1))

    def test_concurrent_run_skips_customers_locked_by_another_worker(self):
        # A customer committed in the database, so a second cursor (another cron worker) sees it.
        # The other worker locks it first, as the engine does for the customers of its batch.
        partner = self.env.ref("base.res_partner_2")
        with self.env.registry.cursor() as other_worker:
            other_worker.execute(
                "SELECT id FROM res_partner WHERE id = %s FOR NO KEY UPDATE NOWAIT", [partner.id]
            )
            # Fail instead of hanging should anything in this transaction wait for that lock.
            self.env.cr.execute("SET LOCAL lock_timeout = '5s'")
            self._invoice(partner, 1000, D0)
            stats = self.run_dunning(D0 + timedelta(days=3))
            self.assertFalse(self.letters(partner), "the other worker holds this customer")
            self.assertEqual(stats["letters"], 0)
            other_worker.rollback()
        self.run_dunning(D0 + timedelta(days=3))
        self.run_dunning(D0 + timedelta(days=3))
        self.assertEqual(len(self.letters(partner)), 1)

    def test_query_count_grows_with_batches_not_invoices(self):
        def scenario(n_customers):
            partners = self.env["res.partner"].create(
                [
                    {"name": f"Customer {n_customers}-{i}", "is_company": True}
                    for i in range(n_customers)
                ]
            )
            for partner in partners:
                self._invoice(partner, 100, D0)
                self._invoice(partner, 200, D0 + timedelta(days=2))
            self.env.invalidate_all()
            self.env.flush_all()
            start = self.cr.sql_log_count
            stats = self.run_dunning(D0 + timedelta(days=5), partners=partners)
            self.env.flush_all()
            self.assertEqual(stats["letters"], n_customers)
            return self.cr.sql_log_count - start

        scenario(2)  # warm-up: fills the ORM caches (access rules, defaults) like @warmup does
        small = scenario(3)
        large = scenario(12)
        self.assertEqual(small, large, "4x the invoices, same number of queries")

    def test_cancelled_letter_frees_the_contact_window_and_keeps_its_reason(self):
        self._invoice(self.partner_a, 1000, D0)
        self.run_dunning(D0 + timedelta(days=2))
        letter = self.letters(self.partner_a)
        partner = self.partner_a.with_company(self.company)
        self.assertEqual(partner.dunning_last_date, D0 + timedelta(days=2))
        wizard = (
            self.env["account.dunning.letter.cancel"]
            .with_context(default_letter_ids=letter.ids)
            .create({"reason": "Sent to the wrong contact"})
        )
        wizard.action_cancel_letters()
        self.assertEqual(letter.state, "cancel")
        self.assertEqual(letter.cancel_reason, "Sent to the wrong contact")
        self.assertIn("Sent to the wrong contact", letter.message_ids[0].body)
        # The withdrawn letter was no contact: the next run may write at once, where the
        # 7-day window would otherwise wait until D0 + 9.
        self.assertFalse(partner.dunning_last_date)
        self.run_dunning(D0 + timedelta(days=3))
        again = self.letters(self.partner_a) - letter
        self.assertEqual(
            (len(again), again.state, again.date), (1, "draft", D0 + timedelta(days=3))
        )
        # Cancelling the new one falls back to the latest letter still standing (none here).
        again.action_cancel()
        self.assertFalse(partner.dunning_last_date)

    def test_the_run_skips_a_customer_the_sending_job_holds_and_takes_it_next_time(self):
        # The hourly sending job locks the customers of the letters it sends, as the run does
        # (FOR NO KEY UPDATE SKIP LOCKED): a run overlapping it leaves that customer to its next
        # run instead of waiting or drafting a second letter beside the one being sent.
        held = self.env.ref("base.res_partner_2")  # committed, so another cursor can lock it
        with self.env.registry.cursor() as sending_job:
            sending_job.execute(
                "SELECT id FROM res_partner WHERE id = %s FOR NO KEY UPDATE NOWAIT", [held.id]
            )
            self._invoice(held, 800, D0)
            self._invoice(self.partner_a, 500, D0)
            self.env.cr.execute("SET LOCAL lock_timeout = '5s'")
            self.run_dunning(D0 + timedelta(days=2))
            self.assertFalse(self.letters(held), "the sending job holds this customer")
            self.assertEqual(len(self.letters(self.partner_a)), 1, "the others are dunned")
            sending_job.rollback()
        self.run_dunning(D0 + timedelta(days=2))
        self.assertEqual(self.letters(held).mapped("amount_total"), [800.0])
        self.assertEqual(len(self.letters(self.partner_a)), 1, "nothing twice")
