"""The pure function that builds dbt's command line, and the settings it reads."""

import json
import re
import subprocess
from dataclasses import replace

import pytest

from elieta_dagster.dbt_command import DbtCommandError, dbt_invocation, postgres_env
from elieta_dagster.settings import REPO_ROOT, Settings, SettingsError, resolve_settings

from .conftest import placeholder_environ

SETTINGS = Settings(
    repo_root="/repo",
    env="test",
    home="/data",
    warehouse="duckdb",
    duckdb_path="/data/warehouse.duckdb",
    postgres_url=None,
    dbt_target_path="/data/dbt/target",
    dbt_log_path="/data/dbt/logs",
    schedule_cron="15 2 * * *",
    timezone="Europe/Riga",
)
PG = replace(SETTINGS, warehouse="postgres", duckdb_path=None, postgres_url="postgres://ana:p%40ss@db.example:6543/elieta")


def test_duckdb_build_command_line() -> None:
    inv = dbt_invocation(SETTINGS, "build", select=["case_flow+"], exclude=["tag:slow"], full_refresh=True)
    assert inv.args == [
        "build",
        "--project-dir", "/repo",
        "--profiles-dir", "/repo",
        "--target", "duckdb",
        "--target-path", "/data/dbt/target",
        "--log-path", "/data/dbt/logs",
        "--select", "case_flow+",
        "--exclude", "tag:slow",
        "--full-refresh",
    ]  # fmt: skip
    assert inv.env["ELIETA_DBT_TARGET"] == "duckdb"
    assert inv.env["ELIETA_DUCKDB_PATH"] == "/data/warehouse.duckdb"
    assert inv.env["DBT_TARGET_PATH"] == "/data/dbt/target"
    assert inv.env["DBT_LOG_PATH"] == "/data/dbt/logs"
    assert not any(k.startswith("ELIETA_PG_") for k in inv.env)
    assert inv.project_dir == "/repo"


def test_postgres_url_is_split_for_profiles_yml() -> None:
    inv = dbt_invocation(PG, "run")
    assert inv.args[inv.args.index("--target") + 1] == "postgres"
    assert {k: v for k, v in inv.env.items() if k.startswith("ELIETA_PG_")} == {
        "ELIETA_PG_HOST": "db.example",
        "ELIETA_PG_PORT": "6543",
        "ELIETA_PG_USER": "ana",
        "ELIETA_PG_PASSWORD": "p@ss",
        "ELIETA_PG_DBNAME": "elieta",
    }
    assert "ELIETA_DUCKDB_PATH" not in inv.env
    assert postgres_env("postgresql://h/db")["ELIETA_PG_PORT"] == "5432"
    with pytest.raises(DbtCommandError, match="names no database"):
        postgres_env("postgres://user@host:5432/")


def test_requests_dbt_would_refuse() -> None:
    with pytest.raises(DbtCommandError, match="takes no --select"):
        dbt_invocation(SETTINGS, "parse", select=["x"])
    with pytest.raises(DbtCommandError, match="--full-refresh does not apply"):
        dbt_invocation(SETTINGS, "test", full_refresh=True)
    with pytest.raises(DbtCommandError, match="unknown dbt command"):
        dbt_invocation(SETTINGS, "drop everything")
    assert "--target-path" not in dbt_invocation(SETTINGS, "debug").args


def test_environment_drops_inherited_dbt_variables() -> None:
    inv = dbt_invocation(SETTINGS, "build")
    base = {"PATH": "/bin", "DBT_TARGET_PATH": "/elsewhere", "ELIETA_PG_PASSWORD": "old", "ELIETA_HOME": "/data"}
    env = inv.environ(base)
    assert env["PATH"] == "/bin" and env["ELIETA_HOME"] == "/data"
    assert env["DBT_TARGET_PATH"] == "/data/dbt/target"
    assert "ELIETA_PG_PASSWORD" not in env


TS_INVOCATION = """
import { loadConfig } from './lib/config.ts';
import { dbtInvocation } from './lib/dbt.ts';
const inv = dbtInvocation(loadConfig(), { command: 'build' }, {});
process.stdout.write(JSON.stringify(inv));
"""


@pytest.mark.parametrize("extra", [{}, {"ELIETA_WAREHOUSE": "postgres", "ELIETA_POSTGRES_URL": "postgres://u:s3cret@pg:5433/w"}])
def test_same_dbt_environment_as_lib_dbt_ts(tmp_path, extra: dict[str, str]) -> None:
    """The Python twin sets every profile and path variable exactly as lib/dbt.ts does."""
    environ = placeholder_environ(str(tmp_path), **extra)
    ts = json.loads(
        subprocess.run(
            ["node", "--import", "tsx", "--input-type=module", "-e", TS_INVOCATION],
            cwd=REPO_ROOT, env=environ, capture_output=True, text=True, check=True,
        ).stdout
    )  # fmt: skip
    py = dbt_invocation(resolve_settings(environ), "build")
    profile_vars = re.compile(r"^(ELIETA_|DBT_TARGET_PATH$|DBT_LOG_PATH$)")
    assert {k: v for k, v in py.env.items() if profile_vars.match(k)} == {
        k: v for k, v in ts["env"].items() if profile_vars.match(k)
    }
    assert py.target == ts["target"] and py.target_path == ts["targetPath"] and py.log_path == ts["logPath"]
    for flag in ("--project-dir", "--profiles-dir", "--target", "--target-path"):
        assert py.args[py.args.index(flag) + 1] == ts["args"][ts["args"].index(flag) + 1]


def test_settings_come_from_the_one_resolver(tmp_path) -> None:
    s = resolve_settings(placeholder_environ(str(tmp_path), ELIETA_SCHEDULE="0 3 * * *"))
    assert s.home == str(tmp_path)
    assert (s.warehouse, s.duckdb_path) == ("duckdb", str(tmp_path / "warehouse.duckdb"))
    assert s.dbt_target_path == str(tmp_path / "dbt" / "target")
    assert (s.schedule_cron, s.timezone) == ("0 3 * * *", "Europe/Riga")
    # a relative ELIETA_HOME means what it means to the CLI: relative to the repository root
    assert resolve_settings(placeholder_environ("rel-home")).home == str(REPO_ROOT / "rel-home")
    with pytest.raises(SettingsError, match="ELIETA_WAREHOUSE=sqlite"):
        resolve_settings(placeholder_environ(str(tmp_path), ELIETA_WAREHOUSE="sqlite"))
