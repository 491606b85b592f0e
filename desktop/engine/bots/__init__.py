"""Strategy bots on the engine thread: a Strategy trading an account on closed candles.

- `runner.BotRunner`: one bot (warm-up window, decide on each closed candle, intents to orders
  through the order manager, its own position from its own fills).
- `service.BotService`: every bot of the app: persistence (`store.py`), resume after a
  restart, routing of candles, orders and fills, the client-facing commands.
- `candles.py`: the rolling warm-up window and the 1m -> timeframe aggregation.
- `warmup.py`: how many candles a strategy's indicators need (declared or measured).
- `sizing.py`: the backtest's sizing rule, applied to a live order.
"""
