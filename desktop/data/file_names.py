"""What a candle file's name says about its market: Binance's file names
('binance_spot_ETH-BTC_5m.parquet', 'binance_usdm_XRP-USDT_5m.parquet') carry the symbol, and
"usdm" marks a USDⓈ-M perpetual. Light: no pandas, no Parquet reader (the CLIs and the
replay use it before any data loads)."""

from __future__ import annotations

from pathlib import Path


def names_a_perpetual(path: Path, symbol: str | None) -> bool:
    """The file or the symbol names a linear perpetual (Binance USDⓈ-M, ccxt's X/Y:Z)."""
    return _is_usdm(path.name) or bool(symbol and ":" in symbol)


def _is_usdm(name: str) -> bool:
    return "usdm" in name.lower()


def symbol_from_filename(path: str) -> str:
    """'binance_spot_ETH-BTC_5m.parquet' -> 'ETH/BTC', 'binance_usdm_XRP-USDT_5m.parquet' ->
    'XRP/USDT:USDT' (a USDⓈ-M perpetual, in ccxt's form); anything else -> the file's stem."""
    stem = Path(path).stem
    for part in stem.split("_"):
        if "-" in part:
            base, _, quote = part.partition("-")
            if base.isalnum() and quote.isalnum():
                settle = f":{quote.upper()}" if _is_usdm(stem) else ""
                return f"{base.upper()}/{quote.upper()}{settle}"
    return stem
