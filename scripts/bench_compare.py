# Run inside `odoo-bin shell` by scripts/bench_compare.sh, on a copy of the benchmark data.
#   BENCH_SIDE=setup: configure OCA account_credit_control (installed) as bench_generate.py
#     configured the add-on: levels at 10, 30 and 60 days overdue, by e-mail;
#   BENCH_SIDE=oca: one credit control run (its line generation) for today;
#   BENCH_SIDE=ours: the add-on's daily scheduled run, as the cron runs it.
# Prints one line "RESULT side wall cpu queries rss_mib created".
# ruff: noqa: F821  (env is provided by odoo-bin shell)
import os
import resource
import time

from odoo import fields, sql_db

side = os.environ["BENCH_SIDE"]
cr = env.cr
company = env.ref("base.main_company")
today = fields.Date.context_today(env["res.partner"])

if side == "setup":
    policy = env.ref("account_credit_control.credit_control_3_time")
    receivable = env["account.account"].search(
        [("account_type", "=", "asset_receivable"), ("company_ids", "in", company.ids)]
    )
    policy.account_ids = receivable
    levels = policy.level_ids.sorted("level")
    for level, days in zip(levels, (10, 30, 60), strict=False):
        level.write({"computation_mode": "net_days", "delay_days": days, "channel": "email"})
    levels[3:].unlink()
    env["credit.control.policy"].search([("id", "!=", policy.id)]).write({"active": False})
    company.credit_policy_id = policy
    cr.commit()
    print(f"OCA credit control configured: {len(levels[:3])} levels, {len(receivable)} accounts")
else:
    env.invalidate_all()
    cr.execute("SELECT count(*) FROM account_dunning_letter_line")
    existing = cr.fetchone()[0]
    before = resource.getrusage(resource.RUSAGE_SELF)
    queries = sql_db.sql_counter  # every cursor of the process: the run's workers too
    start = time.time()
    if side == "oca":
        run = env["credit.control.run"].create(
            {
                "date": today,
                "company_id": company.id,
                "policy_ids": [(6, 0, company.credit_policy_id.ids)],
            }
        )
        run.generate_credit_lines()
        env.flush_all()
        cr.commit()
        created = len(run.line_ids)
    else:
        env["account.dunning.engine"]._cron_run_dunning()
        env.flush_all()
        cr.commit()
        cr.execute("SELECT count(*) FROM account_dunning_letter_line")
        created = cr.fetchone()[0] - existing
    elapsed = time.time() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(
        f"RESULT {side} {elapsed:.2f} {cpu:.2f} {sql_db.sql_counter - queries} "
        f"{after.ru_maxrss / 1024:.0f} {created}"
    )
