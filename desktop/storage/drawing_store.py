"""Chart drawings per venue and symbol (table chart_drawings), in the one JSON shape of
desktop.core.drawings. The engine thread is the only writer."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable

from sqlalchemy import delete, select

from desktop.core.drawings import Drawing, drawing_from_dict, drawing_to_dict
from desktop.storage.db import Database
from desktop.storage.models import ChartDrawingRecord


class DrawingStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    def drawings(self, venue: str, symbol: str) -> list[Drawing]:
        """The symbol's drawings, oldest first (the order they are stacked on the chart)."""
        query = select(ChartDrawingRecord).where(
            ChartDrawingRecord.venue == venue, ChartDrawingRecord.symbol == symbol,
        ).order_by(ChartDrawingRecord.created_ms, ChartDrawingRecord.id)
        with self.database.session() as session:
            return [drawing_from_dict(json.loads(r.drawing_json)) for r in session.scalars(query)]

    def save(self, drawing: Drawing) -> None:
        now = int(time.time() * 1000)
        text = json.dumps(drawing_to_dict(drawing), allow_nan=False, sort_keys=True)
        with self.database.session() as session:
            row = session.get(ChartDrawingRecord, drawing.id)
            if row is None:
                session.add(ChartDrawingRecord(
                    id=drawing.id, venue=drawing.venue, symbol=drawing.symbol,
                    kind=drawing.kind, drawing_json=text, created_ms=now, updated_ms=now))
            else:
                row.venue, row.symbol, row.kind = drawing.venue, drawing.symbol, drawing.kind
                row.drawing_json, row.updated_ms = text, now

    def delete(self, venue: str, symbol: str, ids: Iterable[str] | None = None) -> int:
        """Delete some of a symbol's drawings (None: all of them); how many went."""
        query = delete(ChartDrawingRecord).where(
            ChartDrawingRecord.venue == venue, ChartDrawingRecord.symbol == symbol)
        if ids is not None:
            query = query.where(ChartDrawingRecord.id.in_(list(ids)))
        with self.database.session() as session:
            return session.execute(query).rowcount or 0
