"""Delivery of alert triggers to channels through an outbox in the database. Qt-free.

`service.DeliveryService` is what the engine holds; `outbox.Outbox` does the work (retries,
backoff, retry-after, rate limits, folded bursts, restart recovery); one module per kind of
channel says how a message goes out and what its errors mean.
"""
