"""The renderer: plotly figures to PNG / SVG / PDF bytes with kaleido in the system's Chromium.

One Chromium serves every export of the process (a lazily started, thread-safe singleton:
`get_exporter()`), so only the first export pays for the browser start. Each chart has a time
limit after which its export fails with a clear error; a browser that stopped answering or died
is replaced on the next export. Chromium is `BROWSER_PATH` when set, else `chromium` (or
`chromium-browser`, `google-chrome`) found on PATH; without it the message says how to install
it (apt-get install chromium).
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import plotly.graph_objects as go

FORMATS = ("png", "svg", "pdf")
MIME_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
DEFAULT_SCALE = 1.0
DEFAULT_TIMEOUT = 30.0  # seconds per chart
STARTUP_TIMEOUT = 60.0  # seconds for Chromium to start
RELOAD_MARGIN = 15.0  # beyond a render's limit, the browser is deemed stuck (and replaced)
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class ExportError(Exception):
    """An export that could not be done; the message says what and what to do."""


class BrowserNotFoundError(ExportError):
    """No Chromium to render with."""


def find_browser() -> str:
    """Chromium's path: BROWSER_PATH when set, else found on PATH (and then put in BROWSER_PATH)."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        if os.path.isfile(configured) and os.access(configured, os.X_OK):
            return configured
        raise BrowserNotFoundError(
            f"BROWSER_PATH={configured!r} is not an executable file. Point it to Chromium, or install "
            "Chromium (Debian/Ubuntu: sudo apt-get install chromium) and unset BROWSER_PATH."
        )
    for name in BROWSER_NAMES:
        path = shutil.which(name)
        if path:
            os.environ["BROWSER_PATH"] = path
            return path
    raise BrowserNotFoundError(
        "Chromium is needed to export charts and was not found. Install it "
        "(Debian/Ubuntu: sudo apt-get install chromium) or set BROWSER_PATH to a Chrome/Chromium executable."
    )


@dataclass(frozen=True)
class RenderOptions:
    """Format and size. Width and height in CSS pixels (None: the figure's own, see
    decorate_for_export); a PNG has width × scale by height × scale pixels, SVG and PDF keep
    the CSS size (they scale without loss)."""

    fmt: str = "png"
    width: int | None = None
    height: int | None = None
    scale: float = DEFAULT_SCALE

    def as_kaleido(self) -> dict:
        # Vector formats keep CSS-pixel sizes: the scale is for PNG only.
        opts = {"format": self.fmt, "scale": self.scale if self.fmt == "png" else 1}
        if self.width:
            opts["width"] = self.width
        if self.height:
            opts["height"] = self.height
        return opts


class Exporter:
    """One kaleido/Chromium process on its own event-loop thread, shared by every caller.

    Thread-safe: Streamlit reruns and deferred downloads call `render` from several threads.
    Started on first use (never at import time). Each render has a time limit; after a time-out
    or a browser failure the browser is closed and started again on the next render.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, tabs: int = 1, startup_timeout: float = STARTUP_TIMEOUT):
        self.timeout = timeout
        self.tabs = tabs
        self.startup_timeout = startup_timeout
        self._lock = threading.RLock()
        self._slots = threading.BoundedSemaphore(tabs)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido = None
        self._broken = False
        self._starting = None  # the browser being started (to kill it if its start times out)
        self.starts = 0  # how many times a browser was started (for tests and benchmarks)
        atexit.register(self.close)

    @property
    def running(self) -> bool:
        return self._kaleido is not None and not self._broken

    def start(self) -> None:
        with self._lock:
            if self._kaleido is not None and (self._broken or self._browser_gone()):
                self._shutdown()
            if self._kaleido is not None:
                return
            path = find_browser()
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="kaleido-exporter", daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
            future = asyncio.run_coroutine_threadsafe(self._open(path), loop)
            try:
                self._kaleido = future.result(self.startup_timeout)
            except TimeoutError:
                future.cancel()
                self._kill_starting()
                self._stop_loop()
                raise ExportError(
                    f"Chromium ({path}) did not start within {self.startup_timeout:g} s."
                ) from None
            except Exception as exc:  # noqa: BLE001 - any start failure becomes one clear error
                self._kill_starting()
                self._stop_loop()
                raise ExportError(f"Chromium ({path}) could not be started: {exc}") from exc
            self._starting = None
            self.starts += 1

    def _browser_gone(self) -> bool:
        """The browser process exited (crashed, killed) or a tab failed to reload."""
        process = getattr(self._kaleido, "subprocess", None)
        return getattr(self._kaleido, "failed", False) or (process is not None and process.poll() is not None)

    def _kill_starting(self) -> None:
        process = getattr(self._starting, "subprocess", None)
        if process is not None and process.poll() is None:
            process.kill()
        self._starting = None

    async def _open(self, path: str):
        # The time limit is ours (render); MathJax is off (it would come from a CDN).
        browser = _kaleido_class()(n=self.tabs, timeout=None, mathjax=False, path=path)
        self._starting = browser
        await browser.open()
        return browser

    async def _calc(self, fig_dict: dict, opts: dict, limit: float) -> bytes:
        return await asyncio.wait_for(self._kaleido.calc_fig(fig_dict, opts=opts), limit)

    def render(self, fig: go.Figure | dict, options: RenderOptions = RenderOptions(),
               timeout: float | None = None) -> bytes:
        """The image's bytes. Raises ExportError (clear message) on any failure or time-out."""
        if options.fmt not in FORMATS:
            raise ExportError(f"unknown format {options.fmt!r}; use one of {', '.join(FORMATS)}")
        fig_dict = fig.to_dict() if hasattr(fig, "to_dict") else fig
        return self._submit(lambda limit: self._calc(fig_dict, options.as_kaleido(), limit), timeout, "the chart")

    async def _print(self, html: str, pdf_options: dict, limit: float) -> bytes:
        # A tab of its own, next to kaleido's: load the page from a file (a page of any size, a
        # definite load event), print it, close the tab.
        with tempfile.TemporaryDirectory(prefix="hdf-print-") as folder:
            page = Path(folder) / "page.html"
            page.write_text(html, encoding="utf-8")
            tab = await self._kaleido.create_tab("about:blank")
            try:
                await tab.send_command("Page.enable")
                loaded = tab.subscribe_once("Page.loadEventFired")
                await tab.send_command("Page.navigate", params={"url": page.as_uri()})
                await asyncio.wait_for(loaded, limit)
                response = await asyncio.wait_for(tab.send_command("Page.printToPDF", params=pdf_options), limit)
            finally:
                await self._kaleido.close_tab(tab.target_id)
        if "error" in response:
            raise ExportError(f"Chromium could not print the page: {response['error']}")
        return base64.b64decode(response["result"]["data"])

    def print_pdf(self, html: str, pdf_options: dict | None = None, timeout: float | None = None) -> bytes:
        """An HTML page printed to PDF by the same Chromium (real text, not an image).
        `pdf_options`: Chrome DevTools' Page.printToPDF parameters (page size from the CSS by default)."""
        options = {"printBackground": True, "preferCSSPageSize": True, **(pdf_options or {})}
        return self._submit(lambda limit: self._print(html, options, limit), timeout, "the page")

    def _submit(self, job, timeout: float | None, what: str) -> bytes:
        """Run `job(limit)` (a coroutine) on the browser's loop with a time limit; every failure an ExportError."""
        limit = self.timeout if timeout is None else timeout
        if not self._slots.acquire(timeout=limit * 4 + RELOAD_MARGIN):
            raise ExportError(f"the exporter is busy; try again in a moment (waited {limit * 4:.0f} s).")
        try:
            self.start()
            future = asyncio.run_coroutine_threadsafe(job(limit), self._loop)
            try:
                return future.result(limit + RELOAD_MARGIN)
            except TimeoutError:  # the render's limit (the tab is then reloaded) or ours (the browser hangs)
                if not future.done() or self._browser_gone():
                    future.cancel()
                    self._broken = True  # a fresh browser for the next render
                raise ExportError(f"the export did not finish within the time limit ({limit:g} s).") from None
            except ExportError:
                raise
            except Exception as exc:  # noqa: BLE001 - kaleido, choreographer and JS errors
                name = type(exc).__name__
                if name in ("BrowserClosedError", "BrowserFailedError", "ChannelClosedError"):
                    self._broken = True
                raise ExportError(f"{what} could not be rendered ({name}: {exc})") from exc
        finally:
            self._slots.release()

    def close(self) -> None:
        with self._lock:
            self._shutdown()

    def _shutdown(self) -> None:
        browser, loop = self._kaleido, self._loop
        self._kaleido = None
        self._broken = False
        if browser is not None and loop is not None and loop.is_running():
            future = asyncio.run_coroutine_threadsafe(browser.close(), loop)
            try:
                future.result(10)
            except Exception:  # noqa: BLE001 - a stuck browser is killed below
                future.cancel()
            process = getattr(browser, "subprocess", None)
            if process is not None and process.poll() is None:
                process.kill()
        self._stop_loop()

    def _stop_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
            if thread is not None:
                thread.join(5)
            if not loop.is_running():
                loop.close()


def _kaleido_class():
    """kaleido.Kaleido, reloading a tab after a render in the background.

    kaleido reloads its page after every render before handing back the image; the reload takes
    longer than rendering a simple chart. Here the image is handed back at once and the tab goes
    back to the pool when its reload is done, so the reload overlaps with preparing the next
    figure. A failed reload marks the browser as failed (the exporter then starts a new one).
    """
    import kaleido  # imported on first use: the app and the CLI start fast

    base = kaleido.Kaleido
    if not hasattr(base, "_return_kaleido_tab"):  # another kaleido: its own behaviour
        return base

    class BackgroundReloadKaleido(base):
        failed = False

        async def _return_kaleido_tab(self, tab) -> None:
            task = asyncio.create_task(base._return_kaleido_tab(self, tab))
            reloads = self.__dict__.setdefault("_background_reloads", set())
            reloads.add(task)

            def done(finished: asyncio.Task) -> None:
                reloads.discard(finished)
                if not finished.cancelled() and finished.exception() is not None:
                    self.failed = True

            task.add_done_callback(done)

    return BackgroundReloadKaleido


_EXPORTER: Exporter | None = None
_EXPORTER_LOCK = threading.Lock()


def get_exporter(timeout: float | None = None) -> Exporter:
    """The process's exporter (created on first call, Chromium started on first render)."""
    global _EXPORTER
    with _EXPORTER_LOCK:
        if _EXPORTER is None:
            _EXPORTER = Exporter(timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
        elif timeout is not None:
            _EXPORTER.timeout = timeout
        return _EXPORTER


def render(fig: go.Figure, fmt: str = "png", *, width: int | None = None, height: int | None = None,
           scale: float = DEFAULT_SCALE, timeout: float | None = None) -> bytes:
    return get_exporter().render(fig, RenderOptions(fmt, width, height, scale), timeout=timeout)

