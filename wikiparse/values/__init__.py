"""Value parsers: plain visible text in, typed values out. They never see markup."""
