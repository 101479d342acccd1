# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What a run writes for the collectors is in the company's language; the letter stays in the
customer's."""

from datetime import timedelta

from freezegun import freeze_time

from odoo import Command
from odoo.tests import tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestRunLanguage(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for lang in ("de_DE", "sv_SE"):
            cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"]._load_module_terms(
            ["account_dunning"], ["de_DE", "sv_SE"], overwrite=True
        )
        cls.company.partner_id.lang = "de_DE"
        cls.env.user.lang = "en_US"
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Bergström Bygg AB",
                "is_company": True,
                "lang": "sv_SE",
                "country_id": cls.env.ref("base.se").id,
            }
        )

    def test_notes_and_call_activity_in_the_company_language(self):
        self.level(1).write({"channel_phone": True, "credit_hold": True})
        invoice = self._invoice(self.customer, 1000, D0)
        self.run_dunning(D0 + timedelta(days=5))
        letter = self.letters(self.customer)
        self.assertEqual(len(letter), 1)
        self.assertEqual(letter._lang(), "sv_SE")
        notes = self.customer.message_ids.mapped("body")
        self.assertIn(
            # the run's bulk notes are plain text (engine._log_notes_bulk)
            f"Mahnschreiben {letter.name} der Mahnstufe Friendly reminder für 1 "
            "überfällige(n) Posten.",
            notes,
        )
        self.assertIn("<p>Kreditsperre: Eine Mahnstufe mit Kreditsperre wurde erreicht.</p>", notes)
        self.assertIn(
            f"Mahnstufe Friendly reminder erreicht (5 Tage überfällig), Mahnschreiben "
            f"{letter.name}.",
            invoice.message_ids.mapped("body"),
        )
        call = letter.activity_ids
        self.assertEqual(len(call), 1)
        self.assertEqual(call.summary, "Bergström Bygg AB anrufen: $\xa01.000,00 überfällig")
        # The letter itself is written for the customer: Swedish.
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_dunning_letter", letter.ids
        )
        self.assertIn("Att betala", html.decode())

    def test_plan_follow_up_writes_in_the_company_language(self):
        invoice = self._invoice(self.customer, 1000, D0)
        with freeze_time(D0 + timedelta(days=2)):
            plan = self.env["account.dunning.payment.plan"].create(
                {
                    "partner_id": self.customer.id,
                    "move_ids": [Command.set(invoice.ids)],
                    "down_payment_date": D0 + timedelta(days=5),
                    "first_date": D0 + timedelta(days=35),
                    "tolerance_days": 5,
                }
            )
            plan.action_compute_schedule()
            plan.action_activate()
        with freeze_time(D0 + timedelta(days=11)):
            self.env["account.dunning.payment.plan"]._cron_check_plans_and_promises()
        self.assertEqual(plan.state, "breached")
        self.assertEqual(
            plan.activity_ids.summary, "Bergström Bygg AB anrufen: Ratenplan nicht eingehalten"
        )

    def test_the_sending_job_writes_in_the_company_language(self):
        """The hourly sending job (run as the English scheduler user) writes its chatter note
        in the company's language; the email keeps the customer's."""
        self.customer.email = "ekonomi@bergstrom.example.com"
        self._invoice(self.customer, 1000, D0)
        self.run_dunning(D0 + timedelta(days=5))
        letter = self.letters(self.customer)
        letter.level_id.write(
            {"channel_email": True, "channel_letter": False, "channel_sms": False}
        )
        letter.policy_id.auto_send = True
        letter.write({"state": "to_send", "print_needed": False})
        self.env["account.dunning.letter"].sudo().with_context(lang="en_US")._cron_send_letters()
        self.assertEqual(letter.state, "sent")
        bodies = letter.message_ids.mapped("body")
        self.assertTrue(
            any("Schreiben per E-Mail an ekonomi@bergstrom.example.com" in b for b in bodies),
            bodies,
        )
