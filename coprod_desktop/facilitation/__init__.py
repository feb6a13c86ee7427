"""Time-driven facilitation logic on a Clock: countdowns and the session schedule. No Qt, no I/O."""
