"""YAML for large generated data (a crisis's crisis.yaml), written fast.

PyYAML builds a node for every value in Python before its C emitter runs, which is slow for the
data of a large crisis. The data here is only mappings, lists, strings, numbers,
booleans, nulls and dates, so it is written directly: block mappings and lists, every string
double-quoted with JSON's escapes (which YAML's double-quoted style shares), and [start, end]
spans on one line. `yaml.safe_load` reads back exactly the data that was written.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from json.encoder import encode_basestring  # json.dumps(value, ensure_ascii=False) without its set-up

# Keys written without quotes: names a YAML 1.1 reader cannot take for anything but a string.
_PLAIN_KEY = re.compile(r"[a-z_][a-z0-9_]*")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
# What a YAML reader refuses in a stream, or reads as a line break inside quotes: escaped.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _string(value: str) -> str:
    quoted = encode_basestring(value)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


@lru_cache(maxsize=4096)  # a few field names make most of the keys of a large file
def _key(key) -> str:
    if not isinstance(key, str):
        raise TypeError(f"mapping keys must be strings, not {type(key).__name__}")
    return key if _PLAIN_KEY.fullmatch(key) and key not in _RESERVED else _string(key)


def _scalar(value) -> str:
    if type(value) is str:  # most values: tested first
        return _string(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        # YAML 1.1 reads a float only with a dot: 1e-05 would come back as a string
        return text.replace("e", ".0e", 1) if "e" in text and "." not in text else text
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()  # read back as the same date (YAML timestamp)
    raise TypeError(f"cannot write {type(value).__name__} as YAML data")


def _is_span(value) -> bool:
    return len(value) == 2 and all(type(v) is int for v in value)


def _write(value, indent: str, out: list[str]) -> None:
    """Append the lines of `value`, a block collection, each starting with `indent`."""
    if isinstance(value, dict):
        for key, item in value.items():
            head = f"{indent}{_key(key)}:"
            if isinstance(item, (dict, list)) and item and not (isinstance(item, list) and _is_span(item)):
                out.append(head)
                _write(item, indent + ("  " if isinstance(item, dict) else ""), out)
            else:
                out.append(f"{head} {_inline(item)}")
    else:
        for item in value:
            if isinstance(item, (dict, list)) and item and not (isinstance(item, list) and _is_span(item)):
                lines: list[str] = []
                _write(item, indent + "  ", lines)
                out.append(f"{indent}- {lines[0][len(indent) + 2:]}")
                out.extend(lines[1:])
            else:
                out.append(f"{indent}- {_inline(item)}")


def _inline(value) -> str:
    if isinstance(value, dict):
        return "{}"  # only empty mappings are written inline
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"  # empty, or a [start, end] span
    return _scalar(value)


def dump(data: dict) -> str:
    """The YAML text of `data` (a mapping)."""
    if not isinstance(data, dict):
        raise TypeError("the top of YAML data must be a mapping")
    out: list[str] = []
    _write(data, "", out)
    return "\n".join(out) + "\n" if out else "{}\n"
