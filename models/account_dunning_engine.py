# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The dunning run: gathers open receivables per customer, asks the pure engine
(``dunning_core.levels``) what to do, and records letters, levels and chatter in batches.

The run and its batches are here; the set-based reads and writes (letter lines, totals, levels)
in ``account_dunning_engine_sql.py``, the letters it makes (numbers, chatter, calls) in
``account_dunning_engine_letters.py``, the batches' locks, progress and commits (two batches
at once in scheduled runs) in ``account_dunning_engine_parallel.py``, what scheduled jobs report in
``account_dunning_engine_jobs.py``, payment behaviour in
``account_dunning_payment_behaviour.py``."""

import logging
from collections import Counter, defaultdict

import psycopg2

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.modules import module as odoo_module
from odoo.tools import SQL, format_date, split_every

from ..dunning_core import levels as engine
from ..dunning_core.batches import even_batches

_logger = logging.getLogger(__name__)

BATCH_SIZE = 1000


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
        Run = self.env["account.dunning.run"]
        for company in companies:
            if Run._skip_unchanged(company, today):
                continue  # nothing changed since today's last scheduled run: recorded
            # Stored run record (account.dunning.run): counts committed batch by batch.
            run = Run._start(company, today, trigger="cron")
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
            run.fingerprint = Run._fingerprint(company)  # for the next run today
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
        batches = list(split_every(batch_size, partner_ids))
        workers = self._run_workers(company, len(batches)) if must_commit and not dry_run else 1
        progress = (run, len(partner_ids), commit, must_commit, company.name)
        if workers > 1:
            # Scheduled runs only: batches two at a time, each in its own transaction.
            batches = even_batches(partner_ids, batch_size, workers)
            self._run_batches_parallel(company, policies, today, batches, stats, progress, workers)
            return stats
        visited = 0
        for batch_ids in batches:
            self._lock_and_run_batch(company, policies, today, batch_ids, stats, dry_run)
            visited += len(batch_ids)
            self._batch_done(progress, stats, visited)
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
                "dunning_credit_hold",
                "dunning_credit_hold_level_id",
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
        lines.move_id.fetch(
            [
                "dunning_block_reason",
                "payment_state",
                "name",
                "move_type",
                "invoice_date_due",
                "date",
            ]
        )
        by_partner = self._open_items_by_partner(
            lines,
            partners,
            self._current_levels(lines),
            self._open_deadlines(lines, today),
            # One final demand per claim (dunning_core.levels): items that already had one.
            self.env["account.dunning.letter.line"]._final_demand_item_ids(lines),
        )

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
            self._letters_to_refresh(
                pending.filtered(lambda rec: rec.state in ("draft", "to_send"))
            )._refresh_open_items()
            # Letters waiting for a legal value (a rate a manager had to enter) are computed again.
            pending._retry_waiting_charges()

        policy_of = policies._select_for_partners(partners)
        specs = {}
        to_create = []
        partner_updates = defaultdict(list)
        for partner in partners:
            stats["customers"] += 1
            policy = policy_of.get(partner.id)
            if not policy:
                stats["skip_no_policy"] += 1
                continue
            spec = specs.get(policy.id) or specs.setdefault(policy.id, policy._to_spec())
            open_items = by_partner.get(partner.id, [])
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
            values = (status, top_level, decision.next_date or False, last or False)
            current = (
                partner.dunning_status,
                partner.dunning_level_id.id,
                partner.dunning_next_date or False,
                partner.dunning_last_date or False,
            )
            if values != current:
                # Only the customers whose state changed are written: a rerun writes nothing.
                partner_updates[values].append(partner.id)
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
