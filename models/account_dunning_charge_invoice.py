# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Invoicing the charges of letters: the charges invoice made when a letter is sent, the fee
refunded when the customer pays by the waiver date, the invoice cancelled with its letter.

Policies whose ``charge_mode`` is "invoice" bill the letter's fees, compensation and interest on
one customer invoice (``res.company._dunning_charges_invoice``); the letter keeps it in
``charges_move_id`` and calls these when it is sent, cancelled or its invoices are paid.
"""

from odoo import Command, api, models
from odoo.tools.misc import format_date


class AccountDunningCharge(models.Model):
    _inherit = "account.dunning.charge"

    @api.model
    def _invoice_letters(self, letters):
        """One customer invoice per letter for its charges, for policies that invoice them;
        never a second one."""
        for letter in letters.filtered(
            lambda rec: rec.policy_id.charge_mode == "invoice" and not rec.charges_move_id
        ):
            charges = letter.charge_ids.filtered(
                lambda rec: not rec.waived and not rec.currency_id.is_zero(rec.amount)
            )
            if not charges:
                continue
            currency = charges[0].currency_id
            move = letter.company_id._dunning_charges_invoice(
                letter.partner_id,
                currency,
                [
                    (
                        charge.name,
                        charge.kind,
                        charge.currency_id._convert(
                            charge.amount, currency, letter.company_id, letter.date
                        ),
                    )
                    for charge in charges
                ],
                letter.date,
                letter.name,
            )
            letter.charges_move_id = move
            letter.message_post(body=self.env._("Charges invoiced on %(move)s.", move=move.name))

    @api.model
    def _apply_fee_waivers(self, letters, today):
        """Drop the fee of letters whose invoices were all paid by the offered waiver date; a
        charges invoice not yet paid is credited for the fee."""
        for letter in letters:
            fees = letter.charge_ids.filtered(
                lambda rec: rec.kind == "fee" and not rec.waived and not rec.carried_from_id
            )
            items = letter.line_ids.move_line_id
            if not fees or not items or not all(item.reconciled for item in items):
                continue
            paid_on = max(items.matched_credit_ids.mapped("max_date"), default=today)
            if paid_on > letter.fee_waiver_date:
                continue
            fees.write({"waived": True})
            move = letter.charges_move_id
            if move and move.state == "posted" and move.payment_state == "not_paid":
                refund = move._reverse_moves(
                    [{"ref": self.env._("Fee waived, letter %(letter)s", letter=letter.name)}]
                )
                fee_names = set(fees.mapped("name"))
                keep = refund.invoice_line_ids.filtered(
                    lambda line, names=fee_names: line.name in names
                )
                refund.invoice_line_ids = [
                    Command.unlink(line.id) for line in refund.invoice_line_ids - keep
                ]
                refund.action_post()
                open_lines = (move.line_ids | refund.line_ids).filtered(
                    lambda line: line.account_type == "asset_receivable" and not line.reconciled
                )
                if len(open_lines) > 1:
                    open_lines.reconcile()
            letter.message_post(
                body=self.env._(
                    "Reminder fee dropped: the invoices were paid by %(date)s, as the letter "
                    "offered.",
                    date=format_date(self.env, letter.fee_waiver_date),
                )
            )

    @api.model
    def _cancel_letters_invoices(self, letters):
        """The charges invoices of cancelled letters: one not yet paid is cancelled with its
        letter; one (partly) paid stays, with a note to refund it."""
        for letter in letters.filtered("charges_move_id"):
            move = letter.charges_move_id
            if move.state == "posted" and move.payment_state == "not_paid":
                move.button_draft()
                move.button_cancel()
                letter.message_post(
                    body=self.env._("Charges invoice %(move)s cancelled.", move=move.name)
                )
            elif move.state == "draft":
                move.button_cancel()
            elif move.state == "posted":
                letter.message_post(
                    body=self.env._(
                        "Charges invoice %(move)s is (partly) paid and stays: refund it if "
                        "the charges are dropped.",
                        move=move.name,
                    )
                )
