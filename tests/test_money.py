# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Money-moving actions with the invoices in another currency than the company's (USD).

Rates (units of the currency per USD): NOK 8 before D0 and 10 from D0, EUR 0.9 then 0.8, SEK 10
then 9. Invoices are dated D0 - 30 (old rate), the actions happen after D0 (new rate): each
entry is in the invoice's currency with the company amount at the day's rate, and Odoo's
reconciliation books the exchange difference against the invoice's own rate.
"""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestMoney(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.nok = cls.setup_other_currency("NOK", rates=[("2000-01-01", 8.0), (D0, 10.0)])
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 0.9), (D0, 0.8)])
        cls.sek = cls.setup_other_currency("SEK", rates=[("2000-01-01", 10.0), (D0, 9.0)])
        cls.receivable = cls.company_data["default_account_receivable"]

        def account(name, code, kind="expense"):
            return cls.env["account.account"].create(
                {
                    "name": name,
                    "code": code,
                    "account_type": kind,
                    "company_ids": [Command.link(cls.company.id)],
                }
            )

        cls.fee_account = account("Factoring fees", "627000")
        cls.bad_debt = account("Bad debts", "685000")
        cls.commission_account = account("Collection commissions", "628000")
        cls.company.write(
            {
                "dunning_factoring_fee_account_id": cls.fee_account.id,
                "dunning_bad_debt_account_id": cls.bad_debt.id,
                "dunning_commission_account_id": cls.commission_account.id,
            }
        )
        cls.factor = cls.env["res.partner"].create(
            {"name": "Nordic Factoring AB", "is_company": True, "dunning_is_factor": True}
        )
        cls.agency = cls.env["res.partner"].create(
            {"name": "Nordic Inkasso AB", "is_company": True}
        )
        cls.bank = cls.company_data["default_journal_bank"]

    def _exchange_items(self, invoice, receivable=None):
        """(debit, credit) on the receivable of the exchange difference entries of ``invoice``."""
        receivable = receivable or self.receivable
        partials = invoice.line_ids.matched_credit_ids | invoice.line_ids.matched_debit_ids
        moves = partials.exchange_move_id | invoice.line_ids.full_reconcile_id.exchange_move_id
        return sorted(
            (line.debit, line.credit) for line in moves.line_ids if line.account_id == receivable
        )

    def _sale(self, invoices, date, **values):
        return self.env["account.dunning.factoring"].create(
            {
                "factor_id": self.factor.id,
                "move_ids": [Command.set(invoices.ids)],
                "advance_rate": 85,
                "fee_percent": 2.5,
                "date": date,
                **values,
            }
        )

    # ------------------------------------------------------------------ factoring
    def test_factoring_two_nok_invoices_in_a_usd_company(self):
        first = self._invoice(self.partner_a, 5000, D0, currency=self.nok)
        second = self._invoice(self.partner_b, 8900, D0, currency=self.nok)
        # Booked at the invoice rate 8: 625.00 + 1,112.50 = 1,737.50 USD.
        self.assertEqual(
            (first.amount_residual_signed, second.amount_residual_signed), (625, 1112.5)
        )
        sale = self._sale(first | second, D0 + timedelta(days=5))
        self.assertEqual(sale.currency_id, self.nok)
        # 13,900 NOK: fee 2.5 % = 347.50, advance 85 % = 11,815.00, final 1,737.50 NOK.
        self.assertEqual(
            (sale.preview_fee, sale.preview_advance, sale.preview_settlement),
            (347.5, 11815.0, 1737.5),
        )
        sale.action_post()
        self.assertEqual(
            (sale.amount_total, sale.amount_fee, sale.amount_advance), (13900.0, 347.5, 11815.0)
        )
        # In NOK at the sale's rate 10; the fee takes the cent of the conversion, if any.
        self.assertItems(
            sale.entry_id,
            [
                (self.receivable.code, 0.0, 500.0, -5000.0, "NOK"),
                (self.partner_b.property_account_receivable_id.code, 0.0, 890.0, -8900.0, "NOK"),
                (self.receivable.code, 1355.25, 0.0, 13552.5, "NOK"),
                (self.fee_account.code, 34.75, 0.0, 347.5, "NOK"),
            ],
        )
        self.assertEqual((first.payment_state, second.payment_state), ("paid", "paid"))
        self.assertEqual((first.amount_residual, second.amount_residual), (0.0, 0.0))
        # Odoo's exchange difference closes each invoice in USD: 625 - 500, 1,112.50 - 890.
        self.assertEqual(self._exchange_items(first), [(0.0, 125.0)])
        self.assertEqual(
            self._exchange_items(second, self.partner_b.property_account_receivable_id),
            [(0.0, 222.5)],
        )
        self.assertLedgerConsistent(self.partner_a)
        self.assertLedgerConsistent(self.partner_b)
        # The factor pays its advance in NOK: 11,815 NOK = 1,181.50 USD at 10.
        payment = sale._record_factor_payment(11815, D0 + timedelta(days=10), self.bank)
        self.assertEqual((payment.currency_id, payment.amount), (self.nok, 11815.0))
        self.assertEqual(sale.amount_received, 11815.0)
        factor_line = sale.entry_id.line_ids.filtered(
            lambda line: line.partner_id == self.factor and line.account_id == self.receivable
        )
        self.assertEqual(
            (factor_line.amount_residual_currency, factor_line.amount_residual), (1737.5, 173.75)
        )
        with self.assertRaisesRegex(ValidationError, "at most what it still owes"):
            sale._record_factor_payment(1737.51, D0 + timedelta(days=10), self.bank)
        # Buy-back of the first invoice: open again on the customer for 5,000 NOK (625 USD).
        with freeze_time(D0 + timedelta(days=20)):
            buy_back = sale.action_buy_back(first)
        self.assertItems(
            buy_back,
            [
                (self.receivable.code, 0.0, 500.0, -5000.0, "NOK"),
                (self.receivable.code, 500.0, 0.0, 5000.0, "NOK"),
            ],
        )
        self.assertEqual(
            (first.payment_state, first.amount_residual, first.amount_residual_signed),
            ("not_paid", 5000.0, 625.0),
        )
        self.assertEqual(second.payment_state, "paid")
        self.assertLedgerConsistent(self.partner_a)
        self.assertLedgerConsistent(self.partner_b)

    def test_factoring_1000_eur_invoice_is_closed_in_full(self):
        invoice = self._invoice(self.partner_a, 1000, D0, currency=self.eur)
        self.assertEqual(invoice.amount_residual_signed, 1111.11)
        sale = self._sale(invoice, D0 + timedelta(days=5), fee_percent=2, advance_rate=80)
        sale.action_post()
        # Sold for 1,000 EUR (1,250.00 USD at 0.8), not 1,000 of the company currency.
        self.assertItems(
            sale.entry_id,
            [
                (self.receivable.code, 0.0, 1250.0, -1000.0, "EUR"),
                (self.receivable.code, 1225.0, 0.0, 980.0, "EUR"),
                (self.fee_account.code, 25.0, 0.0, 20.0, "EUR"),
            ],
        )
        self.assertEqual(
            (invoice.payment_state, invoice.amount_residual, invoice.dunning_block_reason),
            ("paid", 0.0, "factored"),
        )
        self.assertEqual(self._exchange_items(invoice), [(138.89, 0.0)])
        self.assertLedgerConsistent(self.partner_a)

    def test_factoring_refuses_what_cannot_be_sold(self):
        nok = self._invoice(self.partner_a, 5000, D0, currency=self.nok)
        eur = self._invoice(self.partner_a, 1000, D0, currency=self.eur)
        refund = self._invoice(self.partner_a, 100, D0, move_type="out_refund")
        with self.assertRaisesRegex(ValidationError, "holds invoices of one currency"):
            self._sale(nok | eur, D0 + timedelta(days=5))
        with self.assertRaisesRegex(
            ValidationError, f"{refund.name}.*cannot be sold to a factor: it is not a customer"
        ):
            self._sale(refund, D0 + timedelta(days=5))
        self._sale(nok, D0 + timedelta(days=5)).action_post()
        with self.assertRaisesRegex(ValidationError, f"{nok.name}.*it is paid"):
            self._sale(nok, D0 + timedelta(days=6))
        # A draft sale whose invoice was paid meanwhile refuses to post.
        sale = self._sale(eur, D0 + timedelta(days=5))
        self._pay(eur, 1000, D0 + timedelta(days=5))
        with self.assertRaisesRegex(ValidationError, f"{eur.name}.*it is paid"):
            sale.action_post()

    # ------------------------------------------------------------------ write-offs
    def _writeoff(self, invoices, **values):
        return self.env["account.dunning.writeoff"].create(
            {
                "move_ids": [Command.set(invoices.ids)],
                "reason": "Settled",
                "date": D0 + timedelta(days=5),
                **values,
            }
        )

    def test_settling_a_1450_sek_invoice_for_1000(self):
        invoice = self._invoice(self.partner_a, 1450, D0, currency=self.sek)
        record = self._writeoff(invoice, mode="settlement", settlement_amount=1000)
        self.assertEqual(record.currency_id, self.sek)
        record.action_post()
        # 450 SEK written off (50.00 USD at 9), 1,000 SEK still owed by the customer.
        self.assertEqual(record.amount_written_off, 450.0)
        self.assertItems(
            record.entry_id,
            [
                (self.receivable.code, 0.0, 50.0, -450.0, "SEK"),
                (self.bad_debt.code, 50.0, 0.0, 450.0, "SEK"),
            ],
        )
        self.assertEqual(
            (invoice.payment_state, invoice.amount_residual, invoice.amount_residual_signed),
            ("partial", 1000.0, 100.0),
        )
        self.assertLedgerConsistent(self.partner_a)
        self._pay(invoice, 1000, D0 + timedelta(days=10))
        self.assertEqual((invoice.payment_state, invoice.amount_residual), ("paid", 0.0))
        self.assertLedgerConsistent(self.partner_a)
        with self.assertRaisesRegex(ValidationError, f"{invoice.name}.*cannot be settled"):
            self._writeoff(invoice, mode="settlement", settlement_amount=0)

    def test_small_eur_debt_written_off_in_eur(self):
        invoice = self._invoice(self.partner_a, 50, D0, currency=self.eur)
        record = self._writeoff(invoice, mode="small_debts", threshold=60)
        record.action_post()
        # 50 EUR = 62.50 USD at 0.8 (not "50.00 USD"); booked at 55.56 USD, gain 6.94.
        self.assertItems(
            record.entry_id,
            [
                (self.receivable.code, 0.0, 62.5, -50.0, "EUR"),
                (self.bad_debt.code, 62.5, 0.0, 50.0, "EUR"),
            ],
        )
        self.assertEqual((invoice.payment_state, invoice.amount_residual), ("paid", 0.0))
        self.assertEqual(self._exchange_items(invoice), [(6.94, 0.0)])
        self.assertLedgerConsistent(self.partner_a)
        # Reverse restores the debt at the invoice's own value.
        record.action_reverse()
        self.assertEqual(
            (invoice.payment_state, invoice.amount_residual, invoice.amount_residual_signed),
            ("not_paid", 50.0, 55.56),
        )
        self.assertLedgerConsistent(self.partner_a)

    def test_small_debts_in_two_currencies_each_written_off_in_its_own(self):
        eur = self._invoice(self.partner_a, 50, D0, currency=self.eur)
        sek = self._invoice(self.partner_a, 300, D0, currency=self.sek)
        record = self._writeoff(eur | sek, mode="small_debts", threshold=70)
        # No shared currency: the threshold and the total are in the company currency (USD).
        self.assertEqual(record.currency_id, self.company.currency_id)
        record.action_post()
        # 50 EUR = 62.50 USD and 300 SEK = 33.33 USD at the write-off date's rates.
        self.assertItems(
            record.entry_id,
            [
                (self.receivable.code, 0.0, 62.5, -50.0, "EUR"),
                (self.bad_debt.code, 62.5, 0.0, 50.0, "EUR"),
                (self.receivable.code, 0.0, 33.33, -300.0, "SEK"),
                (self.bad_debt.code, 33.33, 0.0, 300.0, "SEK"),
            ],
        )
        self.assertEqual(record.amount_written_off, 95.83)
        self.assertEqual((eur.payment_state, sek.payment_state), ("paid", "paid"))
        self.assertLedgerConsistent(self.partner_a)

    def test_write_off_refuses_credit_notes(self):
        refund = self._invoice(self.partner_a, 50, D0, move_type="out_refund")
        with self.assertRaisesRegex(
            ValidationError, f"{refund.name}.*cannot be written off: it is not a customer invoice"
        ):
            self._writeoff(refund, mode="small_debts", threshold=60)

    # ------------------------------------------------------------------ agency
    def test_agency_case_in_one_currency_allocates_invoice_by_invoice(self):
        big = self._invoice(self.partner_a, 8000, D0, currency=self.sek)
        small = self._invoice(self.partner_a, 2000, D0 + timedelta(days=5), currency=self.sek)
        eur = self._invoice(self.partner_a, 1000, D0, currency=self.eur)
        with self.assertRaisesRegex(ValidationError, r"one currency \(now (EUR, SEK|SEK, EUR)\)"):
            self.env["account.dunning.collection.case"].create(
                {
                    "agency_id": self.agency.id,
                    "partner_id": self.partner_a.id,
                    "move_ids": [Command.set((big | eur).ids)],
                }
            )
        case = self.env["account.dunning.collection.case"].create(
            {
                "agency_id": self.agency.id,
                "partner_id": self.partner_a.id,
                "move_ids": [Command.set((big | small).ids)],
                "commission_percent": 15,
            }
        )
        day = D0 + timedelta(days=100)
        with freeze_time(day):
            case.action_hand_over()
        self.assertEqual((case.currency_id, case.amount_handed_over), (self.sek, 10000.0))
        wizard = (
            self.env["account.dunning.recovery"]
            .with_context(active_id=case.id)
            .create({"date": day, "journal_id": self.bank.id})
        )
        self.assertEqual((wizard.currency_id, wizard.amount), (self.sek, 10000.0))
        wizard.amount = 4000
        wizard.action_record()
        # 4,000 SEK on the oldest invoice; the other is untouched.
        self.assertEqual(
            (big.payment_state, big.amount_residual, small.payment_state, small.amount_residual),
            ("partial", 4000.0, "not_paid", 2000.0),
        )
        self.assertEqual(
            (case.state, case.amount_recovered, case.amount_commission),
            ("partly_recovered", 4000.0, 600.0),
        )
        commission = self.env["account.move"].search(
            [("ref", "=", f"Agency commission {case.name}")]
        )
        payable = self.agency.property_account_payable_id
        self.assertItems(
            commission,
            [
                (self.commission_account.code, 66.67, 0.0, 600.0, "SEK"),
                (payable.code, 0.0, 66.67, -600.0, "SEK"),
            ],
        )
        self.assertLedgerConsistent(self.partner_a)
        case._record_recovery(6000, day, self.bank)
        self.assertEqual((big.payment_state, small.payment_state), ("paid", "paid"))
        self.assertEqual(case.state, "recovered")
        self.assertEqual(eur.payment_state, "not_paid")
        self.assertLedgerConsistent(self.partner_a)

    # ------------------------------------------------------------------ legal action
    def test_legal_claim_is_net_of_credit_notes_in_the_invoice_currency(self):
        invoice = self._invoice(self.partner_a, 1000, D0, currency=self.eur)
        refund = self._invoice(self.partner_a, 300, D0, currency=self.eur, move_type="out_refund")
        with self.assertRaisesRegex(
            ValidationError, f"{refund.name}.*cannot be claimed in court: it is not a customer"
        ):
            self.env["account.dunning.legal.action"].create(
                {"partner_id": self.partner_a.id, "move_ids": [Command.set((invoice | refund).ids)]}
            )
        action = self.env["account.dunning.legal.action"].create(
            {"partner_id": self.partner_a.id, "move_ids": [Command.set(invoice.ids)]}
        )
        self.assertEqual((action.currency_id, action.claim_amount), (self.eur, 700.0))
        # A customer who owes nothing net has nothing to claim.
        self._invoice(self.partner_a, 700, D0, currency=self.eur, move_type="out_refund")
        action.invalidate_recordset(["claim_amount"])
        action._compute_claim_amount()
        self.assertEqual(action.claim_amount, 0.0)
        self.assertFalse(action.worth_filing)

    # ------------------------------------------------------------------ promises
    def test_log_call_promise_in_the_invoice_currency(self):
        invoice = self._invoice(self.partner_a, 1000, D0, currency=self.eur)
        with freeze_time(D0 + timedelta(days=10)):
            wizard = self.env["account.dunning.log.call"].create(
                {"partner_id": self.partner_a.id, "record_promise": True}
            )
            wizard._onchange_partner_id()
            self.assertEqual(wizard.move_ids, invoice)
            self.assertEqual((wizard.currency_id, wizard.promise_amount), (self.eur, 1000.0))
            wizard.promise_date = D0 + timedelta(days=20)
            action = wizard.action_log()
        promise = self.env["account.dunning.promise"].browse(action["res_id"])
        self.assertEqual((promise.currency_id, promise.amount), (self.eur, 1000.0))
        self._pay(invoice, 1000, D0 + timedelta(days=15))
        promise._check_progress(D0 + timedelta(days=16))
        self.assertEqual(promise.state, "kept", "1,000 EUR paid keeps a 1,000 EUR promise")

    # ------------------------------------------------------------------ charges invoices
    def test_invoice_mode_three_letters_claim_the_pauschale_once(self):
        """A German business in invoice mode: each sent letter invoices its charges; the
        charges invoices are dunned as owed charges but bear no Pauschale, fee or interest."""
        self.policy.charge_mode = "invoice"
        self.levels.write({"claim_interest": True, "claim_compensation": True})
        rate = self.setup_other_currency("EUR", rates=[("2000-01-01", 1.0)])
        customer = self.env["res.partner"].create(
            {"name": "Müller GmbH", "is_company": True, "country_id": self.env.ref("base.de").id}
        )
        invoice = self._invoice(customer, 1000, date(2024, 1, 1), currency=rate)
        letters = self.env["account.dunning.letter"]
        for day in (date(2024, 1, 2), date(2024, 1, 15), date(2024, 1, 31)):
            self.run_dunning(day)
            letter = self.letters(customer) - letters
            self.assertEqual(len(letter), 1, f"one letter on {day}")
            with freeze_time(day):
                letter.action_mark_sent()
            letters |= letter
        first, second, third = letters
        charges = letters.charge_ids
        # BGB § 288 Abs. 5: the 40 EUR Pauschale once, on the debt itself.
        compensation = charges.filtered(lambda c: c.kind == "compensation")
        self.assertEqual(
            (compensation.amount, compensation.letter_id, compensation.move_id),
            (40.0, first, invoice),
        )
        # BGB § 288 Abs. 2, 12.62 % in 2024, on the 1,000 EUR only (BGB § 289: no interest on
        # interest): 2 Jan, 1 day: 0.345753 -> 0.35; 3-15 Jan, 13 days: 4.494795 -> 4.49;
        # 16-31 Jan, 16 days: 5.532055 -> 5.53.
        interest = charges.filtered(lambda c: c.kind == "interest")
        self.assertEqual(
            [(c.letter_id, c.move_id, c.amount) for c in interest],
            [(first, invoice, 0.35), (second, invoice, 4.49), (third, invoice, 5.53)],
        )
        self.assertEqual(
            [letter.charges_move_id.amount_total for letter in letters], [40.35, 4.49, 5.53]
        )
        self.assertTrue(all(letters.charges_move_id.mapped("dunning_is_charges")))
        self.assertFalse(invoice.dunning_is_charges)
        # The final demand lists the two earlier charges invoices as owed charges.
        listed = third.line_ids.filtered("is_charges").move_id
        self.assertEqual(listed, (first | second).charges_move_id)
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_dunning_letter", third.ids
        )
        self.assertEqual(html.decode().count("(dunning charges)"), 2)
        self.assertLedgerConsistent(customer)

    def test_printed_interest_breakdown_adds_up_to_the_invoiced_amount(self):
        self.policy.charge_mode = "invoice"
        self.level(1).claim_interest = True
        eur = self.setup_other_currency("EUR", rates=[("2000-01-01", 1.0)])
        customer = self.env["res.partner"].create(
            {"name": "Müller GmbH", "is_company": True, "country_id": self.env.ref("base.de").id}
        )
        self._invoice(customer, 1008, date(2023, 12, 1), currency=eur)
        self.run_dunning(date(2024, 1, 31))
        letter = self.letters(customer)
        # 1008 x 12.12 % x 30 / 36500 = 10.041337 and 1008 x 12.62 % x 31 / 36500 = 10.804103:
        # rounded once, 20.85 (the periods as printed add up to 20.84: 1 cent of rounding).
        interest = letter.charge_ids
        self.assertEqual(interest.amount, 20.85)
        self.assertEqual(interest.interest_rounding, 0.01)
        with freeze_time(date(2024, 1, 31)):  # sent on the run's day: charges as drafted
            letter.action_mark_sent()
        self.assertEqual(letter.charges_move_id.amount_total, 20.85)
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_dunning_letter", letter.ids
        )
        text = html.decode()
        self.assertIn("Rounding of the total", text)
        for amount in (10.04, 10.8, 0.01, 20.85):
            self.assertIn(letter._format_money(amount, eur), text)
