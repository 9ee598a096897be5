"""Domain rules and value types in plain Python: no Qt, no SQL."""
