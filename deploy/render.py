"""Fill in deploy/nginx/rebound.conf's @@NAME@@ placeholders.

    python deploy/render.py --set SERVER_NAME=rebound.example.com \
        > /etc/nginx/sites-available/rebound

Every other value has a default for a typical single host (below); ``--set NAME=value``
overrides it, ``--no-ipv6`` leaves out the IPv6 ``listen`` lines (for hosts without IPv6).
Comment lines are copied unchanged. A name the template does not use, or a placeholder left
without a value, stops it with a message instead of writing a half-filled file.
"""

import argparse
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "nginx" / "rebound.conf"
PLACEHOLDER = re.compile(r"@@([A-Z0-9_]+)@@")


def defaults(server_name: str) -> dict[str, str]:
    certificates = f"/etc/letsencrypt/live/{server_name}"
    return {
        "SERVER_NAME": server_name,
        "PUBLIC_URL": f"https://{server_name}",
        "LISTEN_IPV4": "0.0.0.0",  # noqa: S104 - nginx faces the network; gunicorn never does
        "LISTEN_IPV6": "::",
        "HTTP_PORT": "80",
        "HTTPS_PORT": "443",
        "CERTIFICATE": f"{certificates}/fullchain.pem",
        "CERTIFICATE_KEY": f"{certificates}/privkey.pem",
        "STATIC_ROOT": "/srv/rebound/staticfiles",
        "APP_ADDRESS": "127.0.0.1:8000",
    }


class RenderError(ValueError):
    pass


def render(template: str, values: dict[str, str], *, ipv6: bool = True) -> str:
    used = {name for line in _settings(template) for name in PLACEHOLDER.findall(line)}
    unknown = sorted(set(values) - used)
    if unknown:
        raise RenderError(f"The template has no placeholder {', '.join(unknown)}.")
    missing = sorted(used - set(values))
    if missing:
        raise RenderError(f"No value for {', '.join(missing)}.")
    for name, value in values.items():
        if not value or any(char in value for char in ";{}\n\r\"'") or value != value.strip():
            raise RenderError(f"{name} must be one word without ; {{ }} or quotes; got {value!r}.")
    lines = []
    for line in template.splitlines(keepends=True):
        if line.lstrip().startswith("#"):
            lines.append(line)
        elif "@@LISTEN_IPV6@@" in line and not ipv6:
            continue
        else:
            lines.append(PLACEHOLDER.sub(lambda match: values[match.group(1)], line))
    return "".join(lines)


def _settings(template: str) -> list[str]:
    return [line for line in template.splitlines() if not line.lstrip().startswith("#")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="a placeholder's value"
    )
    parser.add_argument("--no-ipv6", action="store_true", help="leave out the IPv6 listen lines")
    parser.add_argument("--template", type=Path, default=TEMPLATE)
    args = parser.parse_args(argv)
    given = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            parser.error(f"--set takes NAME=VALUE; got {item!r}.")
        given[name.strip()] = value
    if "SERVER_NAME" not in given:
        parser.error("--set SERVER_NAME=your.host.name is required.")
    values = {**defaults(given["SERVER_NAME"]), **given}
    try:
        sys.stdout.write(render(args.template.read_text(), values, ipv6=not args.no_ipv6))
    except RenderError as error:
        parser.error(str(error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
