# Run inside `odoo-bin shell`: replay the last 100 days of daily dunning runs on the demo database.
# Each past day's letters are approved and marked sent, as a collector would; today's letters stay
# in draft for review. Prints what happened.
# ruff: noqa: F821  (env is provided by odoo-bin shell)
from datetime import timedelta

from odoo import fields

today = fields.Date.context_today(env["res.partner"])
company = env.ref("base.main_company")
engine = env["account.dunning.engine"]
Letter = env["account.dunning.letter"]
for offset in range(100, -1, -1):
    day = today - timedelta(days=offset)
    stats = engine._run_company(company, day)
    if offset:
        Letter.search(
            [("date", "=", day), ("state", "in", ("draft", "to_send"))]
        ).action_mark_sent()
env.cr.commit()
print(f"dunning replayed up to {today}; letters waiting for review today:")
for letter in Letter.search([("date", "=", today)]):
    print(
        f"  {letter.name}  {letter.partner_id.name:<32} {letter.level_id.name:<40} "
        f"{letter.amount_total:>12.2f} {letter.company_currency_id.name}  ({letter.state})"
    )
print("customers in dunning:")
partners = env["res.partner"].search([("dunning_status", "in", ("overdue", "dunned", "blocked"))])
for partner in partners:
    print(
        f"  {partner.name:<32} level: {partner.dunning_level_id.name or '-':<40} "
        f"next action: {partner.dunning_next_date or '-'}"
    )
