"""Files are judged by their content, never by their name, and read within limits."""

import io
import zipfile

import pytest

from materials import files
from materials.models import FileType
from tests.materials import builders


def detect(data: bytes, name: str = "file") -> files.Checked:
    return files.detect(io.BytesIO(data), name)


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (builders.pdf(["Hello"]), "cv.docx", FileType.PDF),
        (builders.docx(["Hello"]), "cv.pdf", FileType.DOCX),
        (builders.odt(["Hello"]), "cv", FileType.ODT),
        ("Plain CV text ü".encode(), "cv.txt", FileType.TXT),
        (b"# CV\n\n* Python", "cv.md", FileType.MARKDOWN),
    ],
)
def test_the_type_comes_from_the_content(data, name, kind):
    checked = detect(data, name)

    assert checked.file_type == kind
    assert checked.size == len(data)
    assert len(checked.sha256) == 64


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100, "program"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "program"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "neither a PDF"),
        ("Lebenslauf".encode("utf-16"), "neither a PDF"),
        ("Caf\xe9".encode("latin-1"), "not UTF-8"),
        (b"%PDF-1.4\ngarbage that is not a pdf", "damaged"),
        (builders.encrypted_pdf(), "encrypted"),
    ],
)
def test_files_that_are_not_plain_documents_are_refused(data, message):
    with pytest.raises(files.Refused, match=message):
        detect(data, "cv.pdf")


def test_a_word_file_with_macros_is_refused():
    data = builders.docx(["Hi"], extra={"word/vbaProject.bin": b"\x00macro"})

    with pytest.raises(files.Refused, match="macros"):
        detect(data, "cv.docx")


def test_a_macro_enabled_word_file_is_refused():
    types = builders.CONTENT_TYPES.replace("document.main+xml", "document.macroEnabled.main+xml")
    with pytest.raises(files.Refused, match="macro"):
        detect(builders.docx(["Hi"], content_types=types), "cv.docm")


def test_a_word_file_with_external_entities_is_refused():
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{builders.W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    with pytest.raises(files.Refused, match="entities"):
        detect(builders.docx([], document_xml=xml), "cv.docx")


def test_an_entity_bomb_is_refused():
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{builders.W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    with pytest.raises(files.Refused, match="entities"):
        detect(builders.docx([], document_xml=xml), "cv.docx")


def test_a_zip_that_is_not_an_office_document_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("payload.exe", b"MZ")
    with pytest.raises(files.Refused, match="not a Word"):
        detect(out.getvalue(), "cv.docx")


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", builders.CONTENT_TYPES)
        archive.writestr("word/document.xml", b"<a/>" + b" " * (files.MAX_UNZIPPED_BYTES + 1))
    assert len(out.getvalue()) < 200_000

    with pytest.raises(files.Refused, match="unpacks to far more"):
        detect(out.getvalue(), "cv.docx")


def test_text_is_read_from_every_kind():
    assert "Kubernetes" in files.extract_text(builders.pdf(["Go", "Kubernetes"]), FileType.PDF)
    assert files.extract_text(builders.docx(["One", "Two"]), FileType.DOCX) == "One\nTwo"
    assert files.extract_text(builders.odt(["One"]), FileType.ODT) == "Heading\nOne"
    assert files.extract_text(b"\xef\xbb\xbfA\x07B  C", FileType.TXT) == "AB C"


def test_only_the_first_pages_of_a_long_pdf_are_read():
    data = builders.pdf([f"page{n}" for n in range(files.MAX_PDF_PAGES + 5)])

    text = files.extract_text(data, FileType.PDF)

    assert f"page{files.MAX_PDF_PAGES - 1}" in text
    assert f"page{files.MAX_PDF_PAGES}" not in text


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\cv.pdf", "cv.pdf"),
        ("cv\x00\n\r\t.pdf", "cv .pdf"),
        ("\u202ecod.exe.pdf", "cod.exe.pdf"),
        ("...", "document"),
        ("", "document"),
        ("a" * 300 + ".pdf", "a" * 146 + ".pdf"),
    ],
)
def test_file_names_lose_paths_and_control_characters(name, safe):
    assert files.safe_filename(name) == safe
