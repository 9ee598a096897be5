"""The window's frame: the application, the main window with its menus and pages, the File menu's
commands, preferences, single instance, error reports and store recovery."""
