"""The Qt shell: main window, docks and workspaces, actions, theme, engine->Qt bridge."""
