# Run inside `odoo-bin shell` (scripts/bench.sh) on a copy of the data scripts/bench_generate.py
# made: time the daily run as the cron runs it, its rerun, the PDF batch and the e-mail batch.
# ruff: noqa: F821  (env is provided by odoo-bin shell)
import logging
import os
import resource
import time

from odoo import sql_db

cr = env.cr
company = env.ref("base.main_company")
cr.execute(
    "SELECT count(DISTINCT partner_id), count(*) FROM account_move"
    " WHERE move_type = 'out_invoice' AND name LIKE 'BENCH/%%'"
)
print("measuring on %d customers with %d invoices" % cr.fetchone())

if os.environ.get("BENCH_EXPLAIN"):
    # Plans of the slow statements go to PostgreSQL's server log (needs superuser: local dev).
    cr.execute("LOAD 'auto_explain'")
    cr.execute("SET auto_explain.log_min_duration = %s", [int(os.environ["BENCH_EXPLAIN"])])
    cr.execute("SET auto_explain.log_analyze = true")

if os.environ.get("BENCH_WORKERS"):
    # Batches at once in the scheduled run (1: one after the other, as before the workers).
    env["ir.config_parameter"].sudo().set_param(
        "account_dunning.run_workers", os.environ["BENCH_WORKERS"]
    )
    cr.commit()


def digest():
    """What the run made, without letter numbers and ids (the order of numbering differs
    between batches run at once and one after the other): letters, lines, levels, notes."""
    import hashlib

    parts = []
    for query in (
        """SELECT partner_id, contact_id, policy_id, level_id, state, date, deadline_date,
                  amount_overdue, amount_credit, amount_total, currency_id,
                  amount_total_currency, invoice_count, amount_charges, amount_to_pay
             FROM account_dunning_letter ORDER BY partner_id, date, level_id""",
        """SELECT letter.partner_id, line.kind, line.move_line_id, line.move_id, line.level_id,
                  line.previous_level_id, line.escalated, line.date_maturity, line.days_overdue,
                  line.currency_id, line.amount_original, line.amount_residual_currency,
                  line.amount_residual
             FROM account_dunning_letter_line AS line
             JOIN account_dunning_letter AS letter ON letter.id = line.letter_id
         ORDER BY line.move_line_id, letter.partner_id, line.kind""",
        """SELECT id, dunning_level_id, dunning_date FROM account_move
            WHERE dunning_level_id IS NOT NULL OR dunning_date IS NOT NULL ORDER BY id""",
        """SELECT id, dunning_status, dunning_level_id, dunning_next_date, dunning_last_date,
                  dunning_credit_hold, dunning_behaviour_category::text
             FROM res_partner ORDER BY id""",
        """SELECT model, res_id, regexp_replace(body, 'DUN/[0-9]+/[0-9]+', 'DUN', 'g')
             FROM mail_message WHERE model IN ('account.move', 'res.partner')
         ORDER BY model, res_id, 3""",
        """SELECT customer_count, letter_count, skipped_count, failed_count,
                  letters_by_level::text, letters_by_channel::text, skipped_by_reason::text,
                  state, customers_total, customers_done
             FROM account_dunning_run ORDER BY id""",
    ):
        cr.execute(query)
        parts.append(hashlib.md5(repr(cr.fetchall()).encode()).hexdigest()[:12])
    return " ".join(parts)


# 1. The daily scheduled run as the cron runs it (a commit per batch: the database is dropped
#    afterwards), then the same run again the same day, which must find nothing to do.
Engine = env["account.dunning.engine"]


def measure(label, run):
    """Run ``run()`` and print its time, CPU, SQL queries and the process's peak memory."""
    env.invalidate_all()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cr.execute("SELECT pg_current_wal_lsn()")
    wal_start = cr.fetchone()[0]
    queries = sql_db.sql_counter  # every cursor of the process: the run's workers too
    start = time.time()
    profile = os.environ.get("BENCH_PROFILE")
    if profile and (profile == "1" or profile in label):
        import cProfile
        import pstats

        from odoo.tools.profiler import Profiler

        with cProfile.Profile() as prof, Profiler(db=None, collectors=["sql"]) as sql_prof:
            result = run()
            env.flush_all()
        stats = pstats.Stats(prof).sort_stats(os.environ.get("BENCH_SORT", "cumulative"))
        stats.print_stats(int(os.environ.get("BENCH_TOP") or 30))
        if os.environ.get("BENCH_CALLERS"):  # e.g. BENCH_CALLERS=with_context
            stats.print_callers(os.environ["BENCH_CALLERS"])
        counts = {}
        for entry in sql_prof.collectors[0].entries:
            key = " ".join(entry["query"].split())[:110]
            count, spent = counts.get(key, (0, 0.0))
            counts[key] = (count + 1, spent + entry["time"])
        print("queries  seconds  statement (by time spent)")
        for key, (count, spent) in sorted(counts.items(), key=lambda kv: -kv[1][1])[:15]:
            print(f"{count:7d}  {spent:7.2f}  {key}")
    else:
        result = run()
        env.flush_all()
    elapsed = time.time() - start
    cr.execute("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), %s)", [wal_start])
    wal = cr.fetchone()[0] / 1024 / 1024
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = sum(
        getattr(children_after, f) - getattr(children_before, f) for f in ("ru_utime", "ru_stime")
    )
    print(
        f"{label}: {elapsed:.2f} s, CPU {cpu:.2f} s"
        + (f" (+ {children:.2f} s in wkhtmltopdf)" if children >= 0.01 else "")
        + f", {sql_db.sql_counter - queries} SQL queries, "
        f"peak RSS {after.ru_maxrss / 1024:.0f} MB (was {usage.ru_maxrss / 1024:.0f} MB), "
        f"{wal:.0f} MB of WAL"
    )
    return result, elapsed


def counts():
    cr.execute("SELECT count(*) FROM account_dunning_letter")
    letters = cr.fetchone()[0]
    cr.execute("SELECT count(*) FROM account_dunning_letter_line")
    lines = cr.fetchone()[0]
    cr.execute(
        "SELECT count(*) FROM res_partner WHERE dunning_behaviour_category ? %s",
        [str(company.id)],
    )
    return letters, lines, cr.fetchone()[0]


measure("daily run (scheduled action)", Engine._cron_run_dunning)
letters, lines, rated = counts()
print(f"  {letters} letters, {lines} letter lines, {rated} customers rated by payment behaviour")
print(f"  digest of what it made: {digest()}")
measure("rerun the same day (nothing to do)", Engine._cron_run_dunning)
again = counts()
print(
    f"  letters after the rerun: {again[0]} ({'unchanged' if again[0] == letters else 'CHANGED'})"
)

# 2. Optional: BENCH_PDF=<n> letters printed and marked sent (stored PDFs), in chunks; with
#    BENCH_PDF_BEFORE=1 the same letters are first rendered one call per letter, as before.
pdf_count = int(os.environ.get("BENCH_PDF") or 0)
if pdf_count:
    # wkhtmltopdf's Qt warnings (SSL libraries it does not need here), once per call.
    logging.getLogger("odoo.addons.base.models.ir_actions_report").setLevel(logging.ERROR)
    if os.environ.get("BENCH_REPORT_URL"):
        env["ir.config_parameter"].sudo().set_param("report.url", os.environ["BENCH_REPORT_URL"])
        cr.commit()  # the report server reads it
    Letter = env["account.dunning.letter"]
    letters = Letter.search([("state", "in", ("draft", "to_send"))], limit=pdf_count, order="id")
    if os.environ.get("BENCH_PDF_BEFORE"):
        report = env.ref("account_dunning.action_report_dunning_letter")
        Report = env["ir.actions.report"].with_context(
            force_report_rendering=True, report_pdf_no_attachment=True
        )
        _result, spent = measure(
            f"PDF one call per letter ({len(letters)} letters)",
            lambda: [Report._render_qweb_pdf(report, letter.ids) for letter in letters],
        )
        print(f"  {spent / len(letters):.3f} s per letter")
    letters.write({"print_needed": True, "state": "to_send"})
    _result, spent = measure(
        f"print and mark sent ({len(letters)} letters, stored PDFs)",
        lambda: letters.action_print_batch(),
    )
    stored = len(letters.sent_attachment_id)
    print(f"  {spent / len(letters):.3f} s per letter, {stored} stored PDFs")

# 3. Optional: BENCH_MAIL=<n> letters e-mailed by the hourly sending job as the cron runs it
#    (called again while it reports letters remaining, a commit per chunk): the letter PDFs
#    rendered in chunks and stored, the invoice PDFs attached, the e-mails queued in Odoo's mail
#    queue (not delivered: the queue is not processed here).
mail_count = int(os.environ.get("BENCH_MAIL") or 0)
if mail_count:
    logging.getLogger("odoo.addons.base.models.ir_actions_report").setLevel(logging.ERROR)
    if os.environ.get("BENCH_REPORT_URL"):
        env["ir.config_parameter"].sudo().set_param("report.url", os.environ["BENCH_REPORT_URL"])
    Letter = env["account.dunning.letter"]
    waiting = Letter.search([("state", "=", "to_send"), ("print_needed", "=", False)], order="id")
    # The job sends every approved letter: the others wait (draft) during the measurement.
    waiting[mail_count:].write({"state": "draft"})
    waiting = waiting[:mail_count]
    cr.execute("SELECT COALESCE(MAX(id), 0) FROM mail_mail")
    last_mail = cr.fetchone()[0]
    cr.commit()

    def send_all():
        calls = 0
        while calls < 1000:
            calls += 1
            Letter._cron_send_letters()
            cr.execute(
                "SELECT count(*) FROM account_dunning_letter WHERE id = ANY(%s)"
                " AND state = 'to_send' AND NOT COALESCE(print_needed, FALSE)",
                [waiting.ids],
            )
            if not cr.fetchone()[0]:
                break
        return calls

    calls, spent = measure(f"e-mail batch ({len(waiting)} letters, hourly job)", send_all)
    cr.execute(
        "SELECT count(*), count(*) FILTER (WHERE state = 'outgoing') FROM mail_mail WHERE id > %s",
        [last_mail],
    )
    mails, outgoing = cr.fetchone()
    cr.execute(
        "SELECT count(*) FILTER (WHERE sent_channel = 'email'), count(sent_attachment_id)"
        " FROM account_dunning_letter WHERE id = ANY(%s) AND state = 'sent'",
        [waiting.ids],
    )
    emailed, pdfs = cr.fetchone()
    print(
        f"  {spent / max(len(waiting), 1):.3f} s per letter, {calls} job calls, {emailed} "
        f"letters e-mailed with {pdfs} stored PDFs, {mails} e-mails queued ({outgoing} outgoing)"
    )
cr.rollback()
