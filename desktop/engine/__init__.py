"""The background engine: its thread and asyncio loop, the UI-side client facade."""
