"""Demo data: a believable portfolio of accounts with everything a KAM keeps about them."""
