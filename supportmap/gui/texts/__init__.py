"""The sentences the window shows, in one place for review and translation."""
