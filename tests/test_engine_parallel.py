# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two batches of a scheduled run at once (models/account_dunning_engine_parallel.py).

The workers commit their own transactions, which a test (one transaction) cannot do: what is
tested here is when the run uses them, how the counts of their batches add up on the run record
and how a failing batch stops the run (the batching and the adding up of counts are pure:
dunning_core/tests/test_batches.py); that batches run at once make exactly what they make one
after the other is checked by the benchmark (``BENCH_CHECK=1 make bench``: same letters, lines,
levels, notes and counts)."""

import queue
from collections import Counter
from unittest.mock import patch

from odoo import fields
from odoo.modules import module as odoo_module
from odoo.tests import tagged

from ..dunning_core.batches import merge_stats, new_batch_stats
from .common import DunningCase


@tagged("post_install", "-at_install")
class TestDunningRunParallel(DunningCase):
    def test_workers_only_outside_tests_and_with_a_standard_sequence(self):
        engine = self.env["account.dunning.engine"]
        Param = self.env["ir.config_parameter"].sudo()
        self.assertEqual(engine._run_workers(self.company, 5), 1, "never inside tests")
        with patch.object(odoo_module, "current_test", None):
            self.assertEqual(engine._run_workers(self.company, 5), 2)
            self.assertEqual(engine._run_workers(self.company, 1), 1, "one batch: no worker")
            Param.set_param("account_dunning.run_workers", "1")
            self.assertEqual(engine._run_workers(self.company, 5), 1)
            Param.set_param("account_dunning.run_workers", "3")
            self.assertEqual(engine._run_workers(self.company, 2), 2)
            self.env.ref("account_dunning.seq_dunning_letter").implementation = "no_gap"
            self.assertEqual(engine._run_workers(self.company, 5), 1, "a no-gap sequence locks")

    def _fake_worker(self, fail_on=None):
        """Stands in for ``_batch_worker``: counts each batch without touching the database."""

        def worker(engine, job, tasks, results, stop):
            while not stop.is_set():
                try:
                    batch = tasks.get_nowait()
                except queue.Empty:
                    break
                if fail_on in batch:
                    stop.set()
                    results.put((len(batch), None, ValueError("batch failed")))
                    break
                part = new_batch_stats()
                merge = Counter(customers=len(batch), letters=1, lines=2, skip_frequency=1)
                results.put((len(batch), merge_stats(part, merge), None))
            while True:
                try:
                    batch = tasks.get_nowait()
                except queue.Empty:
                    break
                results.put((len(batch), None, RuntimeError("dunning run stopped")))

        return worker

    def _run_parallel(self, batches, fail_on=None):
        run = self.env["account.dunning.run"]._start(
            self.company, fields.Date.today(), trigger="cron"
        )
        engine = self.env["account.dunning.engine"].with_company(self.company)
        stats = new_batch_stats()
        progress = (run, sum(len(batch) for batch in batches), True, False, self.company.name)
        Engine = type(engine)
        with patch.object(Engine, "_batch_worker", self._fake_worker(fail_on)):
            try:
                engine._run_batches_parallel(
                    self.company, self.policy, fields.Date.today(), batches, stats, progress, 2
                )
            finally:
                self.env.invalidate_all()
        return run, stats

    def test_counts_of_the_batches_add_up_on_the_run_record(self):
        run, stats = self._run_parallel([[1, 2, 3], [4, 5], [6]])
        self.assertEqual((stats["customers"], stats["letters"], stats["lines"]), (6, 3, 6))
        self.assertEqual(run.customers_total, 6)
        self.assertEqual(run.customers_done, 6)
        self.assertEqual(run.customer_count, 6)
        self.assertEqual(run.skipped_by_reason, {"frequency": 3})

    def test_a_failing_batch_stops_the_run_and_raises(self):
        with self.assertRaisesRegex(ValueError, "batch failed"):
            self._run_parallel([[1, 2], [3, 4], [5, 6], [7, 8]], fail_on=3)
