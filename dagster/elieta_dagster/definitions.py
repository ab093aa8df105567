"""The code location: ingest → dbt → snapshot → open data, as ``elieta run`` runs it on one machine.

:func:`build_definitions` wires everything from the configuration (lib/config.ts, through
:mod:`elieta_dagster.settings`) and dbt's manifest (parsed on load when missing or stale). With a
DuckDB warehouse the steps of a run go one after another in one process (``in_process_executor``:
DuckDB allows one writing process); with PostgreSQL they run in parallel processes. Either way every
asset that opens the warehouse is in the pool ``elieta_warehouse`` (see :mod:`elieta_dagster.assets`).
"""

from __future__ import annotations

from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    Definitions,
    ExecutorDefinition,
    ScheduleDefinition,
    define_asset_job,
    in_process_executor,
    multiprocess_executor,
)
from dagster_dbt import DbtCliResource

from .assets import (
    build_dbt_assets,
    build_ingest_assets,
    build_publish_assets,
    classifier_assets,
    mart_keys,
)
from .manifest import dbt_executable, ensure_manifest, read_manifest
from .resources import ElietaResource
from .settings import Settings, resolve_settings

JOB_NAME = "elieta_run"


def executor_for(settings: Settings) -> ExecutorDefinition:
    """One process, one step at a time for DuckDB (one writer); parallel processes for PostgreSQL."""
    return in_process_executor if settings.warehouse == "duckdb" else multiprocess_executor


def dagster_cron(cron: str) -> str:
    """ELIETA_SCHEDULE may have a leading seconds field (node-cron); Dagster's cron has five fields."""
    fields = cron.split()
    return " ".join(fields[-5:]) if len(fields) == 6 else cron


def build_definitions(settings: Settings | None = None, *, node: str = "node") -> Definitions:
    settings = settings or resolve_settings(node=node)
    manifest_file = ensure_manifest(settings)
    manifest = read_manifest(manifest_file)

    dbt_models = build_dbt_assets(manifest_file)
    assets = [
        *build_ingest_assets(settings.repo_root),
        classifier_assets,
        dbt_models,
        *build_publish_assets(mart_keys(manifest)),
    ]
    job = define_asset_job(
        JOB_NAME,
        selection=AssetSelection.all(),
        description="ingest every source, load the classifiers, dbt build, export the snapshot, publish open data: `elieta run`",
        tags={"elieta/warehouse": settings.warehouse},
    )
    schedule = ScheduleDefinition(
        name="elieta_daily",
        job=job,
        cron_schedule=dagster_cron(settings.schedule_cron),
        execution_timezone=settings.timezone,
        # on by itself in production; elsewhere switched on in the UI
        default_status=DefaultScheduleStatus.RUNNING if settings.env == "prod" else DefaultScheduleStatus.STOPPED,
        description=f"{JOB_NAME} on ELIETA_SCHEDULE ({settings.schedule_cron}, {settings.timezone}), like `elieta schedule`",
    )
    return Definitions(
        assets=assets,
        jobs=[job],
        schedules=[schedule],
        executor=executor_for(settings),
        resources={
            "elieta": ElietaResource(home=settings.home, repo_root=settings.repo_root, node=node),
            "dbt": DbtCliResource(
                project_dir=settings.repo_root,
                profiles_dir=settings.repo_root,
                dbt_executable=dbt_executable(),
            ),
        },
    )
