"""Questions for the room: the console's queue and the projector's top questions."""
