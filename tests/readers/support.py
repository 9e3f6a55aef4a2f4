"""Helpers shared by the reader tests: a seed file written to a folder, and texts in three languages."""
from pathlib import Path


def write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


ENGLISH = ("The minister said on Monday that the talks would resume next month in Geneva, and that "
           "her government was ready to discuss the quota if the other side made an offer first.")


GERMAN = ("Die Ministerin sagte am Montag, dass die Gespräche im nächsten Monat in Genf fortgesetzt "
          "werden und dass ihre Regierung bereit sei, über die Quote zu sprechen, wenn die andere Seite "
          "zuerst ein Angebot mache.")


PORTUGUESE = ("A ministra disse na segunda-feira que as negociações seriam retomadas no próximo mês em "
              "Genebra e que o seu governo estava pronto para discutir a quota se o outro lado fizesse "
              "primeiro uma proposta.")
