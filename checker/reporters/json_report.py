"""The JSON report: the canonical dict, serialised byte-for-byte the same for the same run."""

from __future__ import annotations

import json

from checker.report import run_dict
from checker.runner import RunResult


def render(run: RunResult) -> str:
    return json.dumps(run_dict(run), ensure_ascii=False, indent=2) + "\n"
