"""Texts of the stories demo; read by stories/demo.py."""
