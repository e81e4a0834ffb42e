"""Reading a job posting from what the browser sends: schema.org ``JobPosting`` in JSON-LD
or microdata, else the page's title, address and the user's selected text.

The server never fetches a URL: the bookmarklet sends the page's JSON-LD, its microdata
and the selection (``capture`` below), or the user pastes JSON-LD, a page's source or
plain text. Whatever arrives is untrusted: JSON that is malformed, deeply nested or
huge is skipped, and the description keeps only a strict allow-list of tags (no
attributes at all), so nothing stored can run as script.
"""

import datetime
import html
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

import nh3

#: The most text one capture may be (a posting page's JSON-LD is a few tens of KB).
MAX_CAPTURE_CHARS = 1_000_000
#: JSON-LD blocks read from one capture, and objects walked in them.
MAX_BLOCKS = 20
MAX_NODES = 20_000
MAX_DEPTH = 32
MAX_DESCRIPTION_CHARS = 100_000

ALLOWED_TAGS = {
    "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "code",
}  # fmt: skip

EMPLOYMENT_TYPES = {
    "FULL_TIME": "Full time",
    "PART_TIME": "Part time",
    "CONTRACTOR": "Contractor",
    "TEMPORARY": "Temporary",
    "INTERN": "Internship",
    "VOLUNTEER": "Volunteer",
    "PER_DIEM": "Per diem",
    "OTHER": "Other",
}
UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}


class CaptureError(ValueError):
    """Nothing usable was sent; the message is for the user."""


@dataclass
class Posting:
    title: str = ""
    organization: str = ""
    location: str = ""
    remote: str = ""
    salary_min: Decimal | None = None
    salary_max: Decimal | None = None
    salary_currency: str = ""
    salary_unit: str = ""
    employment_type: str = ""
    date_posted: datetime.date | None = None
    valid_through: datetime.date | None = None
    url: str = ""
    description: str = ""
    description_text: str = ""
    source: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def work_mode(self) -> str:
        return "remote" if self.remote else ""

    def snapshot_fields(self) -> dict:
        return {
            name: getattr(self, name)
            for name in (
                "title", "organization", "location", "remote", "salary_min", "salary_max",
                "salary_currency", "salary_unit", "employment_type", "date_posted",
                "valid_through", "url", "description", "description_text", "source",
            )
        }  # fmt: skip


@dataclass
class Capture:
    """What was read: the postings found (several on one page happen) and why not more."""

    postings: list[Posting]
    notes: list[str]


def read(text: str, *, page_title: str = "", page_url: str = "") -> Capture:
    """Read what the user pasted or the bookmarklet sent. Raises ``CaptureError`` when it
    is too large or holds nothing at all."""
    text = (text or "").replace("\x00", "")
    if len(text) > MAX_CAPTURE_CHARS:
        raise CaptureError(
            f"That is {len(text):,} characters; a posting may be at most "
            f"{MAX_CAPTURE_CHARS:,}. Paste just the posting's text or its JSON-LD."
        )
    if not text.strip():
        raise CaptureError("Paste the posting (its text, its page source or its JSON-LD).")
    notes: list[str] = []
    blocks: list[str] = []
    microdata: list[str] = []
    selection = ""
    envelope = _envelope(text)
    if envelope is not None:
        blocks = [b for b in envelope.get("jsonld", []) if isinstance(b, str)]
        microdata = [m for m in envelope.get("microdata", []) if isinstance(m, str)]
        selection = envelope.get("selection") if isinstance(envelope.get("selection"), str) else ""
        page_title = _string(envelope.get("title")) or page_title
        page_url = _string(envelope.get("url")) or page_url
    elif text.lstrip().startswith(("{", "[")):
        blocks = [text]
    elif "<" in text and re.search(r"<(script|html|body|div|meta|span|section)\b", text, re.I):
        blocks = _ld_scripts(text)
        microdata = [text]
        page_title = page_title or _html_title(text)
    else:
        selection = text
    postings: list[Posting] = []
    for block in blocks[:MAX_BLOCKS]:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            notes.append("One block of JSON-LD on the page was not valid JSON and was skipped.")
            continue
        found = []
        try:
            _find_postings(data, found, depth=0, budget=[MAX_NODES])
        except RecursionError:
            notes.append("One block of JSON-LD was nested too deeply and was skipped.")
            continue
        postings.extend(_postings(found, source="JSON-LD", notes=notes))
    if not postings:
        for html_text in microdata[:MAX_BLOCKS]:
            postings.extend(_postings(_microdata(html_text), source="microdata", notes=notes))
    postings = [p for p in postings if p.title or p.description_text or p.organization]
    if not postings:
        fallback = Posting(title=_clip(page_title, 300), source="selected text")
        if selection.strip():
            fallback.description, fallback.description_text = _description(selection, plain=True)
        elif not fallback.title:
            raise CaptureError(
                "No job posting was found in that text. Select the posting's text on its "
                "page and paste it here."
            )
        else:
            fallback.source = "page title"
        postings = [fallback]
    for posting in postings:
        posting.url = posting.url or _clip(page_url, 500)
        if not posting.url.startswith(("http://", "https://")):
            posting.url = ""
        posting.title = posting.title or _clip(page_title, 300)
    return Capture(postings, notes)


# --- JSON-LD ----------------------------------------------------------------------------


def _envelope(text: str) -> dict | None:
    """The bookmarklet's message: ``{"rebound": 1, "jsonld": [...], ...}``."""
    if not text.lstrip().startswith("{") or '"rebound"' not in text[:200]:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict) and data.get("rebound") == 1:
        return data
    return None


def _ld_scripts(page: str) -> list[str]:
    return [
        html.unescape(m.group(1)) if "&quot;" in m.group(1)[:200] else m.group(1)
        for m in re.finditer(
            r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
            page,
            re.I | re.S,
        )
    ]


def _html_title(page: str) -> str:
    match = re.search(r"<title[^>]*>(.*?)</title\s*>", page, re.I | re.S)
    return _text(html.unescape(match.group(1))) if match else ""


def _is_posting(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting"
               for k in kinds)  # fmt: skip


def _find_postings(data, found: list, *, depth: int, budget: list[int]) -> None:
    budget[0] -= 1
    if depth > MAX_DEPTH or budget[0] < 0:
        return
    if isinstance(data, list):
        for item in data:
            _find_postings(item, found, depth=depth + 1, budget=budget)
    elif isinstance(data, dict):
        if _is_posting(data):
            found.append(data)
            return
        for value in data.values():
            if isinstance(value, dict | list):
                _find_postings(value, found, depth=depth + 1, budget=budget)


def _from_json(node: dict, *, source: str) -> Posting:
    posting = Posting(source=source)
    posting.title = _clip(_string(node.get("title")) or _string(node.get("name")), 300)
    posting.organization = _clip(_name(node.get("hiringOrganization")), 300)
    posting.location = _clip(_location(node.get("jobLocation")), 300)
    remote = " ".join(_strings(node.get("jobLocationType"))).upper()
    if "TELECOMMUTE" in remote or "REMOTE" in remote:
        where = ", ".join(_name(item) for item in _items(node.get("applicantLocationRequirements")))
        posting.remote = _clip(f"Remote ({where})" if where else "Remote", 100)
    salary = node.get("baseSalary") or node.get("estimatedSalary")
    if isinstance(salary, list):
        salary = salary[0] if salary else None
    _salary(posting, salary)
    posting.employment_type = _clip(
        ", ".join(EMPLOYMENT_TYPES.get(t.upper().replace("-", "_"), t.title())
                  for t in _strings(node.get("employmentType"))),
        200,
    )  # fmt: skip
    posting.date_posted = _date(node.get("datePosted"))
    posting.valid_through = _date(node.get("validThrough"))
    url = _string(node.get("url"))
    posting.url = _clip(url, 500) if url.startswith(("http://", "https://")) else ""
    description = node.get("description")
    if isinstance(description, list) and description:
        description = description[0]
    if isinstance(description, dict):
        description = description.get("@value")
    if isinstance(description, str) and description.strip():
        posting.description, posting.description_text = _description(description)
    return posting


def _postings(nodes: list[dict], *, source: str, notes: list[str]) -> list[Posting]:
    postings = []
    for node in nodes[:50]:
        try:
            postings.append(_from_json(node, source=source))
        except RecursionError:
            notes.append("One posting was nested too deeply to read and was skipped.")
    return postings


def _items(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _string(value) -> str:
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value:
        return _string(value[0])
    if isinstance(value, dict):
        return _string(value.get("@value") or value.get("name"))
    return ""


def _strings(value) -> list[str]:
    return [s for s in (_string(item) for item in _items(value)) if s]


def _name(value) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value[:5]) if n)
    if isinstance(value, dict):
        return _string(value.get("name")) or _string(value.get("legalName"))
    return _string(value)


def _location(value) -> str:
    places = []
    for place in _items(value)[:10]:
        if isinstance(place, dict):
            address = place.get("address")
            if isinstance(address, list):
                address = address[0] if address else None
            if isinstance(address, dict):
                parts = [
                    _name(address.get(key))
                    for key in ("addressLocality", "addressRegion", "addressCountry")
                ]
                text = ", ".join(dict.fromkeys(p for p in parts if p))
            else:
                text = _string(address) or _name(place)
        else:
            text = _string(place)
        if text and text not in places:
            places.append(text)
    return "; ".join(places)


def _number(value) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.replace(",", "").strip()
        if len(value) > 20:
            return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return None
    if not number.is_finite() or number < 0 or number >= Decimal(10) ** 12:
        return None
    return number.quantize(Decimal("0.01"))


def _salary(posting: Posting, salary) -> None:
    if isinstance(salary, int | float | str) and not isinstance(salary, bool):
        posting.salary_min = posting.salary_max = _number(salary)
        return
    if not isinstance(salary, dict):
        return
    currency = _string(salary.get("currency")).upper()
    posting.salary_currency = currency if re.fullmatch(r"[A-Z]{3}", currency) else ""
    value = salary.get("value")
    if isinstance(value, dict):
        low = _number(value.get("minValue"))
        high = _number(value.get("maxValue"))
        single = _number(value.get("value"))
        posting.salary_min = low if low is not None else single
        posting.salary_max = high if high is not None else single
        unit = _string(value.get("unitText")).upper()
        posting.salary_unit = UNITS.get(unit, "")
    else:
        posting.salary_min = posting.salary_max = _number(value)
    if (
        posting.salary_min is not None
        and posting.salary_max is not None
        and posting.salary_min > posting.salary_max
    ):
        posting.salary_min, posting.salary_max = posting.salary_max, posting.salary_min


def _date(value) -> datetime.date | None:
    text = _string(value)[:40]
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return None
    try:
        day = datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return day if 1990 <= day.year <= 2100 else None


# --- Description ------------------------------------------------------------------------


def _description(raw: str, *, plain: bool = False) -> tuple[str, str]:
    """The description as allow-listed HTML, and as plain text."""
    raw = raw[: MAX_DESCRIPTION_CHARS * 2]
    if not plain and "<" not in raw and "&lt;" in raw:
        # Many boards escape the HTML once more inside the JSON.
        raw = html.unescape(raw)
    if plain or not re.search(r"<[a-zA-Z/!]", raw):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", raw.replace("\r", "")) if p.strip()]
        raw = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)
    cleaned = nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes={},
        clean_content_tags={"script", "style", "template", "noscript", "iframe", "object"},
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    ).strip()
    return cleaned[:MAX_DESCRIPTION_CHARS], html_to_text(cleaned)[:MAX_DESCRIPTION_CHARS]


def clean_html(description: str) -> str:
    """A stored description cleaned again to the allow-list (no attributes, no script):
    for what is shown, and for what arrives by other means than a capture (an import)."""
    return nh3.clean(
        description or "", tags=ALLOWED_TAGS, attributes={}, url_schemes=set(), link_rel=None
    )


class _TextParser(HTMLParser):
    BLOCKS = {"p", "br", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()


def _text(value: str) -> str:
    """One line of plain text (titles, names) from what may hold tags or entities."""
    if "<" in value or "&" in value:
        value = html_to_text(nh3.clean(value, tags=set(), clean_content_tags={"script", "style"}))
    return re.sub(r"\s+", " ", value).strip()


def _clip(value: str, length: int) -> str:
    return value[:length].strip()


# --- Microdata --------------------------------------------------------------------------


class _MicrodataParser(HTMLParser):
    """Items (``itemscope``) with their properties, nested items as nested dicts.

    Work per tag is bounded: elements nested deeper than ``MAX_HTML_DEPTH`` are ignored,
    and so is everything after ``MAX_NODES`` tags.
    """

    VOID = {"meta", "link", "img", "br", "hr", "input", "source", "area", "base", "col", "wbr"}
    SKIP = {"script", "style", "template", "noscript"}
    MAX_HTML_DEPTH = 256

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[dict] = []
        # One entry per open element: its tag, whether it opened an item, and whether it
        # opened a text buffer (for a property whose value is the element's text).
        self.stack: list[tuple[str, bool, bool]] = []
        self.open_items: list[dict] = []
        self.buffers: list[list[str]] = []
        self.skipping = 0
        self.count = 0

    def handle_starttag(self, tag, attrs):
        self.count += 1
        if self.count > MAX_NODES or len(self.stack) >= self.MAX_HTML_DEPTH:
            return
        if tag in self.SKIP:
            self.skipping += 1
        attributes = {name: value or "" for name, value in attrs[:50]}
        prop = (attributes.get("itemprop") or "").split()
        prop = prop[0] if prop else None
        parent = self.open_items[-1] if self.open_items else None
        item = None
        if "itemscope" in attributes:
            item = {"@type": attributes.get("itemtype", "").split()[:5]}
            if prop and parent is not None:
                parent.setdefault(prop, item)
            elif parent is None:
                self.items.append(item)
        buffer = None
        if prop and item is None and parent is not None:
            value = next(
                (attributes[a] for a in ("content", "datetime", "href", "src", "value")
                 if a in attributes),
                None,
            )  # fmt: skip
            if value is not None:
                parent.setdefault(prop, value)
            elif tag not in self.VOID:
                buffer = []
                parent.setdefault(prop, buffer)
        if tag in self.VOID:
            return
        self.stack.append((tag, item is not None, buffer is not None))
        if item is not None:
            self.open_items.append(item)
        if buffer is not None:
            self.buffers.append(buffer)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                for _, opened_item, opened_buffer in self.stack[index:]:
                    if opened_item:
                        self.open_items.pop()
                    if opened_buffer:
                        self.buffers.pop()
                del self.stack[index:]
                return

    def handle_data(self, data):
        if self.skipping:
            return
        for buffer in self.buffers:
            buffer.append(data)


def _resolve(item):
    if isinstance(item, list):
        return " ".join("".join(item).split())
    if isinstance(item, dict):
        return {key: _resolve(value) for key, value in item.items()}
    return item


def _microdata(page: str) -> list[dict]:
    parser = _MicrodataParser()
    try:
        parser.feed(page)
        parser.close()
    except (ValueError, AssertionError):
        return []
    found: list = []
    _find_postings([_resolve(item) for item in parser.items], found, depth=0, budget=[MAX_NODES])
    return found
