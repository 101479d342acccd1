# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, fields, http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.http import content_disposition, request

from odoo.addons.portal.controllers.portal import CustomerPortal


class DunningPortal(CustomerPortal):
    """Customers see the payment reminders sent to them, as sent, with their open invoices.

    Paying goes through Odoo's own invoice portal and payment providers: each invoice of a
    letter links to its portal page.
    """

    def _dunning_letter_domain(self):
        partner = request.env.user.partner_id.commercial_partner_id
        return [("partner_id", "=", partner.id), ("state", "=", "sent")]

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "dunning_letter_count" in counters:
            Letter = request.env["account.dunning.letter"]
            values["dunning_letter_count"] = (
                Letter.search_count(self._dunning_letter_domain())
                if Letter.has_access("read")
                else 0
            )
        return values

    @http.route(["/my/dunning_letters"], type="http", auth="user", website=True)
    def portal_my_dunning_letters(self, **kwargs):
        letters = request.env["account.dunning.letter"].search(
            self._dunning_letter_domain(), order="date desc, id desc"
        )
        values = self._prepare_portal_layout_values()
        values.update({"letters": letters, "page_name": "dunning_letters"})
        return request.render("account_dunning.portal_my_dunning_letters", values)

    def _dunning_sent_letter(self, letter_id, access_token=None):
        """The sent letter the visitor may see (their own, or by its access token), or None."""
        try:
            letter = self._document_check_access(
                "account.dunning.letter", letter_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return None
        return letter if letter.state == "sent" else None

    @http.route(["/my/dunning_statement"], type="http", auth="user", website=True)
    def portal_my_dunning_statement(self, **kwargs):
        """The customer's statement of account with the company, live, as a PDF."""
        partner = request.env.user.partner_id.commercial_partner_id.sudo()
        content, report_type = (
            request.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf("account_dunning.action_report_dunning_statement", partner.ids)
        )
        mimetype = "application/pdf" if report_type == "pdf" else "text/html"
        filename = f"{partner._dunning_statement_filename()}.{report_type}"
        return request.make_response(
            content,
            headers=[
                ("Content-Type", mimetype),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(filename)),
            ],
        )

    @http.route(["/my/dunning_letters/<int:letter_id>"], type="http", auth="public", website=True)
    def portal_my_dunning_letter(self, letter_id, access_token=None, report_type=None, **kwargs):
        letter = self._dunning_sent_letter(letter_id, access_token)
        if not letter:
            return request.redirect("/my")
        if report_type in ("pdf", "html"):
            return self._show_report(
                model=letter,
                report_type=report_type,
                report_ref="account_dunning.action_report_dunning_letter",
                download=kwargs.get("download") == "true",
            )
        values = self._get_page_view_values(
            letter,
            access_token,
            {"letter": letter, "page_name": "dunning_letter"},
            "my_dunning_letters_history",
            False,
        )
        return request.render("account_dunning.portal_my_dunning_letter", values)

    @http.route(
        ["/my/dunning_letters/<int:letter_id>/promise"],
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_dunning_promise(self, letter_id, promise_date=None, **kwargs):
        """The customer proposes the date they will pay a letter's open invoices by.

        Within the company's limits (not in the past, at most Portal Promises Up To days
        ahead, one open promise per letter, the amount still owed) the promise holds dunning at
        once; a later date waits for a collector's approval and holds nothing until then.
        Anything refused is rolled back and explained on the letter's page, in the customer's
        language (the page's texts).
        """
        letter = self._dunning_sent_letter(letter_id)
        if not letter:
            return request.redirect("/my")
        outcome = self._dunning_promise_outcome(letter.sudo(), promise_date)
        return request.redirect(f"/my/dunning_letters/{letter.id}?promise={outcome}")

    @http.route(
        ["/my/dunning_letters/<int:letter_id>/dispute"],
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_dunning_dispute(self, letter_id, move_id=None, reason=None, **kwargs):
        """The customer disputes one invoice of a letter and says why: the invoice is held
        from dunning, the collector gets an activity, the page says what happened. Refusals
        (no reason, an invoice not on the letter, paid or disputed already) write nothing."""
        letter = self._dunning_sent_letter(letter_id)
        if not letter:
            return request.redirect("/my")
        letter = letter.sudo()
        invoices = letter.line_ids.filtered(lambda line: line.kind == "overdue").move_id
        move = invoices.filtered(lambda m: str(m.id) == (move_id or "").strip())
        outcome = "error"
        if move:
            try:
                with request.env.cr.savepoint():
                    outcome = move._dunning_portal_dispute(reason, request.env.user.partner_id)
            except (AccessError, UserError, ValidationError):
                outcome = "error"
        return request.redirect(f"/my/dunning_letters/{letter.id}?dispute={outcome}")

    def _dunning_promise_outcome(self, letter, promise_date):
        """Record the promise of the portal form; the code of the message the page shows."""
        try:
            day = fields.Date.to_date(promise_date)
        except ValueError:
            return "error"
        if not day:
            return "error"
        company = letter.company_id
        today = fields.Date.context_today(letter.with_company(company))
        if day < today:
            return "past"
        invoices = letter.line_ids.filtered(lambda line: line.kind == "overdue").move_id.filtered(
            lambda m: m.move_type == "out_invoice" and m._dunning_open_amount(m.currency_id) > 0
        )
        if not invoices:
            return "paid"
        Promise = request.env["account.dunning.promise"].sudo()
        if Promise.search_count(
            [
                ("state", "in", ("open", "to_approve")),
                "|",
                ("letter_id", "=", letter.id),
                ("move_ids", "in", invoices.ids),
            ],
            limit=1,
        ):
            return "exists"
        within = (day - today).days <= company.dunning_portal_promise_days
        try:
            with request.env.cr.savepoint():
                promise = Promise.create(
                    {
                        "partner_id": letter.partner_id.id,
                        "company_id": company.id,
                        "letter_id": letter.id,
                        "move_ids": [Command.set(invoices.ids)],
                        # In the invoices' own currency when they share one (the promise's).
                        "amount": invoices._dunning_open_amount(),
                        "promise_date": day,
                        "start_date": today,
                        "channel": "portal",
                        "state": "open" if within else "to_approve",
                    }
                )
                if not within:
                    promise._request_approval()
        except (UserError, ValidationError):
            return "error"
        return "ok" if within else "to_approve"

    @http.route(["/my/payment_plans"], type="http", auth="user", website=True)
    def portal_my_payment_plans(self, **kwargs):
        partner = request.env.user.partner_id.commercial_partner_id
        plans = (
            request.env["account.dunning.payment.plan"]
            .sudo()
            .search(
                [
                    ("partner_id", "=", partner.id),
                    "|",
                    ("state", "in", ("active", "completed", "breached")),
                    "&",
                    ("state", "=", "draft"),
                    ("proposed", "=", True),
                ]
            )
        )
        values = self._prepare_portal_layout_values()
        values.update({"plans": plans, "page_name": "payment_plans"})
        return request.render("account_dunning.portal_my_payment_plans", values)

    @http.route(
        ["/my/payment_plans/<int:plan_id>/accept"],
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_accept_payment_plan(self, plan_id, **kwargs):
        """The customer accepts a plan the collector proposed: it becomes active."""
        partner = request.env.user.partner_id.commercial_partner_id
        plan = request.env["account.dunning.payment.plan"].sudo().browse(plan_id).exists()
        if not plan or plan.partner_id != partner or plan.state != "draft" or not plan.proposed:
            return request.redirect("/my")
        try:
            plan.action_activate()
        except (UserError, ValidationError):
            return request.redirect("/my/payment_plans?accept=error")
        plan.message_post(body=request.env._("Accepted by the customer in the portal."))
        return request.redirect("/my/payment_plans?accept=ok")
