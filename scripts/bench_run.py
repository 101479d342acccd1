# Run inside `odoo-bin shell`: generate customers x invoices in SQL, time one dunning run.
# ruff: noqa: F821  (env is provided by odoo-bin shell)
import os
import resource
import time
from datetime import timedelta

from odoo import Command, fields

N = int(os.environ.get("BENCH_CUSTOMERS", 5000))
M = int(os.environ.get("BENCH_INVOICES", 10))
cr = env.cr
company = env.ref("base.main_company")
today = fields.Date.context_today(env["res.partner"])

# 1. One customer with M posted invoices, through the ORM: the templates.
template_partner = env["res.partner"].create({"name": "Bench template", "is_company": True})
moves = env["account.move"].create(
    [
        {
            "move_type": "out_invoice",
            "partner_id": template_partner.id,
            "invoice_date": today - timedelta(days=160),
            "invoice_date_due": today - timedelta(days=150 - 15 * j),
            "invoice_payment_term_id": False,
            "invoice_line_ids": [
                Command.create({"name": "Item", "price_unit": 100 + 37 * j, "tax_ids": []})
            ],
        }
        for j in range(M)
    ]
)
moves.action_post()
env.flush_all()


def columns(table, skip=("id",)):
    cr.execute(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_name = %s ORDER BY ordinal_position",
        [table],
    )
    return [c for (c,) in cr.fetchall() if c not in skip]


t0 = time.time()
# 2. N customers copied from the template partner.
pcols = [
    c for c in columns("res_partner") if c not in ("name", "complete_name", "commercial_partner_id")
]
cr.execute(
    f"""INSERT INTO res_partner ({", ".join(pcols)}, name, complete_name)
        SELECT {", ".join(pcols)}, 'Bench customer ' || g, 'Bench customer ' || g
        FROM res_partner, generate_series(1, %s) g WHERE id = %s RETURNING id""",
    [N, template_partner.id],
)
partner_ids = [r[0] for r in cr.fetchall()]
cr.execute("UPDATE res_partner SET commercial_partner_id = id WHERE id = ANY(%s)", [partner_ids])

# 3. N x M invoices: the template moves and their lines, one statement each, with due dates spread
#    over the last 150 days and a third of them partly paid.
cr.execute(
    "CREATE TEMP TABLE bench_map (new_id int, tmpl_id int, partner_id int, due date, paid numeric)"
)
cr.execute(
    """INSERT INTO bench_map
       SELECT nextval('account_move_id_seq'), m.id, p, %s - (random() * 150)::int,
              CASE WHEN random() < 0.33 THEN 0.5 ELSE 0 END
       FROM account_move m, unnest(%s::int[]) p WHERE m.id = ANY(%s)""",
    [today, partner_ids, moves.ids],
)
mcols = [
    c
    for c in columns("account_move")
    if c
    not in (
        "name",
        "partner_id",
        "commercial_partner_id",
        "invoice_date_due",
        "amount_residual",
        "amount_residual_signed",
        "payment_state",
        "inalterable_hash",
        "secure_sequence_number",
        "sequence_number",
        "sequence_prefix",
    )
]
cr.execute(
    f"""INSERT INTO account_move (id, {", ".join(mcols)}, name, partner_id, commercial_partner_id,
            invoice_date_due, amount_residual, amount_residual_signed, payment_state,
            sequence_prefix, sequence_number)
        SELECT b.new_id, {", ".join("m." + c for c in mcols)}, 'BENCH/' || b.new_id, b.partner_id,
            b.partner_id, b.due, m.amount_total * (1 - b.paid), m.amount_total * (1 - b.paid),
            CASE WHEN b.paid > 0 THEN 'partial' ELSE 'not_paid' END, 'BENCH/', b.new_id
        FROM bench_map b JOIN account_move m ON m.id = b.tmpl_id"""
)
lcols = [
    c
    for c in columns("account_move_line")
    if c
    not in (
        "move_id",
        "partner_id",
        "date_maturity",
        "amount_residual",
        "amount_residual_currency",
        "move_name",
    )
]
cr.execute(
    f"""INSERT INTO account_move_line ({", ".join(lcols)}, move_id, partner_id, date_maturity,
            amount_residual, amount_residual_currency, move_name)
        SELECT {", ".join("l." + c for c in lcols)}, b.new_id, b.partner_id,
            CASE WHEN l.display_type = 'payment_term' THEN b.due ELSE l.date_maturity END,
            l.amount_residual * (1 - b.paid), l.amount_residual_currency * (1 - b.paid),
            'BENCH/' || b.new_id
        FROM bench_map b JOIN account_move_line l ON l.move_id = b.tmpl_id"""
)
cr.execute("ANALYZE account_move_line; ANALYZE account_move; ANALYZE res_partner")
env.invalidate_all()
print(f"generated {N} customers x {M} invoices = {N * M} invoices in {time.time() - t0:.1f} s")
if os.environ.get("BENCH_KEEP"):
    cr.commit()  # keep the generated data (the run below is still rolled back) for EXPLAIN work

if os.environ.get("BENCH_EXPLAIN"):
    # Plans of the slow statements go to PostgreSQL's server log (needs superuser: local dev).
    cr.execute("LOAD 'auto_explain'")
    cr.execute("SET auto_explain.log_min_duration = %s", [int(os.environ["BENCH_EXPLAIN"])])
    cr.execute("SET auto_explain.log_analyze = true")

# 4. The timed run (no commit: the database is dropped afterwards).
env.invalidate_all()
start_queries = cr.sql_log_count
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.time()
if os.environ.get("BENCH_PROFILE"):
    import cProfile
    import pstats

    from odoo.tools.profiler import Profiler

    with cProfile.Profile() as prof, Profiler(db=None, collectors=["sql"]) as sql_prof:
        stats = env["account.dunning.engine"]._run_company(company, today)
        env.flush_all()
    pstats.Stats(prof).sort_stats(os.environ.get("BENCH_SORT", "cumulative")).print_stats(45)
    counts = {}
    for entry in sql_prof.collectors[0].entries:
        key = " ".join(entry["query"].split())[:110]
        count, spent = counts.get(key, (0, 0.0))
        counts[key] = (count + 1, spent + entry["time"])
    print("queries  seconds  statement (by time spent)")
    for key, (count, spent) in sorted(counts.items(), key=lambda kv: -kv[1][1])[:25]:
        print(f"{count:7d}  {spent:7.2f}  {key}")
else:
    stats = env["account.dunning.engine"]._run_company(company, today)
    env.flush_all()
elapsed = time.time() - start
queries = cr.sql_log_count - start_queries
rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
cr.execute("SELECT count(*) FROM account_dunning_letter_line")
letter_lines = cr.fetchone()[0]
cr.execute(
    "SELECT count(*) FROM mail_message"
    " WHERE model = 'account.move' AND body::text LIKE '%%Dunning level%%'"
)
chatter = cr.fetchone()[0]
print(
    f"dunning run: {elapsed:.1f} s, {stats['customers']} customers, {stats['letters']} letters, "
    f"{letter_lines} letter lines, {chatter} invoice chatter messages, "
    f"{N * M / elapsed:.0f} invoices/s, {queries} SQL queries, "
    f"peak RSS {rss_after / 1024:.0f} MB (was {rss_before / 1024:.0f} MB before the run)"
)
cr.rollback()
