"""confvault: sealed session notes and redacted supervision exports."""

__version__ = "0.1.0"
