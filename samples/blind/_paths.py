"""Where the repository and the blind work folder are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
BLIND_DIR = Path(os.environ.get("BLIND_DIR", "/work/blind"))
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
