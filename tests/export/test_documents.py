"""Register, programme report and poster, read back; the QR codes decoded by a real decoder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.qr import wifi_payload
from tests.export.conftest import LINK, NAMED, UNNAMED, Sample, flat, pdf_text

JOIN = "http://192.168.1.20:8765/join/Xk3-9f_Q?s=2&t=abc"


def decoded_qr_codes(pdf: Path, page: int = 1) -> list[str]:
    """Render a page at 150 dpi with poppler, then read every QR code on it with zxing-cpp."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True)
    image = Image.open(f"{prefix}.png")
    return sorted(r.text for r in zxingcpp.read_barcodes(image)
                  if r.format == zxingcpp.BarcodeFormat.QRCode)


def test_handout_link_qr_code_decodes_to_the_link(sample: Sample, tmp_path: Path):
    out = export_pdf(sample.services.read, PdfRequest(Kind.HANDOUT, sample.session_id),
                     tmp_path / "handout.pdf")
    last = len(PdfReader(out).pages)
    assert decoded_qr_codes(out, last) == [LINK]
    assert LINK in pdf_text(out)


def test_poster_codes_decode_to_the_join_address_and_the_wifi(sample: Sample, tmp_path: Path):
    wifi = WifiDetails("Hall guest; 2.4GHz", 'tea:"biscuits"')
    out = export_pdf(sample.services.read,
                     PdfRequest(Kind.POSTER, sample.session_id, join_url=JOIN, wifi=wifi),
                     tmp_path / "poster.pdf")
    assert len(PdfReader(out).pages) == 1
    assert decoded_qr_codes(out) == sorted([JOIN, wifi_payload(wifi)])
    words = flat(pdf_text(out))
    assert "Sign in here" in words and JOIN in words and "Password: tea:\"biscuits\"" in words
    assert wifi_payload(wifi) == \
        'WIFI:T:WPA;S:Hall guest\\; 2.4GHz;P:tea\\:\\"biscuits\\";;'


def test_poster_uses_the_wifi_saved_with_sign_in(sample: Sample, tmp_path: Path):
    saved = WifiDetails("St Anne's Guest", "hall-2026")
    sample.services.phones.set_wifi(saved)
    out = export_pdf(sample.services.read, PdfRequest(Kind.POSTER, sample.session_id,
                                                     join_url=JOIN), tmp_path / "poster.pdf")
    assert decoded_qr_codes(out) == sorted([JOIN, wifi_payload(saved)])
    assert "Network: St Anne's Guest" in flat(pdf_text(out))
    # An empty network name given on purpose: no Wi-Fi code, whatever is saved.
    out = export_pdf(sample.services.read, PdfRequest(Kind.POSTER, sample.session_id,
                                                     join_url=JOIN, wifi=WifiDetails()),
                     tmp_path / "poster2.pdf")
    assert decoded_qr_codes(out) == [JOIN]


def test_poster_without_wifi_and_without_address(sample: Sample, tmp_path: Path):
    out = export_pdf(sample.services.read, PdfRequest(Kind.POSTER, sample.session_id,
                                                     join_url=JOIN), tmp_path / "poster.pdf")
    assert decoded_qr_codes(out) == [JOIN]
    assert "Wi-Fi" not in pdf_text(out)


def test_register_for_a_session_and_for_the_whole_programme(sample: Sample, tmp_path: Path):
    services = sample.services
    services.people.sign_in_attendee(sample.next_session_id,
                                     attendee_id=sample.people["Zofia Wiśniewska"])
    services.people.sign_in_attendee(sample.next_session_id,
                                     attendee_id=sample.people["Quentin Zabrowski"])
    one = flat(pdf_text(export_pdf(services.read, PdfRequest(Kind.REGISTER, sample.session_id),
                                   tmp_path / "one.pdf")))
    assert "Attendance register" in one and "Fortnightly meeting <3 & more" in one
    for name in NAMED:
        assert name in one
    for name in UNNAMED:
        assert name not in one
    quentin = sample.people["Quentin Zabrowski"]
    assert f"Person {quentin} (parent or carer) Parent or carer 1.5" in one
    # Philippa signed out after 70 minutes: paid to the quarter hour, not the full 1.5.
    assert f"Person {sample.people['Philippa Oxenthorpe']} (staff) Staff 1.25" in one
    assert "8 attendances, 11.75 hours in all." in one
    whole = flat(pdf_text(export_pdf(services.read, PdfRequest(Kind.REGISTER, None),
                                     tmp_path / "all.pdf")))
    assert "All sessions, 6 October 2026 to 3 November 2026" in whole
    assert "Totals for each person" in whole
    assert f"Person {quentin} (parent or carer) Parent or carer 2 3.5" in whole
    assert "Zofia Wiśniewska Parent or carer 2 3.5" in whole


def test_programme_report(sample: Sample, tmp_path: Path):
    out = export_pdf(sample.services.read, PdfRequest(Kind.PROGRAMME),
                     tmp_path / "programme.pdf")
    words = flat(pdf_text(out))
    for section in ("Sessions", "Attendance over time", "Focus"):
        assert section in words
    assert "3 sessions in the programme, 1 held so far." in words
    assert "8 different people came to at least one session" in words
    assert "No focus has been set for the whole programme yet." in words
    assert "Monthly phone call <trial> Being planned" in words
    assert "6 Oct 2026: Clear letters <b>& waiting</b> lists" in words
    assert [o.title for o in PdfReader(out).outline] == [
        "Sessions", "Attendance over time", "Focus", "Actions", "Rapid tests", "You said, we did",
        "Who we are hearing", "Where we met", "How the sessions felt"]
    assert "7 actions: 7 open, 0 done, 0 dropped" in words
    assert f"Person {sample.people['Quentin Zabrowski']} (parent or carer)" in words
    assert "1 test: 1 at plan, 0 at do, 0 at study, 0 at act." in words
    assert "Monthly phone call <trial>" in words
