"""The account list and the account's overview form, its editing and deletion, and the tabs around
it."""
