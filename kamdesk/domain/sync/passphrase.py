"""The team passphrase's one rule, for the service that takes it and the dialog that asks."""

MIN_LENGTH = 8  # with scrypt's cost per guess, enough against guessing; a sentence is better


def long_enough(passphrase: str) -> bool:
    return len(passphrase) >= MIN_LENGTH
