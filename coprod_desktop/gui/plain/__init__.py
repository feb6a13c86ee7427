"""Plain language and inclusion: the jargon buster, legibility, keyboard help, read aloud."""
