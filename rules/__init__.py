"""The built-in rule packs of claimcheck, each registered through the claimcheck.rules entry point."""
