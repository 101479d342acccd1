# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 14: only confirmed rates; interest on invoices paid late.

Rates are the shipped de_basiszinssatz rows (data/account.dunning.rate.period.csv); the
arithmetic of every figure is in the comments.
"""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestConfirmedRates(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 1.0)])
        cls.first = cls.level(cls, 1)
        cls.first.claim_interest = True
        cls.de_table = cls.env.ref("account_dunning.rate_source_de_basiszinssatz")
        cls.customer = cls.env["res.partner"].create(
            {"name": "Müller GmbH", "is_company": True, "country_id": cls.env.ref("base.de").id}
        )

    def _todo(self, record):
        todo = self.env.ref("mail.mail_activity_data_todo")
        return record.activity_ids.filtered(lambda act: act.activity_type_id == todo)

    def test_shipped_rows_below_statute_read_are_unconfirmed(self):
        self.env["account.dunning.rate.period"].search([]).confirmed = False
        self.env.ref("account_dunning.rate_de_basiszinssatz_2024_01_01").unlink()
        self.env["account.dunning.rate.period"].with_context(
            install_filename="account.dunning.rate.period.csv"
        ).create(
            [
                {
                    "source_id": self.de_table.id,
                    "valid_from": date(2024, 1, 1),
                    "rate": 3.62,
                    "confidence": "secondary",
                    "legal_source": "Deutsche Bundesbank Basiszinssatz (BGB § 247)",
                },
                {
                    "source_id": self.env.ref(
                        "account_dunning.rate_source_se_riksbank_reference"
                    ).id,
                    "valid_from": date(2019, 7, 1),
                    "rate": -0.25,
                    "confidence": "statute/official",
                    "legal_source": "Riksbank referensränta (räntelagen 9 §), riksbank.se",
                },
            ]
        )
        rows = self.env["account.dunning.rate.period"].search(
            [("valid_from", "in", (date(2024, 1, 1), date(2019, 7, 1)))]
        )
        confirmed = {(row.source_id.code, row.confirmed) for row in rows}
        self.assertIn(("de_basiszinssatz", False), confirmed)
        self.assertIn(("se_riksbank_reference", True), confirmed)

    def test_unconfirmed_rate_waits_for_a_manager_then_releases_the_letter(self):
        row = self.env.ref("account_dunning.rate_de_basiszinssatz_2024_01_01")
        row.confirmed = False
        self._invoice(self.customer, 1000, date(2023, 12, 1), currency=self.eur)
        self.run_dunning(date(2024, 1, 31))
        letter = self.letters(self.customer)
        # Before: 31 days of January at the unconfirmed 3.62 % were claimed (20.68 in all).
        self.assertFalse(letter.charge_ids, "no interest on a day whose rate is unconfirmed")
        self.assertEqual(letter.state, "draft")
        summary = (
            "Confirm the reference rate valid from 2024-01-01 for Germany "
            "(Basiszinssatz (Germany)), source Deutsche Bundesbank"
        )
        self.assertIn(summary, letter.charges_waiting_reason)
        self.assertIn("2024-01-01", letter.message_ids[0].body)
        self.assertEqual(self._todo(letter).summary, summary)
        self.assertEqual(set(self._todo(self.de_table).mapped("summary")), {summary})
        with self.assertRaisesRegex(UserError, "waits for a legal value"):
            letter.action_confirm()
        # The next run changes nothing (no second note, no second activity).
        self.run_dunning(date(2024, 2, 1))
        self.assertEqual(len(self._todo(letter)), 1)
        # The manager confirms the row: logged with who and when.
        row.action_confirm()
        self.assertEqual(row.confirmed_by_id, self.env.user)
        self.assertTrue(row.confirmed_date)
        self.assertTrue(
            any("confirmed by" in body for body in self.de_table.message_ids.mapped("body"))
        )
        self.assertNotIn(summary, self._todo(self.de_table).mapped("summary"))
        # The daily run computes the letter again: BGB § 288 Abs. 2, to the letter's date
        # 2024-01-31: 2 - 31 Dec 2023, 30 days at 3.12 + 9 = 12.12 %: 9.961644; 1 - 31 Jan
        # 2024, 31 days at 3.62 + 9 = 12.62 %: 10.718356. Sum 20.680000 -> 20.68 EUR.
        self.run_dunning(date(2024, 2, 2))
        self.assertFalse(letter.charges_waiting_reason)
        self.assertEqual(letter.charge_ids.amount, 20.68)
        self.assertFalse(self._todo(letter))
        with freeze_time(date(2024, 2, 2)):
            letter.action_confirm()
        self.assertEqual(letter.state, "to_send")

    def test_half_year_nobody_entered_is_not_the_previous_rate(self):
        """The shipped DE table ends with the half-year starting 2026-01-01."""
        self._invoice(self.customer, 1000, date(2026, 6, 1), currency=self.eur)
        self.run_dunning(date(2026, 7, 10))
        letter = self.letters(self.customer)
        # Before: 2 Jun - 10 Jul at 1.27 + 9 = 10.27 % carried on: 10.97 EUR claimed.
        self.assertFalse(letter.charge_ids)
        self.assertIn(
            "Enter the reference rate valid from 2026-07-01 for Germany "
            "(Basiszinssatz (Germany)), source Deutsche Bundesbank",
            letter.charges_waiting_reason,
        )
        # A manager enters the period (a value for the test): confirmed by them.
        period = self.env["account.dunning.rate.period"].create(
            {
                "source_id": self.de_table.id,
                "valid_from": date(2026, 7, 1),
                "rate": 1.5,
                "legal_source": "Deutsche Bundesbank Basiszinssatz (BGB § 247)",
            }
        )
        self.assertEqual((period.confirmed, period.confirmed_by_id), (True, self.env.user))
        self.run_dunning(date(2026, 7, 11))
        # 2 - 30 Jun: 29 days at 1.27 + 9 = 10.27 %: 1000 x 10.27 x 29 / 36500 = 8.159726;
        # 1 - 10 Jul: 10 days at 1.50 + 9 = 10.50 %: 1000 x 10.5 x 10 / 36500 = 2.876712.
        # Sum 11.036438 -> 11.04 EUR.
        self.assertEqual(letter.charge_ids.amount, 11.04)
        self.assertEqual(
            letter.charge_ids.interest_line_ids.sorted("date_from").mapped("rate"), [10.27, 10.5]
        )

    def test_reminder_before_each_half_year_is_idempotent(self):
        Source = self.env["account.dunning.rate.source"]
        self.assertFalse(Source._cron_remind_periods(date(2026, 5, 1)))
        asked = Source._cron_remind_periods(date(2026, 6, 20))
        self.assertIn(self.de_table, asked)
        summary = (
            "Enter the reference rate valid from 2026-07-01 for Germany "
            "(Basiszinssatz (Germany)), source Deutsche Bundesbank"
        )
        todos = self._todo(self.de_table)
        self.assertEqual(todos.mapped("summary"), [summary] * len(todos))
        self.assertIn(self.env.user, todos.user_id)
        Source._cron_remind_periods(date(2026, 6, 21))
        self.assertEqual(self._todo(self.de_table), todos, "asked once")


@tagged("post_install", "-at_install")
class TestLatePaymentInterest(DunningCase):
    """Issue 14's worked example: 10,000 EUR due 2024-03-01, paid in full on 2024-04-15 by a
    German business: BGB § 288 Abs. 2, Basiszinssatz 3.62 % (1 Jan 2024) + 9 = 12.62 %; 2 Mar -
    15 Apr = 30 + 15 = 45 days (the payment day bears interest), act/365:
    10000 x 12.62 x 45 / 36500 = 155.589041 -> 155.59 EUR; § 288 Abs. 5: 40 EUR Pauschale."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 1.0)])
        cls.policy.late_payment_days = 365
        cls.policy.level_ids.sorted("sequence")[2].claim_interest = True
        cls.customer = cls.env["res.partner"].create(
            {"name": "Müller GmbH", "is_company": True, "country_id": cls.env.ref("base.de").id}
        )

    def _paid_late(self):
        invoice = self._invoice(self.customer, 10000, date(2024, 3, 1), currency=self.eur)
        self._pay(invoice, 10000, date(2024, 4, 15))
        return invoice

    def test_paid_late_is_claimed_on_the_next_letter_once(self):
        paid = self._paid_late()
        self._invoice(self.customer, 500, date(2024, 4, 1), currency=self.eur)
        self.run_dunning(date(2024, 4, 20))
        letter = self.letters(self.customer)
        claim = self.env["account.dunning.late.claim"].search([("move_id", "=", paid.id)])
        self.assertEqual(
            (claim.date_from, claim.date_to, claim.days, claim.interest_amount),
            (date(2024, 3, 2), date(2024, 4, 15), 45, 155.59),
        )
        self.assertEqual(
            (claim.compensation_amount, claim.compensation_currency_id), (40.0, self.eur)
        )
        charges = letter.charge_ids.filtered("late_claim_id").sorted("sequence")
        self.assertEqual(
            [(c.kind, c.amount, c.currency_id) for c in charges],
            [("interest", 155.59, self.eur), ("compensation", 40.0, self.eur)],
        )
        self.assertEqual(
            charges[0].interest_line_ids.mapped(lambda p: (p.days, p.rate, p.base)),
            [(45, 12.62, 10000.0)],
        )
        self.assertIn("BGB § 288 Abs. 2", charges[0].legal_source)
        # 155.59 + 40.00 EUR at rate 1.
        self.assertEqual(letter.amount_charges, 195.59)
        with freeze_time(date(2024, 4, 20)):
            letter.action_mark_sent()
        self.assertEqual((claim.state, claim.letter_id), ("claimed", letter))
        # The next letter (second level, 14 days after the first) does not claim it again,
        # and a new run finds no new day to claim.
        self.run_dunning(date(2024, 4, 28))
        later = self.letters(self.customer) - letter
        self.assertTrue(later)
        self.assertFalse(later.charge_ids.filtered("late_claim_id"))
        self.assertEqual(
            self.env["account.dunning.late.claim"].search_count([("move_id", "=", paid.id)]), 1
        )

    def test_a_consumer_paid_late_owes_interest_from_the_first_reminder(self):
        """BGB § 286 Abs. 1: a German consumer is in default by the reminder. 10,000 EUR due
        2024-03-01, reminder sent 2024-03-10, paid 2024-04-15: 11 Mar - 15 Apr = 36 days at
        3.62 + 5 = 8.62 %: 10000 x 8.62 x 36 / 36500 = 85.019178 -> 85.02 EUR. Paid late
        without any reminder: no default, nothing owed."""
        consumer = self.env["res.partner"].create(
            {"name": "Erika Muster", "country_id": self.env.ref("base.de").id}
        )
        dunned = self._invoice(consumer, 10000, date(2024, 3, 1), currency=self.eur)
        self.run_dunning(date(2024, 3, 10))
        with freeze_time(date(2024, 3, 10)):
            self.letters(consumer).action_mark_sent()
        self._pay(dunned, 10000, date(2024, 4, 15))
        quiet = self.env["res.partner"].create(
            {"name": "Max Muster", "country_id": self.env.ref("base.de").id}
        )
        undunned = self._invoice(quiet, 10000, date(2024, 3, 1), currency=self.eur)
        self._pay(undunned, 10000, date(2024, 4, 15))
        self.run_dunning(date(2024, 4, 20))
        Claim = self.env["account.dunning.late.claim"]
        claim = Claim.search([("move_id", "=", dunned.id)])
        self.assertEqual(
            (claim.date_from, claim.days, claim.interest_amount, claim.compensation_amount),
            (date(2024, 3, 11), 36, 85.02, 0.0),
        )
        self.assertEqual(claim.currency_id, self.eur)
        self.assertFalse(Claim.search([("move_id", "=", undunned.id)]))

    def test_dunned_then_paid_late_invoices_only_the_later_days(self):
        self.policy.charge_mode = "invoice"
        self.levels.claim_interest = True
        invoice = self._invoice(self.customer, 10000, date(2024, 3, 1), currency=self.eur)
        self.run_dunning(date(2024, 3, 31))
        letter = self.letters(self.customer)
        # To 31 Mar: 30 days, 10000 x 12.62 x 30 / 36500 = 103.726027 -> 103.73 EUR.
        self.assertEqual(letter.charge_ids.amount, 103.73)
        with freeze_time(date(2024, 3, 31)):
            letter.action_mark_sent()
        self.assertEqual(letter.charges_move_id.amount_total, 103.73)
        self._pay(invoice, 10000, date(2024, 4, 15))
        self.run_dunning(date(2024, 4, 20))
        claim = self.env["account.dunning.late.claim"].search([("move_id", "=", invoice.id)])
        # Only 1 - 15 Apr is owed: 155.59 (to 15 Apr) - 103.73 (to 31 Mar) = 51.86 EUR, plus the
        # 40 EUR Pauschale no letter claimed: one charges invoice of 91.86 EUR at once.
        self.assertEqual(
            (claim.date_from, claim.date_to, claim.interest_amount, claim.compensation_amount),
            (date(2024, 4, 1), date(2024, 4, 15), 51.86, 40.0),
        )
        self.assertEqual(claim.state, "invoiced")
        self.assertEqual(
            (claim.charges_move_id.amount_total, claim.charges_move_id.currency_id),
            (91.86, self.eur),
        )
        # Idempotent: the next run invoices nothing more.
        self.run_dunning(date(2024, 4, 21))
        self.assertEqual(
            self.env["account.dunning.late.claim"].search_count([("move_id", "=", invoice.id)]), 1
        )

    def test_waived_per_customer_and_minimum_and_look_back(self):
        self.customer.dunning_late_interest_waived = True
        self.assertIn("waived by", self.customer.message_ids[0].body)
        paid = self._paid_late()
        self.run_dunning(date(2024, 4, 20))
        Claim = self.env["account.dunning.late.claim"]
        self.assertFalse(Claim.search([("move_id", "=", paid.id)]), "waived by the collector")
        self.customer.dunning_late_interest_waived = False
        # Minimum 200 (company currency): 155.59 + 40 = 195.59 stays below it.
        self.policy.late_payment_min_amount = 200
        self.run_dunning(date(2024, 4, 20))
        self.assertFalse(Claim.search([("move_id", "=", paid.id)]))
        self.policy.late_payment_min_amount = 0
        # Paid 30 days before the run with a look-back of 20 days: not claimed.
        self.policy.late_payment_days = 20
        self.run_dunning(date(2024, 5, 15))
        self.assertFalse(Claim.search([("move_id", "=", paid.id)]))
        self.policy.late_payment_days = 365
        self.run_dunning(date(2024, 5, 15))
        claim = Claim.search([("move_id", "=", paid.id)])
        self.assertEqual(claim.interest_amount, 155.59)
        claim.action_waive()
        self.assertEqual(claim.state, "waived")
        self.assertIn("waived", self.customer.message_ids[0].body)

    def test_look_back_is_on_by_default_where_the_policy_claims_charges(self):
        """A new policy (and the shipped ones) look back a year; a policy none of whose levels
        claims interest or compensation claims nothing on late payments either."""
        shipped = self.env.ref("account_dunning.policy_default").sudo()
        self.assertEqual(shipped.late_payment_days, 365)
        self.assertEqual(self.env["account.dunning.policy"].new({}).late_payment_days, 365)
        paid = self._paid_late()
        self.policy.level_ids.claim_interest = False
        self.run_dunning(date(2024, 4, 20))
        Claim = self.env["account.dunning.late.claim"]
        self.assertFalse(Claim.search([("move_id", "=", paid.id)]))
        self.level(1).claim_compensation = True
        self.run_dunning(date(2024, 4, 20))
        self.assertEqual(Claim.search([("move_id", "=", paid.id)]).interest_amount, 155.59)


@tagged("post_install", "-at_install")
class TestSendTimeDeadlines(DunningCase):
    """The letter date and the pay-by date are set when the letter goes out, never below the
    statutory minimum (SE 8, NO 14, RU business 30 days from sending)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy.allow_level_jump = True
        cls.final = cls.level(cls, 3)  # "Final demand", 30 days, deadline 10 days

    def _final_demand(self, country, is_company=True):
        customer = self.env["res.partner"].create(
            {"name": country, "is_company": is_company, "country_id": self.env.ref(country).id}
        )
        self._invoice(customer, 1000, D0)
        self.run_dunning(D0 + timedelta(days=30))
        letter = self.letters(customer)
        self.assertEqual(letter.level_id, self.final)
        return customer, letter

    def test_deadline_counts_from_sending_with_the_statutory_minimum(self):
        _se, swedish = self._final_demand("base.se")
        _no, norwegian = self._final_demand("base.no")
        _ru, russian = self._final_demand("base.ru")
        _rp, russian_person = self._final_demand("base.ru", is_company=False)
        self.final.deadline_days = 7
        # Reviewed and sent three days after the run (2026-04-01 + 3 = 2026-04-04).
        with freeze_time(D0 + timedelta(days=33)):
            (swedish | norwegian | russian | russian_person).action_mark_sent()
        sent = D0 + timedelta(days=33)
        # Before: letter date 2026-04-01 and pay-by 2026-04-11 (10 days from drafting).
        self.assertEqual(
            [
                (letter.date, (letter.deadline_date - letter.date).days)
                for letter in swedish | norwegian | russian | russian_person
            ],
            [(sent, 8), (sent, 14), (sent, 30), (sent, 7)],
        )
        self.assertTrue(
            any("Inkassoloven § 9" in body for body in norwegian.message_ids.mapped("body"))
        )

    def test_next_level_waits_until_the_deadline_has_passed(self):
        customer, letter = self._final_demand("base.ru")
        with freeze_time(D0 + timedelta(days=33)):
            letter.action_mark_sent()
        # Pay-by 2026-04-04 + 30 = 2026-05-04 (D0 + 63). The pre-legal notice (60 days) is
        # reachable from D0 + 60 by days, but not before the претензия's 30 days have run.
        self.assertEqual(letter.deadline_date, D0 + timedelta(days=63))
        self.run_dunning(D0 + timedelta(days=61))
        self.assertEqual(self.letters(customer), letter)
        self.run_dunning(D0 + timedelta(days=64))
        later = self.letters(customer) - letter
        self.assertEqual(later.level_id, self.level(4))


@tagged("post_install", "-at_install")
class TestFeesByTheDebtorsLaw(DunningCase):
    """Fee caps of the debtor's law at letter time; Sweden's 450 SEK across letters."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sek = cls.setup_other_currency("SEK", rates=[("2000-01-01", 10.0)])
        cls.nok = cls.setup_other_currency("NOK", rates=[("2000-01-01", 10.0)])

    def _customer(self, country, is_company=True, **values):
        return self.env["res.partner"].create(
            {
                "name": country,
                "is_company": is_company,
                "country_id": self.env.ref(country).id,
                **values,
            }
        )

    def _rule(self, amount, currency, **values):
        return self.env["account.dunning.fee.rule"].create(
            {"name": "Reminder fee", "kind": "fixed", "amount": amount, "currency_id": currency.id}
            | values
        )

    def test_rule_without_country_keeps_the_swedish_cap_and_agreement(self):
        first = self.level(1)
        first.write({"charge_fee": True, "fee_rule_id": self._rule(500, self.sek).id})
        consumer = self._customer("base.se", is_company=False)
        self._invoice(consumer, 1000, D0, currency=self.sek)
        self.run_dunning(D0 + timedelta(days=2))
        letter = self.letters(consumer)
        # Before: 500 SEK charged to a consumer who never agreed to fees.
        self.assertFalse(letter.charge_ids)
        self.assertIn("not agreed", letter.message_ids[0].body)
        agreed = self._customer("base.se", is_company=False, dunning_fee_agreement="agreed")
        self._invoice(agreed, 1000, D0, currency=self.sek)
        self.run_dunning(D0 + timedelta(days=2))
        # Lag (1981:739) 4 §: at most 60 kr per påminnelse: 500 SEK lowered to 60.00 SEK.
        fee = self.letters(agreed).charge_ids
        self.assertEqual((fee.amount, fee.currency_id), (60.0, self.sek))
        self.assertIn("1981:739", fee.legal_source)

    def test_norwegian_cap_is_checked_when_the_letter_is_made(self):
        with freeze_time("2025-03-01"):
            rule = self._rule(
                35,
                self.nok,
                min_days_overdue=14,
                max_fees_per_claim=2,
                country_id=self.env.ref("base.no").id,
            )
        self.level(1).write({"charge_fee": True, "fee_rule_id": rule.id})
        customer = self._customer("base.no")
        self._invoice(customer, 1000, D0, currency=self.nok)
        self.run_dunning(D0 + timedelta(days=20))
        letter = self.letters(customer)
        # Before: 35 NOK charged in 2026, when the purregebyr in force is not confirmed.
        self.assertFalse(letter.charge_ids)
        self.assertIn("no confirmed cap", letter.message_ids[0].body)

    def test_swedish_450_replaces_the_fees_of_earlier_letters(self):
        rule = self._rule(
            60, self.sek, requires_agreement=True, country_id=self.env.ref("base.se").id
        )
        self.levels[:3].write({"charge_fee": True, "fee_rule_id": rule.id})
        self.level(3).claim_compensation = True
        customer = self._customer("base.se", dunning_fee_agreement="agreed")
        self._invoice(customer, 10000, D0, currency=self.sek)
        for days in (1, 14):
            self.run_dunning(D0 + timedelta(days=days))
            with freeze_time(D0 + timedelta(days=days)):
                self.letters(customer)[-1:].action_mark_sent()
        own = self.letters(customer).charge_ids.filtered(lambda c: not c.carried_from_id)
        self.assertEqual(own.mapped("amount"), [60.0, 60.0])
        self.run_dunning(D0 + timedelta(days=30))
        final = self.letters(customer)[-1:]
        self.assertEqual(final.level_id, self.level(3))
        # Lag (1981:739) 4 a §: the 450 kr förseningsersättning replaces the reminder fees of
        # the same claim across letters: before, this letter dropped only its own fee and
        # restated the two earlier ones: 450 + 60 + 60 = 570 SEK.
        self.assertEqual(
            [(c.kind, c.amount, c.currency_id) for c in final.charge_ids],
            [("compensation", 450.0, self.sek)],
        )

    def test_german_reminder_fee_only_once_in_default(self):
        """BGB §§ 280 Abs. 2, 286: a Mahnung putting the debtor in default carries no fee; the
        next one may charge the creditor's costs. A business is in default 30 days after the
        due date and the invoice (§ 286 Abs. 3) without any reminder."""
        eur = self.setup_other_currency("EUR", rates=[("2000-01-01", 2.0)])
        rule = self._rule(2.5, eur, legal_source="Actual costs of a reminder (BGB § 280)")
        self.levels[:3].write({"charge_fee": True, "fee_rule_id": rule.id})
        consumer = self._customer("base.de", is_company=False)
        self._invoice(consumer, 1000, D0, currency=eur)
        self.run_dunning(D0 + timedelta(days=2))
        first = self.letters(consumer)
        self.assertFalse(first.charge_ids)
        self.assertIn("not yet in default", first.message_ids[0].body)
        with freeze_time(D0 + timedelta(days=2)):
            first.action_mark_sent()
        self.run_dunning(D0 + timedelta(days=14))
        second = self.letters(consumer) - first
        fee = second.charge_ids.filtered(lambda c: not c.carried_from_id)
        self.assertEqual((fee.kind, fee.amount, fee.currency_id), ("fee", 2.5, eur))
        # A business whose invoice (dated D0 - 30) fell due on D0 is in default from D0 + 31:
        # a first reminder on D0 + 14 is free, one on D0 + 31 is not (no earlier letter).
        business = self._customer("base.de")
        self._invoice(business, 1000, D0, currency=eur)
        self.run_dunning(D0 + timedelta(days=14))
        self.assertFalse(self.letters(business).charge_ids)
        late = self._customer("base.de")
        self._invoice(late, 1000, D0 - timedelta(days=17), currency=eur)
        self.run_dunning(D0 + timedelta(days=14))  # D0 - 17 + 31 = D0 + 14: in default
        self.assertEqual(self.letters(late).charge_ids.mapped("amount"), [2.5])
