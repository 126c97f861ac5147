"""Checks on rendered pictures shared by the GUI tests."""

from PySide6.QtGui import QImage


def distinct_colours(image: QImage, step: int = 4) -> int:
    """How many different pixel colours a sample grid of ``image`` holds (blank images: 1)."""
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )
