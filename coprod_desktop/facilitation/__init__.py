"""Time-driven logic on a Clock: countdowns, equal-time rounds, the speaking record, story turns.

Pure Python. State is plain data that services save; a QTimer only asks for a repaint.
"""
