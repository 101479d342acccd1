/** @odoo-module **/
import {registry} from "@web/core/registry";
import {openInvoicing, openMenu} from "./account_dunning_tour_steps";

// A collector sends a letter through the mail composer (checked and edited before it goes),
// then the customer's statement of account from the customer's form.
registry.category("web_tour.tours").add("account_dunning_composer_tour", {
    url: "/odoo",
    steps: () => [
        ...openInvoicing(),
        ...openMenu("account_dunning.menu_dunning_letters"),
        {
            content: "Open the letter of the customer",
            trigger: ".o_data_row:contains('Composer Tour Customer') td[name='partner_id']",
            run: "click",
        },
        {
            content: "Send it by email",
            trigger: ".o_form_view button[name='action_send_composer']:contains('Send by Email')",
            run: "click",
        },
        {
            content: "The composer is prefilled from the level's template",
            trigger: ".modal .o_mail_composer_form_view input#subject_0",
            run: "edit Your overdue invoice, checked",
        },
        {
            content: "The letter and the invoice are attached",
            trigger: ".modal .o_field_mail_composer_attachment_list li:contains('DUN')",
        },
        {
            content: "Send",
            trigger: ".modal button.o_mail_send",
            run: "click",
        },
        {
            content: "The letter is sent",
            trigger: ".o_form_view .o_arrow_button_current:contains('Sent')",
        },
        ...openMenu("account.menu_account_customer"),
        {
            content: "Search the customer",
            trigger: ".o_searchview_input",
            run: "edit Composer Tour Customer",
        },
        {
            content: "Search",
            trigger: ".o_searchview_input",
            run: "press Enter",
        },
        {
            content: "Open the customer",
            trigger: ".o_kanban_record:contains('Composer Tour Customer')",
            run: "click",
        },
        {
            content: "Its actions",
            trigger: ".o_form_view .o_cp_action_menus button",
            run: "click",
        },
        {
            content: "Send Statement of Account",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Send Statement of Account')",
            run: "click",
        },
        {
            content: "The statement is attached to the prefilled email",
            trigger: ".modal .o_field_mail_composer_attachment_list li:contains('Statement')",
        },
        {
            content: "Send it",
            trigger: ".modal button.o_mail_send",
            run: "click",
        },
        {
            content: "The dialog closes",
            trigger: "body:not(:has(.modal))",
        },
    ],
});
