"""Value parsers: plain visible text in, typed values out. They never see markup."""

__all__: list[str] = []
