"""Benchmark: the full export as a ZIP with the document files, and its import back.

    python -m bench.zip_bench                    # 50 and 200 documents, SQLite in a temp dir
    python -m bench.zip_bench --documents 200 --json

A throwaway database (SQLite in a temporary folder, unless ``DATABASE_URL`` is set) and
media folder are made and migrated. For each document count, one user gets that many
documents, one version each: alternately a PDF (text on many pages, as pypdf reads it) and
a UTF-8 text file, each 100 KB to 1 MB (seeded, so every run has the same files). Then:

- export: ``portability.zip_archive.export_zip`` written to a temporary file, as the
  download streams it;
- import: the ZIP opened and checked (``Bundle``), and restored into a new empty user with
  ``archive.restore`` (each file checked by content and written to storage), as the
  worker's task does.

Each is timed once untraced, then run again under ``tracemalloc`` for its peak of Python
allocations; ``ru_maxrss`` growth over the whole run is printed too. The point to show:
the peak stays flat as the number and size of the files grow (files are read in 256 KB
chunks, never whole), while the time grows with the bytes.
"""

import argparse
import json
import os
import random
import resource
import secrets
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

SIZES = (100 * 1024, 1024 * 1024)
WORDS = [
    "python", "sql", "django", "postgres", "kubernetes", "terraform", "airflow", "data",
    "platform", "careful", "writing", "teams", "ship", "products", "customers", "kindness",
    "rigour", "measure", "design", "review", "mentor", "on", "call",
]  # fmt: skip


def setup_django(workdir: Path) -> None:
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # The tasks reading imported texts are queued, not run: the import is what is timed.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    settings.MATERIALS_USER_QUOTA_BYTES = 1024**3
    call_command("migrate", verbosity=0)


def _text(rng: random.Random, size: int) -> bytes:
    out, length = [], 0
    while length < size:
        line = " ".join(rng.choice(WORDS) for _ in range(12)) + "\n"
        out.append(line)
        length += len(line)
    return "".join(out).encode()[:size]


def _pdf(rng: random.Random, size: int) -> bytes:
    from tests.materials.builders import pdf

    lines_per_page = 50
    page_bytes = lines_per_page * 85
    pages = [
        "\n".join(" ".join(rng.choice(WORDS) for _ in range(10)) for _ in range(lines_per_page))
        for _ in range(max(1, size // page_bytes))
    ]
    return pdf(pages)


def seed(count: int) -> tuple[object, int]:
    """A user with ``count`` documents of one version each; returns it and the bytes."""
    import hashlib

    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile

    from materials.models import Document, DocumentVersion, Extraction

    rng = random.Random(count)  # noqa: S311 - repeatable made-up files, not secrets
    user = get_user_model().objects.create_user(f"bench-zip-{secrets.token_hex(4)}")
    total = 0
    for i in range(count):
        size = rng.randint(*SIZES)
        data, kind = (_pdf(rng, size), "pdf") if i % 2 == 0 else (_text(rng, size), "txt")
        document = Document.objects.create(owner=user, title=f"CV {i}", kind="cv")
        version = DocumentVersion(
            document=document,
            owner=user,
            number=1,
            original_name=f"cv-{i}.{kind}",
            file_type=kind,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            extraction=Extraction.DONE,
        )
        version.file.save(version.original_name, ContentFile(data), save=True)
        total += len(data)
    return user, total


def _traced(work) -> float:
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


def measure(count: int, workdir: Path) -> dict:
    from django.contrib.auth import get_user_model

    from materials.models import DocumentVersion
    from portability import archive, zip_archive

    user, file_bytes = seed(count)
    path = workdir / f"export-{count}.zip"

    def export() -> None:
        with path.open("wb") as out:
            for piece in zip_archive.export_zip(user):
                out.write(piece)

    def restore() -> None:
        newcomer = get_user_model().objects.create_user(f"bench-in-{secrets.token_hex(4)}")
        with path.open("rb") as stream:
            bundle = zip_archive.Bundle(stream)
            archive.restore(owner=newcomer, document=bundle.document(), files=bundle)
            bundle.close()
        assert DocumentVersion.objects.filter(owner=newcomer).count() == count

    started = time.perf_counter()
    export()
    export_s = time.perf_counter() - started
    export_peak = _traced(export)
    started = time.perf_counter()
    restore()
    import_s = time.perf_counter() - started
    import_peak = _traced(restore)
    return {
        "documents": count,
        "file_mb": file_bytes / 1024 / 1024,
        "zip_mb": path.stat().st_size / 1024 / 1024,
        "export_s": export_s,
        "export_peak_mb": export_peak,
        "import_s": import_s,
        "import_peak_mb": import_peak,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    with tempfile.TemporaryDirectory(prefix="rebound-zip-bench-") as folder:
        workdir = Path(folder)
        setup_django(workdir)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        results = [measure(count, workdir) for count in args.documents]
        rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    if args.json:
        print(json.dumps({"results": results, "rss_growth_mb": rss_growth}))
        return 0
    print("| documents | files | ZIP | export | export peak | import | import peak |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['documents']} | {r['file_mb']:.1f} MB | {r['zip_mb']:.1f} MB "
            f"| {r['export_s']:.2f} s | {r['export_peak_mb']:.1f} MB "
            f"| {r['import_s']:.2f} s | {r['import_peak_mb']:.1f} MB |"
        )
    print(f"Resident memory grew by {rss_growth:.1f} MB over the whole run (ru_maxrss).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
