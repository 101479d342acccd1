/** @odoo-module **/
import {registry} from "@web/core/registry";

function openMenu(section, item) {
    return [
        {
            content: "Open the Customers menu of Invoicing",
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

registry.category("web_tour.tours").add("account_dunning_menus_tour", {
    url: "/odoo",
    steps: () => [
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
        ...openMenu("account.menu_finance_receivables", "account_dunning.menu_dunning_customers"),
        {
            content: "The collector's workspace lists a customer in dunning",
            trigger: ".o_list_view .o_data_row:contains('Dunning Tour Customer')",
        },
        ...openMenu("account.menu_finance_receivables", "account_dunning.menu_dunning_letters"),
        {
            content: "The letters list shows the letter waiting for review",
            trigger: ".o_list_view .o_data_row:contains('Dunning Tour Customer')",
        },
        ...openMenu("account.menu_finance_configuration", "account_dunning.menu_dunning_policies"),
        {
            content: "Policies are configured",
            trigger: ".o_list_view .o_data_row:contains('Standard reminders')",
        },
        ...openMenu("account.menu_finance_receivables", "account_dunning.menu_dunning_run"),
        {
            content: "The Run Dunning wizard opens with its preview button",
            trigger: ".modal button[name='action_preview']",
        },
    ],
});
