# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from freezegun import freeze_time

from odoo import Command

from odoo.addons.account.tests.common import AccountTestInvoicingCommon

D0 = date(2026, 3, 2)  # a Monday; due date of the first invoice in most scenarios


class DunningCase(AccountTestInvoicingCommon):
    """A company with the standard five-level ladder and helpers to invoice, pay and run."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        cls.env.user.groups_id |= cls.env.ref("account_dunning.group_dunning_manager")
        cls.policy = cls._make_policy(cls.company)
        # The scenarios dun customers in their own country's law (the company setting; its
        # Rome I default, the company's own law, is covered in tests/test_applicable_law.py).
        cls.company.dunning_business_law = "customer"
        cls.levels = cls.policy.level_ids.sorted("sequence")
        cls.partner_a.write({"is_company": True, "country_id": cls.env.ref("base.se").id})
        cls.partner_b.write({"is_company": True})
        # The tests stand in for the manager who checked the shipped, researched rate rows: rows
        # below "statute/official" wait for that confirmation (covered in tests/test_law.py).
        cls.env["account.dunning.rate.period"].search([("confirmed", "=", False)]).write(
            {"confirmed": True}
        )
        cls.env["account.dunning.compensation"].search([("confirmed", "=", False)]).write(
            {"confirmed": True}
        )

    @classmethod
    def _make_policy(cls, company, **values):
        ladder = [
            ("Friendly reminder", 1, {}),
            ("Second reminder", 14, {"deadline_days": 10}),
            (
                "Final demand",
                30,
                {
                    "is_final_demand": True,
                    "deadline_days": 10,
                    "legal_notice": True,
                    "credit_hold": True,
                },
            ),
            ("Pre-legal notice", 60, {"channel_phone": True}),
            ("Agency", 90, {"agency_eligible": True}),
        ]
        return cls.env["account.dunning.policy"].create(
            {
                "name": "Test ladder",
                "company_id": company.id,
                "is_company_default": True,
                "frequency_days": 7,
                "min_amount": 10,
                "level_ids": [
                    Command.create({"sequence": i, "name": name, "days": days, **extra})
                    for i, (name, days, extra) in enumerate(ladder, start=1)
                ],
                **values,
            }
        )

    @classmethod
    def _invoice(
        cls,
        partner,
        amount,
        due,
        currency=None,
        company=None,
        move_type="out_invoice",
        invoice_date=None,
        payment_term=None,
    ):
        """A posted invoice due on ``due`` (with ``payment_term``: 30 days from the invoice date,
        which is then 30 days before ``due``)."""
        company = company or cls.company
        move = (
            cls.env["account.move"]
            .with_company(company)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": partner.id,
                    "invoice_date": invoice_date or due - timedelta(days=30),
                    **(
                        {"invoice_payment_term_id": payment_term.id}
                        if payment_term
                        else {"invoice_date_due": due, "invoice_payment_term_id": False}
                    ),
                    "currency_id": (currency or company.currency_id).id,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Consulting",
                                "quantity": 1,
                                "price_unit": amount,
                                "tax_ids": [],
                            }
                        )
                    ],
                }
            )
        )
        move.action_post()
        return move

    def assertLedgerConsistent(self, partner, company=None):
        """The customer's receivable balance equals the open residuals of its invoices and
        credit notes, in company currency: nothing booked beside the documents' own residuals
        (no exchange residue, no line left open by an entry of the add-on)."""
        company = company or self.company
        commercial = partner.commercial_partner_id
        lines = self.env["account.move.line"].search(
            [
                ("company_id", "=", company.id),
                ("partner_id", "child_of", commercial.id),
                ("account_type", "=", "asset_receivable"),
                ("parent_state", "=", "posted"),
            ]
        )
        documents = self.env["account.move"].search(
            [
                ("company_id", "=", company.id),
                ("commercial_partner_id", "=", commercial.id),
                ("move_type", "in", ("out_invoice", "out_refund")),
                ("state", "=", "posted"),
            ]
        )
        currency = company.currency_id
        self.assertEqual(
            currency.round(sum(lines.mapped("balance"))),
            currency.round(sum(documents.mapped("amount_residual_signed"))),
            f"receivable balance of {commercial.name} = its documents' open residuals",
        )
        self.assertTrue(
            currency.is_zero(sum(lines.mapped("amount_residual")) - sum(lines.mapped("balance"))),
            f"every receivable item of {commercial.name} is reconciled to its balance",
        )

    def assertItems(self, entry, expected):
        """``entry``'s journal items as (account, debit, credit, amount_currency, currency) to the
        cent, in any order."""
        got = sorted(
            (
                line.account_id.code,
                line.debit,
                line.credit,
                line.amount_currency,
                line.currency_id.name,
            )
            for line in entry.line_ids
        )
        self.assertEqual(got, sorted(expected))

    def _pay(self, invoice, amount, on):
        return (
            self.env["account.payment.register"]
            .with_context(active_model="account.move", active_ids=invoice.ids)
            .create({"amount": amount, "payment_date": on})
            ._create_payments()
        )

    def run_dunning(self, today, company=None, **kwargs):
        company = company or self.company
        with freeze_time(today):
            return self.env["account.dunning.engine"]._run_company(company, today, **kwargs)

    def letters(self, partner=None, company=None):
        domain = [("company_id", "=", (company or self.company).id)]
        if partner:
            domain.append(("partner_id", "=", partner.id))
        return self.env["account.dunning.letter"].search(domain, order="id")

    def level(self, index):
        """Level by its 1-based position in the ladder."""
        return self.levels[index - 1]
