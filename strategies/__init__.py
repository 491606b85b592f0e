"""Strategy API, technical indicators and the built-in strategies."""
