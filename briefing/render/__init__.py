"""Renderers: each draws a pack document into one file format."""
