"""Everything the user reads: language choice, labels of domain values, error sentences."""
