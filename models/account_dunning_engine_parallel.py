# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The batches of a run: locking, progress and commits, and two batches at once.

Most of a batch's time is spent waiting on PostgreSQL (writing its letter lines, levels and
chatter) and the rest in Python: with a second batch in another transaction, one batch's Python
runs while the other's statements run, and on two cores both database backends work at once.

Only for runs that commit their batches (the scheduled and background runs), never inside tests
(one transaction for everything there). Each worker thread has its own cursor and environment,
locks its customers (``FOR NO KEY UPDATE SKIP LOCKED``, as two cron workers would) and commits
each batch itself; the batches are disjoint, so no two transactions write the same row. The main
thread alone writes the run record and the cron's progress, from the counts the workers hand
back. Letter numbers come from a standard sequence (a PostgreSQL sequence: no row lock); with
any other sequence the batches run one after the other.
"""

import contextvars
import logging
import queue
import threading

from odoo import api, models
from odoo.modules import module as odoo_module

from ..dunning_core.batches import merge_stats, new_batch_stats

_logger = logging.getLogger("odoo.addons.account_dunning.models.account_dunning_engine")

# Batches in flight at once in a scheduled run (parameter ``account_dunning.run_workers``; 1: one
# after the other, in the cron's own transaction).
WORKERS = 2


class AccountDunningEngine(models.AbstractModel):
    _inherit = "account.dunning.engine"

    def _lock_and_run_batch(self, company, policies, today, batch_ids, stats, dry_run):
        """Lock the customers of a batch (not on dry runs) and run it, failures isolated."""
        locked = self._lock_partners(batch_ids) if not dry_run else list(batch_ids)
        stats["skip_locked"] += len(batch_ids) - len(locked)
        if locked:
            self._run_batch_isolated(company, policies, today, locked, stats, dry_run)

    def _batch_done(self, progress, stats, visited):
        """After a batch: the run record's counts, the cron's progress, the commit, the cache.

        :param progress: (run record or None, customers to visit, commit, must commit,
            company name: read once, the cache is emptied after every batch)
        """
        run, total, commit, must_commit, company_name = progress
        if run:
            run._record_progress(stats, visited, total)
        if commit:
            # Odoo 18's cron progress: what is done and what remains, batch by batch.
            self.env["ir.cron"]._notify_progress(done=visited, remaining=total - visited)
        if must_commit:
            # Scheduled runs keep each finished batch: a crash loses nothing, and a rerun
            # is idempotent. Never inside tests (guarded by the caller).
            self.env.cr.commit()  # pylint: disable=invalid-commit
        # Memory bounded per batch: the records a finished batch read leave the cache.
        self.env.invalidate_all()
        _logger.info("dunning %s: %d customers done", company_name, stats["customers"])

    def _run_workers(self, company, batch_count):
        """How many batches of a scheduled run of ``company`` go at once (1: sequential)."""
        value = (
            self.env["ir.config_parameter"].sudo().get_param("account_dunning.run_workers", WORKERS)
        )
        try:
            workers = int(value)
        except ValueError:
            workers = WORKERS
        if workers <= 1 or batch_count <= 1 or odoo_module.current_test:
            return 1
        sequence = self.env["ir.sequence"].search(
            [("code", "=", "account.dunning.letter"), ("company_id", "in", (company.id, False))],
            order="company_id",
            limit=1,
        )
        if sequence and (sequence.implementation != "standard" or sequence.use_date_range):
            # A no-gap sequence locks its row, a date range may be created: one transaction.
            return 1
        return min(workers, batch_count)

    def _run_batches_parallel(self, company, policies, today, batches, stats, progress, workers):
        """Run ``batches`` (lists of customer ids) ``workers`` at a time, each batch in its own
        transaction committed by its worker; the counts are merged into ``stats`` and reported
        (``_batch_done``) batch by batch in this thread's transaction."""
        # The run record and the late-payment claims collected so far must be visible to the
        # workers' transactions (their letters refer to the run). Never inside tests (which
        # only reach this with stand-in workers: tests/test_engine_parallel.py).
        if not odoo_module.current_test:
            self.env.cr.commit()  # pylint: disable=invalid-commit
        tasks = queue.SimpleQueue()
        for batch_ids in batches:
            tasks.put(batch_ids)
        results = queue.SimpleQueue()
        stop = threading.Event()
        context = dict(self.env.context)
        context.pop("ir_cron_progress_id", None)  # the cron's progress: this thread only
        job = (
            self.env.cr.dbname,
            self.env.uid,
            self.env.su,
            context,
            company.id,
            policies.ids,
            today,
        )
        threads = [
            threading.Thread(
                target=contextvars.copy_context().run,
                args=(self._batch_worker, job, tasks, results, stop),
                name=f"{threading.current_thread().name}-dunning-{index}",
                daemon=True,
            )
            for index in range(workers)
        ]
        for thread in threads:
            thread.start()
        visited = 0
        error = None
        try:
            for _batch in batches:
                size, part, failure = self._next_result(results, threads)
                if failure is not None:
                    error = error or failure
                    stop.set()  # no new batch; those under way finish
                    continue
                merge_stats(stats, part)
                visited += size
                self._batch_done(progress, stats, visited)
        finally:
            stop.set()
            for thread in threads:
                thread.join()
        if error is not None:
            raise error

    @staticmethod
    def _next_result(results, threads):
        """The next batch result of the workers; an error if they all ended without one."""
        while True:
            try:
                return results.get(timeout=1)
            except queue.Empty:
                if not any(thread.is_alive() for thread in threads) and results.empty():
                    return 0, None, RuntimeError("dunning workers ended early")

    def _batch_worker(self, job, tasks, results, stop):
        """A worker thread: takes batches until none is left, each in its own transaction."""
        dbname, uid, su, context, company_id, policy_ids, today = job
        current = threading.current_thread()
        current.dbname, current.uid = dbname, uid  # for the log, as Odoo's own threads
        try:
            with self.env.registry.cursor() as cr:
                env = api.Environment(cr, uid, context, su=su)
                engine = env[self._name]
                company = env["res.company"].browse(company_id)
                policies = env["account.dunning.policy"].browse(policy_ids)
                while not stop.is_set():
                    try:
                        batch_ids = tasks.get_nowait()
                    except queue.Empty:
                        break
                    part = new_batch_stats()
                    try:
                        engine._run_worker_batch(company, policies, today, batch_ids, part)
                    except Exception as error:  # pylint: disable=broad-except
                        # Handed to the main thread, which stops the run and raises it (a
                        # concurrency error: the scheduler retries the job, as without workers).
                        # Customers failing on their own never get here (_run_batch_isolated).
                        stop.set()
                        cr.rollback()
                        results.put((len(batch_ids), None, error))
                        break
                    results.put((len(batch_ids), part, None))
        except Exception as error:  # pylint: disable=broad-except
            stop.set()
            _logger.exception("dunning worker %s failed", current.name)
            results.put((0, None, error))
        # Batches never taken (the run stopped) are reported so that the main thread ends.
        while True:
            try:
                batch_ids = tasks.get_nowait()
            except queue.Empty:
                break
            results.put((len(batch_ids), None, RuntimeError("dunning run stopped")))

    def _run_worker_batch(self, company, policies, today, batch_ids, stats):
        """One batch in a worker's own transaction, committed."""
        # Durability of each batch's commit is not needed: a crash loses at most the last
        # batches, which the next (idempotent) run does again. Local to this transaction.
        self.env.cr.execute("SET LOCAL synchronous_commit TO OFF")
        self._lock_and_run_batch(company, policies, today, batch_ids, stats, False)
        self.env.cr.commit()  # pylint: disable=invalid-commit
        # Memory bounded per batch, as in the main thread.
        self.env.invalidate_all()
