"""QR codes read back with a real decoder (zxing-cpp), and the Wi-Fi format's escaping."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.export.qr import qr_matrix, qr_png, sign_in_codes, wifi_payload

URL = "http://192.168.1.23:8800/j/Kqm_eDXft2bi8Tp5z76Z3IQJ"


def _decode(png: bytes) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def test_join_code_reads_back() -> None:
    png = qr_png(URL)
    assert png.startswith(b"\x89PNG") and _decode(png) == [URL]


def test_matrix_is_square_with_a_quiet_zone() -> None:
    matrix = qr_matrix(URL, border=4)
    size = len(matrix)
    assert all(len(row) == size for row in matrix) and size >= 21 + 8
    assert not any(matrix[0]) and not any(row[0] for row in matrix)
    assert matrix[4][4] and matrix[4][10]  # the finder pattern's corner and edge


def test_wifi_payload_escapes_special_characters() -> None:
    wifi = WifiDetails(ssid='Cafe "Hub"; 2,4', password=r"a\b;c,d:e", security="WPA")
    text = wifi_payload(wifi)
    assert text == r'WIFI:T:WPA;S:Cafe \"Hub\"\; 2\,4;P:a\\b\;c\,d\:e;;'
    assert wifi_payload(WifiDetails("Open", "x", security="nopass")) == "WIFI:T:nopass;S:Open;;"
    assert wifi_payload(WifiDetails("Quiet", "password1", hidden=True)).endswith(";H:true;;")


def test_sign_in_codes_for_the_poster() -> None:
    wifi = WifiDetails("Library Guest", "read;books")
    codes = sign_in_codes(URL, wifi)
    assert _decode(codes.join_png) == [URL]
    assert codes.wifi_png is not None and _decode(codes.wifi_png) == [codes.wifi_text]
    assert codes.wifi_text == r"WIFI:T:WPA;S:Library Guest;P:read\;books;;"
    assert sign_in_codes(URL).wifi_png is None
