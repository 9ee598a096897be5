"""Documents for people to read or print, in the user's language: the visit briefing and the
scorecard (PDF, HTML, Markdown), the stakeholder map drawing, the reminders as a calendar."""
