"""The docks around the map: one module (or package) per panel."""
