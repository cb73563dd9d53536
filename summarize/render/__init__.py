"""Rendering: the brief as text, Markdown, JSON and an HTML page."""
