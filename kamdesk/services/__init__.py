"""Use cases the UI and the command line share: one piece of code per operation."""
