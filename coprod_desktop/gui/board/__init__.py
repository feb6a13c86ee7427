"""The sticky-note board: scene, items, console view and panel, projector view."""
