# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..dunning_core.rates import is_confirmed_confidence


class AccountDunningConfirmationMixin(models.AbstractModel):
    """A legal value shipped with its confidence, used only once it is confirmed.

    A row loaded from the shipped data is confirmed by its confidence ("statute/official");
    a row a manager enters or changes is confirmed by them; a manager confirms the others
    once (who and when are kept). The models declare the fields ``confidence``, ``confirmed``,
    ``confirmed_by_id`` and ``confirmed_date`` with their own help texts; this mixin holds the
    one meaning of confirming.
    """

    _name = "account.dunning.confirmation.mixin"
    _description = "Legal Value Confirmed by Its Source or a Manager"

    # Fields whose change makes the row the manager's own value, confirmed by them.
    _confirmed_value_fields = ()

    @api.model_create_multi
    def create(self, vals_list):
        loading = bool(self.env.context.get("install_filename"))
        for vals in vals_list:
            if "confirmed" in vals:
                continue
            if loading:
                vals["confirmed"] = is_confirmed_confidence(vals.get("confidence"))
            else:
                vals.update(self._confirmation_vals())
        records = super().create(vals_list)
        if not loading:
            records.filtered("confirmed")._log_confirmation()
        return records

    def write(self, vals):
        if set(self._confirmed_value_fields) & set(vals) and not self.env.context.get(
            "install_filename"
        ):
            # A changed value is the value the manager entered: confirmed by them.
            result = super().write(dict(vals, **self._confirmation_vals()))
            self._log_confirmation()
            return result
        return super().write(vals)

    def _confirmation_vals(self):
        return {
            "confirmed": True,
            "confirmed_by_id": self.env.user.id,
            "confirmed_date": fields.Datetime.now(),
        }

    def _log_confirmation(self):
        """Hook: what a confirmation records or releases (nothing by default)."""

    def _confirm_denied_message(self):
        return self.env._("Only dunning managers can confirm legal values.")

    def action_confirm(self):
        """A manager confirms values checked in the statute or the official publication."""
        if not self.env.user.has_group("account_dunning.group_dunning_manager"):
            raise UserError(self._confirm_denied_message())
        records = self.filtered(lambda rec: not rec.confirmed)
        records.write(self._confirmation_vals())
        records._log_confirmation()
        return True
