# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io
import zipfile
from datetime import timedelta

import openpyxl
from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_amount, html2plaintext

from .common import D0


class CollectionCaseTests:
    """Tests of the collection agency, run in ``test_end_of_debt.TestEndOfDebt`` (one company
    and chart of accounts for every end of a debt)."""

    def test_hand_over_export_recover_with_commission(self):
        agency = self.env["res.partner"].create({"name": "Nordic Inkasso AB", "is_company": True})
        first = self._invoice(self.partner_a, 600, D0)
        second = self._invoice(self.partner_a, 400, D0)
        case = self.env["account.dunning.collection.case"].create(
            {
                "agency_id": agency.id,
                "partner_id": self.partner_a.id,
                "move_ids": [Command.set((first | second).ids)],
                "commission_percent": 15,
            }
        )
        # Handed over only from 90 days overdue (company setting) or at an eligible level.
        with (
            freeze_time(D0 + timedelta(days=60)),
            self.assertRaisesRegex(ValidationError, "less than 90 days overdue"),
        ):
            case.action_hand_over()
        with freeze_time(D0 + timedelta(days=95)):
            case.action_hand_over()
        self.assertEqual((case.state, case.amount_handed_over), ("handed_over", 1000.0))
        # The spreadsheet: a header, one row per invoice, amounts as numbers.
        xlsx = case.action_export_xlsx()
        sheet_file = self.env["ir.attachment"].browse(int(xlsx["url"].split("/")[3].split("?")[0]))
        sheet = openpyxl.load_workbook(io.BytesIO(base64.b64decode(sheet_file.datas))).active
        table = [[cell.value for cell in row] for row in sheet.iter_rows()]
        header = table[0]
        self.assertEqual(header[:2], ["case", "debtor"])
        by_invoice = {row[header.index("invoice")]: row for row in table[1:]}
        self.assertEqual(set(by_invoice), {first.name, second.name})
        self.assertEqual(by_invoice[first.name][header.index("open_amount")], 600.0)
        self.assertEqual(by_invoice[second.name][header.index("amount")], 400.0)
        self.assertEqual(by_invoice[first.name][header.index("currency")], first.currency_id.name)
        self.assertEqual(set((first | second).mapped("dunning_block_reason")), {"agency"})
        # The case file: one row per invoice with the debtor's and the claim's data.
        action = case.action_export_csv()
        attachment = self.env["ir.attachment"].browse(
            int(action["url"].split("/")[3].split("?")[0])
        )
        rows = base64.b64decode(attachment.datas).decode().splitlines()
        self.assertEqual(len(rows), 3)
        self.assertIn(first.name, rows[1] + rows[2])
        self.assertIn("600.00", rows[1] + rows[2])
        # The dossier: claim, the invoices' PDFs, the contact log, promises and plans.
        first.message_post(body="Called the customer: disputes the delivery date.")
        action = case.action_export_dossier()
        dossier = self.env["ir.attachment"].browse(int(action["url"].split("/")[3].split("?")[0]))
        with zipfile.ZipFile(io.BytesIO(base64.b64decode(dossier.datas))) as archive:
            names = archive.namelist()
            self.assertIn("claim.csv", names)
            self.assertEqual(len([n for n in names if n.startswith("invoices/")]), 2)
            self.assertIn("disputes the delivery date", archive.read("contact_log.txt").decode())
        bank = self.company_data["default_journal_bank"]
        with self.assertRaisesRegex(UserError, "Agency Commission Account"):
            case._record_recovery(600, D0 + timedelta(days=120), bank)
        commission_account = self.env["account.account"].create(
            {
                "name": "Collection commissions",
                "code": "628000",
                "account_type": "expense",
                "company_ids": [Command.link(self.company.id)],
            }
        )
        self.company.dunning_commission_account_id = commission_account
        # 600 recovered at 15 %: commission 90.00 owed to the agency; 400 still open.
        case._record_recovery(600, D0 + timedelta(days=120), bank)
        self.assertEqual((case.amount_recovered, case.amount_commission), (600.0, 90.0))
        note = html2plaintext(case.message_ids[0].body).replace("\xa0", " ")
        expected = format_amount(self.env, 90, case.currency_id).replace("\xa0", " ")
        self.assertIn(f"commission {expected}", note, "amounts formatted with the currency")
        self.assertEqual(case.state, "partly_recovered")
        self.assertEqual(first.amount_residual + second.amount_residual, 400.0)
        entry = self.env["account.move"].search([("ref", "=", f"Agency commission {case.name}")])
        self.assertEqual(
            entry.line_ids.filtered(lambda line: line.account_id == commission_account).debit, 90.0
        )
        with self.assertRaisesRegex(ValidationError, "at most the open amount"):
            case._record_recovery(500, D0 + timedelta(days=130), bank)
        case._record_recovery(400, D0 + timedelta(days=130), bank)
        self.assertEqual(case.state, "recovered")
        self.assertEqual(case.amount_commission, 150.0)
        self.assertLedgerConsistent(self.partner_a)

    def test_closing_uncollectible_leads_to_write_off(self):
        agency = self.env["res.partner"].create({"name": "Nordic Inkasso AB", "is_company": True})
        invoice = self._invoice(self.partner_a, 700, D0)
        case = self.env["account.dunning.collection.case"].create(
            {
                "agency_id": agency.id,
                "partner_id": self.partner_a.id,
                "move_ids": [Command.set(invoice.ids)],
            }
        )
        with freeze_time(D0 + timedelta(days=120)):
            case.action_hand_over()
        action = case.action_close_uncollectible()
        self.assertEqual(case.state, "closed")
        bad_debt = self.env["account.account"].create(
            {
                "name": "Bad debts",
                "code": "685100",
                "account_type": "expense",
                "company_ids": [Command.link(self.company.id)],
            }
        )
        self.company.dunning_bad_debt_account_id = bad_debt
        writeoff = self.env["account.dunning.writeoff"].with_context(**action["context"]).create({})
        writeoff.action_post()
        self.assertEqual(writeoff.amount_written_off, 700.0)
        self.assertEqual(invoice.payment_state, "paid")
        self.assertLedgerConsistent(self.partner_a)
