"""All Qt code: console and projector windows, panels, the undo adapter, the ticker."""
