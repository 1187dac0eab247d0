"""The web app: browse series, findings, parties and claims in context, with a JSON API under /api/.

Needs the ``web`` extra (FastAPI, Jinja2, uvicorn, python-multipart) on top of ``ledger``; ``headcount
serve`` imports this package only when it runs and names the extra when something is missing.
``create_app`` is in ``headcount.web.app``; see ``docs/web.md``.
"""

from __future__ import annotations

WEB_MODULES = ("fastapi", "starlette", "jinja2", "uvicorn", "multipart")
