# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The letters a run makes: numbers, the invoices' and customers' chatter, credit holds, calls.

Letter lines, totals and invoice levels are written set-based (``account_dunning_engine_sql.py``).
"""

from markupsafe import escape

from odoo import models
from odoo.tools import SQL
from odoo.tools.mail import generate_tracking_message_id


class AccountDunningEngine(models.AbstractModel):
    _inherit = "account.dunning.engine"

    def _create_letters(self, company, today, to_create, stats):
        if not to_create:
            return
        Letter = self.env["account.dunning.letter"]
        names = self._reserve_letter_names(company, len(to_create))
        letter_vals = []
        for (partner, policy, decision), name in zip(to_create, names, strict=False):
            level = self.env["account.dunning.level"].browse(decision.level.id)
            letter_vals.append(
                {
                    "name": name,
                    "company_id": company.id,
                    "partner_id": partner.id,
                    "contact_id": partner._dunning_address().id,
                    "policy_id": policy.id,
                    "level_id": level.id,
                    "date": today,
                    # Provisional: set again from the day the letter is sent.
                    "deadline_date": Letter._pay_by_for(partner, level, today)[0],
                    "state": "to_send" if policy.auto_send else "draft",
                    "run_id": self.env.context.get("dunning_run_id") or False,
                }
            )
        letters = Letter.create(letter_vals)
        # Plain values of the journal items listed, read once from the cache filled by the
        # batch's search_fetch: 50,000 items x 6 fields through record attributes cost seconds.
        item_ids = [
            entry.id
            for _partner, _policy, decision in to_create
            for entry in [item.item for item in decision.lines] + list(decision.credits)
        ]
        items = {
            vals["id"]: vals
            for vals in self.env["account.move.line"]
            .browse(item_ids)
            .read(
                [
                    "move_id",
                    "currency_id",
                    "amount_currency",
                    "amount_residual_currency",
                    "amount_residual",
                ],
                load=None,
            )
        }
        line_vals = []
        for letter, (_partner, _policy, decision) in zip(letters, to_create, strict=False):
            for item in decision.lines:
                aml = items[item.item.id]
                line_vals.append(
                    {
                        "letter_id": letter.id,
                        "kind": "overdue",
                        "move_line_id": aml["id"],
                        "move_id": aml["move_id"],
                        "level_id": item.level.id if item.level else False,
                        "previous_level_id": item.previous_level.id
                        if item.previous_level
                        else False,
                        "escalated": item.escalated,
                        "date_maturity": item.item.due_date,
                        "days_overdue": item.days_overdue,
                        "currency_id": aml["currency_id"],
                        "amount_original": aml["amount_currency"],
                        "amount_residual_currency": aml["amount_residual_currency"],
                        "amount_residual": aml["amount_residual"],
                    }
                )
            for credit in decision.credits:
                aml = items[credit.id]
                line_vals.append(
                    {
                        "letter_id": letter.id,
                        "kind": "credit",
                        "move_line_id": aml["id"],
                        "move_id": aml["move_id"],
                        "date_maturity": credit.due_date,
                        "currency_id": aml["currency_id"],
                        "amount_original": aml["amount_currency"],
                        "amount_residual_currency": aml["amount_residual_currency"],
                        "amount_residual": aml["amount_residual"],
                    }
                )
        self._insert_letter_lines(line_vals, today)
        self._write_letter_amounts(letters, line_vals)
        stats["letters"] += len(letters)
        stats["lines"] += len(line_vals)
        self._log_letters(
            letters, to_create, {aml_id: vals["move_id"] for aml_id, vals in items.items()}
        )
        self._schedule_calls(letters, to_create)
        self._apply_credit_hold(letters)
        # Fees, compensation and interest, for the letters whose level claims them.
        self.env["account.dunning.charge"]._compute_for_letters(letters)

    def _apply_credit_hold(self, letters):
        """Levels marked credit hold put their customers on hold (new invoices are refused)."""
        holding = letters.filtered("level_id.credit_hold").partner_id
        holding = holding.filtered(lambda p: not p.dunning_credit_hold)
        if not holding:
            return
        holding.write({"dunning_credit_hold": True})
        holding._message_log_batch(
            {
                partner.id: self.env._("Credit hold: a dunning level with credit hold was reached.")
                for partner in holding
            }
        )

    def _reserve_letter_names(self, company, count):
        """Reserve ``count`` letter numbers in one query instead of one query per letter."""
        sequence = self.env["ir.sequence"].search(
            [("code", "=", "account.dunning.letter"), ("company_id", "in", (company.id, False))],
            order="company_id",
            limit=1,
        )
        if not sequence:
            return ["/"] * count
        if sequence.implementation != "standard" or sequence.use_date_range:
            return [sequence.next_by_id() for _i in range(count)]
        self.env.cr.execute(
            SQL(
                "SELECT nextval(%s) FROM generate_series(1, %s)",
                "ir_sequence_%03d" % sequence.id,
                count,
            )
        )
        # ``get_next_char`` interpolates the prefix and suffix (dates) again for every number.
        prefix, suffix = sequence._get_prefix_suffix()
        return [
            prefix + "%%0%sd" % sequence.padding % number + suffix
            for [number] in self.env.cr.fetchall()
        ]

    def _log_letters(self, letters, to_create, move_of):
        """Chatter of every invoice and customer: the level reached, the letter made.

        The messages are translated once per run and filled per item (``move_of``: journal item
        id -> invoice id): one translation lookup per item costs seconds on a large ledger.
        """
        level_note = self.env._(
            "Dunning level %(level)s reached (%(days)s days overdue), letter %(letter)s."
        )
        letter_note = self.env._(
            "Dunning letter %(letter)s at level %(level)s for %(count)s overdue item(s)."
        )
        level_names = {
            level.id: level.name for level in letters.with_env(self.env).policy_id.level_ids
        }
        move_bodies = {}
        partner_bodies = {}
        for letter, (partner, _policy, decision) in zip(letters, to_create, strict=False):
            for item in decision.lines:
                if item.escalated:
                    move_bodies[move_of[item.item.id]] = level_note % {
                        "level": level_names[item.level.id],
                        "days": item.days_overdue,
                        "letter": letter.name,
                    }
            partner_bodies[partner.id] = letter_note % {
                "letter": letter.name,
                "level": level_names[decision.level.id],
                "count": len(decision.lines),
            }
        self._log_notes_bulk("account.move", move_bodies)
        self._log_notes_bulk("res.partner", partner_bodies)

    def _log_notes_bulk(self, model, bodies):
        """Internal chatter notes on many records with one INSERT.

        Writes the same values as ``mail.thread._message_log_batch`` (author, note subtype,
        internal, no notification), but in one statement instead of one ORM create per message:
        on 50,000 invoices the ORM path alone takes about a minute.
        """
        if not bodies:
            return
        records = self.env[model].browse(list(bodies))
        author_id, email_from = records._message_compute_author(raise_on_email=False)
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO mail_message (
                    model, res_id, body, message_type, is_internal, subtype_id, author_id,
                    email_from, reply_to, message_id, email_add_signature, date,
                    create_uid, create_date, write_uid, write_date
                )
                SELECT %(model)s, t.res_id, t.body, 'notification', TRUE, %(subtype)s,
                       %(author)s, %(email_from)s, %(reply_to)s, %(message_id)s, FALSE, %(now)s,
                       %(uid)s, %(now)s, %(uid)s, %(now)s
                FROM unnest(%(ids)s::int[], %(bodies)s::text[]) AS t(res_id, body)
                """,
                model=model,
                subtype=self.env["ir.model.data"]._xmlid_to_res_id("mail.mt_note"),
                author=author_id,
                email_from=email_from,
                reply_to=self.env["mail.thread"]._notify_get_reply_to(default=email_from)[False],
                message_id=generate_tracking_message_id("message-notify"),
                now=self.env.cr.now(),
                uid=self.env.uid,
                ids=records.ids,
                bodies=[str(escape(bodies[record_id])) for record_id in records.ids],
            )
        )
        records.invalidate_recordset(["message_ids"])

    def _schedule_calls(self, letters, to_create):
        """Phone-call levels: an activity for the customer's collector, with a call script."""
        calls = letters.filtered(lambda rec: rec.level_id.channel_phone)
        if not calls:
            return
        activity_type = self.env.ref("mail.mail_activity_data_call", raise_if_not_found=False)
        if not activity_type:
            return
        model_id = self.env["ir.model"]._get_id("account.dunning.letter")
        policy_of = {
            letter.id: policy for letter, (_p, policy, _d) in zip(letters, to_create, strict=False)
        }
        # The new call replaces the open one of an earlier letter to the same customer: one
        # call to make per customer, not one per letter piling up.
        earlier = self.env["account.dunning.letter"].search(
            [("partner_id", "in", calls.partner_id.ids), ("id", "not in", calls.ids)]
        )
        if earlier:
            self.env["mail.activity"].search(
                [
                    ("res_model_id", "=", model_id),
                    ("res_id", "in", earlier.ids),
                    ("activity_type_id", "=", activity_type.id),
                ]
            ).action_feedback(
                feedback=self.env._("Replaced by the call of a later dunning letter.")
            )
        self.env["mail.activity"].create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": letter.id,
                    "activity_type_id": activity_type.id,
                    "summary": self.env._(
                        "Call %(customer)s about %(amount)s overdue",
                        customer=letter.partner_id.name,
                        amount=letter._format_amount(letter.amount_total),
                    ),
                    "note": self.env._(
                        "Ask why the invoices are unpaid, agree a payment date, and record any "
                        "promise to pay on the letter."
                    ),
                    "user_id": letter.partner_id._dunning_collector(policy_of[letter.id]).id,
                    "date_deadline": letter.date,
                }
                for letter in calls
            ]
        )
