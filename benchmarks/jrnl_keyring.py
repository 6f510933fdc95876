"""A keyring backend that hands jrnl its journal password from an environment variable.

jrnl reads an encrypted journal's password from the system keyring before it
prompts; the benchmark points keyring at this class
(PYTHON_KEYRING_BACKEND=jrnl_keyring.EnvKeyring) so jrnl runs unattended, the
way `--passphrase-file` lets confvault run. Only for benchmarks/vs_jrnl.py.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend

PASSWORD_ENV = "CONFVAULT_BENCH_JRNL_PASSWORD"  # a variable name


class EnvKeyring(KeyringBackend):  # type: ignore[misc]
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get(PASSWORD_ENV)

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None
