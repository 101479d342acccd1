# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What happens to a debt at the end: written off, sold to a factor, handed to an agency, taken to
court. The tests live next to their subject (``test_writeoff``, ``test_factoring``,
``test_collection_case``, ``test_legal_action``) and run here in one class, so the company and
its chart of accounts are built once for all of them (run them with
``bash scripts/dev_test.sh tests/test_end_of_debt.py -k factor``).
"""

from odoo.tests import tagged

from .common import DunningCase
from .test_collection_case import CollectionCaseTests
from .test_factoring import FactoringTests
from .test_legal_action import LegalActionTests
from .test_writeoff import WriteoffTests


@tagged("post_install", "-at_install")
class TestEndOfDebt(
    CollectionCaseTests, FactoringTests, LegalActionTests, WriteoffTests, DunningCase
):
    """Write-offs, factoring, collection cases and legal actions on one company."""

    # Odoo's own runner takes only the test methods a class defines itself unless told so.
    allow_inherited_tests_method = True
