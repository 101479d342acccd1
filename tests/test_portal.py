# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo.tests import HttpCase, new_test_user, tagged

from .common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestDunningPortal(DunningCase, HttpCase):
    def test_customer_sees_own_sent_letters_and_pays_through_the_invoice(self):
        invoice = self._invoice(self.partner_a, 700, D0)
        self.run_dunning(D0 + timedelta(days=2))
        letter = self.letters(self.partner_a)
        other = self._invoice(self.partner_b, 300, D0)
        self.run_dunning(D0 + timedelta(days=2))
        foreign = self.letters(self.partner_b)
        (letter | foreign).action_mark_sent()
        user = new_test_user(
            self.env,
            login="portal_customer",
            password="portal_customer",
            groups="base.group_portal",
            partner_id=self.partner_a.id,
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        self.assertTrue(user)
        self.authenticate("portal_customer", "portal_customer")
        listing = self.url_open("/my/dunning_letters")
        self.assertEqual(listing.status_code, 200)
        self.assertIn(letter.name, listing.text)
        self.assertNotIn(foreign.name, listing.text)
        page = self.url_open(f"/my/dunning_letters/{letter.id}")
        self.assertIn(invoice.name, page.text)
        self.assertIn(invoice.get_portal_url(), page.text.replace("&amp;", "&"))
        # Another customer's letter is not shown: back to the portal home.
        refused = self.url_open(f"/my/dunning_letters/{foreign.id}")
        self.assertNotIn(other.name, refused.text)
        self.assertTrue(refused.url.endswith("/my"))
