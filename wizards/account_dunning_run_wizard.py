# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup

from odoo import fields, models
from odoo.tools.misc import formatLang


class AccountDunningRunWizard(models.TransientModel):
    """Run Dunning: a preview (also for a future date, writing nothing), then the run, which is
    stored as an ``account.dunning.run`` record that this wizard opens."""

    _name = "account.dunning.run.wizard"
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
    state = fields.Selection(
        [("new", "New"), ("preview", "Preview")],
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
        """Run now (a few customers) or in the background (many), and open the run record."""
        self.ensure_one()
        run = self.env["account.dunning.run"]._start(
            self.company_id, self.date, trigger="manual", partners=self._partners()
        )
        run._run_or_queue()
        return run._open_form()

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }
