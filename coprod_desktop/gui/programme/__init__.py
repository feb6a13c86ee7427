"""The 100-day programme in the console and on the projector: timeline, actions, tests, roles."""
