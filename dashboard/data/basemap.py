"""Whether an online basemap can load here: its tile server answers a TCP connection.

A map on an online basemap that cannot load draws its points on nothing; the pages then fall back
to the white background by themselves and say so (ui/components/basemap.py). The check is a
connection to the tile host (no request, no data sent), at most PROBE_TIMEOUT_S, remembered for
PROBE_TTL_S; `HDF_BASEMAP` (config.basemap_mode) skips it ("online" / "offline").
"""

from __future__ import annotations

import socket

from cachetools import TTLCache, cached

from dashboard import config

# The tile hosts of the online basemaps (figures.base.STYLES); "white-bg" needs none.
TILE_HOSTS = {"carto-positron": "a.basemaps.cartocdn.com", "open-street-map": "tile.openstreetmap.org"}
PROBE_TIMEOUT_S = 1.5
PROBE_TTL_S = 300


def host_answers(host: str, port: int = 443, timeout: float = PROBE_TIMEOUT_S) -> bool:
    """Whether `host` accepts a TCP connection within `timeout` seconds (the pages and the export)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:  # no network, no DNS, refused, timed out
        return False


@cached(TTLCache(maxsize=8, ttl=PROBE_TTL_S))
def _host_answers(host: str) -> bool:
    return host_answers(host)


def reachable(style: str) -> bool:
    """Whether the basemap `style` can load here (an offline style always can)."""
    host = TILE_HOSTS.get(style)
    if host is None:
        return True
    mode = config.basemap_mode()
    if mode != "auto":
        return mode == "online"
    return _host_answers(host)
