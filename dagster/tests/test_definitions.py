"""Smoke test: the code location loads with placeholder settings, and its wiring is one graph from
the raw tables to the open data. A broken wiring (a dbt source nobody ingests, an asset key that
drifted from the connector's table name, a mart the publisher would miss) fails here, in CI."""

import json
import re
from pathlib import Path

from dagster import AssetKey, Definitions, in_process_executor

from elieta_dagster.assets import OPENDATA_KEY, SNAPSHOT_KEY, contract_entities, mart_keys, translator
from elieta_dagster.definitions import JOB_NAME, dagster_cron, executor_for
from elieta_dagster.manifest import manifest_path, read_manifest
from elieta_dagster.settings import REPO_ROOT, Settings


def dbt_asset_keys(defs: Definitions) -> set[AssetKey]:
    graph = defs.resolve_asset_graph()
    return {k for k in graph.get_all_asset_keys() if "dbt" in graph.get(k).kinds}


def test_definitions_load(defs: Definitions) -> None:
    Definitions.validate_loadable(defs)
    job = defs.resolve_job_def(JOB_NAME)
    assert job.executor_def is in_process_executor  # DuckDB: one writer, one process
    assert [s.name for s in defs.schedules or []] == ["elieta_daily"]
    assert set((defs.resources or {}).keys()) == {"elieta", "dbt"}


def test_every_dbt_source_has_an_upstream_ingest_asset(defs: Definitions, settings: Settings) -> None:
    manifest = read_manifest(manifest_path(settings))
    graph = defs.resolve_asset_graph()
    produced = {k for k in graph.get_all_asset_keys() if graph.get(k).is_materializable}
    dbt_keys = dbt_asset_keys(defs)
    t = translator()
    sources = manifest["sources"].values()
    assert sources, "the manifest lists no dbt source"
    for source in sources:
        key = t.get_asset_key(source)
        assert key in produced and key not in dbt_keys, f"dbt source {source['unique_id']} ({key}) has no ingest asset"
        declared = (source.get("meta") or {}).get("dagster", {}).get("asset_key")
        if source["schema"] == "raw":
            # the key the dbt source declares is the connector's table, raw.<source>__<entity>
            assert declared == ["raw", source["identifier"]], source["unique_id"]
            assert key == AssetKey(declared)
    # and nothing the dbt models read is left outside the graph
    for key in dbt_keys:
        for parent in graph.get(key).parent_keys:
            assert parent in produced, f"{key.to_user_string()} reads {parent.to_user_string()}, which no asset produces"


def test_ingest_assets_follow_the_contracts(defs: Definitions) -> None:
    keys = defs.resolve_asset_graph().get_all_asset_keys()
    raw = {k for k in keys if k.path[0] == "raw"}
    expected = {AssetKey(["raw", f"{s}__{e}"]) for s, es in contract_entities(REPO_ROOT).items() for e in es}
    assert raw == expected
    restricted = [
        f for f in Path(REPO_ROOT, "ingest", "contracts").glob("*/*.schema.json")
        if json.loads(f.read_text(encoding="utf-8")).get("x-restricted") is True
    ]  # fmt: skip
    for f in restricted:
        assert AssetKey(["raw", f"{f.parent.name}__{f.name.removesuffix('.schema.json')}"]) not in keys


def test_publish_depends_on_the_marts(defs: Definitions, settings: Settings) -> None:
    graph = defs.resolve_asset_graph()
    marts = set(mart_keys(read_manifest(manifest_path(settings))))
    assert AssetKey(["marts", "case_flow"]) in marts
    assert marts <= dbt_asset_keys(defs)
    assert set(graph.get(SNAPSHOT_KEY).parent_keys) == marts
    assert set(graph.get(OPENDATA_KEY).parent_keys) == {SNAPSHOT_KEY}
    # the whole chain: the courts' cases reach the open data through the marts
    ancestors = _ancestors(graph, OPENDATA_KEY)
    assert marts <= ancestors
    assert {AssetKey(["raw", "tis2__cases"]), AssetKey(["classifiers", "items"])} <= ancestors


def _ancestors(graph, key: AssetKey) -> set[AssetKey]:
    seen: set[AssetKey] = set()
    todo = [key]
    while todo:
        for parent in graph.get(todo.pop()).parent_keys:
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def test_executor_and_schedule_follow_the_settings(settings: Settings) -> None:
    from dataclasses import replace

    from dagster import multiprocess_executor

    assert executor_for(settings) is in_process_executor
    assert executor_for(replace(settings, warehouse="postgres")) is multiprocess_executor
    assert dagster_cron("15 2 * * *") == "15 2 * * *"
    assert dagster_cron("0 15 2 * * *") == "15 2 * * *"


def _pins(file: Path) -> dict[str, str]:
    out = {}
    for line in file.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)", line)
        if m:
            out[m.group(1).lower().replace("_", "-")] = m.group(2)
    return out


def test_requirements_share_the_root_pins() -> None:
    root = _pins(REPO_ROOT / "requirements.txt")
    ours = _pins(REPO_ROOT / "dagster" / "requirements.txt")
    for name in ("dbt-core", "dbt-duckdb", "dbt-postgres", "duckdb", "dagster", "dagster-dbt"):
        assert name in ours, name
    assert {n: (v, ours[n]) for n, v in root.items() if n in ours and ours[n] != v} == {}
    assert ours["dagster-dbt"].split(".")[1] == str(int(ours["dagster"].split(".")[1]) + 16)  # a matching pair
