"""Fetching web pages and feeds safely: httpx with timeouts, a size cap, a redirect cap and address checks.

A URL a user gives, or one a feed lists, may point anywhere, including at the machine's own services or a
cloud metadata endpoint. So before every request, and again on every redirect hop (redirects are followed
here, one at a time, never by httpx), the host name is resolved and each address it resolves to must be a
public one: loopback, private, link-local (169.254.169.254 metadata included), shared, reserved and
multicast addresses are refused unless ``allow_private`` is set. The connection then goes to the address
that was checked (the host travels in the Host header and TLS SNI), so a second DNS answer cannot swap in
another address between the check and the request.

Every failure is a ``FetchError`` with a one-line reason naming the URL; the caller records it and goes on.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from headcount import __version__
from headcount.errors import FetchError
from headcount.ingest.text import size_label

log = logging.getLogger(__name__)

USER_AGENT = f"headcount/{__version__} (news claim ledger; +https://github.com/headcount/headcount)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
_METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data"}


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How careful to be; one object so the CLI, feeds and tests pass the same settings around."""

    timeout: float = 20.0  # seconds for connecting and for each read, and for the whole download
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()  # CIDR blocks allowed even when private (a local mirror, the tests)
    user_agent: str = USER_AGENT
    accept: tuple[str, ...] = HTML_TYPES + FEED_TYPES


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes

    @property
    def is_feed(self) -> bool:
        head = self.body.lstrip()[:500].lower()
        return (self.content_type in FEED_TYPES and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)) or \
            head.startswith((b"<rss", b"<feed"))


def check_address(ip: str, *, allow_private: bool, allow_networks: tuple[str, ...] = ()) -> str | None:
    """Why this address may not be fetched, or None when it may."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if allow_private or any(addr in ipaddress.ip_network(n, strict=False) for n in allow_networks):
        return None
    if addr.is_loopback:
        return "loopback"
    if addr.is_link_local:
        return "link-local (cloud metadata)" if str(addr) in ("169.254.169.254", "fd00:ec2::254") else "link-local"
    if addr.is_private:
        return "private"
    if addr.is_multicast or addr.is_reserved or addr.is_unspecified or not addr.is_global:
        return "not a public address"
    return None


def resolve(host: str, port: int, *, allow_private: bool, where: str, allow_networks: tuple[str, ...] = ()) -> str:
    """The first address of ``host`` after checking every address it resolves to."""
    if not allow_private and host.lower().rstrip(".") in _METADATA_HOSTS:
        raise FetchError(f"refused: {host} is a cloud metadata host (use --allow-private to fetch it)", where=where)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host} ({exc})", where=where) from None
    addrs = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for ip in addrs:
        why = check_address(ip, allow_private=allow_private, allow_networks=allow_networks)
        if why:
            raise FetchError(f"refused: {host} resolves to {why} address {ip} (use --allow-private to fetch it)",
                             where=where)
    if not addrs:
        raise FetchError(f"cannot resolve {host}", where=where)
    return addrs[0]


def fetch(url: str, opts: FetchOptions | None = None, client: Any = None) -> Fetched:
    """GET ``url`` under the rules above; returns the final URL, status, content type and body."""
    import httpx

    opts = opts or FetchOptions()
    own = client is None
    if own:
        client = httpx.Client(timeout=httpx.Timeout(opts.timeout), follow_redirects=False, trust_env=False)
    try:
        return _fetch(client, url, opts)
    finally:
        if own:
            client.close()


def _fetch(client: Any, url: str, opts: FetchOptions) -> Fetched:
    import httpx

    deadline = time.monotonic() + opts.timeout * 3
    current = url
    for _hop in range(opts.max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {current}", where=url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        ip = resolve(parts.hostname, port, allow_private=opts.allow_private, where=url,
                     allow_networks=opts.allow_networks)
        target = httpx.URL(current).copy_with(host=ip)
        headers = {"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": opts.user_agent,
                   "Accept": ", ".join(opts.accept) + ", */*;q=0.1"}
        request = client.build_request("GET", target, headers=headers, extensions={"sni_hostname": parts.hostname})
        try:
            response = client.send(request, stream=True)
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {opts.timeout:g} s", where=url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", where=url) from None
        try:
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"redirect {response.status_code} without a Location", where=url)
                current = urljoin(current, location)
                log.debug("redirect %s -> %s", url, current)
                continue
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} from {current}", where=url)
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and not any(ctype == t for t in opts.accept) and ctype != "text/plain":
                raise FetchError(f"not a page or feed (content type {ctype})", where=url)
            declared = response.headers.get("content-length")
            if declared and declared.isdecimal() and int(declared) > opts.max_bytes:
                raise FetchError(f"{size_label(int(declared))} is over the {size_label(opts.max_bytes)} limit",
                                 where=url)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > opts.max_bytes:
                    raise FetchError(f"body over the {size_label(opts.max_bytes)} limit", where=url)
                if time.monotonic() > deadline:
                    raise FetchError(f"download took over {opts.timeout * 3:g} s", where=url)
            log.info("fetched %s (%d bytes, %s)", current, len(body), ctype or "no content type")
            return Fetched(current, response.status_code, ctype, bytes(body))
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {opts.timeout:g} s", where=url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", where=url) from None
        finally:
            response.close()
    raise FetchError(f"more than {opts.max_redirects} redirects", where=url)


def make_client(opts: FetchOptions) -> Any:
    """One httpx client for a batch (connection reuse); redirects stay manual."""
    import httpx

    return httpx.Client(timeout=httpx.Timeout(opts.timeout), follow_redirects=False, trust_env=False)
