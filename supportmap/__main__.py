"""``python -m supportmap``: the same as the ``supportmap`` command."""

from supportmap.cli import main

raise SystemExit(main())
