"""The customer portfolio: value against potential, and the funnel's candidates."""
