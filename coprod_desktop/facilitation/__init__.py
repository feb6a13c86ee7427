"""Time-driven logic on a Clock: countdowns, the session schedule, equal-time rounds, the speaking
record and story turns. Pure Python, no Qt, no I/O: state is plain data that services save.
"""
