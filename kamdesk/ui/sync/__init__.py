"""Team sync in the window: syncing, settings, conflicts, accounts sharing a name, the log."""
