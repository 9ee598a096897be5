"""The key-account status: scorecard, selection funnel, criteria catalogue, review notices."""
