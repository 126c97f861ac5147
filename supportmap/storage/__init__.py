"""Where maps are kept: the library database (SQLModel, Alembic) and the map file format.

Start with `supportmap.storage.library.Library`; every problem a user can act on arrives as a
`supportmap.storage.errors.StorageError` with a message ready to show. Nothing here imports Qt.
"""
