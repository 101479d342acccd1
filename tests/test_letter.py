# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The letter the customer receives: its text in five languages, the channels, the stored PDF."""

import os
import re
import shutil
import smtplib
import subprocess
import tempfile
import unittest
from datetime import date, timedelta
from unittest.mock import patch

import odoo
from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from ..models import (
    account_dunning_letter_print as letter_print,
    ir_actions_report as report_module,
)
from .common import D0, DunningCase

LANGS = {
    # language: (country, a phrase of the level-1 body, words that must not stay in English)
    "en_US": ("base.us", "Our records show", ()),
    "sv_SE": ("base.se", "Enligt vår reskontra", ("Invoice Date", "Total to pay", "Amount Due")),
    "de_DE": (
        "base.de",
        "Durchsicht unserer Buchhaltung",
        ("Invoice Date", "Total to pay", "Amount Due"),
    ),
    "nb_NO": (
        "base.no",
        "Ifølge våre opplysninger",
        ("Invoice Date", "Total to pay", "Amount Due"),
    ),
    "ru_RU": ("base.ru", "По нашим данным", ("Invoice Date", "Total to pay", "Amount Due")),
}


def _norm(text):
    return " ".join(str(text).split())


def _text(html):
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html)
    main = root.find(".//main")
    return _norm((main if main is not None else root).text_content())


@tagged("post_install", "-at_install")
class TestDunningLetter(DunningCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for lang in LANGS:
            if lang != "en_US":
                cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"]._load_module_terms(
            ["account_dunning"], [lang for lang in LANGS if lang != "en_US"], overwrite=True
        )
        # The shipped ladders, copied (with their translations) into the test company.
        cls.shipped = cls._ship(cls.env.ref("account_dunning.policy_default"))
        cls.norway = cls._ship(cls.env.ref("account_dunning.policy_no"))

    @classmethod
    def _ship(cls, policy):
        source = policy.sudo()
        copy = source.copy(
            {"company_id": cls.company.id, "is_company_default": False, "name": source.name}
        )
        return copy.with_env(cls.env)

    def _shipped_letter(self, lang, level, amount=1234.5):
        """A letter of the shipped ladder, in the main company, to a customer speaking ``lang``."""
        country = self.env.ref(LANGS[lang][0])
        env = self.env
        partner = env["res.partner"].create(
            {
                "name": f"Kund {lang}",
                "is_company": True,
                "lang": lang,
                "country_id": country.id,
                "email": f"{lang}@example.com",
            }
        )
        invoice = self._invoice(partner, amount, D0)
        item = invoice.line_ids.filtered(lambda aml: aml.account_type == "asset_receivable")
        letter = env["account.dunning.letter"].create(
            {
                "company_id": self.company.id,
                "partner_id": partner.id,
                "contact_id": partner.id,
                "policy_id": self.shipped.id,
                "level_id": level.id,
                "date": D0 + timedelta(days=level.days),
                "name": f"DUN/{lang}/{level.id}",
                "deadline_date": D0 + timedelta(days=level.days + level.deadline_days)
                if level.deadline_days
                else False,
                "line_ids": [
                    Command.create(
                        {
                            "kind": "overdue",
                            "move_line_id": item.id,
                            "move_id": invoice.id,
                            "level_id": level.id,
                            "date_maturity": D0,
                            "days_overdue": level.days,
                            "currency_id": invoice.currency_id.id,
                            "amount_original": amount,
                            "amount_residual_currency": amount,
                            "amount_residual": amount,
                        }
                    )
                ],
            }
        )
        return letter

    def _render(self, letter):
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_dunning_letter", letter.ids
        )
        return _text(html)

    def test_every_shipped_level_renders_in_every_language(self):
        for lang, (_country, first_phrase, english) in LANGS.items():
            for level in self.shipped.level_ids:
                with self.subTest(lang=lang, level=level.name):
                    letter = self._shipped_letter(lang, level)
                    text = self._render(letter)
                    title = level.with_context(lang=lang).letter_title
                    if letter._ru_claim():
                        title = "ДОСУДЕБНАЯ ПРЕТЕНЗИЯ"  # the претензия's own title
                    self.assertIn(title, text)
                    self.assertIn(letter.name, text)
                    self.assertIn(_norm(letter._format_money(1234.5)), text)
                    if letter.deadline_date:
                        self.assertIn(letter._format_date(letter.deadline_date), text)
                    for word in english:
                        self.assertNotIn(word, text, "English left in the letter")
                    self.assertNotIn("{", text, "a placeholder left unfilled")
                    if level == self.shipped.level_ids.sorted("days")[:1]:
                        self.assertIn(first_phrase, text)
        # Amounts follow the language: 1 234,50 in Swedish, 1.234,50 in German.
        self.assertIn(
            "1.234,50", self._render(self._shipped_letter("de_DE", self.shipped.level_ids[:1]))
        )
        self._check_page_counts()

    def _add_invoices(self, letter, count, amount=310.25):
        """``count`` more overdue invoices on ``letter``."""
        level = letter.level_id
        for _index in range(count):
            invoice = self._invoice(letter.partner_id, amount, D0)
            item = invoice.line_ids.filtered(lambda aml: aml.account_type == "asset_receivable")
            letter.line_ids = [
                Command.create(
                    {
                        "kind": "overdue",
                        "move_line_id": item.id,
                        "move_id": invoice.id,
                        "level_id": level.id,
                        "date_maturity": D0,
                        "days_overdue": level.days,
                        "currency_id": invoice.currency_id.id,
                        "amount_original": amount,
                        "amount_residual_currency": amount,
                        "amount_residual": amount,
                    }
                )
            ]
        return letter

    def _pdf_pages(self, letters):
        """Pages of each letter's real PDF (one wkhtmltopdf call), by letter id.

        wkhtmltopdf loads the report's styles from the test's own HTTP server (pytest-odoo
        --odoo-http): without them the page is unstyled and its length says nothing."""
        port = odoo.tools.config["http_port"]
        self.env["ir.config_parameter"].sudo().set_param("report.url", f"http://127.0.0.1:{port}")
        streams = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf_prepare_streams(
                "account_dunning.action_report_dunning_letter", {}, letters.ids
            )
        )
        return {
            res_id: self._pages(value["stream"].getvalue()) for res_id, value in streams.items()
        }

    def _check_page_counts(self):
        """On real PDFs, where wkhtmltopdf and pdfinfo are installed: a reminder with six
        invoices and no interest breakdown fits on one page in every language, and so does
        a final demand with three invoices (its statutory passage kept whole)."""
        if self.env["ir.actions.report"].get_wkhtmltopdf_state() != "ok" or not shutil.which(
            "pdfinfo"
        ):
            return
        if not os.environ.get("DUNNING_PDF_PAGE_CHECK"):
            # Under Odoo's own runner (odoo-bin --test-enable) wkhtmltopdf's requests for the
            # styles to the runner's HTTP server wait on this test's open transaction and the
            # run hangs; the pytest-odoo suite of make test sets the variable and checks the
            # pages (scripts/test.sh, scripts/dev_test.sh).
            return
        first = self.shipped.level_ids.sorted("days")[:1]
        final = self.shipped.level_ids.filtered("is_final_demand").sorted("days")[:1]
        letters = self.env["account.dunning.letter"]
        for lang in LANGS:
            letters |= self._add_invoices(self._shipped_letter(lang, first), 5)
        # A final demand with three invoices, the applicable-law line and
        # the statutory passage of the customer's law (Swedish inkassokrav, German letzte
        # Mahnung, Russian претензия with its реквизиты and enclosures) keeps its closing and
        # signature on page 1 in every language.
        pages = self._pdf_pages(letters)
        # As in the demo: the creditor's bank account and Russian реквизиты, a contract.
        self.env.company.write({"vat": "7707083893", "dunning_kpp": "773601001"})
        bank = self.env["res.bank"].create(
            {
                "name": "ПАО Сбербанк",
                "bic": "044525225",
                "dunning_corr_account": "30101810400000000225",
            }
        )
        self.env["res.partner.bank"].create(
            {
                "acc_number": "40702810900000012345",
                "bank_id": bank.id,
                "partner_id": self.env.company.partner_id.id,
            }
        )
        self.env.user.partner_id.write(
            {"function": "Chief Accountant", "phone": "+46 8 123 456 78"}
        )
        finals = self.env["account.dunning.letter"]
        for lang in LANGS:
            letter = self._add_invoices(self._shipped_letter(lang, final), 2)
            partner = letter.partner_id
            partner.write(
                {
                    "dunning_governing_law_id": partner.country_id.id,
                    "dunning_contract_ref": "15/2025 of 10.01.2025",
                    "dunning_collector_id": self.env.user.id,
                }
            )
            self.assertTrue(letter._applicable_law_text())
            finals |= letter
        self.assertTrue(finals.filtered(lambda rec: rec._ru_claim().get("corr_account")))
        pages.update(self._pdf_pages(finals))
        letters |= finals
        self.assertEqual(len(letters.line_ids), 5 * 6 + 5 * 3)
        found = {
            (letter.level_id.name, letter._lang(), letter.id): pages[letter.id]
            for letter in letters
        }
        self.assertEqual(found, dict.fromkeys(found, 1), "each letter fits on one page")

    def test_shipped_emails_read_native_in_every_language(self):
        """Both shipped letter e-mails render in the customer's language: greeting, amount,
        pay-by date and closing as in the letter, no English left, no markup broken."""
        own = {
            "sv_SE": ("Bifogat finns vårt kravbrev", "Trots våra påminnelser"),
            "de_DE": ("anbei erhalten Sie unser Mahnschreiben", "trotz unserer Mahnungen"),
            "nb_NO": ("Vedlagt følger vårt purrebrev", "Til tross for våre påminnelser"),
            "ru_RU": ("Направляем Вам наше письмо", "Несмотря на наши напоминания"),
            "en_US": ("Please find attached our letter", "Despite our reminders"),
        }
        final = self.shipped.level_ids.filtered("is_final_demand")[:1]
        for lang, phrases in own.items():
            letter = self._shipped_letter(lang, final)
            for template, phrase in zip(
                (
                    self.env.ref("account_dunning.mail_template_dunning_letter"),
                    self.env.ref("account_dunning.mail_template_dunning_final_demand"),
                ),
                phrases,
                strict=True,
            ):
                with self.subTest(lang=lang, template=template.name):
                    body = template._render_field("body_html", letter.ids, compute_lang=True)[
                        letter.id
                    ]
                    text = _text(f"<div>{body}</div>")
                    self.assertIn(phrase, text)
                    self.assertIn(_norm(letter._standard_salutation()), text)
                    self.assertIn(_norm(letter._format_money(1234.5)), text)
                    self.assertIn(letter._format_date(letter.deadline_date), text)
                    self.assertIn(_norm(letter._closing()), text)
                    if lang != "en_US":
                        for english in ("Dear ", "Yours ", "Please ", "We demand", "Amount to"):
                            self.assertNotIn(english, text, "English left in the e-mail")

    def test_every_level_reads_native_for_businesses_and_consumers(self):
        """Every shipped level of both ladders, in every language, to a business and to a
        consumer, with an interest breakdown: no placeholder left, no English left in a
        non-English letter, no number with a decimal point where the language uses a comma,
        the right kind of salutation."""
        formal = {
            "en_US": "Dear Sir or Madam,",
            "sv_SE": "Bästa kund,",
            "de_DE": "Sehr geehrte Damen und Herren,",
            "nb_NO": "Kjære kunde,",
            "ru_RU": "Уважаемые господа!",
        }
        english = (
            "Dear ",
            "Yours ",
            "Page ",
            "Phone:",
            "If you dispute",
            "Total to pay",
            "Invoice Date",
            "Amount Due",
            "Pay by",
            "Fees and interest",
            "Legal basis",
        )
        point_number = re.compile(r"(?<![\d.])\d{1,3}(?:[ ,]\d{3})*\.\d{2}(?![\d.])")
        # The form of address by audience: Swedish ni to a business and du to a private
        # person, Norwegian dere and du (the fixed passages avoid the pronoun altogether).
        wrong_pronouns = {
            ("sv_SE", False): re.compile(r"\b(du|dig|din|ditt|dina)\b", re.IGNORECASE),
            ("sv_SE", True): re.compile(r"\b(ni|er|ert|era)\b", re.IGNORECASE),
            ("nb_NO", False): re.compile(r"\b(du|deg|din|ditt|dine)\b", re.IGNORECASE),
            ("nb_NO", True): re.compile(r"\b(dere|deres)\b", re.IGNORECASE),
        }
        for policy in (self.shipped, self.norway):
            for level in policy.level_ids:
                for lang in LANGS:
                    for consumer in (False, True):
                        with self.subTest(level=level.name, lang=lang, consumer=consumer):
                            letter = self._shipped_letter(lang, level)
                            letter.policy_id = policy
                            if consumer:
                                letter.partner_id.is_company = False
                            self._interest_charge(letter)
                            text = self._render(letter)
                            for leftover in ("{", "%(", "%s"):
                                self.assertNotIn(leftover, text, "a placeholder left")
                            if consumer:
                                self.assertNotIn(formal[lang], text)
                                self.assertIn(letter.partner_id.name, letter._salutation())
                                self.assertIn(_norm(letter._salutation()), text)
                            else:
                                self.assertIn(formal[lang], text)
                            wrong = wrong_pronouns.get((lang, consumer))
                            if wrong:
                                self.assertFalse(wrong.findall(text), "the wrong form of address")
                            if level == self.shipped.level_ids.sorted("days")[:1]:
                                own = {
                                    ("sv_SE", False): "Om ni redan har betalat",
                                    ("sv_SE", True): "Om du redan har betalat",
                                    ("nb_NO", False): "Dersom dere allerede har betalt",
                                    ("nb_NO", True): "Har du allerede betalt",
                                    ("de_DE", True): "Gern vereinbaren wir mit Ihnen",
                                    ("ru_RU", True): "мы охотно согласуем с Вами",
                                    ("en_US", True): "we will gladly agree a payment plan",
                                }.get((lang, consumer))
                                if own:
                                    self.assertIn(own, text)
                            if lang == "en_US":
                                self.assertIn("12.12%", text)
                                continue
                            for phrase in english:
                                self.assertNotIn(phrase, text, "English left in the letter")
                            self.assertIn("12,12 %", text)
                            self.assertFalse(
                                point_number.findall(text), "a number with a decimal point"
                            )

    def _interest_charge(self, letter):
        return (
            self.env["account.dunning.charge"]
            .sudo()
            .create(
                {
                    "letter_id": letter.id,
                    "letter_line_id": letter.line_ids[:1].id,
                    "kind": "interest",
                    "name": "Interest",
                    "currency_id": letter.company_currency_id.id,
                    "amount": 9.96,
                    "legal_source": "§ 288",
                    "interest_line_ids": [
                        Command.create(
                            {
                                "date_from": date(2023, 12, 2),
                                "date_to": date(2023, 12, 31),
                                "days": 30,
                                "day_basis": 365,
                                "rate": 12.12,
                                "base": 1000,
                                "amount": 9.96,
                            }
                        )
                    ],
                }
            )
        )

    def test_a_long_interest_breakdown_goes_on_an_annex_page(self):
        """Twelve rate periods and partial payments: the body prints the charge's total only
        and an annex page the whole breakdown; the body stays one page."""
        final = self.shipped.level_ids.filtered("is_final_demand").sorted("days")[:1]
        letter = self._shipped_letter("de_DE", final)
        short = self._interest_charge(letter)
        self.assertFalse(letter._interest_annex(), "one period stays in the body")
        periods = [
            Command.create(
                {
                    "date_from": date(2024, month, 1),
                    "date_to": date(2024, month, 28),
                    "days": 28,
                    "day_basis": 365,
                    "rate": 12.12,
                    "base": 1000 - 50 * month,
                    "amount": 1.11 * month,
                }
            )
            for month in range(1, 12)
        ]
        short.write({"interest_line_ids": periods, "amount": 83.22})
        self.assertTrue(letter._interest_annex())
        text = self._render(letter)
        self.assertIn("01.11.2024", text)
        # Each period once (in the annex), the charge's total in the body.
        self.assertEqual(text.count("01.11.2024"), 1)
        self.assertIn(_norm(letter._format_money(83.22)), text)
        english = letter.with_context(lang="en_US")
        letter.partner_id.lang = "en_US"
        text = self._render(english)
        self.assertIn("Annex: interest calculation", text)
        self.assertIn("(calculation in the annex)", text)
        if (
            self.env["ir.actions.report"].get_wkhtmltopdf_state() == "ok"
            and shutil.which("pdfinfo")
            and os.environ.get("DUNNING_PDF_PAGE_CHECK")
        ):
            letter.partner_id.lang = "de_DE"
            self.assertEqual(self._pdf_pages(letter)[letter.id], 2, "the body and one annex page")

    def test_the_letter_greets_the_person_who_pays_the_bills(self):
        # A company without a contact person: the formal form, never the company's name.
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        text = self._render(letter)
        self.assertIn("Sehr geehrte Damen und Herren,", text)
        self.assertNotIn(f"Guten Tag {letter.partner_id.name}", text)
        self.assertIn("Mit freundlichen Grüßen", text)
        person = self.env["res.partner"].create(
            {"name": "Sabine Krüger", "parent_id": letter.partner_id.id, "type": "invoice"}
        )
        letter.contact_id = person
        text = self._render(letter)
        # No gendered title: the formal business form, not "Guten Tag Sabine Krüger".
        self.assertIn("Sehr geehrte Damen und Herren,", text)
        self.assertNotIn("Guten Tag", text)
        person.title = self.env.ref("base.res_partner_title_madam")
        self.assertIn("Sehr geehrte Frau Sabine Krüger,", self._render(letter))
        person.title = self.env.ref("base.res_partner_title_mister")
        self.assertIn("Sehr geehrter Herr Sabine Krüger,", self._render(letter))
        # Russian: a company "Уважаемые господа!", a person by first name and patronymic.
        russian = self._shipped_letter("ru_RU", self.shipped.level_ids[:1])
        self.assertIn("Уважаемые господа!", self._render(russian))
        russian.contact_id = self.env["res.partner"].create(
            {"name": "Иванов Сергей Иванович", "parent_id": russian.partner_id.id}
        )
        self.assertIn("Уважаемый Сергей Иванович!", self._render(russian))
        russian.contact_id.name = "Петрова Анна Сергеевна"
        self.assertIn("Уважаемая Анна Сергеевна!", self._render(russian))
        for lang, formal in (
            ("en_US", "Dear Sir or Madam,"),
            ("sv_SE", "Bästa kund,"),
            ("nb_NO", "Kjære kunde,"),
        ):
            with self.subTest(lang=lang):
                text = self._render(self._shipped_letter(lang, self.shipped.level_ids[:1]))
                self.assertIn(formal, text)
                self.assertNotIn(f"Kund {lang},", text)
        # A level's own salutation and closing win.
        level = self.shipped.level_ids[:1]
        level.write({"letter_salutation": "Moin {contact},", "letter_closing": "Tschüss"})
        text = self._render(letter)
        self.assertIn("Moin Sabine Krüger,", text)
        self.assertIn("Tschüss", text)

    def test_signature_and_objection_clause(self):
        level = self.shipped.level_ids.sorted("days")[1:2]
        letter = self._shipped_letter("en_US", level)
        text = self._render(letter)
        deadline = letter._format_date(letter.deadline_date)
        self.company.write({"phone": "+46 8 123 45 67", "email": "ar@example.com"})
        text = self._render(letter)
        self.assertIn(
            f"If you dispute the claim, contact us at once, and by {deadline} at the latest, "
            "at +46 8 123 45 67 or ar@example.com.",
            text,
        )
        collector = self.env["res.users"].create(
            {"name": "Karin Lind", "login": "karin.lind", "email": "karin@example.com"}
        )
        collector.partner_id.write({"function": "Credit controller", "phone": "+46 8 765"})
        letter.partner_id.dunning_collector_id = collector
        text = self._render(letter)
        self.assertIn("Yours faithfully, Karin Lind Credit controller", text)
        self.assertIn("at +46 8 765 or karin@example.com.", text)
        self.assertIn("Phone: +46 8 765", text)

    def test_texts_about_earlier_letters_only_after_one_was_sent(self):
        second = self.shipped.level_ids.sorted("days")[1:2]
        letter = self._shipped_letter("de_DE", second)
        text = self._render(letter)
        self.assertNotIn("Trotz unserer Zahlungserinnerung", text)
        self.assertIn("sind fällig und noch nicht bezahlt", text)
        earlier = self._shipped_letter("de_DE", self.shipped.level_ids.sorted("days")[:1])
        earlier.write(
            {
                "partner_id": letter.partner_id.id,
                "state": "sent",
                "date": letter.date - timedelta(days=14),
            }
        )
        self.assertIn("Trotz unserer Zahlungserinnerung", self._render(letter))

    def test_shipped_titles_are_unique_per_ladder(self):
        for policy in (self.shipped, self.norway):
            for lang in LANGS:
                titles = policy.level_ids.with_context(lang=lang).mapped("letter_title")
                self.assertEqual(len(titles), len(set(titles)), (policy.name, lang, titles))

    def test_numbers_in_the_customers_format(self):
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        self.assertEqual(letter._format_percent(10.27), "10,27\N{NO-BREAK SPACE}%")
        english = self._shipped_letter("en_US", self.shipped.level_ids[:1])
        self.assertEqual(english._format_percent(10.27), "10.27%")
        russian = self._shipped_letter("ru_RU", self.shipped.level_ids[:1])
        rub = self.env.ref("base.RUB")
        self.assertTrue(russian._format_money(1234.5, rub).endswith("руб."))
        # The deadline never breaks across lines at the hyphens of a Swedish date.
        swedish = self._shipped_letter("sv_SE", self.shipped.level_ids.sorted("days")[1:2])
        deadline = swedish._format_date(swedish.deadline_date).replace(
            "-", "\N{NON-BREAKING HYPHEN}"
        )
        self.assertIn(deadline, str(swedish._body_html()))

    def test_statutory_sections_by_country(self):
        final = self.shipped.level_ids.filtered("is_final_demand").sorted("days")[:1]
        cases = {
            "de_DE": "Mahnbescheid",
            "sv_SE": "betalningsföreläggande",
            "ru_RU": "30 календарных дней",
        }
        for lang, needle in cases.items():
            with self.subTest(lang=lang):
                self.assertIn(needle, self._render(self._shipped_letter(lang, final)))
        # The date sits between two translated fragments; German word order must survive
        # Odoo's stripping of the fragments (it once printed "07.12.2026unserem Konto").
        german = self._shipped_letter("de_DE", final)
        german.fee_waiver_date = german.deadline_date
        deadline = german._format_date(german.deadline_date)
        text = self._render(german)
        self.assertIn(f"auf unserem Konto: {deadline}. Geht der Betrag bis dahin nicht ein", text)
        self.assertIn(f"bis zum {deadline}, entfällt die Mahngebühr", text)
        # A private person in Russia gets no arbitrazh-court претензия but the court order of
        # the courts of general jurisdiction (ГПК РФ гл. 11).
        consumer = self._shipped_letter("ru_RU", final)
        consumer.partner_id.write({"is_company": False, "name": "Сергей Иванович Петров"})
        self.assertEqual(consumer._legal_section(), "ru_consumer")
        text = self._render(consumer)
        self.assertNotIn("30 календарных дней", text)
        self.assertNotIn("арбитражн", text)
        self.assertIn("судебного приказа", text)
        notice = self.norway.level_ids.filtered("is_final_demand")
        letter = self._shipped_letter("nb_NO", notice)
        letter.policy_id = self.norway
        text = self._render(letter)
        self.assertIn("inkassoloven § 9", text)
        self.assertIn(letter._format_date(letter.deadline_date), text)
        self.assertGreaterEqual((letter.deadline_date - letter.date).days, 14)

    def test_charges_and_interest_breakdown_in_the_letter(self):
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1], amount=1000)
        self.env["account.dunning.charge"].sudo().create(
            {
                "letter_id": letter.id,
                "letter_line_id": letter.line_ids.id,
                "kind": "interest",
                "name": "Verzugszinsen",
                "currency_id": letter.company_currency_id.id,
                "amount": 20.68,
                "legal_source": "BGB § 288 Abs. 2",
                "interest_line_ids": [
                    Command.create(
                        {
                            "date_from": date(2023, 12, 2),
                            "date_to": date(2023, 12, 31),
                            "days": 30,
                            "day_basis": 365,
                            "rate": 12.12,
                            "base": 1000,
                            "amount": 9.96,
                        }
                    ),
                ],
            }
        )
        text = self._render(letter)
        self.assertIn("BGB § 288 Abs. 2", text)
        self.assertIn("12,12 %", text)
        self.assertIn(_norm(letter._format_money(1020.68)), text, "total includes the interest")

    def test_email_sends_letter_and_invoice_pdfs_to_the_contact(self):
        letter = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        letter.level_id.channel_email = True
        accountant = (
            self.env["res.partner"]
            .sudo()
            .create(
                {
                    "name": "Ekonomi",
                    "email": "ekonomi@example.com",
                    "parent_id": letter.partner_id.id,
                }
            )
        )
        letter.contact_id = accountant
        letter.sudo().with_context(force_report_rendering=True).action_send()
        self.assertEqual(
            (letter.state, letter.sent_channel, letter.sent_to),
            ("sent", "email", "ekonomi@example.com"),
        )
        mail = (
            self.env["mail.mail"]
            .sudo()
            .search([("model", "=", letter._name), ("res_id", "=", letter.id)])
        )
        self.assertEqual(mail.recipient_ids, accountant)
        self.assertIn("sv_SE@example.com", mail.email_cc, "the invoice contact in copy")
        names = sorted(mail.attachment_ids.mapped("name"))
        self.assertEqual(len(names), 2, names)
        self.assertIn(letter.sent_attachment_id, mail.attachment_ids)
        self.assertEqual(letter.sent_attachment_id.mimetype, "application/pdf")

    def test_no_email_falls_back_to_print_with_an_activity(self):
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        letter.level_id.channel_email = True
        letter.partner_id.email = False
        letter.sudo().action_send()
        self.assertEqual((letter.state, letter.print_needed), ("to_send", True))
        self.assertTrue(letter.activity_ids)
        self.assertIn("no email address", letter.message_ids[0].body)

    def test_batch_print_one_pdf_and_stored_copies_unchanged_after_payment(self):
        if not shutil.which("pdfinfo"):
            raise unittest.SkipTest("pdfinfo (poppler-utils) is not installed")
        letters = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        letters |= self._shipped_letter("ru_RU", self.shipped.level_ids[:1])
        letters.write({"state": "to_send", "print_needed": True})
        action = letters.sudo().with_context(force_report_rendering=True).action_print_batch()
        merged = (
            self.env["ir.attachment"].sudo().browse(int(action["url"].split("/")[3].split("?")[0]))
        )
        self.assertEqual(set(letters.mapped("state")), {"sent"})
        pages = sum(self._pages(letter.sent_attachment_id.raw) for letter in letters)
        self.assertEqual(self._pages(merged.raw), pages)
        text = self._pdf_text(letters[0].sent_attachment_id.raw)
        self.assertIn(letters[0].name, text)
        stored = letters[0].sent_attachment_id.raw
        invoice = letters[0].line_ids.move_id
        self.env["account.payment.register"].sudo().with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({"amount": 1234.5, "payment_date": D0 + timedelta(days=5)})._create_payments()
        again, _type = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf("account_dunning.action_report_dunning_letter", letters[0].ids)
        )
        self.assertEqual(again, stored, "a sent letter prints as it was sent")

    def test_mark_as_sent_keeps_the_pdf_that_was_sent(self):
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        letter.with_context(force_report_rendering=True).action_mark_sent()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "manual"))
        self.assertEqual(letter.sent_attachment_id.mimetype, "application/pdf")
        self.assertTrue(letter.sent_attachment_id.raw.startswith(b"%PDF"))
        self.assertIn(letter.name, self._pdf_text(letter.sent_attachment_id.raw))

    def _pages(self, raw):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(raw)
            handle.flush()
            out = subprocess.run(
                ["pdfinfo", handle.name], capture_output=True, text=True, check=True
            ).stdout
        return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages")))

    def _pdf_text(self, raw):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(raw)
            handle.flush()
            return subprocess.run(
                ["pdftotext", handle.name, "-"], capture_output=True, text=True, check=True
            ).stdout

    def test_bounce_queues_the_letter_for_print(self):
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        letter.level_id.channel_email = True
        letter.sudo().action_send()
        self.assertEqual(letter.state, "sent")
        letter._message_receive_bounce(letter.sent_to, letter.partner_id)
        self.assertEqual((letter.state, letter.print_needed), ("to_send", True))
        self.assertTrue(letter.activity_ids)

    def test_scheduled_sending_skips_a_customer_another_worker_holds(self):
        letter = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        self._channels_only(letter, channel_email=True)
        letter.policy_id.auto_send = True
        # A customer committed in the database, so a second cursor (another worker) sees it.
        letter.write({"state": "to_send", "partner_id": self.env.ref("base.res_partner_2").id})
        Letter = self.env["account.dunning.letter"].sudo()
        with self.env.registry.cursor() as other_worker:
            other_worker.execute(
                "SELECT id FROM res_partner WHERE id = %s FOR NO KEY UPDATE NOWAIT",
                [letter.partner_id.id],
            )
            self.env.cr.execute("SET LOCAL lock_timeout = '5s'")
            Letter._cron_send_letters()
            self.assertEqual(letter.state, "to_send", "the other worker holds this customer")
            other_worker.rollback()
        Letter._cron_send_letters()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "email"))

    def test_an_email_the_mail_server_refuses_queues_the_letter_for_print(self):
        letter = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        self._channels_only(letter, channel_email=True)
        letter.sudo().action_send()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "email"))
        mail = (
            self.env["mail.mail"]
            .sudo()
            .search([("model", "=", letter._name), ("res_id", "=", letter.id)])
        )
        refused = smtplib.SMTPDataError(554, b"5.7.1 Message rejected")
        with patch.object(type(self.env["ir.mail_server"]), "send_email", side_effect=refused):
            mail.send(raise_exception=False)
        self.assertEqual(mail.state, "exception")
        self.assertEqual((letter.state, letter.print_needed), ("to_send", True))
        self.assertIn("could not be sent", letter.message_ids[0].body)
        self.assertIn("Message rejected", letter.message_ids[0].body)
        self.assertTrue(letter.activity_ids, "the collector is told")

    def test_scheduled_sending_of_auto_send_policies(self):
        letter = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        letter.level_id.channel_email = True
        letter.policy_id.auto_send = True
        letter.state = "to_send"
        self.env["account.dunning.letter"].sudo()._cron_send_letters()
        self.assertEqual((letter.state, letter.sent_channel), ("sent", "email"))
        self.env["account.dunning.letter"].sudo()._cron_send_letters()
        mails = (
            self.env["mail.mail"]
            .sudo()
            .search([("model", "=", letter._name), ("res_id", "=", letter.id)])
        )
        self.assertEqual(len(mails), 1, "a second run sends nothing again")

    def _channels_only(self, letter, **channels):
        values = dict.fromkeys(
            ("channel_email", "channel_letter", "channel_sms", "channel_phone"), False
        )
        values.update(channels)
        letter.level_id.write(values)

    def test_sms_level_texts_the_contact_in_their_language(self):
        letter = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        self._channels_only(letter, channel_sms=True)
        letter.partner_id.mobile = "+46 70 123 45 67"
        letter.sudo().action_send()
        self.assertEqual(
            (letter.state, letter.sent_channel, letter.print_needed), ("sent", "sms", False)
        )
        sms = self.env["sms.sms"].sudo().search([("partner_id", "=", letter.partner_id.id)])
        self.assertEqual(len(sms), 1)
        # E.164 (+46701234567) where the phonenumbers library is installed, as typed otherwise.
        self.assertEqual(sms.number, letter.sent_to)
        self.assertEqual("".join(c for c in sms.number if c.isdigit()), "46701234567")
        self.assertIn("är förfallet", sms.body, "the text is in Swedish")
        self.assertIn(letter.name, sms.body)
        self.assertIn(_norm(letter._format_money(1234.5)), _norm(sms.body))
        self.assertEqual(letter.message_ids[0].message_type, "sms", "logged in the chatter")

    def test_sms_without_a_mobile_number_goes_to_print(self):
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        self._channels_only(letter, channel_sms=True)
        letter.sudo().action_send()
        self.assertEqual((letter.state, letter.print_needed), ("to_send", True))
        self.assertFalse(
            self.env["sms.sms"].sudo().search([("partner_id", "=", letter.partner_id.id)])
        )
        self.assertIn("has no mobile number", letter.message_ids[0].body)
        self.assertTrue(letter.activity_ids, "the collector is asked to fix the contact")

    def test_phone_and_sms_letters_leave_the_scheduled_send_queue(self):
        letters = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        letters |= self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        letters |= self._shipped_letter("nb_NO", self.shipped.level_ids[:1])
        self._channels_only(letters[0], channel_phone=True)
        letters.policy_id.auto_send = True
        letters.write({"state": "to_send"})
        Letter = self.env["account.dunning.letter"].sudo()
        Letter._cron_send_letters(batch_size=2)
        Letter._cron_send_letters(batch_size=2)
        self.assertEqual(set(letters.mapped("state")), {"sent"})
        self.assertEqual(set(letters.mapped("sent_channel")), {"phone"})
        self.assertIn("Reminder by phone", letters[0].message_ids[0].body)
        queue = [("state", "=", "to_send"), ("print_needed", "=", False)]
        self.assertFalse(Letter.search(queue + [("id", "in", letters.ids)]))
        # SMS only (another level): texted when there is a mobile, else to the print queue;
        # neither waits in the send queue.
        texted = self._shipped_letter("sv_SE", self.shipped.level_ids[1:2])
        no_mobile = self._shipped_letter("nb_NO", self.shipped.level_ids[1:2])
        self._channels_only(texted, channel_sms=True)
        texted.partner_id.mobile = "+46 70 765 43 21"
        (texted | no_mobile).write({"state": "to_send"})
        Letter._cron_send_letters(batch_size=2)
        self.assertEqual((texted.state, texted.sent_channel), ("sent", "sms"))
        self.assertEqual((no_mobile.state, no_mobile.print_needed), ("to_send", True))
        self.assertFalse(Letter.search(queue + [("id", "in", (texted | no_mobile).ids)]))

    def test_a_letter_that_fails_to_send_does_not_block_the_others(self):
        broken = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        good = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        self._channels_only(broken, channel_email=True)
        (broken | good).policy_id.auto_send = True
        (broken | good).write({"state": "to_send"})
        Send = type(self.env["account.dunning.letter.send"])
        original = Send._send_email

        def send_email(sender, letter):
            if letter == broken:
                raise ValueError("template broken")
            return original(sender, letter)

        with patch.object(Send, "_send_email", send_email):
            self.env["account.dunning.letter"].sudo()._cron_send_letters()
        self.assertEqual((good.state, good.sent_channel), ("sent", "email"))
        self.assertEqual((broken.state, broken.print_needed), ("to_send", True))
        self.assertIn("Sending failed (template broken)", broken.message_ids[0].body)

    def test_the_closing_never_stands_alone_on_a_page(self):
        """The objection clause, the closing and the signature are one block kept together (a
        letter reaching a second page takes the objection clause with its closing there)."""
        from lxml import html as lxml_html

        for lang in ("sv_SE", "ru_RU"):
            letter = self._shipped_letter(lang, self.shipped.level_ids[:1])
            html, _type = self.env["ir.actions.report"]._render_qweb_html(
                "account_dunning.action_report_dunning_letter", letter.ids
            )
            root = lxml_html.fromstring(html)
            [objection] = root.find_class("o_dunning_objection")
            block = objection.getparent()
            self.assertIn("o_dunning_keep", block.get("class"))
            self.assertTrue(block.find_class("o_dunning_signature"), "closing in the same block")
            self.assertIn(_norm(letter._closing()), _norm(block.text_content()))

    def test_documents_leave_room_for_the_company_header_on_every_page(self):
        """Odoo's 52 mm top margin is shorter than the standard header with a logo and a
        four-line address: page 2 of a long letter hid its first line under the header."""
        letter = self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        self.company.paperformat_id = self.env.ref("base.paperformat_euro")
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "account_dunning.action_report_dunning_letter", letter.ids
        )
        _bodies, _ids, _header, _footer, args = self.env["ir.actions.report"]._prepare_html(html)
        self.assertEqual(float(args["data-report-margin-top"]), 52 + 12)
        self.assertEqual(float(args["data-report-header-spacing"]), 52 + 12)

    def _count_wkhtmltopdf(self):
        """Patch that counts the wkhtmltopdf calls (and still renders)."""
        Report = type(self.env["ir.actions.report"])
        original = Report._run_wkhtmltopdf
        calls = []

        def run(report, bodies, *args, **kwargs):
            calls.append(len(bodies))
            return original(report, bodies, *args, **kwargs)

        return patch.object(Report, "_run_wkhtmltopdf", run), calls

    def test_batch_print_renders_the_letters_in_one_call_one_pdf_each(self):
        if not shutil.which("pdftotext"):
            raise unittest.SkipTest("pdftotext (poppler-utils) is not installed")
        letters = self.env["account.dunning.letter"]
        for lang in ("sv_SE", "de_DE", "nb_NO"):
            letters |= self._shipped_letter(lang, self.shipped.level_ids[:1])
        letters.write({"state": "to_send", "print_needed": True})
        patcher, calls = self._count_wkhtmltopdf()
        with patcher:
            letters.sudo().with_context(force_report_rendering=True).action_print_batch()
        self.assertEqual(calls, [3], "one wkhtmltopdf call for the three letters")
        self.assertEqual(len(letters.sent_attachment_id), 3, "one stored PDF per letter")
        for letter in letters:
            text = self._pdf_text(letter.sent_attachment_id.raw)
            self.assertIn(letter.name, text)
            for other in letters - letter:
                self.assertNotIn(other.name, text, "each PDF holds its own letter only")
        # printing them again returns the stored documents, without rendering
        with patcher:
            again, _type = (
                self.env["ir.actions.report"]
                .with_context(force_report_rendering=True)
                ._render_qweb_pdf("account_dunning.action_report_dunning_letter", letters.ids)
            )
        self.assertEqual(calls, [3])
        pages = sum(self._pages(letter.sent_attachment_id.raw) for letter in letters)
        self.assertEqual(self._pages(again), pages)

    def test_chunks_render_in_parallel_one_pdf_each(self):
        """Two workers, chunks of two: each chunk one wkhtmltopdf call made outside the lock
        while the other chunk renders; every letter gets its own PDF."""
        if not shutil.which("pdftotext"):
            raise unittest.SkipTest("pdftotext (poppler-utils) is not installed")
        letters = self.env["account.dunning.letter"]
        for lang in ("sv_SE", "de_DE", "nb_NO", "en_US"):
            letters |= self._shipped_letter(lang, self.shipped.level_ids[:1])
        letters.write({"state": "to_send", "print_needed": True})
        patcher, calls = self._count_wkhtmltopdf()
        with (
            patcher,
            patch.object(letter_print, "PDF_CHUNK_SIZE", 2),
            patch.object(letter_print, "PDF_WORKERS", 2),
        ):
            letters.sudo().with_context(force_report_rendering=True).action_print_batch()
        self.assertEqual(calls, [2, 2], "one wkhtmltopdf call per chunk")
        self.assertEqual(len(letters.sent_attachment_id), 4, "one stored PDF per letter")
        for letter in letters:
            self.assertEqual(letter.state, "sent")
            text = self._pdf_text(letter.sent_attachment_id.raw)
            self.assertIn(letter.name, text)
            for other in letters - letter:
                self.assertNotIn(other.name, text, "each PDF holds its own letter only")

    def test_a_failing_chunk_stops_the_batch_with_a_clear_error(self):
        letters = self.env["account.dunning.letter"]
        for lang in ("sv_SE", "de_DE", "nb_NO", "en_US"):
            letters |= self._shipped_letter(lang, self.shipped.level_ids[:1])
        letters.write({"state": "to_send", "print_needed": True})

        def broken(*_args, **_kwargs):
            raise report_module.WkhtmltopdfError(-11, "out of memory")

        with (
            patch.object(letter_print, "PDF_CHUNK_SIZE", 2),
            patch.object(letter_print, "PDF_WORKERS", 2),
            patch.object(report_module, "run_wkhtmltopdf", broken),
            self.assertRaises(UserError) as failed,
        ):
            letters.sudo().with_context(force_report_rendering=True).action_print_batch()
        self.assertIn("error code -11", str(failed.exception))
        self.assertIn("out of memory", str(failed.exception))
        self.assertEqual(set(letters.mapped("state")), {"to_send"}, "nothing half-written")

    def test_letters_the_split_cannot_separate_are_rendered_alone(self):
        letters = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        letters |= self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        self._channels_only(letters[0], channel_email=True)
        self._channels_only(letters[1], channel_email=True)
        Report = type(self.env["ir.actions.report"])
        original = Report._prepare_pdf_report_attachment_vals_list

        def unsplit(report, report_sudo, streams):
            # as when a letter's own headings defeat the split: nothing stored per record
            return [] if len(streams) > 1 else original(report, report_sudo, streams)

        patcher, calls = self._count_wkhtmltopdf()
        with patcher, patch.object(Report, "_prepare_pdf_report_attachment_vals_list", unsplit):
            letters.sudo().with_context(force_report_rendering=True).action_send()
        # the chunk, then each letter on its own (then the invoices' PDFs for the emails)
        self.assertEqual(calls[:3], [2, 1, 1])
        self.assertEqual(set(letters.mapped("sent_channel")), {"email"})
        self.assertEqual(len(letters.sent_attachment_id), 2)
        for letter in letters:
            mail = (
                self.env["mail.mail"]
                .sudo()
                .search([("model", "=", letter._name), ("res_id", "=", letter.id)])
            )
            self.assertIn(letter.sent_attachment_id, mail.attachment_ids)

    def test_scheduled_sending_renders_the_chunk_in_one_call(self):
        letters = self._shipped_letter("sv_SE", self.shipped.level_ids[:1])
        letters |= self._shipped_letter("de_DE", self.shipped.level_ids[:1])
        self._channels_only(letters[0], channel_email=True)
        letters.policy_id.auto_send = True
        letters.write({"state": "to_send"})
        patcher, calls = self._count_wkhtmltopdf()
        with patcher:
            self.env["account.dunning.letter"].sudo().with_context(
                force_report_rendering=True
            )._cron_send_letters()
        self.assertEqual(calls[0], 2, "both letters' PDFs in one call")
        self.assertEqual(set(letters.mapped("sent_channel")), {"email"})
        for letter in letters:
            mail = (
                self.env["mail.mail"]
                .sudo()
                .search([("model", "=", letter._name), ("res_id", "=", letter.id)])
            )
            self.assertEqual(len(mail), 1)
            self.assertIn(letter.sent_attachment_id, mail.attachment_ids)
            self.assertIn(letter.name, self._pdf_text(letter.sent_attachment_id.raw))
