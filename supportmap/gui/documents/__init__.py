"""Documents to take home (DESIGN.md §9): reports laid out on pages, as PDF files or on paper."""
