"""The one module notebooks and tests import: loads articles into a DataFrame and re-exports the analyses.

Placeholder: the loader lands with the foundation issue.
"""
from __future__ import annotations

from pathlib import Path

from analysis.text import *  # noqa: F401,F403
from analysis.language import *  # noqa: F401,F403
from analysis.boilerplate import *  # noqa: F401,F403
from analysis.overlap import *  # noqa: F401,F403
from analysis.troops import *  # noqa: F401,F403

#: The repository root: every relative path in the bundle resolves from here, never from the cwd.
ROOT = Path(__file__).resolve().parent
