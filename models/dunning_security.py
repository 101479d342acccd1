# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who may change what, checked on the server.

* The dunning figures of a customer (holds, level, behaviour, contractual rate, policy) and
  the level of an invoice are changed by dunning managers only; an invoice's dunning block by
  collectors (disputes) and managers.
* The state of letters, payment plans and promises moves only through their actions (a
  collector cannot write ``state`` itself, by form or RPC); cancelling a letter already sent is
  for managers.

An action grants the right to change states for the time it runs through a context variable
of this thread, which no RPC call can set (a context key could be). Superuser mode (``sudo``,
server code only) and dunning managers are not restricted.
"""

import contextvars
import functools

from odoo import api, models
from odoo.exceptions import AccessError

_IN_ACTION = contextvars.ContextVar("account_dunning_in_action", default=False)

MANAGER_GROUP = "account_dunning.group_dunning_manager"
COLLECTOR_GROUP = "account_dunning.group_dunning_collector"

# Customer fields only dunning managers change (the run itself runs as a manager or OdooBot).
PARTNER_MANAGER_FIELDS = (
    "dunning_credit_hold",
    "dunning_credit_hold_level_id",
    "dunning_blocked",
    "dunning_contractual_rate",
    "dunning_broken_promises",
    "dunning_avg_days_late",
    "dunning_behaviour_category",
    "dunning_level_id",
    "dunning_status",
    "dunning_next_date",
    "dunning_last_date",
    "dunning_policy_id",
    "dunning_fee_agreement",
    "dunning_moratorium_opt_out",
    "dunning_governing_law_id",
)
MOVE_MANAGER_FIELDS = ("dunning_level_id", "dunning_date")
# The levels of the invoices are computed from the entries of the letters.
LETTER_LINE_MANAGER_FIELDS = (
    "level_id",
    "previous_level_id",
    "escalated",
    "kind",
    "move_line_id",
    "move_id",
    "letter_id",
)
MOVE_COLLECTOR_FIELDS = ("dunning_block_reason", "dunning_block_note")


def dunning_action(method):
    """Run ``method`` with the right to move dunning records between states."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        token = _IN_ACTION.set(True)
        try:
            return method(self, *args, **kwargs)
        finally:
            _IN_ACTION.reset(token)

    return wrapper


def _is_manager(env):
    return env.su or env.user.has_group(MANAGER_GROUP)


def _default(model, name):
    default = model._fields[name].default
    return default(model) if default else False


def _check_fields(records, fields, group, vals):
    """Refuse a write of ``fields`` in ``vals`` by a user outside ``group``."""
    env = records.env
    touched = [name for name in fields if name in vals]
    if not touched or env.su or _IN_ACTION.get() or env.user.has_group(group):
        return
    labels = ", ".join(records._fields[name]._description_string(env) for name in touched)
    raise AccessError(
        env._(
            "Only %(group)s can change %(fields)s: ask one of them.",
            group=env.ref(group).sudo().full_name,
            fields=labels,
        )
    )


class DunningStateGuard(models.AbstractModel):
    """Mixed into letters, plans and promises: ``state`` changes through actions only."""

    _name = "account.dunning.state.guard"
    _description = "Dunning State Changes Through Actions"

    def _check_state_change(self, vals_list, creating=False):
        env = self.env
        if env.su or _IN_ACTION.get() or _is_manager(env):
            return
        for vals in vals_list:
            if "state" not in vals:
                continue
            if creating and vals["state"] == _default(self, "state"):
                continue
            raise AccessError(
                env._(
                    "The State of %(model)s changes only through its buttons (or by a dunning "
                    "manager): use them instead of setting it.",
                    model=env["ir.model"]._get(self._name).name,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_state_change(vals_list, creating=True)
        return super().create(vals_list)

    def write(self, vals):
        self._check_state_change([vals])
        return super().write(vals)


class AccountDunningLetter(models.Model):
    _name = "account.dunning.letter"
    _inherit = ["account.dunning.letter", "account.dunning.state.guard"]

    @dunning_action
    def action_confirm(self):
        return super().action_confirm()

    @dunning_action
    def action_mark_sent(self):
        return super().action_mark_sent()

    @dunning_action
    def action_send(self):
        return super().action_send()

    @dunning_action
    def action_print_batch(self):
        return super().action_print_batch()

    @dunning_action
    def action_send_composer(self):
        return super().action_send_composer()

    @dunning_action
    def action_compute_charges(self):
        return super().action_compute_charges()

    @dunning_action
    def action_reset_draft(self):
        return super().action_reset_draft()

    @dunning_action
    def action_cancel(self, reason=None):
        sent = self.filtered(lambda rec: rec.state == "sent")
        if sent and not _is_manager(self.env):
            raise AccessError(
                self.env._(
                    "Letter %(letter)s was already sent: only a dunning manager can cancel it.",
                    letter=sent[0].name,
                )
            )
        return super().action_cancel(reason=reason)

    @dunning_action
    def _requeue_for_print(self, note):
        return super()._requeue_for_print(note)

    @dunning_action
    def _email_failed(self, reason):
        return super()._email_failed(reason)


class AccountDunningPaymentPlan(models.Model):
    _name = "account.dunning.payment.plan"
    _inherit = ["account.dunning.payment.plan", "account.dunning.state.guard"]

    @dunning_action
    def action_activate(self):
        return super().action_activate()

    @dunning_action
    def action_propose(self):
        return super().action_propose()

    @dunning_action
    def action_cancel(self):
        return super().action_cancel()


class AccountDunningPromise(models.Model):
    _name = "account.dunning.promise"
    _inherit = ["account.dunning.promise", "account.dunning.state.guard"]

    @dunning_action
    def action_approve(self):
        return super().action_approve()

    @dunning_action
    def action_cancel(self):
        return super().action_cancel()


class ResPartner(models.Model):
    _inherit = "res.partner"

    def write(self, vals):
        _check_fields(self, PARTNER_MANAGER_FIELDS, MANAGER_GROUP, vals)
        return super().write(vals)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            # A new contact's form sends the defaults: only values set on purpose count.
            chosen = {
                name: value
                for name, value in vals.items()
                if name in PARTNER_MANAGER_FIELDS and value and value != _default(self, name)
            }
            _check_fields(self, PARTNER_MANAGER_FIELDS, MANAGER_GROUP, chosen)
        return super().create(vals_list)


class AccountMove(models.Model):
    _inherit = "account.move"

    def write(self, vals):
        _check_fields(self, MOVE_MANAGER_FIELDS, MANAGER_GROUP, vals)
        _check_fields(self, MOVE_COLLECTOR_FIELDS, COLLECTOR_GROUP, vals)
        return super().write(vals)


class AccountDunningLetterLine(models.Model):
    _inherit = "account.dunning.letter.line"

    def write(self, vals):
        _check_fields(self, LETTER_LINE_MANAGER_FIELDS, MANAGER_GROUP, vals)
        return super().write(vals)
