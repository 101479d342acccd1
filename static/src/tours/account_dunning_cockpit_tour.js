/** @odoo-module **/
import {registry} from "@web/core/registry";

function openDunningMenu(item) {
    return [
        {
            content: "Open the Customers menu of Invoicing",
            trigger: ".o_main_navbar [data-menu-xmlid='account.menu_finance_receivables']",
            run: "click",
        },
        {
            content: `Open ${item}`,
            trigger: `.dropdown-menu [data-menu-xmlid='${item}'], .o-dropdown--menu [data-menu-xmlid='${item}']`,
            run: "click",
        },
    ];
}

// A collector opens the live overview, then prints the letter waiting in the print queue.
registry.category("web_tour.tours").add("account_dunning_cockpit_tour", {
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
        ...openDunningMenu("account_dunning.menu_dunning_overview"),
        {
            content: "The overview pivot has the ageing buckets as columns",
            trigger: ".o_pivot thead th:contains('1-30 Days')",
        },
        {
            content: "and the customer as a row, live from the ledger",
            trigger: ".o_pivot tbody th:contains('Cockpit Tour Customer')",
        },
        ...openDunningMenu("account_dunning.menu_dunning_print_queue"),
        {
            content: "The letter waits in the print queue",
            trigger: ".o_list_view .o_data_row:contains('Cockpit Tour Customer')",
        },
        {
            content: "Select it",
            trigger: ".o_data_row:contains('Cockpit Tour Customer') .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Print and mark it sent",
            trigger: ".o_control_panel button[name='action_print_batch']",
            run: "click",
        },
        {
            content: "The list reloads: nothing left to print",
            trigger: ".o_view_nocontent:contains('Nothing to print')",
        },
    ],
});
