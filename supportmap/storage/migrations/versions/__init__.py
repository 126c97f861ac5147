"""One module per schema revision; revision 0001 creates the whole first schema."""
