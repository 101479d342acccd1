from . import test_engine
from . import test_policy
from . import test_security
from . import test_tour
from . import test_charges
from . import test_letter
from . import test_portal
from . import test_payment_plan
