"""Renderings of a run: each takes a RunResult and returns text, or writes files to a folder."""
