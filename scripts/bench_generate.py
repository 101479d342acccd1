# Run inside `odoo-bin shell` (scripts/bench.sh): generate customers x invoices (copies of template
# customers with payments, partial payments and credit notes) and the policy both benchmarks use,
# then commit: scripts/bench_run.py (and bench_compare.sh) measure on copies of this database.
# ruff: noqa: F821  (env is provided by odoo-bin shell)
import os
import time
from datetime import timedelta

from odoo import Command, fields

N = int(os.environ.get("BENCH_CUSTOMERS", 5000))
M = int(os.environ.get("BENCH_INVOICES", 10))
cr = env.cr
company = env.ref("base.main_company")
today = fields.Date.context_today(env["res.partner"])

# 0. The policy (the one bench_compare.sh gives OCA's credit control too): levels at 10, 30 and
#    60 days overdue, by e-mail, letters sent by the hourly job (auto send).
policy = env.ref("account_dunning.policy_default")
env["account.dunning.policy"].search([("id", "!=", policy.id)]).active = False
levels = policy.level_ids.sorted("sequence")
levels[3:].unlink()
# From the last level down: the days must rise from one level to the next at every step.
for level, days in reversed(list(zip(levels, (10, 30, 60), strict=False))):
    level.write(
        {
            "days": days,
            "channel_email": True,
            "channel_letter": False,
            "channel_sms": False,
            "channel_phone": False,
        }
    )
policy.auto_send = True

# 1. Template customers through the ORM, each with M invoices over the last year (some in
#    other currencies), paid in full, partly or not at all through registered payments (real
#    reconciliations, exchange differences), and an open credit note. Their lateness differs:
#    prompt, slow and late payers.
PROFILES = (("prompt", 0.1), ("slow", 1.0), ("late", 2.5))
currencies = [company.currency_id]
for code, rates in (("EUR", (0.92, 0.95)), ("GBP", (0.78, 0.8))):
    currency = env.ref(f"base.{code}")
    currency.active = True
    for days, rate in zip((400, 120), rates, strict=True):
        env["res.currency.rate"].create(
            {"currency_id": currency.id, "name": today - timedelta(days=days), "rate": rate}
        )
    currencies.append(currency)


def invoice(partner, move_type, amount, due, currency):
    return env["account.move"].create(
        {
            "move_type": move_type,
            "partner_id": partner.id,
            "invoice_date": min(due - timedelta(days=30), today),
            "invoice_date_due": due,
            "invoice_payment_term_id": False,
            "currency_id": currency.id,
            "invoice_line_ids": [
                Command.create({"name": "Item", "price_unit": amount, "tax_ids": []})
            ],
        }
    )


templates = []
payments = []  # (invoice, amount, date)
for name, lateness in PROFILES:
    partner = env["res.partner"].create(
        {"name": f"Bench template {name}", "is_company": True, "email": f"{name}@bench.example.com"}
    )
    templates.append(partner)
    moves = env["account.move"]
    for j in range(M):
        due = today - timedelta(days=10 + (350 * j) // max(M - 1, 1))
        move = invoice(partner, "out_invoice", 100 + 37 * j, due, currencies[j % 3])
        moves |= move
        late = int(round([0, 20, 0, 0, 45][j % 5] * lateness))
        paid_on = due + timedelta(days=late)
        if j % 5 in (0, 1, 4) and paid_on <= today:
            payments.append((move, None, paid_on))  # in full
        elif j % 5 == 2:
            payments.append((move, 0.5, min(due + timedelta(days=5), today)))  # half paid
    moves |= invoice(partner, "out_refund", 60, today - timedelta(days=40), currencies[0])
    moves.action_post()
for move, share, paid_on in payments:
    env["account.payment.register"].with_context(
        active_model="account.move", active_ids=move.ids
    ).create(
        {"payment_date": paid_on, **({"amount": move.amount_total * share} if share else {})}
    )._create_payments()
env.flush_all()


def columns(table, skip=("id",)):
    cr.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_name = %s ORDER BY ordinal_position",
        [table],
    )
    return [(c, t) for (c, t) in cr.fetchall() if c not in skip]


t0 = time.time()
# 2. N customers copied from the template customers, in turn.
pcols = [
    c
    for c, _t in columns("res_partner")
    if c not in ("name", "complete_name", "commercial_partner_id", "email", "email_normalized")
]
template_ids = [p.id for p in templates]
cr.execute(
    f"""INSERT INTO res_partner ({", ".join(pcols)}, name, complete_name, email, email_normalized)
        SELECT {", ".join("p." + c for c in pcols)}, 'Bench customer ' || g, 'Bench customer ' || g,
               'customer' || g || '@bench.example.com', 'customer' || g || '@bench.example.com'
        FROM generate_series(1, %s) g
        JOIN res_partner p ON p.id = (%s::int[])[1 + g %% %s]
        ORDER BY g RETURNING id""",
    [N, template_ids, len(template_ids)],
)
partner_ids = [r[0] for r in cr.fetchall()]
cr.execute("UPDATE res_partner SET commercial_partner_id = id WHERE id = ANY(%s)", [partner_ids])

# 3. Every journal entry of the templates (invoices, credit notes, payments, exchange
#    differences), their lines and reconciliations, copied per customer, every date moved back
#    by 0-30 days per customer so the copies do not all fall due the same day.
cr.execute("CREATE TEMP TABLE bench_partner (new_id int, tmpl_id int, shift int)")
cr.execute(
    """INSERT INTO bench_partner
       SELECT p, (%s::int[])[1 + (g - 1) %% %s], (random() * 30)::int
       FROM unnest(%s::int[]) WITH ORDINALITY AS t(p, g)""",
    [template_ids, len(template_ids), partner_ids],
)
cr.execute(
    """SELECT DISTINCT move_id FROM account_move_line WHERE partner_id = ANY(%s)""",
    [template_ids],
)
move_ids = [r[0] for r in cr.fetchall()]


def copy_table(table, source_ids, overrides, maps_on, extra_from=""):
    """Copy ``table``'s rows ``source_ids`` once per customer of their template; ``overrides``
    maps column -> SQL expression (``src`` is the row, ``bp`` the customer)."""
    cr.execute(f"CREATE TEMP TABLE map_{table} (old_id int, partner_id int, new_id int)")
    cr.execute(
        f"""INSERT INTO map_{table}
            SELECT src.id, bp.new_id, nextval('{table}_id_seq')
            FROM {table} src {maps_on}""",
        [source_ids],
    )
    cr.execute(f"CREATE INDEX ON map_{table} (old_id, partner_id); ANALYZE map_{table}")
    cols = columns(table)
    exprs = []
    for col, dtype in cols:
        if col in overrides:
            exprs.append(overrides[col])
        elif dtype == "date":
            exprs.append(f"src.{col} - bp.shift")
        else:
            exprs.append(f"src.{col}")
    cr.execute(
        f"""INSERT INTO {table} (id, {", ".join(c for c, _t in cols)})
            SELECT m.new_id, {", ".join(exprs)}
            FROM map_{table} m JOIN {table} src ON src.id = m.old_id
            JOIN bench_partner bp ON bp.new_id = m.partner_id {extra_from}"""
    )


def mapped(table, column):
    return (
        f"(SELECT x.new_id FROM map_{table} x"
        f" WHERE x.old_id = src.{column} AND x.partner_id = bp.new_id)"
    )


move_of_template = """JOIN LATERAL (SELECT DISTINCT l.partner_id FROM account_move_line l
                         WHERE l.move_id = src.id AND l.partner_id IS NOT NULL) tp ON TRUE
                      JOIN bench_partner bp ON bp.tmpl_id = tp.partner_id
                      WHERE src.id = ANY(%s)"""
copy_table(
    "account_move",
    move_ids,
    {
        "name": "'BENCH/' || m.new_id",
        "partner_id": "CASE WHEN src.partner_id IS NULL THEN NULL ELSE bp.new_id END",
        "commercial_partner_id": "CASE WHEN src.commercial_partner_id IS NULL THEN NULL"
        " ELSE bp.new_id END",
        "sequence_prefix": "'BENCH/'",
        "sequence_number": "m.new_id",
        "inalterable_hash": "NULL",
        "secure_sequence_number": "NULL",
        "origin_payment_id": "NULL",
        "statement_line_id": "NULL",
        "reversed_entry_id": "NULL",
        "access_token": "NULL",
        "message_main_attachment_id": "NULL",
    },
    move_of_template,
)
cr.execute(
    "SELECT id FROM account_full_reconcile WHERE id IN (SELECT full_reconcile_id"
    " FROM account_move_line WHERE move_id = ANY(%s))",
    [move_ids],
)
full_ids = [r[0] for r in cr.fetchall()]
by_move = """JOIN map_account_move mm ON mm.old_id = {col}
             JOIN bench_partner bp ON bp.new_id = mm.partner_id WHERE src.id = ANY(%s)"""
copy_table(
    "account_full_reconcile",
    full_ids,
    {"exchange_move_id": mapped("account_move", "exchange_move_id")},
    """JOIN LATERAL (SELECT l.move_id FROM account_move_line l
                     WHERE l.full_reconcile_id = src.id LIMIT 1) fl ON TRUE
       """
    + by_move.format(col="fl.move_id"),
)
cr.execute("SELECT id FROM account_move_line WHERE move_id = ANY(%s)", [move_ids])
line_ids = [r[0] for r in cr.fetchall()]
copy_table(
    "account_move_line",
    line_ids,
    {
        "move_id": mapped("account_move", "move_id"),
        "partner_id": "CASE WHEN src.partner_id IS NULL THEN NULL ELSE bp.new_id END",
        "move_name": "'BENCH/' || " + mapped("account_move", "move_id"),
        "full_reconcile_id": mapped("account_full_reconcile", "full_reconcile_id"),
        "payment_id": "NULL",
        "statement_line_id": "NULL",
        "statement_id": "NULL",
        "reconciled_lines_ids": "NULL",
    },
    by_move.format(col="src.move_id"),
)
cr.execute("SELECT id FROM account_partial_reconcile WHERE debit_move_id = ANY(%s)", [line_ids])
copy_table(
    "account_partial_reconcile",
    [r[0] for r in cr.fetchall()],
    {
        "debit_move_id": mapped("account_move_line", "debit_move_id"),
        "credit_move_id": mapped("account_move_line", "credit_move_id"),
        "full_reconcile_id": mapped("account_full_reconcile", "full_reconcile_id"),
        "exchange_move_id": mapped("account_move", "exchange_move_id"),
    },
    """JOIN account_move_line dl ON dl.id = src.debit_move_id
       """
    + by_move.format(col="dl.move_id"),
)
cr.execute(
    "ANALYZE account_move_line; ANALYZE account_move; ANALYZE res_partner;"
    " ANALYZE account_partial_reconcile"
)
env.invalidate_all()
cr.execute(
    """SELECT count(*) FILTER (WHERE move_type = 'out_invoice'),
              count(*) FILTER (WHERE move_type = 'out_refund'),
              count(*) FILTER (WHERE move_type = 'entry'),
              count(*) FILTER (WHERE move_type = 'out_invoice' AND payment_state = 'partial'),
              count(*) FILTER (WHERE move_type = 'out_invoice'
                                AND payment_state IN ('paid', 'in_payment')),
              count(DISTINCT currency_id)
       FROM account_move WHERE partner_id = ANY(%s)""",
    [partner_ids],
)
n_inv, n_ref, n_entries, n_partial, n_paid, n_cur = cr.fetchone()
cr.execute("SELECT count(*) FROM account_partial_reconcile")
print(
    f"generated {N} customers: {n_inv} invoices ({n_paid} paid, {n_partial} partly paid), "
    f"{n_ref} credit notes, {n_entries} payments and exchange entries, {n_cur} currencies, "
    f"{cr.fetchone()[0]} reconciliations, in {time.time() - t0:.1f} s"
)
cr.commit()  # the data the measurements copy
