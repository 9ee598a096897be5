"""Files kamdesk reads and writes: the team's shared file and its lease, spreadsheets, contact
cards and lists, calendars; where they live, one atomic writer, and what went wrong with one."""
