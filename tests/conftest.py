"""Shared test settings."""

from hypothesis import settings

# The first call in a process builds the pint registry (about 130 ms); no deadline, so
# property tests judge behaviour, not speed. Speed is measured in benchmarks/.
settings.register_profile("claimcheck", deadline=None)
settings.load_profile("claimcheck")
