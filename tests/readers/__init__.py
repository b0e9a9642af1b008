"""Reader-level tests, one file per reader: the RawPage or RawReport each reader gives."""
