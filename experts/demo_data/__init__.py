"""Texts of the experts demo; read by experts/demo.py."""
