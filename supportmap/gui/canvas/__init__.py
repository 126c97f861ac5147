"""The map canvas: a graphics scene that projects the open map, and the view people draw in."""

from supportmap.gui.canvas.compat import keep_none_alive

keep_none_alive()

from supportmap.gui.canvas.scene import MapScene  # noqa: E402
from supportmap.gui.canvas.view import MapView  # noqa: E402

__all__ = ["MapScene", "MapView", "keep_none_alive"]
