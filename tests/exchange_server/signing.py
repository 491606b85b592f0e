"""Binance's rules for SIGNED endpoints (HMAC-SHA256 keys).

The signature is the hex HMAC-SHA256, keyed with the secret, of `totalParams`: the query string
concatenated with the request body, exactly as sent, without the `signature` parameter itself.
A request is accepted when `timestamp < serverTime + 1000` and
`serverTime - timestamp <= recvWindow` (recvWindow defaults to 5000 and may not exceed 60000).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class BinanceError(Exception):
    status: int
    code: int
    msg: str


BAD_API_KEY_FORMAT = BinanceError(401, -2014, "API-key format invalid.")
BAD_API_KEY = BinanceError(401, -2015, "Invalid API-key, IP, or permissions for action.")
BAD_SIGNATURE = BinanceError(400, -1022, "Signature for this request is not valid.")
MAX_RECV_WINDOW = 60_000


def _strip_signature(raw: str) -> tuple[str, str | None]:
    """(`raw` without its signature parameter, the signature) — the parameter order kept."""
    kept, signature = [], None
    for part in raw.split("&") if raw else []:
        if part.startswith("signature="):
            signature = part[len("signature="):]
        else:
            kept.append(part)
    return "&".join(kept), signature


def check_signed(api_key_header: str | None, raw_query: str, raw_body: str,
                 params: dict[str, str], keys: dict[str, str], server_ms: int) -> None:
    """Raise `BinanceError` unless the request is signed by a known key within its window."""
    if not api_key_header:
        raise BAD_API_KEY_FORMAT
    secret = keys.get(api_key_header)
    if secret is None:
        raise BAD_API_KEY
    query, sig_q = _strip_signature(raw_query)
    body, sig_b = _strip_signature(raw_body)
    signature = sig_q or sig_b
    if not signature:
        raise BinanceError(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/"
                                       "null, or malformed.")
    total = query + body
    expected = hmac.new(secret.encode(), total.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.lower()):
        raise BAD_SIGNATURE
    try:
        timestamp = int(params["timestamp"])
    except (KeyError, ValueError):
        raise BinanceError(400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/"
                                       "null, or malformed.") from None
    recv_window = int(params.get("recvWindow", 5000))
    if recv_window > MAX_RECV_WINDOW:
        raise BinanceError(400, -1131, "recvWindow must be less than 60000")
    if timestamp >= server_ms + 1000:
        raise BinanceError(400, -1021, "Timestamp for this request was 1000ms ahead of the "
                                       "server's time.")
    if server_ms - timestamp > recv_window:
        raise BinanceError(400, -1021, "Timestamp for this request is outside of the "
                                       "recvWindow.")
