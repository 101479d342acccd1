# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    dunning_letter_line_ids = fields.One2many(
        "account.dunning.letter.line",
        "move_line_id",
        string="Dunning History",
        help="Every letter that listed this receivable line.",
    )
    dunning_level_id = fields.Many2one(
        "account.dunning.level",
        compute="_compute_dunning_state",
        help="Level reached by this instalment: the level of its latest letter not cancelled.",
    )
    dunning_date = fields.Date(
        string="Last Dunned",
        compute="_compute_dunning_state",
        help="Date of the latest letter, not cancelled, that listed this instalment.",
    )

    # Not stored: only the dunning run reads it, for a batch of items at once (a few queries),
    # and storing it cost an UPDATE of every journal item a run lists or a letter sends.
    @api.depends(
        "dunning_letter_line_ids.level_id",
        "dunning_letter_line_ids.letter_id.state",
        "dunning_letter_line_ids.letter_id.date",
    )
    def _compute_dunning_state(self):
        latest = self.dunning_letter_line_ids._latest_by_item()
        for line in self:
            entry = latest.get(line.id)
            line.dunning_level_id = entry.level_id if entry else False
            line.dunning_date = entry.letter_id.date if entry else False
