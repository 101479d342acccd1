"""Pure domain logic of account_dunning.

Nothing in this package imports Odoo: it works on ``Decimal`` amounts and ``datetime.date`` dates,
so it can be tested in milliseconds and read without knowing the ORM. The Odoo models gather data,
call these functions and store the results.
"""
