"""The assets: raw tables (ingest), classifiers, dbt models, the marts snapshot and the open data.

Every asset key is the warehouse table it stands for, ``[schema, table]``: ``raw/tis2__cases`` is
``raw.tis2__cases``, which the connector writes and the dbt source ``tis2.cases`` reads (its
``meta.dagster.asset_key``), so ingest and dbt are one lineage graph; ``marts/case_flow`` is the
mart.

One writer at a time. DuckDB lets one process write a database file. Every asset that opens the
warehouse is in the concurrency pool ``elieta_warehouse`` (:data:`WAREHOUSE_POOL`), and with a
DuckDB warehouse the definitions use the in-process executor, so the steps of a run go one after
another in one process; with PostgreSQL they may run side by side. The pool also keeps two runs
(the schedule and a manual materialisation) from writing together when the Dagster instance
limits it to one slot (dagster/dagster.yaml: ``concurrency: pools: default_limit: 1``).
"""


import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    AssetsDefinition,
    MaterializeResult,
    MetadataValue,
    asset,
    multi_asset,
)
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from .dbt_command import dbt_invocation
from .resources import ElietaResource, describe_counts

WAREHOUSE_POOL = "elieta_warehouse"

#: The tables `elieta classifiers load` writes (classifiers/registry/warehouse.ts).
CLASSIFIER_TABLES = ("classifiers", "items", "mappings")

SNAPSHOT_KEY = AssetKey(["snapshot"])
OPENDATA_KEY = AssetKey(["opendata"])
SNAPSHOT_SCRIPT = "dagster/scripts/export-snapshot.ts"


# ---------------------------------------------------------------------------------------------
# ingest


def contract_entities(repo_root: str | Path) -> dict[str, list[str]]:
    """Source → entities, from ingest/contracts/<source>/<entity>.schema.json, leaving out the
    entities whose schema root says ``"x-restricted": true`` (never a dbt source)."""
    out: dict[str, list[str]] = {}
    root = Path(repo_root, "ingest", "contracts")
    for f in sorted(root.glob("*/*.schema.json")):
        schema = json.loads(f.read_text(encoding="utf-8"))
        if schema.get("x-restricted") is True:
            continue
        out.setdefault(f.parent.name, []).append(f.name.removesuffix(".schema.json"))
    return out


def raw_key(source: str, entity: str) -> AssetKey:
    return AssetKey(["raw", f"{source}__{entity}"])


ENTITY_FIELDS = (
    "connector",
    "read",
    "loaded",
    "unchanged",
    "quarantined",
    "files",
    "filesSkipped",
    "watermarkBefore",
    "watermarkAfter",
)


def ingest_results(source: str, entities: list[str], summary: Mapping[str, Any]) -> Iterator[MaterializeResult]:
    """One materialisation per entity of ``source``, with the CLI's counts as metadata."""
    by_entity = {e.get("entity"): e for e in summary.get("entities", []) if e.get("source") == source}
    for entity in entities:
        row = by_entity.get(entity)
        meta: dict[str, Any] = {"run_id": str(summary.get("runId", ""))}
        if row is None:
            meta["note"] = "nothing to read for this entity in this run"
            meta["loaded"] = 0
        else:
            meta.update(describe_counts(row, ENTITY_FIELDS))
            meta["result"] = MetadataValue.json(row)
        yield MaterializeResult(asset_key=raw_key(source, entity), metadata=meta)


def build_ingest_assets(repo_root: str | Path) -> list[AssetsDefinition]:
    """One multi-asset per source (the CLI ingests a source at a time), one asset per entity."""
    defs: list[AssetsDefinition] = []
    for source, entities in contract_entities(repo_root).items():
        specs = [
            AssetSpec(
                raw_key(source, entity),
                description=(
                    f"raw.{source}__{entity}: every version of every {source}/{entity} record loaded, "
                    f"append-only (contract: ingest/contracts/{source}/{entity}.schema.json)."
                ),
                group_name="raw",
                kinds={"typescript"},
                metadata={"contract": f"ingest/contracts/{source}/{entity}.schema.json"},
            )
            for entity in entities
        ]

        def make(source: str = source, entities: list[str] = entities) -> AssetsDefinition:
            @multi_asset(
                name=f"ingest_{source}",
                specs=specs,
                pool=WAREHOUSE_POOL,
                description=f"`elieta ingest --source {source}`: validate, quarantine, pseudonymise and load {source}.",
            )
            def _ingest(context: AssetExecutionContext, elieta: ElietaResource) -> Iterator[MaterializeResult]:
                summary = elieta.cli(["ingest", "--source", source], log=context.log)
                yield from ingest_results(source, entities, summary)

            return _ingest

        defs.append(make())
    return defs


@multi_asset(
    name="load_classifiers",
    specs=[
        AssetSpec(
            AssetKey(["classifiers", t]),
            description=f"classifiers.{t}: the shared code lists of classifiers/data, as `elieta classifiers load` writes them.",
            group_name="classifiers",
            kinds={"typescript"},
        )
        for t in CLASSIFIER_TABLES
    ],
    pool=WAREHOUSE_POOL,
    description="`elieta classifiers load`: the classifier registry into the warehouse (a step of `elieta build`).",
)
def classifier_assets(context: AssetExecutionContext, elieta: ElietaResource) -> Iterator[MaterializeResult]:
    result = elieta.cli(["classifiers", "load"], log=context.log)
    counts = {"classifiers": result.get("lists"), "items": result.get("items"), "mappings": result.get("mappings")}
    for t in CLASSIFIER_TABLES:
        yield MaterializeResult(asset_key=AssetKey(["classifiers", t]), metadata={"rows": counts.get(t) or 0})


# ---------------------------------------------------------------------------------------------
# dbt


class ElietaDbtTranslator(DagsterDbtTranslator):
    """Sources keep their ``meta.dagster.asset_key`` (``raw/<source>__<entity>``) or
    ``[source, table]``; models are ``[schema, name]`` and grouped by schema."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> AssetKey:
        if dbt_resource_props["resource_type"] in ("model", "seed", "snapshot"):
            name = dbt_resource_props.get("alias") or dbt_resource_props["name"]
            return AssetKey([dbt_resource_props["schema"], name])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] in ("model", "seed", "snapshot"):
            return dbt_resource_props["schema"]
        return super().get_group_name(dbt_resource_props)


def translator() -> ElietaDbtTranslator:
    return ElietaDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


class _environ:
    """Sets variables in os.environ for a block (dagster-dbt starts dbt with os.environ)."""

    def __init__(self, values: Mapping[str, str], drop: Any) -> None:
        self.values, self.drop, self.saved = dict(values), drop, dict(os.environ)

    def __enter__(self) -> None:
        for k in [k for k in os.environ if self.drop.match(k)]:
            del os.environ[k]
        os.environ.update(self.values)

    def __exit__(self, *exc: object) -> None:
        os.environ.clear()
        os.environ.update(self.saved)


def build_dbt_assets(manifest: Path) -> AssetsDefinition:
    @dbt_assets(
        manifest=manifest,
        name="dbt_models",
        dagster_dbt_translator=translator(),
        pool=WAREHOUSE_POOL,
    )
    def _dbt(context: AssetExecutionContext, dbt: DbtCliResource, elieta: ElietaResource) -> Iterator[Any]:
        """`dbt build` of the selected models and their tests, as `elieta build` runs it."""
        inv = dbt_invocation(elieta.settings(), "build")
        Path(inv.log_path).mkdir(parents=True, exist_ok=True)
        with _environ(inv.env, inv.drop):
            running = dbt.cli(inv.args, context=context, target_path=Path(inv.target_path))
        yield from running.stream()

    return _dbt


def mart_keys(manifest: Mapping[str, Any]) -> list[AssetKey]:
    """The enabled, non-ephemeral models in schema ``marts`` (what `elieta build` snapshots)."""
    keys = []
    t = translator()
    for node in manifest.get("nodes", {}).values():
        if node.get("resource_type") != "model" or node.get("schema") != "marts":
            continue
        cfg = node.get("config", {})
        if cfg.get("enabled") is False or cfg.get("materialized") == "ephemeral":
            continue
        keys.append(t.get_asset_key(node))
    return sorted(keys, key=lambda k: k.to_user_string())


# ---------------------------------------------------------------------------------------------
# snapshot and publication


def build_publish_assets(marts: list[AssetKey]) -> list[AssetsDefinition]:
    @asset(
        key=SNAPSHOT_KEY,
        deps=marts,
        group_name="publish",
        kinds={"parquet"},
        pool=WAREHOUSE_POOL,
        description=(
            "The marts exported as the current Parquet snapshot (lib/snapshot.ts) that `elieta serve` "
            "and the publisher read: the export step of `elieta build`."
        ),
    )
    def snapshot(context: AssetExecutionContext, elieta: ElietaResource) -> MaterializeResult:
        result = elieta.script(SNAPSHOT_SCRIPT, log=context.log)
        return MaterializeResult(
            metadata={
                "snapshot": str(result.get("snapshot")),
                "tables": MetadataValue.json(result.get("tables", [])),
                "data_as_of": str(result.get("dataAsOf")),
            }
        )

    @asset(
        key=OPENDATA_KEY,
        deps=[SNAPSHOT_KEY],
        group_name="publish",
        kinds={"csv", "parquet"},
        description=(
            "`elieta publish`: the public columns of every dbt exposure with destination opendata, "
            "as CSV, Parquet, JSON, Frictionless and DCAT-AP (an unchanged release writes nothing)."
        ),
    )
    def opendata(context: AssetExecutionContext, elieta: ElietaResource) -> MaterializeResult:
        result = elieta.cli(["publish"], log=context.log)
        return MaterializeResult(
            metadata={
                "status": str(result.get("status")),
                "release": str(result.get("release")),
                "previous": str(result.get("previous")),
                "files": int(result.get("files") or 0),
                "bytes": int(result.get("bytes") or 0),
                "datasets": MetadataValue.json(
                    [{"id": d.get("id"), "rows": d.get("rows"), "changed": d.get("changed")} for d in result.get("datasets", [])]
                ),
            }
        )

    return [snapshot, opendata]
