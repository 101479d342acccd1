/** @odoo-module **/
import {registry} from "@web/core/registry";
import {openInvoicing, openMenu} from "./account_dunning_tour_steps";

registry.category("web_tour.tours").add("account_dunning_menus_tour", {
    url: "/odoo",
    steps: () => [
        ...openInvoicing(),
        ...openMenu("account_dunning.menu_dunning_customers"),
        {
            content: "The collector's workspace lists a customer in dunning",
            trigger: ".o_list_view .o_data_row:contains('Dunning Tour Customer')",
        },
        ...openMenu("account_dunning.menu_dunning_letters"),
        {
            content: "The letters list shows the letter waiting for review",
            trigger: ".o_list_view .o_data_row:contains('Dunning Tour Customer')",
        },
        ...openMenu("account_dunning.menu_dunning_policies", "account.menu_finance_configuration"),
        {
            content: "Policies are configured",
            trigger: ".o_list_view .o_data_row:contains('Standard reminders')",
        },
        ...openMenu("account_dunning.menu_dunning_run"),
        {
            content: "The Run Dunning wizard opens with its preview button",
            trigger: ".modal button[name='action_preview']",
        },
    ],
});
