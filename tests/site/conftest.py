"""The pages of the fixture sheets, rendered once per test module."""
import pytest

from generator.site.plan import render_site
from tests.site.support import MINI_CRISIS, load


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_site([load(name) for name in MINI_CRISIS])



@pytest.fixture(scope="module")
def hostile_pages() -> dict[str, str]:
    return render_site([load("hostile")])

