/** @odoo-module **/
// Steps every dunning tour shares: open Invoicing from the apps menu, then a menu item.

export function openInvoicing() {
    return [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Open the Invoicing app",
            trigger: ".o_app[data-menu-xmlid='account.menu_finance']",
            run: "click",
        },
    ];
}

export function openMenu(item, section = "account.menu_finance_receivables") {
    return [
        {
            content: `Open the menu ${section}`,
            trigger: `.o_main_navbar [data-menu-xmlid='${section}']`,
            run: "click",
        },
        {
            content: `Open ${item}`,
            trigger: `.dropdown-menu [data-menu-xmlid='${item}'], .o-dropdown--menu [data-menu-xmlid='${item}']`,
            run: "click",
        },
    ];
}
