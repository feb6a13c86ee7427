"""PDF handouts, registers, posters and CSV/JSON exports of a programme. No Qt."""
