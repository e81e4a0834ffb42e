"""Small real files for the tests: PDFs, DOCX and ODT documents written from scratch."""

import io
import zipfile

from pypdf import PdfReader, PdfWriter


def pdf(pages: list[str]) -> bytes:
    """A PDF with one page per string, its text in Helvetica (readable by pypdf)."""
    objects: list[bytes] = []
    page_ids = []
    font_id = 3
    next_id = 4
    bodies = []
    for text in pages:
        lines = text.splitlines() or [""]
        stream = b"BT /F1 11 Tf 50 780 Td 14 TL "
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream += b"(" + escaped.encode("latin-1", "replace") + b") Tj T* "
        stream += b"ET"
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        page_ids.append(page_id)
        bodies.append(
            (
                page_id,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                b"/F1 3 0 R >> >> /Contents " + str(content_id).encode() + b" 0 R >>",
            )
        )
        bodies.append(
            (
                content_id,
                b"<< /Length "
                + str(len(stream)).encode()
                + b" >>\nstream\n"
                + stream
                + b"\nendstream",
            )
        )
    kids = b" ".join(str(i).encode() + b" 0 R" for i in page_ids)
    objects = [
        (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
        (2, b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(len(pages)).encode() + b" >>"),
        (font_id, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        *bodies,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number, body in objects:
        offsets[number] = out.tell()
        out.write(str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n")
    xref = out.tell()
    count = max(offsets) + 1
    out.write(b"xref\n0 " + str(count).encode() + b"\n0000000000 65535 f \n")
    for number in range(1, count):
        out.write(f"{offsets[number]:010d} 00000 n \n".encode())
    out.write(b"trailer\n<< /Size " + str(count).encode() + b" /Root 1 0 R >>\nstartxref\n")
    out.write(str(xref).encode() + b"\n%%EOF\n")
    return out.getvalue()


def encrypted_pdf(text: str = "secret") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([text]))))
    writer.encrypt("password", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def docx(paragraphs: list[str], *, extra: dict[str, bytes] | None = None,
         document_xml: str | None = None, content_types: str = CONTENT_TYPES) -> bytes:  # fmt: skip
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = document_xml or (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}'
        "</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("word/document.xml", xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def odt(paragraphs: list[str]) -> bytes:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f"<office:text><text:h>Heading</text:h>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", xml)
    return out.getvalue()
