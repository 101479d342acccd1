# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Dunning: Credit Hold on Sales Orders",
    "summary": "A customer on dunning credit hold gets no confirmed sales order until the hold "
    "is lifted or a dunning manager confirms it",
    "version": "18.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/account-dunning/account_dunning",
    "author": "account_dunning contributors",
    "license": "AGPL-3",
    "depends": ["account_dunning", "sale"],
    "data": ["views/sale_order_views.xml"],
    "auto_install": True,
}
