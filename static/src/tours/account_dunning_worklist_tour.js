/** @odoo-module **/
import {registry} from "@web/core/registry";
import {openInvoicing, openMenu} from "./account_dunning_tour_steps";

// A collector opens My Worklist, finds the draft letter of their customer and sends it in one click.
registry.category("web_tour.tours").add("account_dunning_worklist_tour", {
    url: "/odoo",
    steps: () => [
        ...openInvoicing(),
        ...openMenu("account_dunning.menu_dunning_worklist"),
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
        ...openMenu("account_dunning.menu_dunning_kpi_this_month"),
        {
            content: "This month's figures of the company, with the amount invoiced",
            trigger: ".o_kanban_record:contains('DSO (days)'):contains('Invoiced')",
        },
    ],
});
