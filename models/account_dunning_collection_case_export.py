# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What a collection agency gets: the claim as CSV or spreadsheet, and the case dossier (claim,
invoices, the letters as sent, the contact log, promises and plans) as a ZIP."""

import base64
import csv
import io
import zipfile

from odoo import models
from odoo.tools import format_amount

MONEY_COLUMNS = ("amount", "open_amount", "compensation_claimed")


class AccountDunningCollectionCase(models.Model):
    _inherit = "account.dunning.collection.case"

    def _claim_rows(self):
        """Debtor and claim data the agency needs, and nothing more."""
        self.ensure_one()
        debtor = self.partner_id.commercial_partner_id
        rows = []
        for move in self.move_ids:
            open_amount = move._dunning_open_amount(move.currency_id)
            # Already claimed as fixed compensation: it counts towards the agency's costs
            # charged to the debtor (BGB § 288 Abs. 5 S. 3, Directive 2011/7/EU art. 6(3)).
            compensation = move._dunning_compensation_claimed(move.currency_id)
            rows.append(
                {
                    "case": self.name,
                    "debtor": debtor.name,
                    "vat": debtor.vat or "",
                    "street": debtor.street or "",
                    "zip": debtor.zip or "",
                    "city": debtor.city or "",
                    "country": debtor.country_id.code or "",
                    "email": debtor.email or "",
                    "phone": debtor.phone or "",
                    "invoice": move.name,
                    "invoice_date": move.invoice_date and move.invoice_date.isoformat() or "",
                    "due_date": move.invoice_date_due and move.invoice_date_due.isoformat() or "",
                    "amount": f"{move.amount_total:.{move.currency_id.decimal_places}f}",
                    "open_amount": f"{open_amount:.{move.currency_id.decimal_places}f}",
                    "compensation_claimed": (f"{compensation:.{move.currency_id.decimal_places}f}"),
                    "currency": move.currency_id.name,
                    "last_dunned": move.dunning_date and move.dunning_date.isoformat() or "",
                    "dunning_level": move.dunning_level_id.name or "",
                }
            )
        return rows

    def _claim_csv(self):
        """The claim rows as CSV text, one line per invoice."""
        rows = self._claim_rows()
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()

    def _download(self, name, raw, mimetype):
        """Attach a generated file to the case and hand it to the browser."""
        attachment = self.env["ir.attachment"].create(
            {
                "name": name,
                "datas": base64.b64encode(raw),
                "mimetype": mimetype,
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "download",
        }

    def action_export_csv(self):
        """The case file as CSV, attached to the case."""
        self.ensure_one()
        return self._download(
            f"{self.name.replace('/', '_')}.csv", self._claim_csv().encode("utf-8"), "text/csv"
        )

    def action_export_xlsx(self):
        """The case file as a spreadsheet, attached to the case."""
        self.ensure_one()
        import xlsxwriter

        rows = self._claim_rows()
        buffer = io.BytesIO()
        workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
        sheet = workbook.add_worksheet(self.name.replace("/", "-")[:31])
        for column, key in enumerate(rows[0]):
            sheet.write(0, column, key)
        # Amounts as numbers in the currency's decimals, so the agency's sheet can add them up.
        formats = {}
        for line, (row, move) in enumerate(zip(rows, self.move_ids, strict=True), start=1):
            digits = move.currency_id.decimal_places
            if digits not in formats:
                formats[digits] = workbook.add_format(
                    {"num_format": "0." + "0" * digits if digits else "0"}
                )
            for column, key in enumerate(row):
                if key in MONEY_COLUMNS:
                    sheet.write_number(line, column, float(row[key]), formats[digits])
                else:
                    sheet.write(line, column, row[key])
        workbook.close()
        return self._download(
            f"{self.name.replace('/', '_')}.xlsx",
            buffer.getvalue(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )

    def _contact_log(self):
        """The contact history the agency needs: letters, calls and notes on the debtor and on
        the invoices handed over, as plain text."""
        self.ensure_one()
        from odoo.tools import html2plaintext

        debtor = self.partner_id.commercial_partner_id
        messages = self.env["mail.message"].search(
            [
                "|",
                "&",
                ("model", "=", "res.partner"),
                ("res_id", "=", debtor.id),
                "&",
                ("model", "=", "account.move"),
                ("res_id", "in", self.move_ids.ids),
                ("message_type", "in", ("comment", "notification", "email")),
            ],
            order="date, id",
        )
        return "\n".join(
            f"{message.date:%Y-%m-%d %H:%M}  {html2plaintext(message.body or '').strip()}"
            for message in messages
            if html2plaintext(message.body or "").strip()
        )

    def action_export_dossier(self):
        """The case dossier as a ZIP: the claim CSV, the invoices, every letter sent, the
        contact log, and the promises and plans on these invoices."""
        self.ensure_one()
        report = self.env["ir.actions.report"]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("claim.csv", self._claim_csv())
            for move in self.move_ids:
                pdf, _type = report._render_qweb_pdf("account.account_invoices", move.ids)
                archive.writestr(f"invoices/{move.name.replace('/', '_')}.pdf", pdf)
            letters = self.env["account.dunning.letter"].search(
                [("line_ids.move_id", "in", self.move_ids.ids), ("state", "=", "sent")]
            )
            for letter in letters:
                if letter.sent_attachment_id:
                    archive.writestr(
                        f"letters/{letter.name.replace('/', '_')}.pdf",
                        letter.sent_attachment_id.raw,
                    )
            archive.writestr("contact_log.txt", self._contact_log())
            Promise = self.env["account.dunning.promise"]
            Plan = self.env["account.dunning.payment.plan"]
            promise_states = dict(Promise._fields["state"]._description_selection(self.env))
            plan_states = dict(Plan._fields["state"]._description_selection(self.env))
            agreements = [
                self.env._(
                    "%(date)s  promise to pay %(amount)s (%(state)s)",
                    date=promise.promise_date,
                    amount=format_amount(self.env, promise.amount, promise.currency_id),
                    state=promise_states[promise.state],
                )
                for promise in Promise.search([("move_ids", "in", self.move_ids.ids)])
            ] + [
                self.env._(
                    "%(date)s  payment plan %(plan)s for %(amount)s (%(state)s)",
                    date=plan.start_date or "",
                    plan=plan.name,
                    amount=format_amount(self.env, plan.amount_total, plan.currency_id),
                    state=plan_states[plan.state],
                )
                for plan in Plan.search([("move_ids", "in", self.move_ids.ids)])
            ]
            archive.writestr("promises_and_plans.txt", "\n".join(agreements))
        return self._download(
            f"{self.name.replace('/', '_')}-dossier.zip", buffer.getvalue(), "application/zip"
        )
