/** @odoo-module **/
import {registry} from "@web/core/registry";
import {openInvoicing, openMenu} from "./account_dunning_tour_steps";

// A collector opens the live overview, then prints the letter waiting in the print queue.
registry.category("web_tour.tours").add("account_dunning_cockpit_tour", {
    url: "/odoo",
    steps: () => [
        ...openInvoicing(),
        ...openMenu("account_dunning.menu_dunning_overview"),
        {
            content: "The overview pivot has the ageing buckets as columns",
            trigger: ".o_pivot thead th:contains('1-30 Days')",
        },
        {
            content: "and the customer as a row, live from the ledger",
            trigger: ".o_pivot tbody th:contains('Cockpit Tour Customer')",
        },
        ...openMenu("account_dunning.menu_dunning_print_queue"),
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
