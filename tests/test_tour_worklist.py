# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestDunningWorklistTour(HttpCase):
    def test_collector_sends_a_letter_from_the_worklist(self):
        """Dates relative to the server's clock, which the tour's browser shares."""
        company = self.env.ref("base.main_company")
        collector = new_test_user(
            self.env,
            login="worklist_tour_collector",
            password="worklist_tour_collector",
            company_id=company.id,
            groups="account_dunning.group_dunning_collector",
        )
        partner = self.env["res.partner"].create(
            {
                "name": "Worklist Tour Customer",
                "is_company": True,
                "dunning_collector_id": collector.id,
            }
        )
        today = fields.Date.context_today(partner)
        invoice = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": partner.id,
                "invoice_date": today - timedelta(days=40),
                "invoice_date_due": today - timedelta(days=10),
                "invoice_line_ids": [
                    Command.create({"name": "Service", "price_unit": 900, "tax_ids": []})
                ],
            }
        )
        invoice.action_post()
        self.env["account.dunning.engine"]._run_company(company, today, partners=partner)
        letter = self.env["account.dunning.letter"].search([("partner_id", "=", partner.id)])
        self.assertEqual(letter.state, "draft")
        # A printed level: Send puts it in the print queue (no mail leaves the test).
        letter.level_id.write(
            {"channel_email": False, "channel_sms": False, "channel_letter": True}
        )
        # Only this customer's letter is the collector's work (other drafts have no collector).
        self.start_tour("/odoo", "account_dunning_worklist_tour", login="worklist_tour_collector")
        self.assertEqual((letter.state, letter.print_needed), ("to_send", True))
