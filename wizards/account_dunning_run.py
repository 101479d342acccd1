# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup, escape

from odoo import fields, models
from odoo.tools.misc import formatLang


class AccountDunningRun(models.TransientModel):
    _name = "account.dunning.run"
    _description = "Run Dunning"

    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        help="Company whose overdue invoices are dunned.",
    )
    date = fields.Date(
        string="Run Date",
        required=True,
        default=fields.Date.context_today,
        help="Date the run works for: days overdue and letter dates count from it.",
    )
    partner_ids = fields.Many2many(
        "res.partner",
        string="Customers",
        help="Restrict the run to these customers. Empty: every customer.",
    )
    preview_html = fields.Html(
        string="Preview",
        readonly=True,
        sanitize=False,
        help="What the run would do, customer by customer.",
    )
    result_html = fields.Html(string="Result", readonly=True, help="What the run did.")
    state = fields.Selection(
        [("new", "New"), ("preview", "Preview"), ("done", "Done")],
        default="new",
        help="Step of the wizard.",
    )

    def _engine(self):
        return self.env["account.dunning.engine"].with_company(self.company_id)

    def _partners(self):
        return self.partner_ids.commercial_partner_id if self.partner_ids else None

    def action_preview(self):
        self.ensure_one()
        stats = self._engine()._run_company(
            self.company_id, self.date, partners=self._partners(), dry_run=True
        )
        rows = []
        Partner = self.env["res.partner"]
        Level = self.env["account.dunning.level"]
        for partner_id, decision in stats["decisions"].items():
            if not decision.send:
                continue
            rows.append(
                Markup("<tr><td>%s</td><td>%s</td><td>%s</td><td class='text-end'>%s</td></tr>")
                % (
                    Partner.browse(partner_id).display_name,
                    Level.browse(decision.level.id).name,
                    len(decision.lines),
                    formatLang(
                        self.env,
                        float(decision.net_total),
                        currency_obj=self.company_id.currency_id,
                    ),
                )
            )
        header = Markup(
            "<p>%s</p><table class='table table-sm'><thead><tr><th>%s</th><th>%s</th><th>%s</th>"
            "<th class='text-end'>%s</th></tr></thead><tbody>"
        ) % (
            self.env._("%(count)s letter(s) would be prepared.", count=len(rows)),
            self.env._("Customer"),
            self.env._("Level"),
            self.env._("Invoices"),
            self.env._("Total due"),
        )
        self.write(
            {
                "preview_html": header + Markup("").join(rows) + Markup("</tbody></table>"),
                "state": "preview",
            }
        )
        return self._reopen()

    def action_run(self):
        self.ensure_one()
        stats = self._engine()._run_company(self.company_id, self.date, partners=self._partners())
        engine = self._engine()
        skipped = [
            Markup("<li>%s: %s</li>") % (escape(engine._skip_label(key[5:])), value)
            for key, value in sorted(stats.items(), key=lambda kv: str(kv[0]))
            if str(key).startswith("skip_")
        ]
        self.write(
            {
                "result_html": Markup("<p>%s</p><ul>%s</ul>")
                % (
                    self.env._(
                        "%(letters)s letter(s) created for %(customers)s customer(s) examined.",
                        letters=stats["letters"],
                        customers=stats["customers"],
                    ),
                    Markup("").join(skipped),
                ),
                "state": "done",
            }
        )
        return self._reopen()

    def action_open_letters(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_dunning.action_account_dunning_letter"
        )
        action["domain"] = [("date", "=", self.date), ("company_id", "=", self.company_id.id)]
        action["context"] = {}
        return action

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }
