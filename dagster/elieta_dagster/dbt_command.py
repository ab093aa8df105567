"""dbt's command line and environment, built by one pure function.

:func:`dbt_invocation` is the Python twin of ``dbtInvocation`` in lib/dbt.ts: the same profile
variables (``ELIETA_DBT_TARGET``, ``ELIETA_DUCKDB_PATH`` or ``ELIETA_PG_*`` split from
``ELIETA_POSTGRES_URL``), the same target and log folders in the data directory
(``$ELIETA_HOME/dbt/target``, ``$ELIETA_HOME/dbt/logs``), ``--profiles-dir`` and ``--project-dir``
at the repository root. dagster/tests/test_dbt_command.py checks it against the TypeScript one.
It reads no files and starts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .settings import Settings

#: Variables :func:`dbt_invocation` sets; inherited values of these are dropped (as in lib/dbt.ts).
OWN_ENV = re.compile(r"^(ELIETA_PG_|ELIETA_DUCKDB_PATH$|ELIETA_DBT_|DBT_)")

DBT_COMMANDS = frozenset({"build", "run", "test", "seed", "compile", "parse", "debug", "ls", "source freshness"})


class DbtCommandError(ValueError):
    """A request dbt would refuse (the message says which flag)."""


@dataclass(frozen=True)
class DbtInvocation:
    """dbt's arguments (after the executable) and the variables to set in its environment."""

    args: list[str]
    env: dict[str, str]
    target: str
    target_path: str
    log_path: str
    project_dir: str
    #: Variables of the parent environment to drop before adding ``env``.
    drop: re.Pattern[str] = field(default=OWN_ENV, compare=False)

    def environ(self, base: Mapping[str, str]) -> dict[str, str]:
        """The whole environment for the dbt process: ``base`` less dbt's own variables, plus ``env``."""
        out = {k: v for k, v in base.items() if not self.drop.match(k)}
        out.update(self.env)
        return out


def postgres_env(url: str) -> dict[str, str]:
    """Splits a postgres:// URL into the values profiles.yml reads (ELIETA_PG_*)."""
    u = urlsplit(url)
    if u.scheme not in ("postgres", "postgresql"):
        raise DbtCommandError(
            "ELIETA_POSTGRES_URL is not a valid URL (expected postgres://user:password@host:port/database)"
        )
    dbname = unquote(u.path.lstrip("/"))
    if not dbname:
        raise DbtCommandError(
            "ELIETA_POSTGRES_URL names no database (expected postgres://user:password@host:port/database)"
        )
    return {
        "ELIETA_PG_HOST": unquote(u.hostname or "") or "localhost",
        "ELIETA_PG_PORT": str(u.port or 5432),
        "ELIETA_PG_USER": unquote(u.username or "") or "postgres",
        "ELIETA_PG_PASSWORD": unquote(u.password or ""),
        "ELIETA_PG_DBNAME": dbname,
    }


def dbt_invocation(
    settings: Settings,
    command: str,
    *,
    select: Sequence[str] = (),
    exclude: Sequence[str] = (),
    full_refresh: bool = False,
    fail_fast: bool = False,
) -> DbtInvocation:
    """dbt's argv and environment for ``command`` under ``settings``. Pure.

    Under Dagster, dagster-dbt adds the ``--select`` of the assets being materialised itself;
    ``select``/``exclude`` here are for runs outside an asset (e.g. a sensor or a script).
    """
    if command not in DBT_COMMANDS:
        raise DbtCommandError(f"unknown dbt command {command!r}")
    if full_refresh and command not in ("build", "run", "seed"):
        raise DbtCommandError(f"--full-refresh does not apply to dbt {command}")
    selective = command not in ("debug", "parse")
    if not selective and (select or exclude):
        raise DbtCommandError(f"dbt {command} takes no --select")

    root = settings.repo_root
    target = settings.warehouse
    args = [*command.split(" "), "--project-dir", root, "--profiles-dir", root, "--target", target]
    if command != "debug":
        args += ["--target-path", settings.dbt_target_path]
    args += ["--log-path", settings.dbt_log_path]
    for s in select:
        args += ["--select", s]
    for s in exclude:
        args += ["--exclude", s]
    if full_refresh:
        args.append("--full-refresh")
    if fail_fast:
        args.append("--fail-fast")

    env = {
        "ELIETA_DBT_TARGET": target,
        "DBT_TARGET_PATH": settings.dbt_target_path,
        "DBT_LOG_PATH": settings.dbt_log_path,
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DBT_PARTIAL_PARSE": "true",
        "PYTHONUNBUFFERED": "1",
        "NO_COLOR": "1",
    }
    if target == "duckdb":
        if not settings.duckdb_path:
            raise DbtCommandError("the DuckDB warehouse has no path (ELIETA_DUCKDB_PATH)")
        env["ELIETA_DUCKDB_PATH"] = settings.duckdb_path
    elif target == "postgres":
        if not settings.postgres_url:
            raise DbtCommandError("ELIETA_WAREHOUSE=postgres needs ELIETA_POSTGRES_URL")
        env.update(postgres_env(settings.postgres_url))
    else:
        raise DbtCommandError(f"ELIETA_WAREHOUSE={target}: expected duckdb or postgres")

    return DbtInvocation(
        args=args,
        env=env,
        target=target,
        target_path=settings.dbt_target_path,
        log_path=settings.dbt_log_path,
        project_dir=root,
    )
