"""Pieces shared by the panels: one table view, number formatting, note labels."""
