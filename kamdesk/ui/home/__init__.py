"""The Home page and the Reminders list across accounts."""
