"""The method cards and session templates shipped in resources/, read from their files."""
