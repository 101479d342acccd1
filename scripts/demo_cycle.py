# Run inside `odoo-bin shell`: replay the last 100 days of daily dunning runs on the demo database
# for the demo company, Nordexport AB (a Swedish exporter booking in SEK).
# Each past day's letters are approved and marked sent, as a collector would; today's letters stay
# in draft for review. Prints what happened.
# ruff: noqa: F821  (env is provided by odoo-bin shell)
import os
from datetime import timedelta

from freezegun import freeze_time

from odoo import fields

# The report server first: letters marked sent keep the PDF rendered then, with the layout.
if os.environ.get("DUNNING_REPORT_URL"):
    env["ir.config_parameter"].sudo().set_param("report.url", os.environ["DUNNING_REPORT_URL"])
    env.cr.commit()
today = fields.Date.context_today(env["res.partner"])
company = env.ref("account_dunning.demo_company_se")
# admin works in the Swedish company (and keeps the main one in the company switcher).
admin = env.ref("base.user_admin")
admin.write({"company_ids": [(4, company.id)], "company_id": company.id})
env = env(context=dict(env.context, allowed_company_ids=[company.id]))
engine = env["account.dunning.engine"]
Letter = env["account.dunning.letter"].with_company(company)
# The demo company claims statutory interest and fixed compensation from the final demand on (a
# choice each company makes on its policy's levels; the shipped ladder leaves them off).
policies = env["account.dunning.policy"].search([("company_id", "=", company.id)])
# The demo's ladder was copied from the shipped one while the add-on was being installed, before
# its translations were loaded: the copy gets the shipped texts in every installed language.
shipped = env.ref("account_dunning.policy_default")
for policy in policies:
    if policy.level_ids.mapped("days") == shipped.level_ids.mapped("days"):
        shipped.copy_translations(policy)
policies.level_ids.filtered(lambda level: level.is_final_demand or level.days >= 30).write(
    {"claim_interest": True, "claim_compensation": True}
)
# Each past day as it was: the letters of the day are sent that day (the pay-by date counts
# from sending), except those waiting for a legal value nobody confirmed yet (they stay in
# draft with an activity for the managers, as they would in a real company).
for offset in range(100, -1, -1):
    day = today - timedelta(days=offset)
    with freeze_time(day):
        stats = engine._run_company(company, day)
        if offset:
            Letter.search(
                [
                    ("company_id", "=", company.id),
                    ("date", "=", day),
                    ("state", "in", ("draft", "to_send")),
                ]
            ).filtered(lambda rec: not rec.charges_waiting_reason).action_mark_sent()
    env.cr.commit()
waiting = Letter.search(
    [
        ("company_id", "=", company.id),
        ("charges_waiting_reason", "!=", False),
        ("state", "=", "draft"),
    ]
)
print(f"letters waiting for a legal value (rate or amount to confirm): {len(waiting)}")
for letter in waiting:
    print(f"  {letter.name}  {letter.partner_id.name:<32} {letter.charges_waiting_reason}")
print(f"dunning replayed up to {today}; letters waiting for review today:")
for letter in Letter.search([("company_id", "=", company.id), ("date", "=", today)]):
    print(
        f"  {letter.name}  {letter.partner_id.name:<32} {letter.level_id.name:<40} "
        f"{letter.amount_to_pay_currency:>12.2f} {letter.currency_id.name}  ({letter.state})"
    )
print("customers in dunning:")
partners = (
    env["res.partner"]
    .with_company(company)
    .search([("dunning_status", "in", ("overdue", "dunned", "blocked"))])
)
for partner in partners:
    print(
        f"  {partner.name:<32} level: {partner.dunning_level_id.name or '-':<40} "
        f"next action: {partner.dunning_next_date or '-'}"
    )

# The letters a person can open: the latest letter of each customer, rendered as the customer
# receives it (in their language), into the folder the main job names.
folder = os.environ.get("DUNNING_DEMO_LETTERS", "demo-letters")
os.makedirs(folder, exist_ok=True)
report = env["ir.actions.report"].with_context(force_report_rendering=True)
written = []
print("which law applies to each customer's claims (Rome I):")
for partner in Letter.search([("company_id", "=", company.id)]).partner_id:
    country, law = partner._dunning_applicable_law(company)
    print(f"  {partner.name:<32} {country.code or '-':<3} {law.article or law.reason}")
sent_or_draft = [("company_id", "=", company.id), ("state", "!=", "cancel")]
for partner in Letter.search(sent_or_draft).partner_id:
    letter = Letter.search(
        [*sent_or_draft, ("partner_id", "=", partner.id)],
        order="date desc, id desc",
        limit=1,
    )
    pdf, _type = report._render_qweb_pdf("account_dunning.action_report_dunning_letter", letter.ids)
    name = f"{letter.name.replace('/', '_')}-{partner.name.replace(' ', '_')}-{letter._lang()}.pdf"
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(pdf)
    written.append(name)
env.cr.commit()
print(f"{len(written)} letters rendered into {folder}:")
for name in sorted(written):
    print(f"  {name}")
