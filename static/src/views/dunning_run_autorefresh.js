/** @odoo-module **/
// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
// On the form of a dunning run: while the run is running, the record is read again every few
// seconds, so its progress bar and counts move without reloading the page.
import {Component, onWillDestroy, xml} from "@odoo/owl";
import {browser} from "@web/core/browser/browser";
import {registry} from "@web/core/registry";
import {standardWidgetProps} from "@web/views/widgets/standard_widget_props";

const REFRESH_MS = 3000;

export class DunningRunAutoRefresh extends Component {
    static props = standardWidgetProps;
    static template = xml`<span class="d-none"/>`;

    setup() {
        this.interval = browser.setInterval(() => this.refresh(), REFRESH_MS);
        onWillDestroy(() => browser.clearInterval(this.interval));
    }

    async refresh() {
        const record = this.props.record;
        if (record.data.state !== "running" || record.dirty || record.isNew) {
            return;
        }
        await record.load();
    }
}

registry.category("view_widgets").add("dunning_run_autorefresh", {
    component: DunningRunAutoRefresh,
});
