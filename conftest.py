"""Test-wide settings that must be in place before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"  # tests read English unless they ask for another language
