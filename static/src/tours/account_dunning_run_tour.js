/** @odoo-module **/
import {registry} from "@web/core/registry";
import {openInvoicing, openMenu} from "./account_dunning_tour_steps";

// A manager runs the dunning by hand over more customers than run at once: the dialog closes
// at once on the run record, which shows that the run goes on in the background.
registry.category("web_tour.tours").add("account_dunning_run_tour", {
    url: "/odoo",
    steps: () => [
        ...openInvoicing(),
        ...openMenu("account_dunning.menu_dunning_run"),
        {
            content: "Run it",
            trigger: ".modal button[name='action_run']",
            run: "click",
        },
        {
            content: "The run record opens, waiting for the background job",
            trigger: ".o_form_view .alert-info:contains('background job')",
        },
        {
            content: "with its progress",
            trigger: ".o_form_view .o_field_widget[name='progress'] .o_progressbar",
        },
    ],
});
