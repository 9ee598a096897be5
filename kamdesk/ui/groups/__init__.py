"""Corporate groups: a group account and its members, rolled up."""
