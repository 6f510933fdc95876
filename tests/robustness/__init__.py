"""Helpers for the robustness test family (crash harness, figures); see docs/RELIABILITY.md."""
