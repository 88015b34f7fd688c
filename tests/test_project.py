"""Project checks: pinned dependencies agree, notebooks are paired and follow the house rules."""

from __future__ import annotations

import ast
import json
import re
import tomllib

import pytest

from helpers.paths import FIGURES, NOTEBOOKS, ROOT, SEED, SHARED_CORPUS

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


def _pins(lines: list[str]) -> dict[str, str]:
    out = {}
    for line in lines:
        m = re.match(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==(\S+)\s*$", line)
        if m:
            out[m.group(1).lower().replace("_", "-")] = m.group(2)
    return out


def test_environment_yml_agrees_with_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["dev"]
    pyproject = _pins(declared)
    assert len(pyproject) == len(declared), "every dependency in pyproject.toml is pinned with =="
    env_lines = [
        ln.strip().removeprefix("- ")
        for ln in (ROOT / "environment.yml").read_text().splitlines()
        if ln.strip().startswith("- ")
    ]
    assert _pins(env_lines) == pyproject
    assert "-e ." in env_lines


def test_lock_file_pins_every_direct_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pyproject = _pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    lock = _pins((ROOT / "requirements.lock").read_text().splitlines())
    for name, version in pyproject.items():
        assert lock.get(name) == version, f"{name} differs between pyproject.toml and the lock"


def test_every_third_party_import_is_a_declared_dependency() -> None:
    import ast
    import sys
    from importlib.metadata import packages_distributions

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    # the notebook runner (`python -m helpers notebooks`) imports the dev tools
    declared = set(_pins(project["dependencies"] + project["optional-dependencies"]["dev"]))
    providers = packages_distributions()
    imported: set[str] = set()
    for path in (ROOT / "helpers").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m not in sys.stdlib_module_names and m != "helpers"}
    missing = {
        m: providers.get(m)
        for m in third_party
        if not any(d.lower().replace("_", "-") in declared for d in providers.get(m, []))
    }
    assert missing == {}, "helpers/ imports packages that pyproject.toml does not declare"


def test_seed_is_the_users_file_unchanged() -> None:
    shared_seed = SHARED_CORPUS.parent / "seeds" / SEED.name
    if not shared_seed.exists():
        pytest.skip("needs ../shared/seeds to compare the seed with")
    assert SEED.read_bytes() == shared_seed.read_bytes()


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_is_paired_and_in_sync(path) -> None:
    import jupytext

    script = path.with_suffix(".py")
    assert script.exists(), f"{path.name} has no py:percent pair"
    nb = jupytext.read(path)
    py = jupytext.read(script)
    assert [c.source for c in nb.cells] == [c.source for c in py.cells], "run `make sync`"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebook_house_rules(path) -> None:
    nb = json.loads(path.read_text())
    cells = nb["cells"]
    assert re.match(r"^\d\d-[a-z0-9-]+$", path.stem), "notebooks are named NN-kebab-title"
    assert cells[0]["cell_type"] == "markdown", "the first cell states the question"
    assert "**Question.**" in "".join(cells[0]["source"])
    counts = [c.get("execution_count") for c in cells if c["cell_type"] == "code"]
    assert counts == list(range(1, len(counts) + 1)), "execution counts in order (run `make`)"
    for c in cells:
        if c["cell_type"] != "code":
            continue
        tree = ast.parse("".join(c["source"]))
        defs = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
        assert not defs, "no def or class in notebooks: put logic in helpers/"
        src = "".join(c["source"])
        assert src.count("plots.save(") <= 1, "one figure per cell"
        if "plots.save(" in src:
            name = re.search(r'plots\.save\([^,]+,\s*f?"([^"]+)"', src).group(1)
            assert name.startswith(path.stem[:2] + "-"), "figures carry the notebook's number"


def test_every_saved_figure_exists() -> None:
    for path in NOTEBOOK_FILES:
        src = path.read_text()
        for name in re.findall(r'plots\.save\([^,]+,\s*\\"([^\\"]+)\\"', src):
            assert (FIGURES / f"{name}.svg").exists()
            assert (FIGURES / f"{name}.png").exists()
