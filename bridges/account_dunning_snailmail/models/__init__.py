from . import res_company
from . import res_config_settings
from . import account_dunning_letter
from . import account_dunning_letter_send
