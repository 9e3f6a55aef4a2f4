"""The package's layout is its flow: a layer imports only the layers below it, and nothing but
the entry points imports the speed layer."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Lowest first. A module may import its own layer and the layers before it.
LAYERS = [
    {"model", "machine", "progress"},
    {"formats"},
    {"readers"},
    {"extract"},
    {"sheets"},
    {"crisis"},
    {"site"},
    {"project"},
    {"api"},
    {"cli"},
]
ENTRY_POINTS = {"cli"}  # with mkdocs_briefing, the only importers of generator.speed
MAX_LINES = 600


def part_of(module: str) -> str:
    """'generator.site.views.crisis' -> 'site'."""
    return module.split(".")[1]


def imports_of(path: Path) -> set[str]:
    """Every generator module `path` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            found.add(node.module if node.module != "generator" else f"generator.{node.names[0].name}")
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("generator."))
    return {m for m in found if m.count(".") >= 1}


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts == ("__init__",):
            continue
        yield path, parts[0]


def rank(part: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if part in layer)


def test_every_part_of_the_package_has_a_layer():
    parts = {part for _, part in modules()} - {"speed", "data"}
    assert parts and all(any(part in layer for layer in LAYERS) for part in parts), parts


def test_no_layer_imports_a_higher_one():
    wrong = []
    for path, part in modules():
        if part == "speed":
            continue
        for module in imports_of(path):
            target = part_of(module)
            if target != "speed" and rank(target) > rank(part):
                wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not wrong, wrong


def test_only_the_entry_points_import_the_speed_layer():
    importers = {part for path, part in modules() if part != "speed"
                 for module in imports_of(path) if part_of(module) == "speed"}
    assert importers <= ENTRY_POINTS, importers


def test_the_checks_above_see_imports():
    # a test of the test: the API imports the sheets and the site, the CLI the API
    api = imports_of(PACKAGE / "api.py")
    assert "generator.sheets.update" in api and any(m.startswith("generator.site") for m in api)
    assert "generator.api" in imports_of(PACKAGE / "cli.py")


def test_no_module_is_over_600_lines():
    long = {str(p.relative_to(PACKAGE)): n for p, _ in modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long
