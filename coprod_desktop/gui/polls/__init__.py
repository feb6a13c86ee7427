"""Quick polls in the console and on the projector."""
