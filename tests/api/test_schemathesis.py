"""Schemathesis against the OpenAPI document of a running server: requests generated from
the schema, valid and invalid, get an answer the schema documents, and never a 5xx.

schemathesis runs as its own command: loading it into this process would patch
Hypothesis for every other test of the session (see pyproject.toml).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Random examples per operation (besides the coverage phase's boundary cases): enough to
# find a crash, quick enough for every run; raise it to search longer.
EXAMPLES = int(os.environ.get("EVENTWIRE_SCHEMATHESIS_EXAMPLES", "10"))
# Every check, with one exception: a text valid for the schema may still hold nothing to
# analyse (blank after cleaning, a page without main text), which is a 422.
CONFIG = """\
[generation]
max-examples = {examples}
database = "none"

[[operations]]
include-path = "/extract"
checks.positive_data_acceptance.expected-statuses = [200, 422]
"""


@pytest.mark.slow
def test_no_generated_request_breaks_the_api(server: str, tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG.format(examples=EXAMPLES))
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(config),
        "--no-color",
        "run",
        f"{server}/openapi.json",
        "--checks",
        "all",
        "--phases",
        "coverage,fuzzing",
        "--workers",
        "1",
        "--seed",
        "7",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    # Run in the test's folder: schemathesis keeps a cache where it runs.
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path
    )
    print(f"schemathesis JUnit report in {tmp_path}")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
