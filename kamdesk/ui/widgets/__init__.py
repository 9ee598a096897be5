"""Widgets every feature uses: the list model, spreadsheet tables, date fields, choice boxes,
checklists, empty hints, undo steps, the worker thread."""
