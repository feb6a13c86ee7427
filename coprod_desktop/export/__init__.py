"""Things made from a programme for outside the app: PDF handouts, registers, posters and
reports, QR codes, CSV and JSON. No Qt."""
