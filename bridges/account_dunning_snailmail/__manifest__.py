# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Dunning: Printed Letters by Post (Snailmail)",
    "summary": "Printed dunning letters go through Odoo's postal service instead of the print "
    "queue",
    "version": "18.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/account-dunning/account_dunning",
    "author": "account_dunning contributors",
    "license": "AGPL-3",
    "depends": ["account_dunning", "snailmail"],
    "data": ["views/res_config_settings_views.xml", "views/account_dunning_letter_views.xml"],
    "auto_install": True,
}
