# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..dunning_core import applicable_law as core_law
from .account_dunning_policy import BEHAVIOUR_CATEGORIES

DUNNING_STATUSES = [
    ("ok", "Up to date"),
    ("overdue", "Overdue"),
    ("dunned", "In dunning"),
    ("blocked", "Blocked"),
]


class ResPartner(models.Model):
    _inherit = "res.partner"

    dunning_policy_id = fields.Many2one(
        "account.dunning.policy",
        company_dependent=True,
        help="Policy for this customer. Empty: chosen by tags, payment behaviour, country, "
        "or the company default.",
    )
    dunning_level_id = fields.Many2one(
        "account.dunning.level",
        company_dependent=True,
        readonly=True,
        help="Highest level among the customer's open invoices.",
    )
    dunning_status = fields.Selection(
        DUNNING_STATUSES,
        company_dependent=True,
        readonly=True,
        help="Where the customer stands in the dunning process, as of the last run.",
    )
    dunning_next_date = fields.Date(
        string="Next Dunning Action",
        company_dependent=True,
        readonly=True,
        help="Earliest date the next dunning step can happen for this customer.",
    )
    dunning_last_date = fields.Date(
        string="Last Dunned",
        company_dependent=True,
        readonly=True,
        help="Date of the last letter to this customer.",
    )
    dunning_customer_type = fields.Selection(
        [("business", "Business"), ("consumer", "Consumer")],
        string="Debtor Type",
        compute="_compute_dunning_customer_type",
        store=True,
        readonly=False,
        help="Business or consumer for late-payment law (interest rate, fixed compensation). "
        "Follows Is a Company until set by hand.",
    )
    dunning_governing_law_id = fields.Many2one(
        "res.country",
        string="Governing Law (Contract)",
        help="Country whose law the contract with this customer chose (Rome I Regulation (EC) "
        "593/2008 art. 3): its late-payment interest, fixed compensation, fee caps, "
        "deadlines and legal texts apply to the customer's claims. Empty: for business "
        "customers the company's setting (its own law by default, art. 4); a consumer always "
        "keeps the protection of their own country (art. 6). The letters' language stays the "
        "customer's.",
    )
    dunning_fee_agreement = fields.Selection(
        [
            ("company", "As in the company's terms"),
            ("agreed", "Agreed"),
            ("not_agreed", "Not agreed"),
        ],
        string="Fee Agreement",
        default="company",
        required=True,
        help="Whether the customer agreed to reminder fees when the debt arose (some laws "
        "allow a fee only then). Default: the company's terms say.",
    )
    dunning_contractual_rate = fields.Float(
        string="Contractual Interest Rate (%)",
        digits=(16, 4),
        help="Agreed annual late-payment rate; it applies instead of the statutory one where it "
        "is higher.",
    )
    dunning_moratorium_opt_out = fields.Boolean(
        string="Opted Out of Moratorium",
        help="The debtor declared it does not rely on the moratorium: interest accrues in the "
        "interest rule's no-accrual window (Russia 2022).",
    )
    dunning_is_factor = fields.Boolean(
        string="Is a Factoring Company",
        help="Buys invoices (factoring).",
    )
    dunning_factor_advance_rate = fields.Float(
        string="Factor Advance Rate (%)", help="Default share of the invoices paid in advance."
    )
    dunning_factor_fee_percent = fields.Float(
        string="Factor Fee (%)", help="Default fee in percent of the invoices sold."
    )
    dunning_contact_id = fields.Many2one(
        "res.partner",
        domain="[('commercial_partner_id', '=', commercial_partner_id)]",
        help="The person who pays the bills: letters go to them before the invoice address.",
    )
    dunning_collector_id = fields.Many2one(
        "res.users",
        string="Collector",
        help="Who follows this customer's collections and gets its phone-call activities. "
        "Empty: the salesperson.",
    )
    dunning_contract_ref = fields.Char(
        string="Contract Reference",
        help="Number and date of the contract the customer's invoices rest on, e.g. "
        "'15/2025 of 10.01.2025'. The Russian pre-trial claim (претензия) cites it as the basis "
        "of the claim; empty: the claim cites the invoices.",
    )
    dunning_credit_hold = fields.Boolean(
        string="Credit Hold",
        company_dependent=True,
        tracking=True,
        help="New invoices for this customer are refused until the hold is lifted.",
    )
    dunning_blocked = fields.Boolean(
        string="Dunning Hold",
        company_dependent=True,
        tracking=True,
        help="Manual hold: no dunning letter goes to this customer.",
    )
    dunning_avg_days_late = fields.Float(
        string="Average Days Late",
        company_dependent=True,
        readonly=True,
        digits=(16, 1),
        help="Amount-weighted average days invoices were paid late over the last 12 months.",
    )
    dunning_broken_promises = fields.Integer(
        company_dependent=True,
        readonly=True,
        help="Promises to pay broken over the last 12 months.",
    )
    dunning_behaviour_category = fields.Selection(
        BEHAVIOUR_CATEGORIES,
        string="Payment Behaviour",
        company_dependent=True,
        readonly=True,
        help="Reliable, slow payer or at risk, from the payment history; can select the policy.",
    )
    dunning_amount_overdue = fields.Monetary(
        string="Amount Overdue",
        compute="_compute_dunning_amounts",
        currency_field="dunning_currency_id",
        help="Open receivable past its due date, in company currency.",
    )
    dunning_amount_due = fields.Monetary(
        string="Amount Due",
        compute="_compute_dunning_amounts",
        currency_field="dunning_currency_id",
        help="All open receivable, due or not, net of credits, in company currency.",
    )
    dunning_currency_id = fields.Many2one(
        "res.currency", compute="_compute_dunning_amounts", help="Company currency."
    )
    dunning_has_overdue = fields.Boolean(
        string="Has Overdue Items",
        compute="_compute_dunning_amounts",
        search="_search_dunning_has_overdue",
        help="The customer has open receivables past their due date now, live from the ledger "
        "(not as of the last dunning run).",
    )
    dunning_letter_pending = fields.Boolean(
        string="Letter Waiting",
        compute="_compute_dunning_letter_pending",
        search="_search_dunning_letter_pending",
        help="A dunning letter to this customer waits for review or sending in the current "
        "company.",
    )
    dunning_hold_until = fields.Date(
        string="Do Not Dun Until",
        company_dependent=True,
        tracking=True,
        help="The dunning run leaves this customer alone until this date (included); from the "
        "next day on it is dunned again.",
    )
    dunning_letter_count = fields.Integer(
        compute="_compute_dunning_letter_count", help="Dunning letters sent to this customer."
    )

    def _compute_dunning_amounts(self):
        today = fields.Date.context_today(self)
        company = self.env.company
        base = [
            ("company_id", "=", company.id),
            ("account_type", "=", "asset_receivable"),
            ("parent_state", "=", "posted"),
            ("reconciled", "=", False),
            ("partner_id", "in", self.commercial_partner_id.ids),
        ]
        AML = self.env["account.move.line"]
        due = dict(AML._read_group(base, ["partner_id"], ["amount_residual:sum"]))
        overdue = dict(
            AML._read_group(
                base + [("date_maturity", "<", today), ("amount_residual", ">", 0)],
                ["partner_id"],
                ["amount_residual:sum"],
            )
        )
        for partner in self:
            commercial = partner.commercial_partner_id
            partner.dunning_currency_id = company.currency_id
            partner.dunning_amount_due = due.get(commercial, 0.0)
            partner.dunning_amount_overdue = overdue.get(commercial, 0.0)
            partner.dunning_has_overdue = commercial in overdue

    def _search_dunning_has_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Operation not supported."))
        lines = self.env["account.move.line"]._search(
            [
                ("company_id", "=", self.env.company.id),
                ("account_type", "=", "asset_receivable"),
                ("parent_state", "=", "posted"),
                ("reconciled", "=", False),
                ("amount_residual", ">", 0),
                ("date_maturity", "<", fields.Date.context_today(self)),
            ]
        )
        debtors = self.with_context(active_test=False)._search(
            [("id", "in", lines.subselect("partner_id"))]
        )
        found = (operator == "=") == value
        return [("id", "in" if found else "not in", debtors.subselect("commercial_partner_id"))]

    def _dunning_pending_letters_domain(self):
        return [("company_id", "=", self.env.company.id), ("state", "in", ("draft", "to_send"))]

    def _compute_dunning_letter_pending(self):
        Letter = self.env["account.dunning.letter"]
        pending = Letter.search(
            self._dunning_pending_letters_domain()
            + [("partner_id", "in", self.commercial_partner_id.ids)]
        ).partner_id
        for partner in self:
            partner.dunning_letter_pending = partner.commercial_partner_id in pending

    def _search_dunning_letter_pending(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Operation not supported."))
        found = (operator == "=") == value
        letters = self.env["account.dunning.letter"]._search(self._dunning_pending_letters_domain())
        return [("id", "in" if found else "not in", letters.subselect("partner_id"))]

    @api.model
    def _dunning_held_ids(self, company, today):
        """Customers whose *Do Not Dun Until* date is not passed yet: the run skips them."""
        return set(
            self.with_company(company)
            .with_context(active_test=False)
            .search([("dunning_hold_until", ">=", today)])
            .ids
        )

    def _compute_dunning_letter_count(self):
        data = dict(
            self.env["account.dunning.letter"]._read_group(
                [("partner_id", "in", self.commercial_partner_id.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.dunning_letter_count = data.get(partner.commercial_partner_id, 0)

    @api.depends("is_company", "commercial_partner_id.is_company")
    def _compute_dunning_customer_type(self):
        for partner in self:
            partner.dunning_customer_type = (
                "business" if partner.commercial_partner_id.is_company else "consumer"
            )

    def _dunning_is_business(self):
        self.ensure_one()
        partner = self.commercial_partner_id
        if partner.dunning_customer_type:
            return partner.dunning_customer_type == "business"
        return bool(partner.is_company)

    def _dunning_applicable_law(self, company):
        """(country record, ``dunning_core.applicable_law.ApplicableLaw``) of the late-payment
        law governing this customer's claims of ``company`` (Rome I art. 3, 4, 6)."""
        self.ensure_one()
        partner = self.commercial_partner_id
        company = company or self.env.company
        law = core_law.applicable_law(
            core_law.BUSINESS if partner._dunning_is_business() else core_law.CONSUMER,
            partner.country_id.code or "",
            company.country_id.code or "",
            contract_law=partner.dunning_governing_law_id.code or "",
            business_default=company.dunning_business_law or core_law.COMPANY_COUNTRY,
        )
        country = {
            partner.country_id.code: partner.country_id,
            company.country_id.code: company.country_id,
            partner.dunning_governing_law_id.code: partner.dunning_governing_law_id,
        }.get(law.country) or self.env["res.country"]
        return country, law

    def _dunning_law_country(self, company):
        """Country whose late-payment law applies to this customer's claims of ``company``:
        read it wherever the law (not the language) follows the customer's country."""
        return self._dunning_applicable_law(company)[0]

    def _dunning_fee_agreed(self, company):
        self.ensure_one()
        agreement = self.commercial_partner_id.dunning_fee_agreement
        if agreement == "company":
            return bool(company.dunning_fee_agreed_default)
        return agreement == "agreed"

    def _dunning_address(self):
        """Contact a letter goes to: the dunning contact, else the invoice address."""
        self.ensure_one()
        commercial = self.commercial_partner_id
        if commercial.dunning_contact_id:
            return commercial.dunning_contact_id
        invoice_id = commercial.address_get(["invoice"])["invoice"]
        return self.browse(invoice_id)

    def _dunning_collector(self, policy=None):
        """User who gets the customer's activities: its collector, else the salesperson, else
        the policy's Default Collector, else the current user when a person (a scheduled job
        runs as OdooBot, a portal request as the customer), else a dunning manager."""
        self.ensure_one()
        user = (
            self.dunning_collector_id
            or self.user_id
            or (policy and policy.collector_id)
            or self.env.user
        )
        if user._is_superuser() or user.share or not user.active:
            company = (policy and policy.company_id) or self.env.company
            user = company._dunning_managers()[:1] or self.env.user
        return user

    def _dunning_statement_filename(self):
        """File name of the statement of account PDF (the report's print_report_name)."""
        self.ensure_one()
        return self.env._(
            "Statement of Account - %(customer)s", customer=self.commercial_partner_id.name
        )

    def action_view_dunning_letters(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_dunning.action_account_dunning_letter"
        )
        action["domain"] = [("partner_id", "in", self.commercial_partner_id.ids)]
        action["context"] = {"default_partner_id": self.commercial_partner_id[:1].id}
        return action

    def action_view_dunning_overdue(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("account.action_move_out_invoice")
        action["domain"] = [
            ("commercial_partner_id", "=", self.commercial_partner_id.id),
            ("move_type", "=", "out_invoice"),
            ("state", "=", "posted"),
            ("payment_state", "in", ("not_paid", "partial")),
            ("invoice_date_due", "<", fields.Date.context_today(self)),
        ]
        action["context"] = {"create": False}
        action["display_name"] = self.env._(
            "Overdue invoices of %(partner)s", partner=self.display_name
        )
        return action

    @api.model
    def _commercial_fields(self):
        return super()._commercial_fields() + ["dunning_contact_id", "dunning_collector_id"]
