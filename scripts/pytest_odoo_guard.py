"""pytest plugin: make Odoo 18 know a test is running.

pytest-odoo does not set ``odoo.modules.module.current_test`` on Odoo 18, so ``mail.send()``
would try a real SMTP server and explicit commits in the code under test would not be guarded.
This plugin sets it around every test. It lives outside the add-on so Odoo never imports it.
"""

import pytest


@pytest.fixture(autouse=True)
def _odoo_current_test(request):
    from odoo.modules import module as odoo_module

    # Odoo calls methods of the running test case through it (e.g. check_test_cursor).
    odoo_module.current_test = request.instance or True
    try:
        yield
    finally:
        odoo_module.current_test = False
