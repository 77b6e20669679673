"""Whether the online basemap can load: a TCP connection to its tile host, remembered a while."""

from __future__ import annotations

import socket

from dashboard.data import basemap


def test_the_setting_skips_the_check(monkeypatch):
    monkeypatch.setattr(basemap, "_host_answers", lambda host: (_ for _ in ()).throw(AssertionError("checked")))
    monkeypatch.setenv("HDF_BASEMAP", "offline")
    assert basemap.reachable("carto-positron") is False and basemap.reachable("white-bg") is True
    monkeypatch.setenv("HDF_BASEMAP", "online")
    assert basemap.reachable("open-street-map") is True


def test_auto_asks_the_tile_host_of_the_style(monkeypatch):
    asked = []
    monkeypatch.setenv("HDF_BASEMAP", "auto")
    monkeypatch.setattr(basemap, "_host_answers", lambda host: asked.append(host) or host == "tile.openstreetmap.org")
    assert basemap.reachable("carto-positron") is False and basemap.reachable("open-street-map") is True
    assert asked == ["a.basemaps.cartocdn.com", "tile.openstreetmap.org"]


def test_host_answers_a_listening_server_and_not_a_closed_port():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert basemap.host_answers("127.0.0.1", port, timeout=1) is True
    assert basemap.host_answers("127.0.0.1", port, timeout=1) is False
    assert basemap.host_answers("no-such-host.invalid", 443, timeout=1) is False
