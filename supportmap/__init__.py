"""SupportMap: draw the people you can lean on and see where support is thin."""

__version__ = "0.1.0"
