"""Dagster code location of the elieta data platform: `dagster dev -m elieta_dagster` (see dagster/README.md).

The definitions are built when Dagster loads the location (not on import), from the environment
of the process: the same ELIETA_* variables as the `elieta` CLI.
"""

import dagster as dg

from .definitions import build_definitions


@dg.definitions
def defs() -> dg.Definitions:
    return build_definitions()


__all__ = ["build_definitions", "defs"]
