"""The read-only address SQLite is given for a programme, including one on a Windows network
share (it was refused as 'invalid uri authority', and the file then called damaged)."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PureWindowsPath

from coprod_desktop.store.snapshot import for_sqlite, read_only_uri


def test_a_network_share_keeps_its_server_in_the_path() -> None:
    share = PureWindowsPath(r"\\fileserver\SEND forum\Ashbrook.coprod").as_uri()
    assert share == "file://fileserver/SEND%20forum/Ashbrook.coprod"  # Python's way
    assert for_sqlite(share) == "file:////fileserver/SEND%20forum/Ashbrook.coprod"
    local = PureWindowsPath(r"Z:\SEND forum\Ashbrook.coprod").as_uri()
    assert for_sqlite(local) == local == "file:///Z:/SEND%20forum/Ashbrook.coprod"


def test_sqlite_opens_the_empty_authority_form_read_only(tmp_path: Path) -> None:
    path = tmp_path / "a folder" / "prog#1?.coprod"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    # The same form as a share's, with this machine's own path after the four slashes.
    doubled = "file:////" + path.resolve().as_uri()[len("file:///"):] + "?mode=ro"
    for address in (read_only_uri(path), doubled):
        reader = sqlite3.connect(address, uri=True)
        try:
            assert reader.execute("SELECT x FROM t").fetchone() == (1,)
        finally:
            reader.close()
