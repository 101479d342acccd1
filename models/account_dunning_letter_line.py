# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.tools import SQL


class AccountDunningLetterLine(models.Model):
    _name = "account.dunning.letter.line"
    _description = "Dunning Letter Line"
    _order = "letter_id, kind desc, date_maturity, id"

    letter_id = fields.Many2one(
        "account.dunning.letter",
        required=True,
        ondelete="cascade",
        index=True,
        help="Letter listing this item.",
    )
    company_id = fields.Many2one(related="letter_id.company_id", help="Company of the letter.")
    partner_id = fields.Many2one(
        related="letter_id.partner_id", string="Customer", help="Customer of the letter."
    )
    letter_state = fields.Selection(related="letter_id.state", help="State of the letter.")
    letter_date = fields.Date(related="letter_id.date", help="Date of the letter.")
    kind = fields.Selection(
        [("overdue", "Overdue"), ("credit", "Open Credit")],
        required=True,
        default="overdue",
        help="Overdue item claimed, or open credit netted against the claim.",
    )
    move_line_id = fields.Many2one(
        "account.move.line",
        string="Journal Item",
        required=True,
        index=True,
        ondelete="cascade",
        help="Receivable line (invoice instalment or credit).",
    )
    move_id = fields.Many2one(
        "account.move",
        string="Document",
        required=True,
        index=True,
        ondelete="cascade",
        help="Invoice, credit note or payment entry of the item.",
    )
    level_id = fields.Many2one(
        "account.dunning.level", help="Level the item reached with this letter."
    )
    previous_level_id = fields.Many2one(
        "account.dunning.level", help="Level of the item before this letter."
    )
    is_charges = fields.Boolean(
        related="move_id.dunning_is_charges",
        string="Charges",
        help="The item is a charges invoice of an earlier letter: owed, but it bears no fee, "
        "compensation or interest of its own.",
    )
    date_maturity = fields.Date(string="Due Date", help="Due date of the item.")
    days_overdue = fields.Integer(help="Days past the due date on the letter date.")
    company_currency_id = fields.Many2one(
        related="letter_id.company_currency_id", help="Company currency."
    )
    currency_id = fields.Many2one(
        "res.currency", string="Invoice Currency", help="Currency of the invoice."
    )
    amount_original = fields.Monetary(
        string="Original Amount",
        currency_field="currency_id",
        help="Amount of the instalment when issued, in invoice currency.",
    )
    amount_residual_currency = fields.Monetary(
        string="Amount Due",
        currency_field="currency_id",
        help="Open amount in invoice currency on the letter date.",
    )
    amount_residual = fields.Monetary(
        string="Amount Due (Company Currency)",
        currency_field="company_currency_id",
        help="Open amount in company currency on the letter date.",
    )
    escalated = fields.Boolean(help="The item climbed a level with this letter.")

    @api.model
    def _final_demand_item_ids(self, lines):
        """Ids of the journal items among ``lines`` that a letter at a final-demand level,
        sent, already listed, in one query: a final demand is final, one per claim."""
        if not lines:
            return set()
        self.env["account.dunning.letter"].flush_model(["state", "level_id"])
        self.env["account.dunning.level"].flush_model(["is_final_demand"])
        self.flush_model(["kind", "move_line_id", "letter_id"])
        self.env.cr.execute(
            SQL(
                """
                SELECT DISTINCT entry.move_line_id
                  FROM account_dunning_letter_line AS entry
                  JOIN account_dunning_letter AS letter ON letter.id = entry.letter_id
                  JOIN account_dunning_level AS level ON level.id = letter.level_id
                 WHERE entry.move_line_id = ANY(%s::int[])
                   AND entry.kind = 'overdue'
                   AND letter.state = 'sent'
                   AND level.is_final_demand
                """,
                lines.ids,
            )
        )
        return {row[0] for row in self.env.cr.fetchall()}

    def _latest_by_item(self):
        """Latest overdue entry of a letter not cancelled, per journal item, among ``self``.

        Reads everything it needs in a few batched queries: it runs in the recompute of the
        levels of every invoice a dunning run touched.
        """
        self.fetch(["kind", "move_line_id", "move_id", "level_id", "letter_id"])
        self.letter_id.fetch(["state", "date"])
        latest = {}
        for entry in self:
            if entry.kind != "overdue" or entry.letter_id.state == "cancel":
                continue
            current = latest.get(entry.move_line_id.id)
            key = (entry.letter_id.date, entry.id)
            if current is None or key > (current.letter_id.date, current.id):
                latest[entry.move_line_id.id] = entry
        return latest

    @api.depends("letter_id.name", "move_id.name")
    def _compute_display_name(self):
        for line in self:
            line.display_name = f"{line.letter_id.name} - {line.move_id.name}"
