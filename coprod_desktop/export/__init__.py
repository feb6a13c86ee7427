"""Things made from a programme for outside the app: PDFs, QR codes, CSV. No Qt."""
