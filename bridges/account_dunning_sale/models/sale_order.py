# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A customer on credit hold (set by a dunning level or by hand, per company) gets no confirmed
sales order: confirming it, in the back office or by the customer's signature in the portal, is
refused with the reason and whom to ask. A dunning manager may confirm it; an order the customer
prepaid online as the company requires confirms as Odoo does it."""

from odoo import api, fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    dunning_credit_hold = fields.Boolean(
        string="Customer on Credit Hold",
        compute="_compute_dunning_credit_hold",
        help="The customer is on credit hold in the order's company because of overdue "
        "invoices: only a dunning manager can confirm the order.",
    )
    dunning_credit_hold_message = fields.Char(
        string="Credit Hold",
        compute="_compute_dunning_credit_hold",
        help="Why the order cannot be confirmed and whom to ask.",
    )

    @api.depends("partner_id", "company_id")
    def _compute_dunning_credit_hold(self):
        for order in self:
            held = bool(order.partner_id) and order._dunning_customer().dunning_credit_hold
            order.dunning_credit_hold = held
            order.dunning_credit_hold_message = order._dunning_credit_hold_text() if held else False

    def _dunning_customer(self):
        self.ensure_one()
        return self.partner_id.commercial_partner_id.with_company(self.company_id)

    def _dunning_credit_hold_text(self):
        """The customer, why it is held (the level that set the hold, or by hand) and whom to
        ask (its collector, else the dunning managers)."""
        self.ensure_one()
        customer = self._dunning_customer()
        level = customer.dunning_credit_hold_level_id
        reason = (
            self.env._("the dunning level %(level)s", level=level.display_name)
            if level
            else self.env._("a hold set by hand")
        )
        return self.env._(
            "%(customer)s is on credit hold in %(company)s (%(reason)s) because of overdue "
            "invoices: the order cannot be confirmed. Ask %(whom)s to confirm it, or to lift "
            "the credit hold on the customer's Dunning tab once the invoices are paid.",
            customer=customer.display_name,
            company=self.company_id.name,
            reason=reason,
            whom=customer._dunning_collector().name,
        )

    def _confirmation_error_message(self):
        """Odoo's own check before confirming, here and in the portal: a customer on credit hold
        is refused unless the user is a dunning manager (a server-side group check, never a
        context key) or the customer prepaid what the company requires online."""
        error = super()._confirmation_error_message()
        if error or not self._dunning_customer().dunning_credit_hold:
            return error
        if self.env.user.has_group("account_dunning.group_dunning_manager"):
            return False
        if self.require_payment and self._is_confirmation_amount_reached():
            return False
        return self._dunning_credit_hold_text()
