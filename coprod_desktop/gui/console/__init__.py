"""The console window: the facilitator's laptop screen."""
