"""``python manage.py inbox_classify FILE.eml [FILE.eml ...]``: how the inbox reads each
message, one JSON object per line (for checking the classifier on real mail)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from inbox.classify import classify
from inbox.message import MAX_MESSAGE_BYTES, UnreadableMessage, parse_message


class Command(BaseCommand):
    help = (
        "Classify .eml files as the inbox would: prints one JSON object per file and line "
        '({"file", "kind", "confidence", "company", "position", "event_at", "language", '
        '"reasons"}, or {"file", "error"}).'
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE.eml")

    def handle(self, *args, files, **options):
        failures = 0
        for name in files:
            try:
                row = {"file": name, **describe(_read(Path(name)))}
            except (OSError, UnreadableMessage) as error:
                failures += 1
                row = {"file": name, "error": _reason(error)}
            self.stdout.write(json.dumps(row, ensure_ascii=False))
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be read.")


def _read(path: Path) -> bytes:
    with path.open("rb") as handle:
        # One byte more than the limit is enough to tell the file is too big.
        return handle.read(MAX_MESSAGE_BYTES + 1)


def _reason(error: Exception) -> str:
    if isinstance(error, UnreadableMessage):
        return str(error)
    if isinstance(error, FileNotFoundError):
        return "No such file."
    if isinstance(error, IsADirectoryError):
        return "This is a directory, not a file."
    if isinstance(error, PermissionError):
        return "The file cannot be read (permission denied)."
    return f"The file cannot be read ({error.strerror or error})."


def describe(raw: bytes) -> dict:
    result = classify(parse_message(raw))
    return {
        "kind": result.kind,
        "confidence": result.confidence,
        "company": result.company,
        "position": result.position,
        "event_at": result.event_at.isoformat() if result.event_at else None,
        "language": result.language,
        "reasons": list(result.reasons),
    }
