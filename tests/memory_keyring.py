"""A keyring that lives in the test's memory, in place of the system's."""

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 0.1  # type: ignore[assignment]  # never chosen on its own

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)
