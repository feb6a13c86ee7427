"""The agenda in the console and on the projector: library, editor, runner, countdown view."""
