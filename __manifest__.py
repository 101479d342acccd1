# Copyright 2026 account_dunning contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Dunning and Collections",
    "summary": "Escalating payment reminders, late-payment interest and fees, "
    "payment plans, promises to pay and handoff to factoring or collection agencies",
    "version": "18.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/account-dunning/account_dunning",
    "author": "account_dunning contributors",
    "license": "AGPL-3",
    "depends": ["account", "mail", "portal"],
    "data": [
        "security/account_dunning_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/ir_cron_data.xml",
        "data/mail_template_data.xml",
        "data/account_dunning_policy_data.xml",
        "data/account_dunning_legal_data.xml",
        "data/account.dunning.rate.period.csv",
        "data/account_dunning_legal_rules_data.xml",
        "data/account_dunning_nonpayment_reason_data.xml",
        "views/account_dunning_level_views.xml",
        "views/account_dunning_policy_views.xml",
        "views/account_dunning_letter_views.xml",
        "report/account_dunning_letter_report.xml",
        "views/account_move_views.xml",
        "views/res_partner_views.xml",
        "views/res_company_views.xml",
        "wizards/account_dunning_run_views.xml",
        "wizards/account_dunning_log_call_views.xml",
        "views/account_dunning_menus.xml",
        "views/account_dunning_legal_views.xml",
        "views/portal_templates.xml",
        "views/account_dunning_payment_plan_views.xml",
        "report/account_dunning_payment_plan_report.xml",
        "views/account_dunning_writeoff_views.xml",
        "views/account_dunning_legal_action_views.xml",
    ],
    "demo": [
        "demo/account_dunning_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "account_dunning/static/src/tours/*.js",
        ],
    },
}
