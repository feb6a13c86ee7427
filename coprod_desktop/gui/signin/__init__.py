"""Phone sign-in in the console (the Sign-in panel) and on the projector (the join screen)."""
