# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The dunning run: gathers open receivables per customer, asks the pure engine
(``dunning_core.levels``) what to do, and records letters, levels and chatter in batches."""

import logging
from collections import Counter, defaultdict

import psycopg2
from markupsafe import escape

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.modules import module as odoo_module
from odoo.tools import SQL, format_date, split_every
from odoo.tools.mail import generate_tracking_message_id

from ..dunning_core import levels as engine
from ..dunning_core.money import to_decimal

_logger = logging.getLogger(__name__)

BATCH_SIZE = 500


class AccountDunningEngine(models.AbstractModel):
    _name = "account.dunning.engine"
    _description = "Dunning Engine"

    # ------------------------------------------------------------------ entry points
    @api.model
    def _cron_run_dunning(self, batch_size=BATCH_SIZE):
        """Daily scheduled action: one run per company, committing after every batch."""
        today = fields.Date.context_today(self)
        companies = self.env["res.company"].browse(
            company.id
            for [company] in self.env["account.dunning.policy"]._read_group([], ["company_id"])
        )
        done = 0
        for company in companies:
            # Stored run record (account.dunning.run): counts committed batch by batch.
            run = self.env["account.dunning.run"]._start(company, today, trigger="cron")
            stats = run._execute(batch_size=batch_size, commit=True)
            done += stats["customers"]
            for step in ("_refresh_payment_behaviour", "_apply_fee_waivers"):
                try:
                    with self.env.cr.savepoint():
                        getattr(self.with_company(company)._in_company_lang(company), step)(
                            company, today
                        )
                except psycopg2.OperationalError:
                    raise
                except Exception as error:  # pylint: disable=broad-except
                    self._report_job_failure(
                        company.partner_id, company, self._job_label("run"), error
                    )
        self.env["ir.cron"]._notify_progress(done=done, remaining=0)
        return True

    @api.model
    def _apply_fee_waivers(self, company, today):
        """Drop the fees a letter offered to waive when its invoices were paid in time."""
        letters = self.env["account.dunning.letter"].search(
            [
                ("company_id", "=", company.id),
                ("fee_waiver_date", "!=", False),
                ("state", "in", ("to_send", "sent")),
                ("charge_ids.kind", "=", "fee"),
                ("charge_ids.waived", "=", False),
            ]
        )
        letters._apply_fee_waivers(today)
        return letters

    @api.model
    def _run_company(
        self,
        company,
        today,
        partners=None,
        batch_size=BATCH_SIZE,
        commit=False,
        dry_run=False,
        run=None,
    ):
        """Run the dunning of ``company`` for ``today``.

        :param partners: restrict to these commercial partners
        :param commit: commit after each batch (scheduled runs; never inside tests)
        :param dry_run: decide but create nothing; the decisions are returned for a preview
        :param run: the ``account.dunning.run`` record to report the counts to, batch by batch
        :return: dict of counters, plus ``decisions`` (partner id -> CustomerDecision) on dry runs
        """
        self = self.with_company(company).with_context(
            tracking_disable=True,
            mail_create_nolog=True,
            mail_create_nosubscribe=True,
            mail_notrack=True,
            dunning_run_id=run.id if run else False,
        )
        if not dry_run and today > fields.Date.context_today(self):
            # A run dates letters and raises levels: letters dated ahead would block the
            # customers' real dunning until then. A preview (dry run) may look ahead.
            raise ValidationError(
                self.env._(
                    "Run Date %(date)s is in the future: a dunning run works up to today; use "
                    "Preview to look ahead.",
                    date=format_date(self.env, today),
                )
            )
        self = self._in_company_lang(company)  # the run's notes and activities
        stats = Counter(customers=0, letters=0, lines=0)
        stats["decisions"] = {}
        policies = self.env["account.dunning.policy"].search([("company_id", "=", company.id)])
        if not policies:
            return stats
        if not dry_run:
            # Interest owed on invoices paid late, for the next letters (or invoiced at once).
            self.env["account.dunning.late.claim"]._collect(company, today, partners)
        partner_ids = self._partners_to_visit(company, today, partners, stats=stats)
        if run:
            run._record_progress(stats, 0, len(partner_ids))
        must_commit = commit and not odoo_module.current_test
        visited = 0
        for batch_ids in split_every(batch_size, partner_ids):
            locked = self._lock_partners(batch_ids) if not dry_run else list(batch_ids)
            stats["skip_locked"] += len(batch_ids) - len(locked)
            if locked:
                self._run_batch_isolated(company, policies, today, locked, stats, dry_run)
            visited += len(batch_ids)
            if run:
                run._record_progress(stats, visited, len(partner_ids))
            if commit:
                # Odoo 18's cron progress: what is done and what remains, batch by batch.
                self.env["ir.cron"]._notify_progress(
                    done=visited, remaining=len(partner_ids) - visited
                )
            if must_commit:
                # Scheduled runs keep each finished batch: a crash loses nothing, and a rerun
                # is idempotent. Never inside tests (guarded above).
                self.env.cr.commit()  # pylint: disable=invalid-commit
            # Memory bounded per batch: the records a finished batch read leave the cache.
            self.env.invalidate_all()
            _logger.info("dunning %s: %d customers done", company.name, stats["customers"])
        return stats

    def _run_batch_isolated(self, company, policies, today, partner_ids, stats, dry_run):
        """``_run_batch``, so that one failing customer never stops the others.

        The batch runs in a savepoint; if it fails, it is rolled back and its customers are
        run one by one, each in its own savepoint: those that fail again are skipped, logged
        with the reason and reported to the dunning managers (an activity on the customer).
        """

        def attempt(ids):
            snapshot = dict(
                stats,
                decisions=dict(stats["decisions"]),
                failure_list=list(stats.get("failure_list") or ()),
            )
            try:
                with self.env.cr.savepoint():
                    self._run_batch(company, policies, today, ids, stats, dry_run)
                    # Recompute the levels now, in this context (no tracking), batch by batch.
                    self.env.flush_all()
            except psycopg2.OperationalError:
                raise  # concurrency errors: the whole job is retried by the scheduler
            except Exception as error:  # pylint: disable=broad-except
                stats.clear()
                dict.update(stats, snapshot)
                return error
            return None

        error = attempt(partner_ids)
        if error is None:
            return
        for partner_id in partner_ids:
            error = attempt([partner_id]) if len(partner_ids) > 1 else error
            if error is not None:
                stats["failed"] += 1
                stats.setdefault("failure_list", []).append(
                    (partner_id, str(error) or type(error).__name__)
                )
                self._report_job_failure(
                    self.env["res.partner"].browse(partner_id),
                    company,
                    self._job_label("run"),
                    error,
                )

    @api.model
    def _job_label(self, job):
        return {
            "run": self.env._("The daily dunning run"),
            "plans": self.env._("The follow-up of payment plans and promises"),
            "send": self.env._("The sending of dunning letters"),
        }[job]

    @api.model
    def _report_job_failure(self, record, company, job, error):
        """A scheduled job skipped ``record``: log why and give the dunning managers an activity.

        ``record`` has activities (a customer, plan, promise or letter); a manager who already
        has an open activity about it from the same job gets no second one.
        """
        customer = (
            record.commercial_partner_id
            if record._name == "res.partner"
            else record["partner_id"].commercial_partner_id
        )
        self = self._in_company_lang(company)  # the managers' activity
        reason = str(error) or type(error).__name__
        _logger.error(
            "%s skipped %s %s (customer %s, id %s): %s",
            job,
            record._name,
            record.id,
            customer.display_name,
            customer.id,
            reason,
            exc_info=error,
        )
        activity_type = self.env.ref("mail.mail_activity_data_todo", raise_if_not_found=False)
        managers = company._dunning_managers()
        if not activity_type or not managers:
            return
        summary = self.env._("%(job)s skipped %(customer)s", job=job, customer=customer.name)
        Activity = self.env["mail.activity"].sudo()
        model_id = self.env["ir.model"]._get_id(record._name)
        already = set(
            Activity.search(
                [
                    ("res_model_id", "=", model_id),
                    ("res_id", "=", record.id),
                    ("summary", "=", summary),
                ]
            ).user_id.ids
        )
        Activity.create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": record.id,
                    "activity_type_id": activity_type.id,
                    "summary": summary,
                    "note": self.env._(
                        "%(job)s could not process %(customer)s and went on with the other "
                        "customers. Reason: %(reason)s. Correct the cause; the next run tries "
                        "again.",
                        job=job,
                        customer=customer.display_name,
                        reason=reason,
                    ),
                    "user_id": user.id,
                    "date_deadline": fields.Date.context_today(self),
                }
                for user in managers
                if user.id not in already
            ]
        )

    @api.model
    def _skip_label(self, code):
        """Translated reason why a customer got no letter in a run."""
        return {
            engine.SKIP_NOTHING_OVERDUE: self.env._("nothing overdue, or everything blocked"),
            engine.SKIP_NO_ESCALATION: self.env._("no invoice reached a new level"),
            engine.SKIP_FREQUENCY: self.env._("contacted within the frequency window"),
            engine.SKIP_COVERED: self.env._("open credits cover the overdue amount"),
            engine.SKIP_BELOW_MINIMUM: self.env._("below the minimum overdue amount"),
            engine.SKIP_FINAL_DEMAND_SENT: self.env._(
                "held: the final demand was sent (one per claim); the next step is not reached yet"
            ),
            "pending": self.env._("a letter is already waiting"),
            "no_policy": self.env._("no dunning policy applies"),
            "blocked": self.env._("dunning blocked for the customer"),
            "hold_until": self.env._("do not dun until a later date"),
            "locked": self.env._("locked by another worker (it does them)"),
        }.get(code, code)

    # ------------------------------------------------------------------ data gathering
    def _open_items_domain(self, company):
        return [
            ("company_id", "=", company.id),
            ("account_type", "=", "asset_receivable"),
            ("parent_state", "=", "posted"),
            ("reconciled", "=", False),
            ("amount_residual", "!=", 0),
            ("partner_id", "!=", False),
        ]

    def _partners_to_visit(self, company, today, partners=None, stats=None):
        """Commercial partners with something overdue, a pending letter, or a level to reset
        (those held by a *Do Not Dun Until* date are counted in ``stats``)."""
        domain = self._open_items_domain(company) + [
            ("date_maturity", "<", today),
            ("amount_residual", ">", 0),
        ]
        if partners is not None:
            domain.append(("partner_id", "in", partners.ids))
        AML = self.env["account.move.line"]
        with_overdue = {p for [p] in AML._read_group(domain, ["partner_id"])}
        ids = set(
            self.env["res.partner"].browse([p.id for p in with_overdue]).commercial_partner_id.ids
        )
        letter_domain = [("company_id", "=", company.id), ("state", "in", ("draft", "to_send"))]
        if partners is not None:
            letter_domain.append(("partner_id", "in", partners.ids))
        ids.update(
            p.id
            for [p] in self.env["account.dunning.letter"]._read_group(letter_domain, ["partner_id"])
        )
        reset_domain = [("dunning_status", "in", ("overdue", "dunned", "blocked"))]
        if partners is not None:
            reset_domain.append(("id", "in", partners.ids))
        ids.update(self.env["res.partner"].with_company(company).search(reset_domain).ids)
        held = ids & self.env["res.partner"]._dunning_held_ids(company, today)
        if stats is not None:
            stats["skip_hold_until"] += len(held)
        return sorted(ids - held)

    def _lock_partners(self, partner_ids):
        """Lock the customers of a batch; those another worker holds are skipped (it does them)."""
        self.env.cr.execute(
            SQL(
                "SELECT id FROM res_partner WHERE id IN %s"
                " ORDER BY id FOR NO KEY UPDATE SKIP LOCKED",
                tuple(partner_ids),
            )
        )
        return [row[0] for row in self.env.cr.fetchall()]

    def _run_batch(self, company, policies, today, partner_ids, stats, dry_run):
        Partner = self.env["res.partner"].with_company(company)
        partners = Partner.browse(partner_ids)
        partners.fetch(
            [
                "name",
                "category_id",
                "country_id",
                "dunning_policy_id",
                "dunning_blocked",
                "dunning_behaviour_category",
                "dunning_last_date",
                "dunning_status",
                "dunning_level_id",
                "dunning_next_date",
                "lang",
            ]
        )
        lines = self.env["account.move.line"].search_fetch(
            self._open_items_domain(company) + [("partner_id", "in", partner_ids)],
            [
                "partner_id",
                "move_id",
                "date_maturity",
                "amount_residual",
                "amount_residual_currency",
                "currency_id",
                "amount_currency",
                "balance",
            ],
            order="date_maturity, id",
        )
        lines.move_id.fetch(["dunning_block_reason", "payment_state", "name", "move_type"])
        current_levels = self._current_levels(lines)
        open_deadlines = self._open_deadlines(lines, today)
        # One final demand per claim (dunning_core.levels): items that already had one.
        final_sent = self.env["account.dunning.letter.line"]._final_demand_item_ids(lines)
        by_partner = defaultdict(lambda: self.env["account.move.line"])
        for line in lines:
            by_partner[line.partner_id.id] |= line

        Letter = self.env["account.dunning.letter"]
        pending = Letter.search_fetch(
            [
                ("company_id", "=", company.id),
                ("partner_id", "in", partner_ids),
                "|",
                ("state", "in", ("draft", "to_send")),
                "&",
                ("date", "=", today),
                ("state", "!=", "cancel"),
            ],
            ["partner_id", "state", "date"],
        )
        pending_by_partner = defaultdict(lambda: Letter)
        for letter in pending:
            pending_by_partner[letter.partner_id.id] |= letter
        if not dry_run:
            pending.filtered(lambda rec: rec.state in ("draft", "to_send"))._refresh_open_items()
            # Letters waiting for a legal value (a rate a manager had to enter) are computed again.
            pending._retry_waiting_charges()

        policy_of = policies._select_for_partners(partners)
        specs = {}
        to_create = []
        partner_updates = defaultdict(list)
        for partner in partners:
            stats["customers"] += 1
            policy = policy_of.get(partner.id)
            items = by_partner.get(partner.id, self.env["account.move.line"])
            if not policy:
                stats["skip_no_policy"] += 1
                continue
            spec = specs.get(policy.id) or specs.setdefault(policy.id, policy._to_spec())
            open_items = [
                self._to_open_item(line, partner, current_levels, open_deadlines, final_sent)
                for line in items
            ]
            decision = engine.decide(spec, open_items, today, partner.dunning_last_date or None)
            if dry_run:
                stats["decisions"][partner.id] = decision
            still_pending = pending_by_partner[partner.id].filtered(
                lambda rec: rec.state != "cancel"
            )
            action = decision.action
            if action == engine.SEND and still_pending:
                action = "pending"
            if action == engine.SEND:
                to_create.append((partner, policy, decision))
            elif partner.dunning_blocked and action == engine.SKIP_NOTHING_OVERDUE:
                stats["skip_blocked"] += 1
            else:
                stats["skip_" + action] += 1
            status = self._status_for(decision, partner, action == engine.SEND, open_items, today)
            top_level = self._current_top_level(decision, action == engine.SEND)
            last = today if action == engine.SEND else partner.dunning_last_date
            partner_updates[(status, top_level, decision.next_date, last)].append(partner.id)
        if dry_run:
            return
        self._create_letters(company, today, to_create, stats)
        for (status, level_id, next_date, last), ids in partner_updates.items():
            Partner.browse(ids).write(
                {
                    "dunning_status": status,
                    "dunning_level_id": level_id,
                    "dunning_next_date": next_date,
                    "dunning_last_date": last,
                }
            )

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

    def _to_open_item(self, line, partner, current_levels, open_deadlines=None, final_sent=()):
        move = line.move_id
        return engine.OpenItem(
            id=line.id,
            due_date=line.date_maturity or move.invoice_date_due or move.date,
            residual=to_decimal(line.amount_residual),
            current_level_id=current_levels.get(line.id),
            blocked=bool(partner.dunning_blocked) or move._is_dunning_blocked(),
            not_before=(open_deadlines or {}).get(line.id),
            final_demand_sent=line.id in final_sent,
        )

    @staticmethod
    def _status_for(decision, partner, sending, open_items, today):
        if partner.dunning_blocked:
            return "blocked"
        if sending or any(d.level for d in decision.lines):
            return "dunned"
        if decision.lines:
            return "overdue"
        if any(i.blocked and i.residual > 0 and i.due_date < today for i in open_items):
            return "blocked"
        return "ok"

    @staticmethod
    def _current_top_level(decision, sending):
        levels = [d.level if sending else d.previous_level for d in decision.lines]
        levels = [lvl for lvl in levels if lvl]
        if not levels:
            return False
        return max(levels, key=lambda lvl: (lvl.days, lvl.sequence)).id

    # ------------------------------------------------------------------ letters
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
        self._write_levels(
            Move.browse(
                sorted({vals["move_id"] for vals in line_vals if vals["kind"] == "overdue"})
            ),
            today,
        )
        return lines

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
        return [sequence.get_next_char(number) for [number] in self.env.cr.fetchall()]

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
