"""The console script ``likeness``: a light entry point that turns an early Ctrl-C into exit 130.

Importing the command line loads spaCy, which takes a second or two; a Ctrl-C in that time would
otherwise end in a Python traceback.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

EXIT_INTERRUPTED = 130


def main() -> int:
    """Load the command line and run it; an interrupt while loading exits quietly with 130."""
    try:
        from analyser.cli import main as run
    except KeyboardInterrupt:
        print("likeness: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return run()
