from . import account_dunning_policy
from . import account_dunning_level
from . import account_dunning_letter
from . import account_dunning_letter_line
from . import account_dunning_engine
from . import account_move
from . import account_move_line
from . import res_partner
