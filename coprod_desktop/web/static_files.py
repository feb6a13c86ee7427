"""The phone pages' CSS, script and icon under names that change when the file does.

A page asks for /static/<version>/phone.css, where the version is a short hash of the file, so a
phone may keep it for a year and still never use an old copy: on slow Wi-Fi each page then costs
one round trip, not three. The plain /static/<name> still works, checked again on each use.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from coprod_desktop.paths import resource

FOREVER = "public, max-age=31536000, immutable"


def _folder() -> Path:
    return Path(resource("web", "static"))


@cache
def _versions() -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()[:10]
            for path in sorted(_folder().iterdir()) if path.is_file()}


def static_url(name: str) -> str:
    version = _versions().get(name)
    return f"/static/{version}/{name}" if version else f"/static/{name}"


async def versioned(request: Request) -> Response:
    name, version = request.path_params["name"], request.path_params["version"]
    if _versions().get(name) != version:
        return Response(status_code=404)
    return FileResponse(_folder() / name, headers={"cache-control": FOREVER})


routes = [Route("/static/{version}/{name}", versioned, methods=["GET"])]
