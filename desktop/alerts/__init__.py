"""Alerts: rules (model.py), their vectorised evaluation on the engine thread, and delivery."""
