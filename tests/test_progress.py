import io

from generator.progress import Progress


def test_progress_reports_count_share_and_eta():
    out = io.StringIO()
    progress = Progress(4, "extracting", stream=out, enabled=True)
    progress.advance()
    progress.advance(3)
    lines = out.getvalue().split("\r")
    assert lines[1].startswith("extracting 1/4 (25%) ETA ")
    assert lines[2].startswith("extracting 4/4 (100%) ETA 0s") and lines[2].endswith("\n")


def test_progress_is_silent_when_not_a_terminal():
    out = io.StringIO()  # StringIO is not a tty
    Progress(2, "extracting", stream=out).advance(2)
    assert out.getvalue() == ""
