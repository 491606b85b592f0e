"""How orders fill inside a candle: the one rule the backtester and the paper venue share."""
