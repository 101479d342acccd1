# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The charges a letter claims: its fees, compensation and interest, their totals in the
customer's currency, Recompute Charges, and the charges invoice
(``account_dunning_charge_invoice``).
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

# More interest breakdown rows than this (all charges together) and the letter prints one line
# per charge and the full breakdown on an annex page: a one-page body, no breakdown cut in two.
ANNEX_INTEREST_ROWS = 8


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    charge_ids = fields.One2many(
        "account.dunning.charge",
        "letter_id",
        string="Charges",
        help="Reminder fees, fixed compensation and late-payment interest the letter claims.",
    )
    amount_charges = fields.Monetary(
        compute="_compute_amount_charges",
        store=True,
        currency_field="company_currency_id",
        help="Fees, compensation and interest claimed and not waived, in company currency.",
    )
    amount_to_pay = fields.Monetary(
        compute="_compute_amount_charges",
        store=True,
        currency_field="company_currency_id",
        help="Total due plus the charges: what the letter asks the customer to pay.",
    )
    amount_to_pay_currency = fields.Monetary(
        string="To Pay (Customer Currency)",
        compute="_compute_amount_charges",
        store=True,
        currency_field="currency_id",
        help="What the letter asks the customer to pay, in the currency they pay in.",
    )
    charges_move_id = fields.Many2one(
        "account.move",
        string="Charges Invoice",
        readonly=True,
        copy=False,
        check_company=True,
        help="Customer invoice of this letter's fees, compensation and interest (policies "
        "that invoice the charges); made once, when the letter is sent.",
    )
    fee_waiver_date = fields.Date(
        help="The reminder fee is dropped if the overdue invoices are paid by this date.",
    )

    @api.depends(
        "amount_total",
        "amount_total_currency",
        "currency_id",
        "charge_ids.amount",
        "charge_ids.waived",
        "charge_ids.currency_id",
    )
    def _compute_amount_charges(self):
        for letter in self:
            totals = letter._charges_in(letter.company_currency_id, letter.currency_id)
            letter.amount_charges = totals[0]
            letter.amount_to_pay = letter.amount_total + totals[0]
            letter.amount_to_pay_currency = letter.amount_total_currency + totals[1]

    def _interest_annex(self):
        """Whether the interest breakdown goes on an annex page (more than
        ``ANNEX_INTEREST_ROWS`` rate periods and partial payments in the letter's charges)."""
        self.ensure_one()
        charges = self.charge_ids.filtered(lambda charge: not charge.waived)
        return len(charges.interest_line_ids) > ANNEX_INTEREST_ROWS

    def _charges_in(self, *currencies):
        """The letter's charges not waived, converted on the letter date into each currency."""
        self.ensure_one()
        charges = self.charge_ids.filtered(lambda rec: not rec.waived)
        return tuple(
            currency.round(
                sum(
                    charge.currency_id._convert(
                        charge.amount, currency, self.company_id, self.date or fields.Date.today()
                    )
                    for charge in charges
                )
            )
            for currency in currencies
        )

    # ------------------------------------------------------------------ actions
    def action_compute_charges(self):
        """Recompute the fees, compensation and interest of draft letters."""
        for letter in self:
            if letter.state != "draft":
                raise UserError(
                    self.env._(
                        "Charges are recomputed on draft letters only; %(letter)s is %(state)s.",
                        letter=letter.name,
                        state=letter._state_label(),
                    )
                )
        self.env["account.dunning.charge"]._compute_for_letters(self, raise_missing=True)
        return True

    def _invoice_charges(self):
        """The charges invoice of letters being sent (``account_dunning_charge_invoice``)."""
        self.env["account.dunning.charge"]._invoice_letters(self)

    def _apply_fee_waivers(self, today):
        """Daily run: drop the fee of letters paid by their waiver date."""
        self.env["account.dunning.charge"]._apply_fee_waivers(self, today)
