"""A document as sections of simple blocks, written out as HTML (every value escaped, images
inline) or as Markdown (tables, readable in any editor). One description, two formats."""

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

Cell = str


@dataclass(frozen=True)
class Facts:
    pairs: Sequence[tuple[str, str]]
    lead: bool = False  # the first pair names what the rest describe: set in bold


@dataclass(frozen=True)
class Table:
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    numeric: frozenset[int] = frozenset()  # columns aligned right


@dataclass(frozen=True)
class Bullets:
    items: Sequence[str]


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Image:
    png: bytes
    alt: str
    width: int  # CSS pixels on the page; a wider window or paper never stretches it
    own_page: bool = False  # on paper: a part of a picture cut to fit one page


Block = Facts | Table | Bullets | Text | Image


@dataclass(frozen=True)
class Section:
    title: str
    blocks: Sequence[Block]
    new_page: bool = False  # on paper, start it on a page of its own (a large picture)


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    sections: Sequence[Section]


STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9.5pt; }
h1 { font-size: 17pt; margin-bottom: 0; color: #1f4e79; }
h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; color: #1f4e79;
     border-bottom: 1px solid #1f4e79; }
table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
th { background: #1f4e79; color: #ffffff; text-align: left; padding: 2pt 4pt; }
td { border-bottom: 1px solid #c8d3de; vertical-align: top; padding: 2pt 4pt; }
td.number, th.number { text-align: right; padding-right: 16px; }  /* Qt reads px, not pt */
td.label { color: #555555; width: 30%; }
p.meta { color: #555555; margin-top: 0; }
p.text { white-space: pre-wrap; }
"""


# Qt's rich text reads table width and padding from attributes, browsers from the style sheet.
_TABLE = '<table width="100%" cellspacing="0" cellpadding="3">'


def _html_text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _html_block(block: Block, image_source: "ImageSource") -> str:
    match block:
        case Facts(pairs, lead):
            rows = [
                f'<tr><td class="label" width="32%">{escape(k)}</td><td>{_html_text(v)}</td></tr>'
                for k, v in pairs
            ]
            if lead and rows:
                key, value = pairs[0]
                rows[0] = f'<tr><th width="32%">{escape(key)}</th><th>{_html_text(value)}</th></tr>'
            return f"{_TABLE}{''.join(rows)}</table>"
        case Table(headers, rows, numeric):
            head = "".join(
                f'<th class="number">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>"
                for i, h in enumerate(headers)
            )
            body = "".join(
                "<tr>"
                + "".join(
                    f'<td class="number">{_html_text(c)}</td>'
                    if i in numeric
                    else f"<td>{_html_text(c)}</td>"
                    for i, c in enumerate(row)
                )
                + "</tr>"
                for row in rows
            )
            return f"{_TABLE}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        case Bullets(items):
            return "<ul>" + "".join(f"<li>{_html_text(i)}</li>" for i in items) + "</ul>"
        case Text(text):
            return f'<p class="text">{_html_text(text)}</p>'
        case Image(png, alt, width, own_page):
            source, text = image_source(png), escape(alt)
            fitted = "max-width: 100%; height: auto"  # a narrow browser window shrinks it
            paragraph = '<p style="page-break-before: always">' if own_page else "<p>"
            return (
                f'{paragraph}<img src="{source}" alt="{text}" width="{width}" style="{fitted}"></p>'
            )


class ImageSource:
    """Where an HTML image comes from: inline data for a file, a resource name for Qt."""

    def __call__(self, png: bytes) -> str:
        return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def html(document: Document, image_source: ImageSource | None = None) -> str:
    source = image_source or ImageSource()
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8">',
        f"<title>{escape(document.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(document.title)}</h1>",
        f'<p class="meta">{_html_text(document.subtitle)}</p>',
    ]
    for section in document.sections:
        style = ' style="page-break-before: always"' if section.new_page else ""
        parts.append(f"<h2{style}>{escape(section.title)}</h2>")
        parts.extend(_html_block(block, source) for block in section.blocks)
    parts.append("</body></html>")
    return "".join(parts)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})


def _md_escape(text: str) -> str:
    """Markdown would read these as markup (or raw HTML); escaped, they stay the user's text."""
    return text.translate(_MD_SPECIAL)


def _md_cell(text: str) -> str:
    return " ".join(_md_escape(text).split())


def _md_block(block: Block) -> list[str]:
    match block:
        case Facts(pairs, lead) if lead and pairs:
            # Its own heading: Markdown would merge blocks of bare lists into one list.
            return [f"### {_md_cell(pairs[0][1])}", "", *_md_block(Facts(pairs[1:]))]
        case Facts(pairs, _):
            return [f"- **{_md_cell(k)}:** {_md_cell(v)}" for k, v in pairs]
        case Table(headers, rows, numeric):
            rule = ["---:" if i in numeric else "---" for i in range(len(headers))]
            lines = [headers, rule, *rows]
            return ["| " + " | ".join(_md_cell(c) for c in line) + " |" for line in lines]
        case Bullets(items):
            return [f"- {_md_cell(item)}" for item in items]
        case Text(text):
            return [_md_escape(line).rstrip() + "  " for line in text.splitlines()]
        case Image(_, alt):
            return [f"*{_md_cell(alt)}*"]


def markdown(document: Document) -> str:
    lines = [f"# {_md_cell(document.title)}", "", _md_cell(document.subtitle)]
    for section in document.sections:
        lines += ["", f"## {_md_cell(section.title)}"]
        for block in section.blocks:
            lines += ["", *_md_block(block)]
    return "\n".join(lines).rstrip() + "\n"
