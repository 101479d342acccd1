# account_dunning: the two set-up commands (see README.md), plus translator and benchmark helpers.
.PHONY: test test-odoo-runner demo i18n bench bench-compare test-dates

test:            ## lint + Odoo suite on a fresh database + pure domain tests
	bash scripts/test.sh

test-odoo-runner: ## the Odoo suite under Odoo's own runner (odoo-bin --test-enable), as OCA's CI runs it
	bash scripts/test_odoo_runner.sh

demo:            ## demo database with the dunning run done, served on http://localhost:8069
	bash scripts/demo.sh

i18n:            ## re-export i18n/account_dunning.pot from Odoo and merge the .po files
	bash scripts/i18n.sh

bench:           ## benchmark the dunning run on generated data (N customers x M invoices)
	bash scripts/bench.sh

bench-compare:   ## optional: OCA account_credit_control (from PyPI) against the daily run, same data
	bash scripts/bench_compare.sh

test-dates:      ## the test command with the clock moved 45 and 400 days ahead (no test may depend on today)
	command -v faketime >/dev/null || (apt-get update -qq && apt-get install -y -qq faketime)
	faketime '+45 days' $(MAKE) test
	faketime '+400 days' $(MAKE) test
