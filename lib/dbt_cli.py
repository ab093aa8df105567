"""dbt's command line as lib/dbt.ts runs it: the project's venv Python with this file, then dbt's own CLI.

dbt holds a large object graph for the whole run (the parsed project) and makes many short-lived
objects per model. CPython's default collector thresholds (a collection every 700 allocations)
make it walk that graph again and again: about 8 % of an incremental `dbt run`'s CPU at
--scale 2,000,000, all of it on the thread every model's Python work waits for (the GIL).
Collecting less often keeps cycles collected, with the same results.
"""

import gc
import sys

gc.set_threshold(100_000, 50, 100)

from dbt.cli.main import cli  # noqa: E402  (after the collector is set: the import builds much of the graph)

if __name__ == "__main__":
    sys.argv[0] = "dbt"
    sys.exit(cli())
