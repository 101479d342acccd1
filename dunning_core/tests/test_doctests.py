"""Every example in the core's docstrings runs and gives what it says (all modules, one place)."""

import doctest
import importlib
import pkgutil

import pytest

import dunning_core

MODULES = sorted(
    info.name for info in pkgutil.iter_modules(dunning_core.__path__) if info.name != "tests"
)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    module = importlib.import_module(f"dunning_core.{name}")
    failed, _attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0


def test_the_small_functions_carry_examples():
    """The modules a reader starts with show their use by example."""
    for name in ("money", "promises", "behaviour", "allocation", "payment_reference", "schedule"):
        module = importlib.import_module(f"dunning_core.{name}")
        assert doctest.DocTestFinder().find(module) and any(
            test.examples for test in doctest.DocTestFinder().find(module)
        ), name
