"""You said, we did: the console panel, its dialogs and the projector view."""
