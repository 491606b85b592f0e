"""What reached the server, stamped with the server's own clock (ms)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RequestRecord:
    arrived_ms: int
    method: str
    path: str
    params: dict[str, str]
    status: int = 0  # 0 until answered; stays 0 when the connection was dropped
    answered_ms: int = 0
    fault: str = ""  # the injected fault that shaped the answer, if any
    extra: dict = field(default_factory=dict)


class RequestLog:
    def __init__(self) -> None:
        self.records: list[RequestRecord] = []

    def add(self, record: RequestRecord) -> RequestRecord:
        self.records.append(record)
        return record

    def to(self, path: str, method: str | None = None) -> list[RequestRecord]:
        return [
            r for r in self.records
            if r.path == path and (method is None or r.method == method)
        ]

    def __len__(self) -> int:
        return len(self.records)
