"""The check-out: typed-in paper slips, results in the console and on the projector."""
