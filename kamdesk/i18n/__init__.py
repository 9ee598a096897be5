"""Everything the user reads: language choice, labels of domain values, error sentences."""

LANGUAGES = ("de", "en")  # the languages kamdesk speaks (here: the command line reads it)
