"""Where orders go and prices come from: venues, the paper matching engine, price feeds."""
