"""kamdesk: the desktop workbench of the key account manager."""

__version__ = "0.1.0"
