"""dbt's manifest at load time.

The dbt assets are read from ``$ELIETA_HOME/dbt/target/manifest.json`` (the same target folder
``elieta build`` uses). From a clean clone there is none, and after a model changed it is stale,
so :func:`ensure_manifest` runs ``dbt parse`` (with the environment of
:func:`~elieta_dagster.dbt_command.dbt_invocation`) when the manifest is missing or older than any
file of the dbt project. New marts therefore appear without touching this package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .dbt_command import dbt_invocation
from .settings import Settings

#: What dbt reads when it parses the project (dbt_project.yml lists the model, macro and test paths).
PROJECT_INPUTS = ("dbt_project.yml", "profiles.yml", "models", "marts")


class ManifestError(Exception):
    """dbt parse failed (the message quotes dbt's last lines)."""


def dbt_executable() -> str:
    """dbt from the environment running Dagster (dagster/requirements.txt pins it)."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else "dbt"


def newest_input(repo_root: str | Path) -> float:
    """The latest modification time of any file dbt parses."""
    newest = 0.0
    for name in PROJECT_INPUTS:
        p = Path(repo_root, name)
        if p.is_file():
            newest = max(newest, p.stat().st_mtime)
        elif p.is_dir():
            for dirpath, _dirs, files in os.walk(p):
                for f in files:
                    if f.endswith((".sql", ".yml", ".yaml", ".csv", ".md")):
                        newest = max(newest, Path(dirpath, f).stat().st_mtime)
    return newest


def manifest_path(settings: Settings) -> Path:
    return Path(settings.dbt_target_path, "manifest.json")


def ensure_manifest(settings: Settings, *, executable: str | None = None, force: bool = False) -> Path:
    """Returns the path of a manifest that reflects the project as it is on disk, parsing if needed."""
    path = manifest_path(settings)
    if not force and path.exists() and path.stat().st_mtime >= newest_input(settings.repo_root):
        return path
    inv = dbt_invocation(settings, "parse")
    Path(inv.target_path).mkdir(parents=True, exist_ok=True)
    Path(inv.log_path).mkdir(parents=True, exist_ok=True)
    exe = executable or dbt_executable()
    try:
        res = subprocess.run(
            [exe, *inv.args],
            cwd=inv.project_dir,
            env=inv.environ(os.environ),
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    except FileNotFoundError as err:
        raise ManifestError(f"{exe} not found: install dagster/requirements.txt into the venv running Dagster") from err
    if res.returncode != 0 or not path.exists():
        tail = "\n".join((res.stdout + res.stderr).strip().splitlines()[-12:])
        raise ManifestError(f"dbt parse failed (exit code {res.returncode}); dbt's log: {inv.log_path}\n{tail}")
    return path


def read_manifest(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return json.load(f)
