"""Run the command line as ``python -m analyser``."""

from __future__ import annotations

import sys

from analyser.entry import main

__all__: list[str] = []

if __name__ == "__main__":
    sys.exit(main())
