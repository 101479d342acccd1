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
        cls.levels = cls.policy.level_ids.sorted("sequence")
        cls.partner_a.write({"is_company": True, "country_id": cls.env.ref("base.se").id})
        cls.partner_b.write({"is_company": True})
        # The tests stand in for the manager who checked the shipped, researched rate rows: rows
        # below "statute/official" wait for that confirmation (covered in tests/test_law.py).
        cls.env["account.dunning.rate.period"].search([("confirmed", "=", False)]).write(
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
