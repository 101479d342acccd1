# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""How the letter reads: salutation, closing, signature, objection clause, number formats.

Kept apart from the letter's business logic so its wording can change without touching the run.
"""

import re

from markupsafe import Markup, escape

from odoo import fields, models
from odoo.tools.misc import format_date, formatLang

from ..dunning_core import applicable_law as core_law

# Gender of Odoo's own contact titles (base data); other titles (Doctor, Professor) say nothing.
TITLE_GENDER = {
    "base.res_partner_title_madam": "f",
    "base.res_partner_title_miss": "f",
    "base.res_partner_title_mister": "m",
}
# Languages whose business letters greet no one by a bare name: a company's contact person
# without a gendered title gets the formal greeting, de "Sehr geehrte Damen und Herren,"
# (DIN 5008 practice; "Guten Tag Vorname Nachname" is the informal neutral form). A consumer
# keeps the neutral form.
FORMAL_WITHOUT_TITLE = ("de",)
# A Russian patronymic: -ович/-евич/-ич (a man), -овна/-евна/-ична/-инична (a woman).
RU_PATRONYMIC = re.compile(r"^[А-ЯЁ][а-яё]+(?:(вич|ьич|ич)|(вна|чна|инична))$")


class AccountDunningLevel(models.Model):
    _inherit = "account.dunning.level"

    letter_salutation = fields.Char(
        string="Salutation",
        translate=True,
        help="Opening line of this level's letter, e.g. 'Dear {contact},'. Leave empty for the "
        "standard salutation by the customer's language, debtor type and contact person.",
    )
    letter_closing = fields.Char(
        string="Closing",
        translate=True,
        help="Closing formula above the signature, e.g. 'Kind regards,'. Leave empty for the "
        "standard closing of the customer's language.",
    )
    letter_body_first = fields.Html(
        string="Text Without Earlier Letter",
        translate=True,
        help="Opening text used instead of the letter text when no earlier letter was sent to "
        "the customer (a customer reaching this level first, e.g. by level skipping): a text "
        "that refers to earlier reminders would be untrue. Same placeholders as the letter text.",
    )
    letter_body_consumer = fields.Html(
        string="Text for Consumers",
        translate=True,
        help="Opening text used instead of the letter text when the customer is a consumer (a "
        "private person): the form of address and the tone differ (Swedish du rather than ni, "
        "Norwegian du rather than dere; help offered to someone who cannot pay). Empty: the "
        "letter text. Same placeholders as the letter text.",
    )
    letter_body_first_consumer = fields.Html(
        string="Text for Consumers Without Earlier Letter",
        translate=True,
        help="The consumers' text when no earlier letter was sent to the customer (see Text "
        "Without Earlier Letter). Empty: Text Without Earlier Letter.",
    )


class AccountDunningLetter(models.Model):
    _inherit = "account.dunning.letter"

    # ------------------------------------------------------------------ numbers
    def _lang(self):
        """The language the letter is written in: its contact's, else the customer's."""
        self.ensure_one()
        return (self.contact_id or self.partner_id).lang or self.env.lang or "en_US"

    def _format_money(self, amount, currency=None):
        """An amount as the customer reads it: their language's separators and symbol.

        Russian roubles are abbreviated "руб." with its dot; Odoo's symbol lacks it.
        """
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        currency = currency or self.company_currency_id
        text = formatLang(env, amount, currency_obj=currency)
        if currency.name == "RUB" and currency.symbol == "руб":
            text = re.sub(r"руб(?!\.)", "руб.", text)
        return text

    def _format_date(self, value):
        """A date as the customer reads it, in their language's format."""
        self.ensure_one()
        return format_date(self.with_context(lang=self._lang()).env, value) if value else ""

    def _format_amount(self, amount):
        """An amount in company currency for the chatter (the user's language)."""
        return formatLang(self.env, amount, currency_obj=self.company_currency_id)

    def _format_percent(self, rate, digits=2):
        """A rate as the customer reads it: "10,27 %" in de/sv/nb/ru, "10.27%" in English."""
        self.ensure_one()
        lang = self._lang()
        number = formatLang(self.with_context(lang=lang).env, rate, digits=digits)
        return f"{number}%" if lang.startswith("en") else f"{number}\N{NO-BREAK SPACE}%"

    # ------------------------------------------------------------------ history
    def _has_earlier_letter(self):
        """Whether the customer was sent an earlier letter that this one may refer to."""
        self.ensure_one()
        return bool(
            self.search_count(
                [
                    ("id", "!=", self.id or 0),
                    ("partner_id", "=", self.partner_id.id),
                    ("company_id", "=", self.company_id.id),
                    ("state", "=", "sent"),
                    ("date", "<=", self.date),
                ],
                limit=1,
            )
        )

    def _level_body(self):
        """The level's text in the customer's language: its first-contact variant when no
        earlier letter was sent (the text would otherwise refer to reminders never sent), and
        its consumers' variant for a private person."""
        self.ensure_one()
        level = self.level_id.with_context(lang=self._lang())
        consumer = not self.partner_id._dunning_is_business()
        first = (consumer and level.letter_body_first_consumer) or level.letter_body_first
        if first and not self._has_earlier_letter():
            return first
        return (consumer and level.letter_body_consumer) or level.letter_body or ""

    def _body_html(self):
        """The level's opening text in the customer's language, placeholders filled in.

        Placeholders: {contact} (the dunning contact when it is a person, so a company's
        letter greets the person who pays the bills, else the customer), {customer}, {total},
        {deadline}, {company}, {reference}; values are escaped, the level's own HTML is kept.
        """
        self.ensure_one()
        body = self._level_body()
        contact = self.contact_id
        addressee = contact if contact and not contact.is_company else self.partner_id
        values = {
            "{contact}": addressee.name or "",
            "{customer}": self.partner_id.name or "",
            "{total}": self._nowrap(
                self._format_money(self.amount_to_pay_currency, self.currency_id)
            ),
            "{deadline}": self._nowrap(self._format_date(self.deadline_date)),
            "{company}": self.company_id.name or "",
            "{reference}": self.name or "",
        }
        text = str(body)
        for key, value in values.items():
            text = text.replace(key, str(escape(value)))
        # An amount ending in an abbreviation ("руб.") at the end of a sentence takes one dot.
        text = text.replace("руб..", "руб.")
        return Markup(text)

    # ------------------------------------------------------------------ salutation
    def _addressee(self):
        """The person the letter speaks to: the dunning contact, else the customer when it is
        a person; empty when the letter goes to a company without a contact person."""
        self.ensure_one()
        for partner in (self.contact_id, self.partner_id):
            if partner and not partner.is_company and partner.name:
                return partner
        return self.env["res.partner"]

    def _addressee_name_and_gender(self, person):
        """(name to greet, "m"/"f"/None). Russian contacts with a patronymic are greeted by
        first name and patronymic, whose ending gives the gender ("Сергей Иванович")."""
        name = " ".join(person.name.split())
        gender = None
        if person.title:
            xmlid = person.title.get_external_id().get(person.title.id)
            gender = TITLE_GENDER.get(xmlid)
        if self._lang().startswith("ru"):
            words = name.split()
            for index, word in enumerate(words):
                match = RU_PATRONYMIC.match(word)
                if match and index > 0:
                    return f"{words[index - 1]} {word}", "m" if match.group(1) else "f"
        return name, gender

    def _salutation(self):
        """Opening line: the level's own, else by language, debtor type and contact person.

        A text that still opens with "{contact}" carries its own greeting: none is added.
        """
        self.ensure_one()
        if "{contact}" in str(self._level_body()):
            return ""
        return self._standard_salutation()

    def _standard_salutation(self):
        """The greeting of the letter's email, and of the letter unless its text has one."""
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        level = self.level_id.with_context(lang=self._lang())
        person = self._addressee()
        if level.letter_salutation:
            name = person.name if person else self.partner_id.name
            return level.letter_salutation.replace("{contact}", name or "")
        if not person:
            return env._("Dear Sir or Madam,")
        name, gender = self._addressee_name_and_gender(person)
        if gender == "f":
            return env._("Dear Ms %(name)s,", name=name)
        if gender == "m":
            return env._("Dear Mr %(name)s,", name=name)
        business = self.partner_id.commercial_partner_id.is_company
        if business and self._lang().split("_")[0] in FORMAL_WITHOUT_TITLE:
            return env._("Dear Sir or Madam,")
        return env._("Dear %(name)s,", name=name)

    def _closing(self):
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        level = self.level_id.with_context(lang=self._lang())
        if level.letter_closing:
            return level.letter_closing
        if self._addressee():
            return env._("Yours sincerely,")
        return env._("Yours faithfully,")

    # ------------------------------------------------------------------ who signs
    def _signatory(self):
        """The collector who signs and answers: the customer's dunning collector, else its
        salesperson, else the policy's collector; empty: the company signs."""
        self.ensure_one()
        customer = self.partner_id.commercial_partner_id
        return customer.dunning_collector_id or customer.user_id or self.policy_id.collector_id

    def _signature(self):
        """{"name", "function", "company", "phone", "email"} of the signature block."""
        self.ensure_one()
        company = self.company_id
        user = self._signatory()
        person = user.partner_id if user else False
        return {
            "name": person.name if person else "",
            "function": (person.function or "") if person else "",
            "company": company.name or "",
            # No-break spaces: a number split over two lines cannot be dialled.
            "phone": ((person and (person.phone or person.mobile)) or company.phone or "").replace(
                " ", "\N{NO-BREAK SPACE}"
            ),
            "email": (person and person.email) or company.email or "",
        }

    def _signature_lines(self):
        """The signature block as lines (name, function, company, phone, email), for emails."""
        self.ensure_one()
        sign = self._signature()
        keys = ("name", "function", "company", "phone", "email")
        return [sign[key] for key in keys if sign[key]]

    def _objection_clause(self):
        """Objections now, and by the pay-by date at the latest, to a phone or an address."""
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        sign = self._signature()
        if sign["phone"] and sign["email"]:
            reach = env._("%(phone)s or %(email)s", phone=sign["phone"], email=sign["email"])
        else:
            reach = sign["phone"] or sign["email"]
        deadline = self._nowrap(self._format_date(self.deadline_date))
        if deadline and reach:
            return env._(
                "If you dispute the claim, contact us at once, and by %(deadline)s at the latest, "
                "at %(contact)s.",
                deadline=deadline,
                contact=reach,
            )
        if deadline:
            return env._(
                "If you dispute the claim, contact us at once, and by %(deadline)s at the latest.",
                deadline=deadline,
            )
        if reach:
            return env._(
                "If you dispute the claim, contact us at once at %(contact)s.", contact=reach
            )
        return env._("If you dispute the claim, contact us at once.")

    def _nowrap(self, text):
        """A date or an amount that never breaks across lines in running text: no-break spaces
        and non-breaking hyphens ("2026-12-29" broke at a hyphen). Characters, not a nowrap
        span: wkhtmltopdf ate the space before such a span ("innen13.04.2026")."""
        return (
            (text or "").replace(" ", "\N{NO-BREAK SPACE}").replace("-", "\N{NON-BREAKING HYPHEN}")
        )

    def _applicable_law_text(self):
        """One line naming the law the claim is under and why (Rome I Regulation (EC)
        593/2008), in the customer's language: "Applicable law: Swedish law (seller's country,
        Rome I art. 4)." Empty for a domestic claim under the domestic law."""
        self.ensure_one()
        env = self.with_context(lang=self._lang()).env
        partner = self.partner_id.commercial_partner_id.with_env(env)
        country, law = partner._dunning_applicable_law(self.company_id)
        domestic = partner.country_id == self.company_id.country_id
        if not country or (domestic and law.reason != core_law.REASON_CHOICE):
            return ""  # a domestic claim under its own law needs no line
        names = {
            "SE": env._("Swedish law"),
            "DE": env._("German law"),
            "NO": env._("Norwegian law"),
            "RU": env._("Russian law"),
            "GB": env._("the law of the United Kingdom"),
        }
        name = names.get(country.code) or env._("the law of %(country)s", country=country.name)
        reasons = {
            core_law.REASON_SELLER: env._("seller's country, Rome I art. 4"),
            core_law.REASON_CHOICE: env._("choice of law in the contract, Rome I art. 3"),
            core_law.REASON_CONSUMER: env._("consumer's country, Rome I art. 6"),
            core_law.REASON_CUSTOMER_COUNTRY: env._("customer's country"),
        }
        return env._("Applicable law: %(law)s (%(reason)s).", law=name, reason=reasons[law.reason])

    # ------------------------------------------------------------------ totals and payment
    def _customer_totals(self):
        """The totals printed on the letter, in the currency the customer pays in."""
        self.ensure_one()
        currency = self.currency_id or self.company_currency_id
        if currency == self.company_currency_id:
            credit = self.amount_credit
        else:
            credit = -sum(self.credit_line_ids.mapped("amount_residual_currency"))
        return {
            "currency": currency,
            "credit": credit,
            "total": self.amount_total_currency,
            "charges": self.amount_to_pay_currency - self.amount_total_currency,
            "to_pay": self.amount_to_pay_currency,
        }

    def _payment_qr(self):
        """Odoo's own payment QR code for the company's bank account, when it supports one."""
        self.ensure_one()
        bank = self.company_id.partner_id.bank_ids[:1]
        if not bank or self.amount_to_pay_currency <= 0:
            return None
        return bank.build_qr_code_base64(
            self.amount_to_pay_currency,
            self.name,
            self.name,
            self.currency_id,
            self.partner_id,
            silent_errors=True,
        )
