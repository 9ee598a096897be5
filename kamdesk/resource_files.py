"""The one lookup for files in resources/: inside the wheel, or at the top of a source checkout."""

from pathlib import Path

_PACKAGED = Path(__file__).with_name("_resources")
_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    root = _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT
    return root.joinpath(*parts)
