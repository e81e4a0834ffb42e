"""Inspect rendered pages for what a strict Content-Security-Policy would block."""

import re
from html.parser import HTMLParser

_NONCE = re.compile(r"'nonce-([^']+)'")


def header_nonce(csp: str) -> str | None:
    match = _NONCE.search(csp)
    return match.group(1) if match else None


def directives(csp: str) -> dict[str, list[str]]:
    parsed = {}
    for part in csp.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


class _Inspector(HTMLParser):
    def __init__(self, nonce: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.nonce = nonce
        self.problems: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        line = self.getpos()[0]
        for name, _ in attrs:
            if name.startswith("on"):
                self.problems.append(f"line {line}: <{tag} {name}=...> (inline event handler)")
        if "style" in found:
            self.problems.append(f"line {line}: <{tag} style=...> (inline style)")
        if tag == "style":
            nonce_ok = self.nonce is not None and found.get("nonce") == self.nonce
            if not nonce_ok:
                self.problems.append(f"line {line}: <style> element without the page's nonce")
        if tag == "script":
            self.scripts += 1
            is_data = found.get("type") in ("application/json", "application/ld+json")
            nonce_ok = self.nonce is not None and found.get("nonce") == self.nonce
            if not found.get("src") and not is_data and not nonce_ok:
                self.problems.append(f"line {line}: inline <script> without the page's nonce")
            if found.get("nonce") and found.get("nonce") != self.nonce:
                self.problems.append(f"line {line}: <script> nonce does not match the header")


def csp_problems(html: str, csp: str) -> list[str]:
    """Everything on the page the policy would block, or that relies on inline code."""
    inspector = _Inspector(header_nonce(csp))
    inspector.feed(html)
    inspector.close()
    return inspector.problems
