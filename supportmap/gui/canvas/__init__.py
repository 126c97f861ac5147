"""The map canvas: a graphics scene that projects the open map, and the view people draw in."""

from supportmap.gui.canvas.scene import MapScene
from supportmap.gui.canvas.view import MapView

__all__ = ["MapScene", "MapView"]
