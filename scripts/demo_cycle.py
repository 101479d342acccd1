# Run inside `odoo-bin shell`: the dunning cycle on the demo database, with a short report.
# ruff: noqa: F821  (env is provided by odoo-bin shell)
from odoo import fields

today = fields.Date.context_today(env["res.partner"])
company = env.ref("base.main_company")
stats = env["account.dunning.engine"]._run_company(company, today)
env.cr.commit()
print(f"dunning run {today}: {stats['customers']} customers, {stats['letters']} letters")
for letter in env["account.dunning.letter"].search([("date", "=", today)]):
    print(
        f"  {letter.name}  {letter.partner_id.name:<32} {letter.level_id.name:<28} "
        f"{letter.amount_total:>12.2f} {letter.company_currency_id.name}  ({letter.state})"
    )
