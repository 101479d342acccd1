from . import account_dunning_run_wizard
from . import account_dunning_log_call
from . import account_dunning_log_call_worklist
from . import account_dunning_receipt_mixin
from . import account_dunning_recovery
from . import account_dunning_factor_payment
from . import account_dunning_letter_cancel
from . import mail_compose_message
