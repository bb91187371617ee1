"""claimcheck's built-in rule packs, each registered through the claimcheck.rules entry point."""
