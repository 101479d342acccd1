/** @odoo-module **/
import {registry} from "@web/core/registry";

// A collector opens My Worklist, finds the draft letter of their customer and sends it in one click.
registry.category("web_tour.tours").add("account_dunning_worklist_tour", {
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
        {
            content: "Open the Customers menu of Invoicing",
            trigger: ".o_main_navbar [data-menu-xmlid='account.menu_finance_receivables']",
            run: "click",
        },
        {
            content: "Open My Worklist",
            trigger:
                ".dropdown-menu [data-menu-xmlid='account_dunning.menu_dunning_worklist'], " +
                ".o-dropdown--menu [data-menu-xmlid='account_dunning.menu_dunning_worklist']",
            run: "click",
        },
        {
            content: "Filtered on my work",
            trigger: ".o_searchview .o_facet_value:contains('Mine')",
        },
        {
            content: "The draft letter of my customer waits, with its next step",
            trigger: ".o_data_row:contains('Worklist Tour Customer'):contains('Approve and send the letter')",
        },
        {
            content: "Send it from the row",
            trigger: ".o_data_row:contains('Worklist Tour Customer') button[name='action_send_letter']",
            run: "click",
        },
        {
            content: "Done: nothing needs me today",
            trigger: ".o_view_nocontent:contains('Nothing needs you today')",
        },
        {
            content: "Open the Customers menu again",
            trigger: ".o_main_navbar [data-menu-xmlid='account.menu_finance_receivables']",
            run: "click",
        },
        {
            content: "Open Reporting > Key Figures",
            trigger:
                ".dropdown-menu [data-menu-xmlid='account_dunning.menu_dunning_kpi_this_month'], " +
                ".o-dropdown--menu [data-menu-xmlid='account_dunning.menu_dunning_kpi_this_month']",
            run: "click",
        },
        {
            content: "This month's figures of the company, with the amount invoiced",
            trigger: ".o_kanban_record:contains('DSO (days)'):contains('Invoiced')",
        },
    ],
});
