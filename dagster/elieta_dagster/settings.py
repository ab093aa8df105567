"""The platform's configuration as the Dagster code location sees it.

There is one configuration resolver, ``loadConfig`` in lib/config.ts (environment variables, then
``$ELIETA_CONFIG`` or ``elieta.config.json``, then documented defaults; README "Configuration").
Rather than re-implement it, :func:`resolve_settings` runs it with Node in the repository root and
reads the result, so ``ELIETA_HOME``, ``ELIETA_WAREHOUSE``, ``ELIETA_DUCKDB_PATH``,
``ELIETA_POSTGRES_URL``, ``ELIETA_SCHEDULE`` and ``ELIETA_TIMEZONE`` mean here exactly what they
mean to ``elieta``, relative paths included (resolved against the repository root, where the CLI
runs), and an invalid value fails with the resolver's own message.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: The repository root: dbt_project.yml, profiles.yml, lib/cli/bin.js.
REPO_ROOT = Path(__file__).resolve().parents[2]

_RESOLVE = """
import { loadConfig, paths } from './lib/config.ts';
const c = loadConfig(process.env, process.cwd());
const p = paths(c);
process.stdout.write(JSON.stringify({
  env: c.env,
  home: c.home,
  warehouse: c.warehouse,
  dbtTarget: p.dbtTarget,
  dbtLogs: p.dbtLogs,
  schedule: c.schedule,
}));
"""


class SettingsError(Exception):
    """The configuration cannot be resolved (the message is lib/config.ts's own)."""


@dataclass(frozen=True)
class Settings:
    """What the orchestrator needs of the configuration. ``postgres_url`` may hold a password:
    it goes into dbt's environment only, never into asset metadata or logs."""

    repo_root: str
    env: str
    home: str
    warehouse: str  # 'duckdb' or 'postgres'
    duckdb_path: str | None
    postgres_url: str | None
    dbt_target_path: str
    dbt_log_path: str
    schedule_cron: str
    timezone: str

    def describe(self) -> dict[str, str]:
        """The non-secret settings, for metadata and the UI."""
        where = self.duckdb_path if self.warehouse == "duckdb" else "(ELIETA_POSTGRES_URL)"
        return {"env": self.env, "home": self.home, "warehouse": f"{self.warehouse}: {where}"}


def settings_from_resolved(resolved: Mapping[str, object], repo_root: str | Path = REPO_ROOT) -> Settings:
    """Builds Settings from the JSON the resolver prints. Pure."""
    wh = resolved["warehouse"]
    schedule = resolved["schedule"]
    assert isinstance(wh, dict) and isinstance(schedule, dict)
    return Settings(
        repo_root=str(repo_root),
        env=str(resolved["env"]),
        home=str(resolved["home"]),
        warehouse=str(wh["kind"]),
        duckdb_path=wh.get("path"),
        postgres_url=wh.get("url"),
        dbt_target_path=str(resolved["dbtTarget"]),
        dbt_log_path=str(resolved["dbtLogs"]),
        schedule_cron=str(schedule["cron"]),
        timezone=str(schedule["timezone"]),
    )


def resolve_settings(
    environ: Mapping[str, str] | None = None,
    *,
    repo_root: str | Path = REPO_ROOT,
    node: str = "node",
) -> Settings:
    """Resolves the configuration with lib/config.ts (Node and the repository's node_modules)."""
    env = dict(os.environ if environ is None else environ)
    try:
        res = subprocess.run(
            [node, "--import", "tsx", "--input-type=module", "-e", _RESOLVE],
            cwd=repo_root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except FileNotFoundError as err:
        raise SettingsError(f"{node} not found: the Dagster code location runs the platform's Node CLI") from err
    if res.returncode != 0:
        lines = [l for l in res.stderr.strip().splitlines() if l.strip()]
        # Node prints the thrown error as "ConfigError: <message>" after the source line
        reason = next((l.split(": ", 1)[1] for l in lines if l.startswith("ConfigError: ")), None)
        raise SettingsError(reason or (lines[-1] if lines else f"exit code {res.returncode}"))
    return settings_from_resolved(json.loads(res.stdout), repo_root)
