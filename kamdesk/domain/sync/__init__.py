"""Team sync's rules, plain Python: the hybrid clock, the stamps, rows as they travel,
the merge, the plan of one sync, the rows in its scope and cloud clients' conflicted copies."""
