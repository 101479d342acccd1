# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fees, fixed compensation and statutory interest on letters, with the shipped legal data.

The arithmetic of every rule is covered to the cent in dunning_core/tests; here each worked
example goes through the models: rules and rates from the shipped data, payments from Odoo's
reconciliation, the breakdown stored on the letter, the charges invoiced once.
"""

from datetime import date

from freezegun import freeze_time
from lxml import html as lxml_html

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import DunningCase


@tagged("post_install", "-at_install")
class TestDunningCharges(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 1.0)])
        cls.sek = cls.setup_other_currency("SEK", rates=[("2000-01-01", 10.0)])
        cls.gbp = cls.setup_other_currency("GBP", rates=[("2000-01-01", 0.8)])
        cls.first = cls.level(cls, 1)

    def _customer(self, name, country, is_company=True):
        return self.env["res.partner"].create(
            {
                "name": name,
                "is_company": is_company,
                "country_id": self.env.ref(country).id,
            }
        )

    def _letter(self, partner):
        letters = self.letters(partner)
        self.assertEqual(len(letters), 1)
        return letters

    def test_german_business_interest_across_new_year(self):
        self.first.claim_interest = True
        self.first.claim_compensation = True
        customer = self._customer("Müller GmbH", "base.de")
        self._invoice(customer, 1000, date(2023, 12, 1), currency=self.eur)
        self.run_dunning(date(2024, 1, 31))
        letter = self._letter(customer)
        interest = letter.charge_ids.filtered(lambda c: c.kind == "interest")
        # BGB § 288 Abs. 2: Basiszinssatz + 9 pp. 2 Dec - 31 Dec 2023: 30 days at 3.12 + 9 =
        # 12.12 %: 1000 x 12.12 x 30 / 36500 = 9.961644; 1 - 31 Jan 2024: 31 days at 3.62 + 9 =
        # 12.62 %: 1000 x 12.62 x 31 / 36500 = 10.718356. Sum 20.680000, rounded once: 20.68.
        self.assertEqual(interest.amount, 20.68)
        self.assertEqual(interest.currency_id, self.eur)
        periods = interest.interest_line_ids.sorted("date_from")
        self.assertEqual(
            [(p.date_from, p.date_to, p.days, p.rate) for p in periods],
            [
                (date(2023, 12, 2), date(2023, 12, 31), 30, 12.12),
                (date(2024, 1, 1), date(2024, 1, 31), 31, 12.62),
            ],
        )
        self.assertIn("BGB § 288 Abs. 2", interest.legal_source)
        # BGB § 288 Abs. 5: 40 EUR Verzugspauschale, once per invoice.
        compensation = letter.charge_ids.filtered(lambda c: c.kind == "compensation")
        self.assertEqual((compensation.amount, compensation.currency_id), (40.0, self.eur))
        self.assertEqual(letter.amount_charges, 60.68, "20.68 + 40 EUR at rate 1")

    def test_charges_in_the_customers_language_and_an_inactive_currency(self):
        """The charge labels print on the letter, so they are in the customer's language; the
        statutory sum is owed in its own currency even where the company never activated it
        (the demo's US company crashed its first Swedish final demand on that)."""
        self.env["res.lang"]._activate_lang("de_DE")
        self.env["ir.module.module"]._load_module_terms(
            ["account_dunning"], ["de_DE"], overwrite=True
        )
        self.first.claim_interest = True
        self.first.claim_compensation = True
        german = self._customer("Müller GmbH", "base.de")
        german.lang = "de_DE"
        invoice = self._invoice(german, 1000, date(2023, 12, 1), currency=self.eur)
        swedish = self._customer("Norrlands Trävaror AB", "base.se")
        self._invoice(swedish, 1000, date(2023, 12, 1), currency=self.eur)
        self.sek.active = False
        self.run_dunning(date(2024, 1, 31))
        charges = self._letter(german).charge_ids.sorted("sequence")
        self.assertEqual(
            charges.mapped("name"),
            [
                f"Verzugspauschale, Rechnung {invoice.name}",
                f"Verzugszinsen, Rechnung {invoice.name}",
            ],
        )
        compensation = self._letter(swedish).charge_ids.filtered(lambda c: c.kind == "compensation")
        self.assertEqual((compensation.amount, compensation.currency_id), (450.0, self.sek))

    def test_contractual_rate_of_the_payment_terms_then_of_the_customer(self):
        self.first.claim_interest = True
        customer = self._customer("Müller GmbH", "base.de")
        customer.dunning_contractual_rate = 20.0

        def terms(rate):
            return self.env["account.payment.term"].create(
                {
                    "name": f"30 days, {rate} % late interest",
                    "dunning_contractual_rate": rate,
                    "line_ids": [
                        Command.create({"value": "percent", "value_amount": 100, "nb_days": 30})
                    ],
                }
            )

        due = date(2023, 12, 1)
        on_terms = self._invoice(customer, 1000, due, currency=self.eur, payment_term=terms(15))
        low_terms = self._invoice(customer, 1000, due, currency=self.eur, payment_term=terms(5))
        no_terms = self._invoice(customer, 1000, due, currency=self.eur)
        self.assertEqual(on_terms.invoice_date_due, due)
        self.run_dunning(date(2024, 1, 31))
        interest = {
            charge.move_id: charge.amount
            for charge in self._letter(customer).charge_ids.filtered(lambda c: c.kind == "interest")
        }
        # 2 Dec 2023 - 31 Jan 2024, 61 days.
        # Terms at 15 %: 1000 x 15 x 61 / 36500 = 25.068493 -> 25.07 (above 12.12 / 12.62 %).
        # Terms at 5 %: below the statutory rate, which is the floor: 20.68 as in the test above.
        # No terms: the customer's 20 %: 1000 x 20 x 61 / 36500 = 33.424658 -> 33.42.
        self.assertEqual(interest, {on_terms: 25.07, low_terms: 20.68, no_terms: 33.42})
        with self.assertRaises(ValidationError):
            terms(-1)

    def test_german_consumer_gets_5_points_and_no_compensation(self):
        self.first.claim_interest = True
        self.first.claim_compensation = True
        self.level(2).claim_interest = True
        customer = self._customer("Erika Muster", "base.de", is_company=False)
        self._invoice(customer, 1000, date(2023, 12, 1), currency=self.eur)
        self.run_dunning(date(2023, 12, 20))
        reminder = self._letter(customer)
        # In default only by this first reminder (BGB § 286 Abs. 1): no interest on it yet.
        self.assertFalse(reminder.charge_ids)
        with freeze_time("2023-12-20"):
            reminder.action_mark_sent()
        self.run_dunning(date(2024, 1, 31))
        letter = self.letters(customer) - reminder
        # BGB § 288 Abs. 1: + 5 pp from the day after the reminder. 21 - 31 Dec 2023: 11 days
        # at 8.12 %: 1000 x 8.12 x 11 / 36500 = 2.447123; 1 - 31 Jan 2024: 31 days at 8.62 %:
        # 1000 x 8.62 x 31 / 36500 = 7.321096. Sum 9.768219, rounded 9.77.
        self.assertEqual(letter.charge_ids.mapped("kind"), ["interest"])
        self.assertEqual(letter.charge_ids.amount, 9.77)

    def test_swedish_consumer_partial_payment_mid_period(self):
        self.first.claim_interest = True
        customer = self._customer("Anna Svensson", "base.se", is_company=False)
        invoice = self._invoice(customer, 10000, date(2024, 3, 1), currency=self.sek)
        self._pay(invoice, 4000, date(2024, 3, 31))
        self.run_dunning(date(2024, 4, 30))
        letter = self._letter(customer)
        interest = letter.charge_ids.sorted(lambda c: c.interest_line_ids[:1].date_from)
        # Räntelagen 6 §: referensränta 4.00 (1 Jan 2024) + 8 = 12 %. 2 - 31 Mar: 30 days on
        # 10,000 (the payment day still bears interest): 10000 x 12 x 30 / 36500 = 98.630137,
        # claimed as interest up to the late partial payment; 1 - 30 Apr: 30 days on 6,000:
        # 59.178082 -> 59.18. Together 157.81 SEK, no day twice.
        self.assertEqual(interest.mapped("amount"), [98.63, 59.18])
        self.assertTrue(interest[0].late_claim_id)
        self.assertEqual(
            interest.interest_line_ids.sorted("date_from").mapped("base"), [10000.0, 6000.0]
        )
        # Invoiced in SEK by a USD company (10 SEK = 1 USD): the customer is asked for SEK,
        # 6,000.00 open + 157.81 interest = 6,157.81 SEK; the company sees 600.00 + 15.78 USD.
        self.assertEqual(letter.currency_id, self.sek)
        self.assertEqual(
            (letter.amount_total_currency, letter.amount_to_pay_currency), (6000.0, 6157.81)
        )
        self.assertEqual((letter.amount_total, letter.amount_to_pay), (600.0, 615.78))
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_dunning_letter", letter.ids
        )
        text = " ".join(lxml_html.fromstring(html).text_content().replace("\xa0", " ").split())
        total = letter._format_money(6157.81, self.sek).replace("\xa0", " ")
        self.assertIn(f"Total to pay {total}", text)
        self.assertNotIn(letter._format_money(615.78).replace("\xa0", " "), text)

    def test_uk_fixed_sums_by_debt_size(self):
        self.first.claim_compensation = True
        customer = self._customer("Smith Ltd", "base.uk")
        for amount in (500, 5000, 20000):
            self._invoice(customer, amount, date(2026, 1, 5), currency=self.gbp)
        self.run_dunning(date(2026, 2, 1))
        letter = self._letter(customer)
        # Late Payment of Commercial Debts (Interest) Act 1998 s.5A: < 1,000 GBP: 40;
        # 1,000 to < 10,000: 70; 10,000 or more: 100.
        sums = sorted(
            letter.charge_ids.mapped(
                lambda c: (c.letter_line_id.amount_residual_currency, c.amount)
            )
        )
        self.assertEqual(sums, [(500.0, 40.0), (5000.0, 70.0), (20000.0, 100.0)])

    def test_fee_above_the_swedish_cap_is_refused(self):
        with self.assertRaisesRegex(ValidationError, r"60\.0 SEK.*1981:739"):
            self.env["account.dunning.fee.rule"].create(
                {
                    "name": "Påminnelseavgift",
                    "kind": "fixed",
                    "amount": 100,
                    "currency_id": self.sek.id,
                    "requires_agreement": True,
                    "country_id": self.env.ref("base.se").id,
                }
            )
        with self.assertRaisesRegex(ValidationError, "Requires Agreement yes"):
            self.env["account.dunning.fee.rule"].create(
                {
                    "name": "Påminnelseavgift",
                    "kind": "fixed",
                    "amount": 60,
                    "currency_id": self.sek.id,
                    "country_id": self.env.ref("base.se").id,
                }
            )

    def test_interest_rule_without_rate_table_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "Reference Rate Table"):
            self.env["account.dunning.interest.rule"].create(
                {
                    "name": "Broken",
                    "code": "broken",
                    "rate_kind": "reference_plus_margin",
                    "margin": 8,
                    "legal_source": "test",
                }
            )

    def test_missing_rate_period_is_an_error_never_a_zero(self):
        self.first.claim_interest = True
        source = self.env["account.dunning.rate.source"].create(
            {
                "name": "Short table",
                "code": "short",
                "legal_source": "test",
                "period_ids": [
                    Command.create({"valid_from": date(2026, 1, 1), "rate": 2, "legal_source": "x"})
                ],
            }
        )
        self.env.ref("account_dunning.interest_rule_se").rate_source_id = source
        customer = self._customer("Sven AB", "base.se")
        self._invoice(customer, 1000, date(2025, 12, 1), currency=self.sek)
        self.run_dunning(date(2026, 1, 10))
        letter = self._letter(customer)
        self.assertFalse(letter.charge_ids, "no interest rather than a guessed one")
        self.assertEqual(letter.state, "draft")
        self.assertIn("2025-12-02", letter.message_ids[0].body)
        self.assertTrue(letter.activity_ids)
        with self.assertRaisesRegex(UserError, "2025-12-02"):
            letter.action_compute_charges()

    def test_charges_are_invoiced_once_and_cancelled_with_the_letter(self):
        self.levels.claim_interest = True
        self.policy.charge_mode = "invoice"
        customer = self._customer("Müller GmbH", "base.de")
        self._invoice(customer, 1000, date(2023, 12, 1), currency=self.eur)
        self.run_dunning(date(2024, 1, 31))
        letter = self._letter(customer)
        with freeze_time(date(2024, 1, 31)):  # sent on the run's day: charges as drafted
            letter.action_mark_sent()
        move = letter.charges_move_id
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.amount_total, 20.68)
        self.assertEqual(move.currency_id, self.eur)
        with freeze_time(date(2024, 1, 31)):
            letter.action_mark_sent()
        self.run_dunning(date(2024, 1, 31))
        self.assertEqual(letter.charges_move_id, move)
        charges_invoices = self.env["account.move"].search([("invoice_origin", "=", letter.name)])
        self.assertEqual(charges_invoices, move, "running again or re-sending adds nothing")
        # The next letter claims only the days after those invoiced: 1 Feb - 14 Feb 2024,
        # 14 days at 12.62 %: 1000 x 12.62 x 14 / 36500 = 4.840548 -> 4.84 EUR.
        self.run_dunning(date(2024, 2, 14))
        second = self.letters(customer) - letter
        self.assertEqual(second.charge_ids.amount, 4.84)
        self.assertEqual(second.charge_ids.interest_line_ids.date_from, date(2024, 2, 1))
        letter.action_cancel()
        self.assertEqual(move.state, "cancel")

    def test_fee_waived_when_paid_by_the_offered_date(self):
        rule = self.env["account.dunning.fee.rule"].create(
            {"name": "Reminder fee", "kind": "fixed", "amount": 5}
        )
        self.first.write({"charge_fee": True, "fee_rule_id": rule.id, "fee_waiver_days": 10})
        customer = self._customer("Prompt AB", "base.us")
        invoice = self._invoice(customer, 300, date(2026, 3, 1))
        self.run_dunning(date(2026, 3, 2))
        letter = self._letter(customer)
        self.assertEqual(letter.fee_waiver_date, date(2026, 3, 12))
        self.assertEqual(letter.amount_charges, 5.0)
        with freeze_time(date(2026, 3, 2)):
            letter.action_mark_sent()
        self._pay(invoice, 300, date(2026, 3, 10))
        self.env["account.dunning.engine"]._apply_fee_waivers(self.company, date(2026, 3, 13))
        self.assertTrue(letter.charge_ids.waived)
        self.assertEqual(letter.amount_charges, 0.0)

    def test_later_letters_restate_what_earlier_letters_claimed(self):
        """Claim mode: the final demand shows everything owed, not only its own charges."""
        rule = self.env["account.dunning.fee.rule"].create(
            {"name": "Reminder fee", "kind": "fixed", "amount": 5, "currency_id": self.eur.id}
        )
        # The fee on the second letter: the first reminder put the customer in default, a fee
        # is owed only after that (BGB §§ 280 Abs. 2, 286).
        self.first.claim_compensation = True
        self.level(2).write({"charge_fee": True, "fee_rule_id": rule.id})
        self.level(3).claim_interest = True
        customer = self._customer("Müller GmbH", "base.de")
        self._invoice(customer, 1000, date(2024, 1, 1), currency=self.eur)
        self.run_dunning(date(2024, 1, 2))
        first = self._letter(customer)
        self.assertEqual(first.amount_charges, 40.0, "40 EUR compensation")
        with freeze_time(date(2024, 1, 2)):
            first.action_mark_sent()
        # Level 2 charges its 5 EUR fee and restates the 40 EUR still owed.
        self.run_dunning(date(2024, 1, 15))
        second = self.letters(customer) - first
        self.assertEqual(second.level_id, self.level(2))
        self.assertEqual(second.charge_ids.carried_from_id, first.charge_ids)
        own = second.charge_ids - second.charge_ids.filtered("carried_from_id")
        self.assertEqual([(c.kind, c.amount) for c in own], [("fee", 5.0)])
        self.assertEqual(second.amount_charges, 45.0)
        with freeze_time(date(2024, 1, 15)):
            second.action_mark_sent()
        # The final demand: interest 2 - 31 Jan 2024, 30 days at 3.62 + 9 = 12.62 %:
        # 1000 x 12.62 x 30 / 36500 = 10.372603 -> 10.37; plus the 45 EUR restated once (from
        # the letters that claimed them, not again from the second's restatement).
        self.run_dunning(date(2024, 1, 31))
        final = self.letters(customer) - first - second
        carried = final.charge_ids.filtered("carried_from_id")
        self.assertEqual(carried.carried_from_id, first.charge_ids | own)
        self.assertEqual(sorted(carried.mapped("amount")), [5.0, 40.0])
        self.assertIn(
            "(claimed on 01/02/2024)",
            carried.filtered(lambda c: c.kind == "compensation").name,
        )
        interest = final.charge_ids.filtered(lambda c: c.kind == "interest")
        self.assertEqual(interest.amount, 10.37)
        self.assertEqual(final.amount_charges, 55.37)
        self.assertEqual(final.amount_to_pay, 1055.37)
        # Nothing is restated from letters that were never sent.
        self.assertFalse(first.charge_ids.filtered("carried_from_id"))

    def test_shipped_rate_tables_have_sources_and_no_gap(self):
        sources = self.env["account.dunning.rate.source"].search([])
        self.assertEqual(
            set(sources.mapped("code")),
            {
                "se_riksbank_reference",
                "de_basiszinssatz",
                "no_forsinkelsesrente",
                "ru_cbr_key_rate",
                "uk_boe_bank_rate_reference",
                "eu_ecb_mro_halfyear",
            },
        )
        for source in sources:
            self.assertTrue(all(source.period_ids.mapped("legal_source")), source.code)
            self.assertTrue(all(source.period_ids.mapped("confidence")), source.code)
            self.assertEqual(source._gap_problems(start=date(2020, 1, 1)), [], source.code)
        # The check can fail: a missing half-year is reported.
        de = sources.filtered(lambda s: s.code == "de_basiszinssatz")
        de.period_ids.filtered(lambda p: p.valid_from == date(2022, 7, 1)).unlink()
        self.assertEqual(de._gap_problems(), ["no half-yearly rate for 2022-07-01"])

    def test_waived_fee_is_credited_on_the_charges_invoice(self):
        rule = self.env["account.dunning.fee.rule"].create(
            {"name": "Reminder fee", "kind": "fixed", "amount": 5}
        )
        self.first.write({"charge_fee": True, "fee_rule_id": rule.id, "fee_waiver_days": 10})
        self.policy.charge_mode = "invoice"
        customer = self._customer("Prompt AB", "base.us")
        invoice = self._invoice(customer, 300, date(2026, 3, 1))
        self.run_dunning(date(2026, 3, 2))
        letter = self._letter(customer)
        with freeze_time(date(2026, 3, 2)):
            letter.action_mark_sent()
        self.assertEqual(letter.charges_move_id.amount_total, 5.0)
        self._pay(invoice, 300, date(2026, 3, 12))  # the last day of the offer
        self.env["account.dunning.engine"]._apply_fee_waivers(self.company, date(2026, 3, 13))
        self.assertTrue(letter.charge_ids.waived)
        self.assertEqual(letter.charges_move_id.payment_state, "reversed")

    def test_norwegian_fee_needs_the_cap_in_force(self):
        # The 2026 purregebyr is not confirmed: the shipped cap ends on 2025-12-31, so a
        # Norwegian fee rule is refused until a manager enters the cap in force.
        values = {
            "name": "Purregebyr",
            "kind": "fixed",
            "amount": 35,
            "currency_id": self.setup_other_currency("NOK", rates=[("2000-01-01", 10.0)]).id,
            "min_days_overdue": 14,
            "max_fees_per_claim": 2,
            "country_id": self.env.ref("base.no").id,
        }
        with freeze_time("2026-03-01"), self.assertRaisesRegex(ValidationError, "no cap on record"):
            self.env["account.dunning.fee.rule"].create(values)
        with freeze_time("2025-03-01"):
            rule = self.env["account.dunning.fee.rule"].create(values)
        self.assertEqual(rule.amount, 35.0)
        with freeze_time("2025-03-01"), self.assertRaisesRegex(ValidationError, "14 days"):
            rule.min_days_overdue = 7

    def test_fixed_compensation_counts_towards_legal_and_agency_costs(self):
        """BGB § 288 Abs. 5 S. 3, Directive 2011/7/EU art. 6(3): the 40 EUR Pauschale already
        claimed is credited against the legal-pursuit costs; only the costs beyond it are
        claimed. The invoice is in SEK (10 SEK per company unit, EUR at 1): 40 EUR = 400 SEK."""
        self.first.claim_compensation = True
        customer = self._customer("Müller GmbH", "base.de")
        invoice = self._invoice(customer, 10000, date(2026, 3, 2), currency=self.sek)
        self.run_dunning(date(2026, 3, 4))
        letter = self._letter(customer)
        compensation = letter.charge_ids.filtered(lambda c: c.kind == "compensation")
        self.assertTrue(compensation)
        values = {"partner_id": customer.id, "move_ids": [Command.set(invoice.ids)]}
        action = self.env["account.dunning.legal.action"].create(dict(values, costs=1200))
        # Drafted, not sent: nothing is claimed yet.
        self.assertEqual((action.compensation_claimed, action.recoverable_costs), (0.0, 1200.0))
        with freeze_time("2026-03-04"):
            letter.action_mark_sent()
        action.invalidate_recordset(["compensation_claimed", "recoverable_costs"])
        self.assertEqual(action.currency_id, self.sek)
        self.assertEqual((action.compensation_claimed, action.recoverable_costs), (400.0, 800.0))
        action.costs = 250
        self.assertEqual(action.recoverable_costs, 0.0, "costs below the Pauschale: none")
        agency = self.env["res.partner"].create({"name": "Inkasso GmbH", "is_company": True})
        case = self.env["account.dunning.collection.case"].create(dict(values, agency_id=agency.id))
        self.assertEqual(case.compensation_claimed, 400.0)
        rows = case._claim_rows()
        self.assertEqual(rows[0]["compensation_claimed"], "400.00")
