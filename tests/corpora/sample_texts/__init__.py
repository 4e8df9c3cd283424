"""Document texts and format writers for the labelled sample corpus (see ../README.md)."""
