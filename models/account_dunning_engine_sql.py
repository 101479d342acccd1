# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The run's set-based reads and writes: one statement per batch where the ORM would do one
per row. Each writer stores what the ORM's own definition computes, and a test in
``tests/test_engine_sql.py`` (or ``tests/test_engine.py`` for the levels) compares both."""

from collections import defaultdict

from odoo import models
from odoo.tools import SQL

from ..dunning_core import levels as engine
from ..dunning_core.money import to_decimal


class AccountDunningEngine(models.AbstractModel):
    _inherit = "account.dunning.engine"

    def _letters_to_refresh(self, letters):
        """The ``letters`` a payment or credit note touched since they were drafted, in one
        query: those listing a journal item now reconciled, settled (nothing left, to the
        currency's rounding) or with another residual. ``_refresh_open_items`` then does the
        rest on these only, so a rerun the same day reads no letter line into the ORM."""
        if not letters:
            return letters
        self.env["account.dunning.letter.line"].flush_model(
            ["letter_id", "move_line_id", "amount_residual"]
        )
        self.env["account.move.line"].flush_model(["reconciled", "amount_residual", "company_id"])
        self.env.cr.execute(
            SQL(
                """
                SELECT DISTINCT entry.letter_id
                  FROM account_dunning_letter_line AS entry
                  JOIN account_move_line AS aml ON aml.id = entry.move_line_id
                  JOIN res_company AS company ON company.id = aml.company_id
                  JOIN res_currency AS currency ON currency.id = company.currency_id
                 WHERE entry.letter_id = ANY(%s::int[])
                   AND (aml.reconciled
                        OR ABS(aml.amount_residual) <= currency.rounding
                        OR entry.amount_residual IS DISTINCT FROM aml.amount_residual)
                """,
                letters.ids,
            )
        )
        return letters.browse(row[0] for row in self.env.cr.fetchall())

    def _latest_entries_query(self, column, ids):
        """Each journal item's latest overdue entry on a letter not cancelled, as SQL.

        The rule of ``account.dunning.letter.line._latest_by_item`` (latest letter date, then
        latest entry), for the entries whose ``column`` (move_line_id or move_id) is in ``ids``.
        Set-based: within a run the planner still believes the lines table is empty, and a
        query per invoice would be planned as a scan per invoice.
        """
        return SQL(
            """
            SELECT DISTINCT ON (entry.move_line_id)
                   entry.move_line_id, entry.move_id, entry.level_id
              FROM account_dunning_letter_line AS entry
              JOIN account_dunning_letter AS letter ON letter.id = entry.letter_id
             WHERE %s = ANY(%s::int[])
               AND entry.kind = 'overdue'
               AND letter.state != 'cancel'
          ORDER BY entry.move_line_id, letter.date DESC, entry.id DESC
            """,
            SQL.identifier("entry", column),
            list(ids),
        )

    def _current_levels(self, lines):
        """Level of each journal item: that of its latest letter not cancelled, in one query.

        What ``account.move.line.dunning_level_id`` computes, without loading the letter
        history of a whole batch into the ORM.
        """
        self.env["account.dunning.letter"].flush_model(["state", "date"])
        self.env["account.dunning.letter.line"].flush_model(["level_id", "kind", "move_line_id"])
        self.env.cr.execute(
            SQL(
                "SELECT move_line_id, level_id FROM (%s) AS latest",
                self._latest_entries_query("move_line_id", lines.ids),
            )
        )
        return dict(self.env.cr.fetchall())

    def _open_deadlines(self, lines, today):
        """Pay-by date of each journal item's sent letters that has not passed yet, in one
        query: the item climbs no level before it (its deadline must run out first)."""
        if not lines:
            return {}
        self.env["account.dunning.letter"].flush_model(["state", "deadline_date"])
        self.env["account.dunning.letter.line"].flush_model(["kind", "move_line_id"])
        self.env.cr.execute(
            SQL(
                """
                SELECT entry.move_line_id, MAX(letter.deadline_date)
                  FROM account_dunning_letter_line AS entry
                  JOIN account_dunning_letter AS letter ON letter.id = entry.letter_id
                 WHERE entry.move_line_id = ANY(%s::int[])
                   AND entry.kind = 'overdue'
                   AND letter.state = 'sent'
                   AND letter.deadline_date >= %s
              GROUP BY entry.move_line_id
                """,
                lines.ids,
                today,
            )
        )
        return dict(self.env.cr.fetchall())

    @staticmethod
    def _cached_column(records, fname):
        """The values of ``fname`` for ``records``, in order, as the cache holds them (ids for
        relations): what a fetch just read, without a record attribute access per value."""
        values = list(records.env.cache.get_values(records, records._fields[fname]))
        if len(values) != len(records):  # not all in the cache: through the ORM
            field = records._fields[fname]
            return [field.convert_to_cache(record[fname], record) for record in records]
        return values

    def _open_items_by_partner(
        self, lines, partners, current_levels, open_deadlines, final_sent=()
    ):
        """The pure engine's open items of the journal items ``lines``, per customer, built from
        plain values (a batch has tens of thousands: record attributes would cost seconds).
        ``account.move._is_dunning_blocked`` is read as a block reason or a blocked payment
        state, like it."""
        moves = lines.move_id
        move_values = dict(
            zip(
                moves.ids,
                zip(
                    *(
                        self._cached_column(moves, fname)
                        for fname in (
                            "dunning_block_reason",
                            "payment_state",
                            "invoice_date_due",
                            "date",
                        )
                    ),
                    strict=True,
                ),
                strict=True,
            )
        )
        blocked_partners = {partner.id for partner in partners if partner.dunning_blocked}
        by_partner = defaultdict(list)
        for line_id, partner_id, move_id, date_maturity, residual in zip(
            lines.ids,
            *(
                self._cached_column(lines, fname)
                for fname in ("partner_id", "move_id", "date_maturity", "amount_residual")
            ),
            strict=True,
        ):
            block_reason, payment_state, invoice_date_due, move_date = move_values[move_id]
            by_partner[partner_id].append(
                engine.OpenItem(
                    id=line_id,
                    due_date=date_maturity or invoice_date_due or move_date,
                    residual=to_decimal(residual),
                    current_level_id=current_levels.get(line_id),
                    blocked=partner_id in blocked_partners
                    or bool(block_reason)
                    or payment_state == "blocked",
                    not_before=open_deadlines.get(line_id),
                    final_demand_sent=line_id in final_sent,
                )
            )
        return by_partner

    LINE_COLUMNS = (
        ("letter_id", "int4"),
        ("kind", "varchar"),
        ("move_line_id", "int4"),
        ("move_id", "int4"),
        ("level_id", "int4"),
        ("previous_level_id", "int4"),
        ("escalated", "bool"),
        ("date_maturity", "date"),
        ("days_overdue", "int4"),
        ("currency_id", "int4"),
        ("amount_original", "numeric"),
        ("amount_residual_currency", "numeric"),
        ("amount_residual", "numeric"),
    )

    def _insert_letter_lines(self, line_vals, today):
        """Insert the letter lines of a batch in one statement, and the levels they set in one.

        The ORM's create costs about half a millisecond per line (defaults, inverse caches, one
        INSERT per 100 rows), and recomputing the stored levels of every invoice from its letter
        history through the ORM costs as much again; a run writes one line per overdue
        instalment, 50,000 on a large ledger. ``_write_levels`` stores exactly what
        ``_compute_dunning_state`` would (a test compares both), and ``modified`` tells the ORM
        what changed.
        """
        Line = self.env["account.dunning.letter.line"]
        if not line_vals:
            return Line
        AML = self.env["account.move.line"]
        Move = self.env["account.move"]
        level_fields = ["dunning_level_id", "dunning_date"]
        # The UPDATE below reads the letters from the database, and a pending recompute of these
        # invoices would overwrite it.
        self.env["account.dunning.letter"].flush_model(["state", "date"])
        Move.flush_model(level_fields)
        columns = [name for name, _type in self.LINE_COLUMNS]
        now = self.env.cr.now()
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO account_dunning_letter_line (%s, create_uid, create_date,
                                                         write_uid, write_date)
                SELECT t.*, %s, %s, %s, %s FROM unnest(%s) AS t(%s)
                RETURNING id
                """,
                SQL(", ").join(SQL.identifier(name) for name in columns),
                self.env.uid,
                now,
                self.env.uid,
                now,
                SQL(", ").join(
                    SQL("%s::" + sql_type + "[]", [vals.get(name) or None for vals in line_vals])
                    if sql_type != "bool"
                    else SQL("%s::bool[]", [bool(vals.get(name)) for vals in line_vals])
                    for name, sql_type in self.LINE_COLUMNS
                ),
                SQL(", ").join(SQL.identifier(name) for name in columns),
            )
        )
        lines = Line.browse(row[0] for row in self.env.cr.fetchall())
        # One2many caches filled before the INSERT would hide the new lines.
        self.env["account.dunning.letter"].invalidate_model(["line_ids", "credit_line_ids"])
        AML.invalidate_model(["dunning_letter_line_ids"])
        Move.invalidate_model(["dunning_letter_line_ids"])
        # Marks what ``create`` would: the letters' totals, and the levels written below.
        lines.modified(columns, create=True)
        overdue_moves = Move.browse(
            sorted({vals["move_id"] for vals in line_vals if vals["kind"] == "overdue"})
        )
        # Only overdue entries set levels: the moves listed as credits keep theirs, nothing
        # to recompute (and write back) there.
        credit_moves = (
            Move.browse(
                {vals["move_id"] for vals in line_vals if vals["kind"] != "overdue"} - {None}
            )
            - overdue_moves
        )
        for fname in level_fields:
            self.env.remove_to_compute(Move._fields[fname], credit_moves)
        self._write_levels(overdue_moves, today)
        return lines

    LETTER_AMOUNT_FIELDS = (
        "amount_overdue",
        "amount_credit",
        "amount_total",
        "currency_id",
        "amount_total_currency",
        "invoice_count",
        "amount_charges",
        "amount_to_pay",
        "amount_to_pay_currency",
    )

    def _write_letter_amounts(self, letters, line_vals):
        """Store the totals of new ``letters`` from their lines ``line_vals``, in one UPDATE.

        Same result as ``account.dunning.letter._compute_amounts`` and, for letters without
        charges yet, ``_compute_amount_charges`` (a test compares both): through the ORM, each
        letter's nine amounts are converted and rounded one by one, twice (cache, then column),
        which costs more than the rest of a letter's creation. Charges added afterwards are
        recomputed by the ORM as usual.
        """
        if not letters:
            return
        Letter = self.env["account.dunning.letter"]
        company_currency = letters.company_id.currency_id
        company_currency.ensure_one()  # one run, one company
        totals = {
            letter.id: {"overdue": 0.0, "credit": 0.0, "count": 0, "in_currency": 0.0}
            for letter in letters
        }
        currencies = defaultdict(set)
        for vals in line_vals:
            total = totals[vals["letter_id"]]
            if vals["kind"] == "overdue":
                total["overdue"] += vals["amount_residual"]
                total["count"] += 1
            else:
                total["credit"] -= vals["amount_residual"]
            total["in_currency"] += vals["amount_residual_currency"]
            currencies[vals["letter_id"]].add(vals["currency_id"])
        Currency = self.env["res.currency"]
        rows = []
        for letter_id, total in totals.items():
            overdue = company_currency.round(total["overdue"])
            credit = company_currency.round(total["credit"])
            amount_total = company_currency.round(total["overdue"] - total["credit"])
            [currency_id] = currencies[letter_id] if len(currencies[letter_id]) == 1 else [None]
            if currency_id and currency_id != company_currency.id:
                currency = Currency.browse(currency_id)
                in_currency = currency.round(total["in_currency"])
            else:
                currency, in_currency = company_currency, amount_total
            rows.append(
                (letter_id, overdue, credit, amount_total, currency.id, in_currency, total["count"])
            )
        for fname in self.LETTER_AMOUNT_FIELDS:
            self.env.remove_to_compute(Letter._fields[fname], letters)
        self.env.cr.execute(
            SQL(
                """
                UPDATE account_dunning_letter AS letter
                   SET amount_overdue = new.overdue, amount_credit = new.credit,
                       amount_total = new.total, currency_id = new.currency_id,
                       amount_total_currency = new.in_currency, invoice_count = new.count,
                       amount_charges = 0, amount_to_pay = new.total,
                       amount_to_pay_currency = new.in_currency
                  FROM unnest(%s::int[], %s::numeric[], %s::numeric[], %s::numeric[], %s::int[],
                              %s::numeric[], %s::int[])
                       AS new(id, overdue, credit, total, currency_id, in_currency, count)
                 WHERE letter.id = new.id
                """,
                *([row[index] for row in rows] for index in range(7)),
            )
        )
        letters.invalidate_recordset(self.LETTER_AMOUNT_FIELDS)
        # What depends on the totals elsewhere is marked as usual; the totals themselves (and the
        # amounts to pay, which depend on them) are stored already.
        letters.modified(self.LETTER_AMOUNT_FIELDS)
        for fname in self.LETTER_AMOUNT_FIELDS:
            self.env.remove_to_compute(Letter._fields[fname], letters)

    def _write_levels(self, moves, today):
        """Store the level and date a letter of ``today`` gave ``moves``, in one UPDATE.

        Same result as ``account.move._compute_dunning_state`` (a test compares both): each
        instalment stands at the level of its latest letter not cancelled (today's, for those
        just listed), and an invoice at the highest level among its instalments.
        """
        level_fields = ["dunning_level_id", "dunning_date"]
        for fname in level_fields:
            self.env.remove_to_compute(moves._fields[fname], moves)
        self.env.cr.execute(
            SQL(
                """
                WITH latest AS (%s), best AS (
                    SELECT DISTINCT ON (latest.move_id) latest.move_id, lvl.id AS level_id
                      FROM latest
                 LEFT JOIN account_dunning_level AS lvl ON lvl.id = latest.level_id
                  ORDER BY latest.move_id, lvl.days DESC NULLS LAST, lvl.sequence DESC NULLS LAST
                )
                UPDATE account_move AS move
                   SET dunning_date = %s, dunning_level_id = best.level_id
                  FROM best
                 WHERE move.id = best.move_id
                """,
                self._latest_entries_query("move_id", moves.ids),
                today,
            )
        )
        moves.invalidate_recordset(level_fields)
        moves.modified(level_fields)
