"""Preparing a visit: the dialog that plans it and exports the briefing."""
