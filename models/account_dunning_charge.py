# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The charges a letter claims (fees, fixed compensation, interest) and how they are gathered.

The amounts of each kind are built in ``account_dunning_charge_amounts``; the charges invoice and
the fee waiver in ``account_dunning_charge_invoice``.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..dunning_core import (
    compensation as core_compensation,
    rates as core_rates,
)

CHARGE_KINDS = [
    ("fee", "Reminder Fee"),
    ("compensation", "Fixed Compensation"),
    ("interest", "Late-Payment Interest"),
]


class AccountDunningCharge(models.Model):
    """A fee, fixed compensation or interest amount a letter claims.

    The figures come from the pure domain package (``dunning_core``); this record keeps them, with
    the legal source they rest on, so the letter shows and later invoices exactly what was claimed.
    """

    _name = "account.dunning.charge"
    _description = "Dunning Charge"
    _order = "letter_id, sequence, id"

    letter_id = fields.Many2one(
        "account.dunning.letter",
        required=True,
        ondelete="cascade",
        index=True,
        help="Letter claiming this charge.",
    )
    letter_line_id = fields.Many2one(
        "account.dunning.letter.line",
        ondelete="cascade",
        index=True,
        help="Overdue item the charge relates to (interest and compensation are per invoice; "
        "a reminder fee is per letter and has none).",
    )
    move_id = fields.Many2one(
        related="letter_line_id.move_id",
        string="Invoice",
        help="Invoice the charge relates to.",
    )
    company_id = fields.Many2one(
        related="letter_id.company_id", store=True, index=True, help="Company of the letter."
    )
    sequence = fields.Integer(default=10, help="Order of the charges on the letter.")
    kind = fields.Selection(CHARGE_KINDS, required=True, help="What the amount is for.")
    name = fields.Char(
        string="Description", required=True, help="Description printed on the letter."
    )
    currency_id = fields.Many2one(
        "res.currency", required=True, help="Currency the charge is claimed in."
    )
    amount = fields.Monetary(help="Amount claimed, rounded to the currency.")
    legal_source = fields.Char(help="Statute or rule the charge rests on, printed on the letter.")
    waived = fields.Boolean(
        readonly=True,
        help="Dropped because the customer paid by the waiver date the letter offered.",
    )
    carried_from_id = fields.Many2one(
        "account.dunning.charge",
        string="Claimed Earlier In",
        readonly=True,
        ondelete="set null",
        help="A fee or fixed compensation an earlier letter claimed on invoices that are still "
        "unpaid, restated so the letter shows everything owed. Not charged again.",
    )
    interest_line_ids = fields.One2many(
        "account.dunning.interest.line",
        "charge_id",
        string="Interest Breakdown",
        help="Periods of the interest computation: days, rate, base and amount.",
    )
    interest_rounding = fields.Monetary(
        compute="_compute_interest_rounding",
        help="The interest is rounded once, on its total: the difference between the total "
        "claimed and the sum of the periods as printed, shown on the letter so the breakdown "
        "adds up to the amount claimed and invoiced.",
    )

    @api.depends("amount", "interest_line_ids.amount", "currency_id")
    def _compute_interest_rounding(self):
        for charge in self:
            periods = sum(
                charge.currency_id.round(line.amount) for line in charge.interest_line_ids
            )
            charge.interest_rounding = (
                charge.currency_id.round(charge.amount - periods)
                if charge.interest_line_ids
                else 0.0
            )

    # ------------------------------------------------------------------ computation
    @api.model
    def _compute_for_letters(self, letters, raise_missing=False):
        """Fees, fixed compensation and interest of ``letters``, as charge records.

        Gathers the data (rules, rates, payments) and lets ``dunning_core`` compute. Letters
        whose level claims nothing are skipped; existing charges of the letters are replaced.
        Nothing is charged twice: the fixed compensation once per invoice, and in invoicing
        mode the interest from the day after the last period already invoiced.
        """
        letters = letters.filtered(lambda rec: rec.state in ("draft", "to_send"))
        late_partners = self._late_claims_for(letters).partner_id
        claiming = letters.filtered(
            lambda rec: rec.level_id.charge_fee
            or rec.level_id.claim_interest
            or rec.level_id.claim_compensation
            or rec.partner_id in late_partners
        )
        carrying = letters - claiming
        carrying = carrying.filtered(lambda rec: rec.policy_id.charge_mode != "invoice")
        if not claiming and not carrying:
            return self.browse()
        history = self.search(
            [
                ("letter_id", "not in", letters.ids),
                ("letter_id.state", "!=", "cancel"),
                ("letter_id.partner_id", "in", (claiming | carrying).partner_id.ids),
            ]
        )
        # A letter whose level claims nothing still restates what earlier letters claimed.
        letters = claiming | carrying.filtered(
            lambda rec: rec.partner_id in history.letter_id.partner_id
        )
        if not letters:
            return self.browse()
        letters.charge_ids.unlink()
        vals_list = []
        for letter in letters:
            try:
                vals_list += self._letter_charge_vals(letter, history)
            except (
                core_rates.MissingRatePeriod,
                core_compensation.MissingCompensationPeriod,
            ) as error:
                message = self._missing_data_message(error)
                if raise_missing:
                    raise UserError(message) from error
                # Never a silent zero: the letter waits in draft with the reason in its chatter
                # and a to-do for the managers; the daily run computes it again.
                letter._wait_for_legal_data(message, error)
            else:
                letter.charges_waiting_reason = False
        charges = self.create(vals_list)
        return charges

    def _missing_data_message(self, error):
        if isinstance(error, core_rates.MissingRatePeriod):
            source = (
                self.env["account.dunning.interest.rule"]
                .search([("code", "=", error.rule_code)], limit=1)
                .rate_source_id
            )
            if source:
                return self.env._(
                    "No confirmed reference rate covers %(day)s: %(action)s (Configuration > "
                    "Dunning > Reference Rates). Interest is never computed with a guessed or "
                    "unconfirmed rate; the letter waits in draft.",
                    day=error.on,
                    action=source._missing_summary(error.needed_from, error.unconfirmed),
                )
            return self.env._(
                "No reference rate period covers %(date)s for interest rule %(rule)s: enter the "
                "confirmed rate in force on that day (Configuration > Dunning > Reference Rates). "
                "Interest is never computed with a guessed rate.",
                date=error.on,
                rule=error.rule_code,
            )
        return self.env._(
            "No confirmed fixed compensation covers this date (%(detail)s): enter the value in "
            "force (Configuration > Dunning > Fixed Compensation).",
            detail=error,
        )

    def _letter_charge_vals(self, letter, history):
        level = letter.level_id
        partner = letter.partner_id
        company = letter.company_id
        is_business = partner._dunning_is_business()
        vals = []
        sequence = 10
        compensation_replaces_fees = False
        # Charges invoices of earlier letters are owed, but bear no fee, compensation or
        # interest of their own (no interest on interest, BGB § 289).
        entries = letter.line_ids.filtered(lambda line: not line.move_id.dunning_is_charges)
        replaced_moves = self.env["account.move"]
        if level.claim_compensation and is_business:
            for entry in entries:
                try:
                    row = self._compensation_vals(letter, entry, history)
                except core_compensation.MissingCompensationPeriod as error:
                    # Only the compensation line waits; interest and fees are claimed.
                    letter._compensation_waits(error)
                    continue
                if row:
                    if row.pop("_replaces_fees"):
                        compensation_replaces_fees = True
                        replaced_moves |= entry.move_id
                    vals.append(dict(row, sequence=sequence))
        # Sweden (lag 1981:739 4 a §): the förseningsersättning replaces the reminder and
        # collection fees of the same claim across letters, not only on the letter claiming it.
        replaced_moves |= self._fee_replacing_moves(letter, history)
        compensation_replaces_fees |= bool(replaced_moves & letter.line_ids.move_id)
        if level.claim_interest:
            rule = self.env["account.dunning.interest.rule"]._for_partner(
                partner, is_business, company, letter.date
            )
            if not rule:
                letter._no_interest_rule(is_business)
            for entry in entries if rule else ():
                row = self._interest_vals(letter, entry, rule, history)
                if row:
                    if not rule.country_id:  # the directive's minimum, not the state's rate
                        row["legal_source"] = letter._directive_minimum_source()
                    vals.append(dict(row, sequence=sequence + 10))
        if level.charge_fee and level.fee_rule_id and entries and not compensation_replaces_fees:
            row = self._fee_vals(letter, level.fee_rule_id, history, company, entries)
            if row:
                vals.insert(0, dict(row, sequence=5))
        if letter.policy_id.charge_mode != "invoice":
            vals += self._carried_vals(letter, history, replaced_moves)
            # Interest and compensation owed on invoices the customer paid late.
            vals += self._late_claims_for(letter)._letter_charge_vals(letter)
        return vals

    def _late_claims_for(self, letters):
        """Open late-payment claims of the customers of ``letters`` (claim mode)."""
        letters = letters.filtered(lambda rec: rec.policy_id.charge_mode != "invoice")
        if not letters:
            return self.env["account.dunning.late.claim"]
        return (
            self.env["account.dunning.late.claim"]
            .search(
                [
                    ("state", "=", "open"),
                    ("partner_id", "in", letters.partner_id.commercial_partner_id.ids),
                    ("company_id", "in", letters.company_id.ids),
                ]
            )
            .filtered(
                lambda rec: not rec.partner_id.dunning_late_interest_waived
                and rec.partner_id in letters.partner_id.commercial_partner_id
            )
        )

    def _fee_replacing_moves(self, letter, history):
        """Invoices of ``letter`` on which an earlier letter claimed a fixed compensation that
        replaces the fees (Sweden's 450 SEK förseningsersättning)."""
        law_country = letter.partner_id._dunning_law_country(letter.company_id)
        if not law_country or not self.env["account.dunning.compensation"].search_count(
            [("country_id", "=", law_country.id), ("replaces_fees", "=", True)]
        ):
            return self.env["account.move"]
        earlier = history.filtered(
            lambda rec: rec.kind == "compensation"
            and not rec.carried_from_id
            and rec.letter_id.state != "cancel"
        )
        return earlier.move_id & letter.line_ids.move_id

    def _carried_vals(self, letter, history, replaced_moves=None):
        """Claim mode: the fees and fixed compensation earlier sent letters claimed on invoices
        still on this letter, restated (not charged again) so its total is what is owed.

        Interest needs no carrying: in claim mode each letter computes it from the due date.
        In invoicing mode the charges invoice itself is a debt the customer is dunned for.
        """
        items = letter.line_ids.move_line_id
        line_of_move = {line.move_id: line for line in letter.line_ids}
        earlier = history.filtered(
            lambda rec: rec.kind in ("fee", "compensation")
            and not rec.waived
            and not rec.carried_from_id
            and rec.letter_id.state == "sent"
            and (rec.letter_id.date, rec.letter_id.id) < (letter.date, letter.id)
            and rec.letter_id.policy_id.charge_mode != "invoice"
            and (
                rec.move_id in line_of_move
                if rec.kind == "compensation"
                else bool(rec.letter_id.line_ids.move_line_id & items)
            )
        )
        if replaced_moves:
            # Lag (1981:739) 4 a §: fees earlier letters claimed on an invoice that now bears
            # the förseningsersättning are replaced by it: no longer restated as owed.
            on_replaced = earlier.filtered(
                lambda rec: rec.kind == "fee" and rec.letter_id.line_ids.move_id & replaced_moves
            )
            code = letter.partner_id._dunning_law_country(letter.company_id).code
            replacing = [
                row
                for row in self.env["account.dunning.compensation"]._core_table()
                if row.country == code and row.replaces_fees and row.covers(letter.date)
            ]
            replacement = replacing and core_compensation.apply_sweden_replacement(
                on_replaced.mapped("amount"), replacing[0]
            )
            if replacement and replacement.replaced:
                earlier -= on_replaced
        lang_env = letter.with_context(lang=letter._lang()).env
        return [
            {
                "letter_id": letter.id,
                "letter_line_id": line_of_move[charge.move_id].id if charge.move_id else False,
                "kind": charge.kind,
                "name": lang_env._(
                    "%(charge)s (claimed on %(date)s)",
                    charge=charge.name,
                    date=letter._format_date(charge.letter_id.date),
                ),
                "currency_id": charge.currency_id.id,
                "amount": charge.amount,
                "legal_source": charge.legal_source,
                "carried_from_id": charge.id,
                "sequence": 100 + index,
            }
            for index, charge in enumerate(earlier.sorted(lambda rec: (rec.letter_id.date, rec.id)))
        ]
