"""Placeholder settings for the tests: a fresh data directory, the DuckDB default, no other
ELIETA_* variable of the machine leaking in. The definitions are built once per session (dbt parse
from a clean data directory, as on a fresh clone)."""

import os
from collections.abc import Iterator

import pytest
from dagster import Definitions

from elieta_dagster import build_definitions
from elieta_dagster.settings import REPO_ROOT, Settings, resolve_settings


def placeholder_environ(home: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ELIETA_", "DBT_"))}
    env.update({"ELIETA_HOME": home, "ELIETA_ENV": "test", **extra})
    return env


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("elieta-home"))


@pytest.fixture(scope="session")
def settings(home: str) -> Settings:
    return resolve_settings(placeholder_environ(home), repo_root=REPO_ROOT)


@pytest.fixture(scope="session")
def defs(settings: Settings, home: str) -> Iterator[Definitions]:
    # the resource resolves settings again at run time from os.environ: keep it the placeholder one
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(placeholder_environ(home))
    try:
        yield build_definitions(settings)
    finally:
        os.environ.clear()
        os.environ.update(saved)
