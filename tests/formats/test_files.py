"""Atomic writes and the seed checksum."""
from generator.formats.files import checksum, write_atomic


def test_write_atomic_replaces_whole_file(tmp_path):
    path = tmp_path / "facts" / "a.yaml"
    write_atomic(path, "one\n")
    write_atomic(path, "two\n")
    assert path.read_text() == "two\n"
    assert [p.name for p in path.parent.iterdir()] == ["a.yaml"]


def test_write_atomic_takes_bytes_and_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "a.bin"
    write_atomic(path, b"\x00old", durable=False)
    assert path.read_bytes() == b"\x00old"
    try:
        write_atomic(path, object())  # neither text nor bytes: fails while writing
    except TypeError:
        pass
    assert path.read_bytes() == b"\x00old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]  # no temporary file left behind


def test_checksum_is_the_sha256_of_the_bytes():
    assert checksum(b"") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert checksum(b"a") != checksum(b"b")
