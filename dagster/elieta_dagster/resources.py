"""The ``elieta`` resource: the platform's configuration and its CLI.

Assets do the platform's work through its own command line (``node lib/cli/bin.js <verb> --json``),
so ingest, publication and their checks are the code ``elieta run`` runs, not a copy. The resource
holds the data directory (``home``, the resolved ``ELIETA_HOME``) and passes it to every command;
everything else (warehouse, sources, keys) the CLI resolves itself from the same environment
variables (lib/config.ts ``ENV_VARS``; README "Configuration"). No secret is kept in the
resource's config, which Dagster's UI shows: a PostgreSQL URL stays in the environment.
"""


import json
import os
import subprocess
from collections.abc import Mapping, Sequence
from typing import Any

from dagster import ConfigurableResource, Failure, MetadataValue

from .settings import REPO_ROOT, Settings, resolve_settings


def cli_failure(what: str, code: int, stderr: str) -> Failure:
    """A Failure whose description is the CLI's one-line reason (``elieta: …``)."""
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    reason = next((l for l in reversed(lines) if l.startswith("elieta")), lines[-1] if lines else "")
    return Failure(
        description=f"{what} failed (exit code {code}): {reason}",
        metadata={"stderr": MetadataValue.text("\n".join(lines[-40:]))},
    )


class ElietaResource(ConfigurableResource):
    """The platform's data directory and CLI."""

    home: str
    """The data directory (ELIETA_HOME), absolute."""
    repo_root: str = str(REPO_ROOT)
    node: str = "node"

    def environ(self) -> dict[str, str]:
        env = dict(os.environ)
        env["ELIETA_HOME"] = self.home
        return env

    def settings(self) -> Settings:
        """The configuration as lib/config.ts resolves it for this data directory."""
        return resolve_settings(self.environ(), repo_root=self.repo_root, node=self.node)

    def _run(self, argv: Sequence[str], what: str, log: Any = None) -> Any:
        if log is not None:
            log.info(f"running {what}")
        res = subprocess.run(
            list(argv), cwd=self.repo_root, env=self.environ(), capture_output=True, text=True, check=False
        )
        if log is not None and res.stderr.strip():
            # the CLI logs JSON lines to stderr when not on a TTY; keep the tail in the run's log
            log.debug(res.stderr[-20_000:])
        if res.returncode != 0:
            raise cli_failure(what, res.returncode, res.stderr)
        out = res.stdout.strip().splitlines()
        if not out:
            raise Failure(description=f"{what} printed no JSON result")
        return json.loads(out[-1])

    def cli(self, args: Sequence[str], log: Any = None) -> Any:
        """Runs ``elieta <args> --json`` and returns its JSON result."""
        argv = [self.node, "lib/cli/bin.js", *args, "--json"]
        return self._run(argv, "elieta " + " ".join(args), log)

    def script(self, path: str, log: Any = None) -> Any:
        """Runs a TypeScript file of this package (through tsx) and returns the JSON it prints last."""
        return self._run([self.node, "--import", "tsx", path], path, log)


def describe_counts(row: Mapping[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    """The values of ``keys`` present in ``row``, as metadata (numbers stay numbers)."""
    out: dict[str, Any] = {}
    for k in keys:
        v = row.get(k)
        if isinstance(v, bool) or v is None:
            if v is not None:
                out[k] = v
        elif isinstance(v, (int, float)):
            out[k] = v
        else:
            out[k] = str(v)
    return out
