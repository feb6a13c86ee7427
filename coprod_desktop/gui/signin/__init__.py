"""Phone sign-in in the console (the Sign-in panel) and on the projector (the join screen)."""

# The projector view of the join code (and the agenda tool that brings sign-in forward): here, so
# the Run screen can name it without loading the panel before it is shown.
VIEW_KEY = "signin"
