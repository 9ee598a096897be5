"""Text files that programs export for each other: how their bytes become text, and which
character separates the fields of a CSV file."""

import csv


def decoded(data: bytes) -> str:
    """UTF-8 (with or without byte-order mark), else Windows-1252 as Outlook and Excel on
    German Windows write it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def csv_dialect(text: str) -> type[csv.Dialect]:
    """Commas, semicolons (Excel where the decimal point is a comma) or tabs, read off the
    header line; plain commas when it cannot tell."""
    first_line = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(first_line, delimiters=",;\t")
    except csv.Error:
        return csv.excel
