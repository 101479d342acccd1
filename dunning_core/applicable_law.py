"""Whose late-payment law applies to a claim: the Rome I Regulation (EC) No 593/2008.

A claim for the price of goods or services rests on the contract of sale, so the law of that
contract governs default interest, fixed compensation, fees and the deadlines of the demand:

* art. 3: the law the parties chose in the contract applies;
* art. 4(1)(a)/(b): without a choice, a contract for the sale of goods is governed by the law
  of the seller's habitual residence, a contract for services by the service provider's; for an
  invoicing company that is its own country (the creditor's);
* art. 6(1): a contract with a consumer is governed by the law of the consumer's habitual
  residence (the creditor directs its business there; an exporter dunning a consumer abroad
  does). A choice of law may not deprive the consumer of the protection of the mandatory
  rules of that country (art. 6(2)): the statutory minimums (interest, fees, deadlines) stay
  those of the consumer's country, so that country is returned.

A company may decide, as a policy, to apply each business customer's own country's law instead
of its own (``business_default=CUSTOMER_COUNTRY``): lawful, as it is what a court of that
country would often apply in practice, but it is the company's choice, not Rome I's default.

Countries are ISO 3166 alpha-2 codes ("SE", "DE"); "" when unknown. Nothing here imports Odoo.

>>> applicable_law("business", "DE", "SE")
ApplicableLaw(country='SE', reason='seller')
>>> applicable_law("business", "DE", "SE", contract_law="de")
ApplicableLaw(country='DE', reason='choice')
>>> applicable_law("consumer", "DE", "SE")
ApplicableLaw(country='DE', reason='consumer')
>>> applicable_law("consumer", "DE", "SE", contract_law="SE")
ApplicableLaw(country='DE', reason='consumer')
>>> applicable_law("business", "DE", "SE", business_default=CUSTOMER_COUNTRY)
ApplicableLaw(country='DE', reason='customer_country')
>>> applicable_law("business", "DE", "SE", contract_law="NO", business_default=CUSTOMER_COUNTRY)
ApplicableLaw(country='NO', reason='choice')
>>> applicable_law("business", "DE", "")
ApplicableLaw(country='DE', reason='customer_country')
>>> applicable_law("consumer", "", "SE")
ApplicableLaw(country='', reason='consumer')
>>> ARTICLES["seller"], ARTICLES["choice"], ARTICLES["consumer"]
('Rome I art. 4', 'Rome I art. 3', 'Rome I art. 6')
"""

from dataclasses import dataclass

BUSINESS = "business"
CONSUMER = "consumer"

# Company settings for business customers without a choice of law in the contract.
COMPANY_COUNTRY = "company"  # Rome I art. 4(1)(a)/(b): the seller's / service provider's law
CUSTOMER_COUNTRY = "customer"  # the company's policy: each customer's own country's law

REASON_CHOICE = "choice"  # art. 3
REASON_SELLER = "seller"  # art. 4(1)(a)/(b)
REASON_CONSUMER = "consumer"  # art. 6(1), (2)
REASON_CUSTOMER_COUNTRY = "customer_country"  # company setting, or the company's country unknown

ARTICLES = {
    REASON_CHOICE: "Rome I art. 3",
    REASON_SELLER: "Rome I art. 4",
    REASON_CONSUMER: "Rome I art. 6",
    REASON_CUSTOMER_COUNTRY: "",
}


@dataclass(frozen=True)
class ApplicableLaw:
    country: str  # ISO code of the country whose late-payment law applies ("" unknown)
    reason: str  # REASON_*

    @property
    def article(self):
        """The provision of Rome I the choice rests on ("" for the company's own policy)."""
        return ARTICLES[self.reason]


def applicable_law(
    debtor_type,
    debtor_country,
    creditor_country,
    contract_law="",
    business_default=COMPANY_COUNTRY,
):
    """The country whose late-payment law governs a claim of ``creditor_country``'s company
    against a debtor of ``debtor_type`` ("business" or "consumer") in ``debtor_country``.

    ``contract_law`` is the country whose law the contract chose ("" none); it never takes a
    consumer out of the protection of their own country (art. 6(2)). ``business_default``
    (``COMPANY_COUNTRY`` or ``CUSTOMER_COUNTRY``) is the company's setting for businesses
    without a choice.
    """
    if debtor_type not in (BUSINESS, CONSUMER):
        raise ValueError(f"debtor_type must be {BUSINESS!r} or {CONSUMER!r}, not {debtor_type!r}")
    if business_default not in (COMPANY_COUNTRY, CUSTOMER_COUNTRY):
        raise ValueError(
            f"business_default must be {COMPANY_COUNTRY!r} or {CUSTOMER_COUNTRY!r}, "
            f"not {business_default!r}"
        )
    debtor_country = (debtor_country or "").upper()
    creditor_country = (creditor_country or "").upper()
    contract_law = (contract_law or "").upper()
    if debtor_type == CONSUMER:
        return ApplicableLaw(debtor_country, REASON_CONSUMER)
    if contract_law:
        return ApplicableLaw(contract_law, REASON_CHOICE)
    if business_default == COMPANY_COUNTRY and creditor_country:
        return ApplicableLaw(creditor_country, REASON_SELLER)
    return ApplicableLaw(debtor_country, REASON_CUSTOMER_COUNTRY)
