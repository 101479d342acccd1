# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What a run record shows: its letters by level and by channel, the customers it skipped and
why, its failures (the summary on the form), counted from the database."""

from markupsafe import Markup

from odoo import api, models

CHANNELS = ("channel_email", "channel_letter", "channel_sms", "channel_phone")


class AccountDunningRun(models.Model):
    _inherit = "account.dunning.run"

    @api.depends("letters_by_level", "letters_by_channel", "skipped_by_reason", "failures", "error")
    def _compute_summary_html(self):
        engine = self.env["account.dunning.engine"]
        channel_labels = {
            name: self.env["account.dunning.level"]._fields[name]._description_string(self.env)
            for name in CHANNELS
        }
        for run in self:
            sections = []
            levels = self.env["account.dunning.level"].browse(
                int(key) for key in (run.letters_by_level or {})
            )
            sections.append(
                run._summary_table(
                    self.env._("Letters by level"),
                    [
                        (level.display_name, run.letters_by_level[str(level.id)])
                        for level in levels.exists().sorted("sequence")
                    ],
                )
            )
            sections.append(
                run._summary_table(
                    self.env._("Letters by channel"),
                    [
                        (channel_labels[name], count)
                        for name, count in (run.letters_by_channel or {}).items()
                        if name in channel_labels
                    ],
                )
            )
            sections.append(
                run._summary_table(
                    self.env._("Customers skipped"),
                    [
                        (engine._skip_label(code), count)
                        for code, count in sorted((run.skipped_by_reason or {}).items())
                    ],
                )
            )
            partners = self.env["res.partner"].browse(
                failure["partner_id"] for failure in run.failures or []
            )
            names = {partner.id: partner.display_name for partner in partners.exists()}
            sections.append(
                run._summary_table(
                    self.env._("Failures"),
                    [
                        (names.get(failure["partner_id"], failure["partner_id"]), failure["reason"])
                        for failure in run.failures or []
                    ],
                )
            )
            run.summary_html = Markup("").join(section for section in sections if section)

    def _summary_table(self, title, rows):
        if not rows:
            return None
        body = Markup("").join(
            Markup("<tr><td>%s</td><td class='text-end'>%s</td></tr>") % (label, value)
            for label, value in rows
        )
        return Markup(
            "<h5 class='mt-3'>%s</h5><table class='table table-sm'><tbody>%s</tbody></table>"
        ) % (
            title,
            body,
        )

    def _letter_counts(self):
        """Letters of the run per level and per channel of their level, from the database."""
        self.env["account.dunning.letter"].flush_model(["run_id", "level_id"])
        groups = self.env["account.dunning.letter"]._read_group(
            [("run_id", "=", self.id)], ["level_id"], ["__count"]
        )
        by_level = {}
        by_channel = {}
        for level, count in groups:
            by_level[str(level.id)] = count
            for name in CHANNELS:
                if level[name]:
                    by_channel[name] = by_channel.get(name, 0) + count
        return by_level, by_channel
