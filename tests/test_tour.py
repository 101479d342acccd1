# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestDunningTour(HttpCase):
    def _user_and_overdue_customer(self, login, groups, customer, amount):
        """A user of the main company and a customer with one invoice 10 days overdue (dates
        relative to the server's clock, which the tour's browser shares)."""
        company = self.env.ref("base.main_company")
        new_test_user(self.env, login=login, password=login, company_id=company.id, groups=groups)
        partner = self.env["res.partner"].create({"name": customer, "is_company": True})
        today = fields.Date.context_today(self.env["res.partner"])
        invoice = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": partner.id,
                "invoice_date": today - timedelta(days=40),
                "invoice_date_due": today - timedelta(days=10),
                "invoice_line_ids": [
                    Command.create({"name": "Service", "price_unit": amount, "tax_ids": []})
                ],
            }
        )
        invoice.action_post()
        return company, partner, today

    def test_accounting_manager_opens_dunning_menus(self):
        company, _partner, today = self._user_and_overdue_customer(
            "dunning_manager",
            "account.group_account_manager,base.group_user",
            "Dunning Tour Customer",
            500,
        )
        self.env["account.dunning.engine"]._run_company(company, today)
        self.start_tour("/odoo", "account_dunning_menus_tour", login="dunning_manager")

    def test_collector_opens_overview_and_print_queue(self):
        company, partner, today = self._user_and_overdue_customer(
            "dunning_collector",
            "account_dunning.group_dunning_collector",
            "Cockpit Tour Customer",
            700,
        )
        self.env["account.dunning.engine"]._run_company(company, today, partners=partner)
        letter = self.env["account.dunning.letter"].search([("partner_id", "=", partner.id)])
        letter.level_id.write({"channel_email": False, "channel_letter": True})
        if letter.state == "draft":
            letter.action_confirm()
        self.start_tour("/odoo", "account_dunning_cockpit_tour", login="dunning_collector")
        self.assertEqual(letter.state, "sent")

    def test_collector_sends_with_the_composer_and_a_statement(self):
        company, partner, today = self._user_and_overdue_customer(
            "composer_tour_collector",
            "account_dunning.group_dunning_collector,base.group_partner_manager",
            "Composer Tour Customer",
            800,
        )
        partner.email = "ap@composer-tour.example"
        self.env["account.dunning.engine"]._run_company(company, today, partners=partner)
        letter = self.env["account.dunning.letter"].search([("partner_id", "=", partner.id)])
        self.assertEqual(letter.state, "draft")
        self.start_tour("/odoo", "account_dunning_composer_tour", login="composer_tour_collector")
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "email"))
        mails = self.env["mail.mail"].sudo().search([("model", "=", "account.dunning.letter")])
        mail = mails.filtered(lambda rec: rec.res_id == letter.id)
        self.assertEqual(mail.subject, "Your overdue invoice, checked")
        self.assertIn(letter.sent_attachment_id, mail.attachment_ids)
        statement = (
            self.env["mail.mail"]
            .sudo()
            .search([("model", "=", "res.partner"), ("res_id", "=", partner.id)])
        )
        self.assertEqual(len(statement), 1)
        self.assertIn("Statement", statement.attachment_ids.name)

    def test_manager_runs_the_dunning_in_the_background(self):
        _company, partner, _today = self._user_and_overdue_customer(
            "run_tour_manager",
            "account_dunning.group_dunning_manager",
            "Run Tour Customer",
            600,
        )
        # More customers than run at once: every overdue customer of the database.
        self.env["ir.config_parameter"].sudo().set_param("account_dunning.run_inline_limit", 0)
        runs = self.env["account.dunning.run"].search([])
        self.start_tour("/odoo", "account_dunning_run_tour", login="run_tour_manager")
        run = self.env["account.dunning.run"].search([]) - runs
        self.assertEqual((run.state, run.job_pending, run.trigger), ("running", True, "manual"))
        self.assertGreaterEqual(run.customers_total, 1)
        self.env.ref("account_dunning.ir_cron_dunning_run_queue").method_direct_trigger()
        self.assertEqual((run.state, run.customers_done), ("done", run.customers_total))
        self.assertTrue(
            self.env["account.dunning.letter"].search(
                [("partner_id", "=", partner.id), ("run_id", "=", run.id)]
            )
        )
