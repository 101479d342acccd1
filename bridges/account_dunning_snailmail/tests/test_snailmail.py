# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.account_dunning.tests.common import D0, DunningCase


@tagged("post_install", "-at_install")
class TestDunningSnailmail(DunningCase):
    """Printed letters through Snailmail (queued for its job: no IAP call in the test), for an
    invoice in another currency than the company's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.dunning_snailmail = True
        cls.eur = cls.setup_other_currency("EUR", rates=[("2000-01-01", 2.0)])
        cls.partner_a.write(
            {
                "street": "Storgatan 1",
                "zip": "111 22",
                "city": "Stockholm",
                "email": "ap@partner-a.example",
            }
        )
        cls._invoice(cls.partner_a, 900, D0, currency=cls.eur)

    def _letter(self, **channels):
        self.level(1).write(channels)
        self.run_dunning(D0 + timedelta(days=2))
        letter = self.letters(self.partner_a)
        self.assertEqual(letter.state, "draft")
        return letter

    def _posted(self, letter):
        return self.env["snailmail.letter"].search(
            [("model", "=", letter._name), ("res_id", "=", letter.id)]
        )

    def test_printed_level_goes_by_post(self):
        letter = self._letter(channel_email=False, channel_letter=True)
        with freeze_time(D0 + timedelta(days=2)):
            letter.action_send()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "post"))
        self.assertFalse(letter.print_needed, "not in the print queue")
        self.assertIn("Storgatan 1", letter.sent_to)
        posted = self._posted(letter)
        self.assertEqual(len(posted), 1)
        self.assertEqual(posted.state, "pending", "Snailmail's job posts it")
        self.assertEqual(posted.partner_id, self.partner_a)
        self.assertEqual(posted.attachment_id, letter.sent_attachment_id)
        self.assertEqual(letter.snailmail_letter_ids, posted)

    def test_email_and_print_level_is_emailed_and_posted(self):
        letter = self._letter(channel_email=True, channel_letter=True)
        with freeze_time(D0 + timedelta(days=2)):
            letter.action_send()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "email"))
        self.assertFalse(letter.print_needed)
        self.assertEqual(self._posted(letter).attachment_id, letter.sent_attachment_id)

    def test_incomplete_address_stays_in_the_print_queue(self):
        self.partner_a.street = False
        letter = self._letter(channel_email=False, channel_letter=True)
        with freeze_time(D0 + timedelta(days=2)):
            letter.action_send()
        self.assertEqual((letter.state, letter.print_needed), ("to_send", True))
        self.assertFalse(self._posted(letter))
        self.assertIn("no complete postal address", letter.message_ids[0].body)
        with self.assertRaisesRegex(UserError, "cannot go by post"):
            letter.action_send_post()

    def test_off_by_default_per_company(self):
        self.company.dunning_snailmail = False
        letter = self._letter(channel_email=False, channel_letter=True)
        with freeze_time(D0 + timedelta(days=2)):
            letter.action_send()
        self.assertEqual((letter.state, letter.print_needed), ("to_send", True))
        self.assertFalse(self._posted(letter))
        # By hand, from the letter: posted all the same.
        with freeze_time(D0 + timedelta(days=2)):
            letter.action_send_post()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "post"))
        self.assertEqual(len(self._posted(letter)), 1)
