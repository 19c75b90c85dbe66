"""The page and the API documentation, served from the package's ``web/`` folder with
everything they load (the page's scripts, Apache ECharts, Swagger UI) vendored there, so
nothing is fetched from the network at run time."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

WEB = Path(str(resources.files("eventwire").joinpath("web")))
VENDOR = "/static/vendor"
router = APIRouter(include_in_schema=False)


@router.get("/")
async def page() -> FileResponse:
    """The page: articles, quotes, the timeline and the actor network."""
    return FileResponse(WEB / "index.html", media_type="text/html")


@router.get("/docs")
async def docs() -> HTMLResponse:
    """Swagger UI over ``/openapi.json``."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="eventwire API",
        swagger_js_url=f"{VENDOR}/swagger-ui-bundle.js",
        swagger_css_url=f"{VENDOR}/swagger-ui.css",
        swagger_favicon_url=f"{VENDOR}/swagger-favicon-32x32.png",
    )


def mount_pages(app: FastAPI) -> None:
    """Serve the page at ``/``, its files under ``/static`` and the API docs at ``/docs``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
