# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""wkhtmltopdf while the next chunk of letters is rendered.

Batch printing renders letters in chunks, each through Odoo's multi-record rendering (one
wkhtmltopdf call per chunk, the result split per letter). Rendered one after the other, a
2-core machine leaves one core idle: Python waits for wkhtmltopdf, then wkhtmltopdf waits for
Python. ``account.dunning.letter._render_chunks`` runs the chunks in worker threads that take
turns on the database (a lock): only the wkhtmltopdf process of a chunk runs outside the lock,
so the ORM and the cursor are never used by two threads at once.
"""

import logging
import os
import subprocess
import tempfile

from odoo import models
from odoo.exceptions import UserError

from odoo.addons.base.models.ir_actions_report import _get_wkhtmltopdf_bin

_logger = logging.getLogger(__name__)


class WkhtmltopdfError(RuntimeError):
    def __init__(self, returncode, message):
        super().__init__(returncode, message)
        self.returncode = returncode
        self.message = message


def run_wkhtmltopdf(command_args, bodies, header=None, footer=None):
    """The PDF of ``bodies`` (HTML strings) with ``header``/``footer``: wkhtmltopdf run as
    Odoo runs it, without touching the database (safe outside the lock). Raises
    ``WkhtmltopdfError`` when wkhtmltopdf fails."""
    paths = []
    files_args = []
    try:
        for flag, html in (("--header-html", header), ("--footer-html", footer)):
            if html:
                paths.append(_temp_file(html.encode(), ".html"))
                files_args += [flag, paths[-1]]
        bodies_paths = [_temp_file(body.encode(), ".html") for body in bodies]
        paths += bodies_paths
        output = _temp_file(b"", ".pdf")
        paths.append(output)
        process = subprocess.run(
            [_get_wkhtmltopdf_bin(), *command_args, *files_args, *bodies_paths, output],
            capture_output=True,
            encoding="utf-8",
            check=False,
        )
        if process.returncode not in (0, 1):  # 1: warnings only, as Odoo accepts
            raise WkhtmltopdfError(process.returncode, process.stderr[-1000:])
        with open(output, "rb") as document:
            return document.read()
    finally:
        for path in paths:
            try:
                os.unlink(path)
            except OSError:
                _logger.warning("Could not remove the temporary file %s", path)


def _temp_file(content, suffix):
    handle, path = tempfile.mkstemp(suffix=suffix, prefix="report.dunning.tmp.")
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
    return path


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _run_wkhtmltopdf(
        self,
        bodies,
        report_ref=False,
        header=None,
        footer=None,
        landscape=False,
        specific_paperformat_args=None,
        set_viewport_size=False,
    ):
        lock = self.env.context.get("dunning_pdf_lock")
        if lock is None:
            return super()._run_wkhtmltopdf(
                bodies,
                report_ref=report_ref,
                header=header,
                footer=footer,
                landscape=landscape,
                specific_paperformat_args=specific_paperformat_args,
                set_viewport_size=set_viewport_size,
            )
        # Under the lock: what needs the database (the paper format, the command line).
        report = self._get_report(report_ref) if report_ref else self
        command_args = self._build_wkhtmltopdf_args(
            report.get_paperformat(),
            landscape,
            specific_paperformat_args=specific_paperformat_args,
            set_viewport_size=set_viewport_size,
        )
        lock.release()  # another chunk renders its HTML meanwhile
        try:
            return run_wkhtmltopdf(command_args, bodies, header, footer)
        except WkhtmltopdfError as error:
            failure = error
        finally:
            lock.acquire()
        _logger.warning("wkhtmltopdf failed (%s): %s", failure.returncode, failure.message)
        raise UserError(
            self.env._(
                "The letters could not be turned into a PDF (wkhtmltopdf error code "
                "%(error_code)s): %(message)s",
                error_code=failure.returncode,
                message=failure.message,
            )
        )
