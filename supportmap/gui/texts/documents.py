"""Sentences of File → Save report as PDF…, Print… and the safety plan's Save and Print (shown
with `text`, see the package).

The report's own words are Qt-free (`supportmap.reports.report_texts`); these are the menu
tips, the choice of audience and the messages around saving and printing.
"""

from __future__ import annotations

from supportmap.gui.texts import QT_TRANSLATE_NOOP

SAVE_REPORT_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Save a report of this map as a PDF, for the client or for the clinician's file"
)
PRINT_TIP = QT_TRANSLATE_NOOP("SupportMap", "Print a report of this map")
CHOOSE_TITLE = QT_TRANSLATE_NOOP("SupportMap", "Which report?")
CHOOSE_PROMPT = QT_TRANSLATE_NOOP("SupportMap", "Who is the report for?")
CLIENT_CHOICE = QT_TRANSLATE_NOOP("SupportMap", "For the person to take home")
CLIENT_EXPLAINED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The map, what is there for them, what the map shows with small steps, and their next "
    "steps. No session notes and no notes about people.",
)
CLINICIAN_CHOICE = QT_TRANSLATE_NOOP("SupportMap", "For the clinician's file")
CLINICIAN_EXPLAINED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "All of that, plus the structural figures, the what-if ranking, the snapshots, every "
    "session note (private ones too) and each person's notes. Keep it confidential.",
)
SAVE_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Save the report as a PDF")
PDF_FILTER = QT_TRANSLATE_NOOP("SupportMap", "PDF documents (*.pdf)")
CLIENT_FILE_NAME = QT_TRANSLATE_NOOP("SupportMap", "%1 — report")
CLINICIAN_FILE_NAME = QT_TRANSLATE_NOOP("SupportMap", "%1 — clinician report")
REPORT_SAVED = QT_TRANSLATE_NOOP("SupportMap", "Saved the report as %1.")
REPORT_PRINTED = QT_TRANSLATE_NOOP("SupportMap", "The report went to the printer.")
FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The report was not saved")
FAILED = QT_TRANSLATE_NOOP(
    "SupportMap", "%1\nYour map is unchanged. You could choose another folder and try again."
)
DEVICE_NOT_OPEN = QT_TRANSLATE_NOOP("SupportMap", "the printer or the file could not be opened")
PRINT_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The report was not printed")
PRINT_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap", "The printer could not be used (%1). You could save the report as a PDF instead."
)

SAVE_PLAN_TIP = QT_TRANSLATE_NOOP(
    "SupportMap", "Save the safety plan of this map as a PDF, to print and keep at hand"
)
PRINT_PLAN_TIP = QT_TRANSLATE_NOOP("SupportMap", "Print the safety plan of this map")
SAVE_PLAN_CAPTION = QT_TRANSLATE_NOOP("SupportMap", "Save the safety plan as a PDF")
PLAN_FILE_NAME = QT_TRANSLATE_NOOP("SupportMap", "%1 — safety plan")
PLAN_SAVED = QT_TRANSLATE_NOOP("SupportMap", "Saved the safety plan as %1.")
PLAN_PRINTED = QT_TRANSLATE_NOOP("SupportMap", "The safety plan went to the printer.")
PLAN_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The safety plan was not saved")
PLAN_PRINT_FAILED_TITLE = QT_TRANSLATE_NOOP("SupportMap", "The safety plan was not printed")
PLAN_PRINT_FAILED = QT_TRANSLATE_NOOP(
    "SupportMap",
    "The printer could not be used (%1). You could save the safety plan as a PDF instead.",
)
