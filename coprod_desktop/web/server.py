"""The phone server on its own thread: listening only between start() and stop().

Uvicorn runs the app on a socket we bind ourselves, so a port in use is reported at once, and
stop() waits until the socket is closed: when sign-in is closed nothing is listening.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable

import uvicorn
from starlette.types import ASGIApp

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.web.addresses import DEFAULT_PORT
from coprod_desktop.web.guarded_protocol import ConnectionLimits, guarded_protocol

log = logging.getLogger(__name__)



class ServerError(CoprodError):
    pass


class PhoneServer:
    def __init__(self, app: ASGIApp, limits: ConnectionLimits | None = None) -> None:
        self.app = app
        self.limits = limits or ConnectionLimits()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.host = ""
        self.port = 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str, port: int = DEFAULT_PORT, *, timeout: float = 5.0) -> int:
        """Listen on host:port (port 0: any free port). Returns the port actually used."""
        if self.running:
            raise ServerError("Sign-in is already open.")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # asyncio turns Nagle off only for sockets made with proto=IPPROTO_TCP; ours is proto 0,
        # so say it here (accepted sockets inherit it). Without it every response waits ~40 ms.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            sock.close()
            raise ServerError(f"Cannot listen on {host}:{port} ({exc.strerror or exc}). "
                              "Another program may be using that port; try another.") from None
        sock.listen(256)
        sock.setblocking(False)
        config = uvicorn.Config(
            self.app, lifespan="off", log_level="warning", access_log=False,
            proxy_headers=False, server_header=False, timeout_keep_alive=30,
            http=guarded_protocol(self.limits), h11_max_incomplete_event_size=16 * 1024,
            ws="none")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                  name="coprod-phone-server", daemon=True)
        self._server, self._thread, self._socket = server, thread, sock
        self.host, self.port = host, sock.getsockname()[1]
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise ServerError("The phone server did not start. Please try again.")
            time.sleep(0.01)
        log.info("Phone server listening on %s:%s", self.host, self.port)
        return self.port

    def stop(self, timeout: float = 5.0, pump: Callable[[], None] | None = None) -> None:
        """Stop listening and wait for the server thread to finish.

        `pump` runs while waiting: the GUI passes its event processing, so requests already
        handed to the GUI thread can finish instead of waiting for it.
        """
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            deadline = time.monotonic() + timeout
            while thread.is_alive() and time.monotonic() < deadline:
                if pump is not None:
                    pump()
                thread.join(0.01)
            if thread.is_alive():
                log.warning("The phone server is slow to stop; forcing it")
                if server is not None:
                    server.force_exit = True
                thread.join(timeout)
        if sock is not None:
            sock.close()

    def url(self, address: str | None = None) -> str:
        host = address or self.host
        return f"http://{host}:{self.port}" if self.port != 80 else f"http://{host}"
