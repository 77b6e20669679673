"""dashboard.data.geocode against a local fake Nominatim server: results, region check, cache,
rate limit, timeout, refusals, and the offline fallback to the commune list."""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pandas as pd
import pytest

from dashboard.data import geocode
from dashboard.data.geocode import GeocodeError, Geocoder

# Nominatim JSON (format=json, addressdetails=1) for a few queries.
RESULTS = {
    "bethune": [
        {
            "lat": "50.5303",
            "lon": "2.6333",
            "name": "Béthune",
            "display_name": "Béthune, Pas-de-Calais, Hauts-de-France, France métropolitaine, 62400, France",
            "address": {"town": "Béthune", "ISO3166-2-lvl6": "FR-62", "postcode": "62400", "country_code": "fr"},
        }
    ],
    "toulouse": [
        {
            "lat": "43.6045",
            "lon": "1.4440",
            "name": "Toulouse",
            "display_name": "Toulouse, Haute-Garonne, Occitanie, France",
            "address": {"city": "Toulouse", "ISO3166-2-lvl6": "FR-31", "postcode": "31000"},
        }
    ],
    # Two homonyms: the first result outside the region, the second inside.
    "beaumont": [
        {
            "lat": "45.75",
            "lon": "3.08",
            "name": "Beaumont",
            "display_name": "Beaumont, Puy-de-Dôme, France",
            "address": {"town": "Beaumont"},
        },
        {
            "lat": "50.46",
            "lon": "2.96",
            "name": "Beaumont",
            "display_name": "Beaumont, Pas-de-Calais, France",
            "address": {"village": "Beaumont", "postcode": "62110"},
        },
    ],
    "12 rue de la gare, lille": [
        {
            "lat": "50.6365",
            "lon": "3.0700",
            "display_name": "12, Rue de la Gare, Lille, Nord, Hauts-de-France, 59800, France",
            "address": {"house_number": "12", "road": "Rue de la Gare", "city": "Lille", "postcode": "59800"},
        }
    ],
}


class FakeNominatim(BaseHTTPRequestHandler):
    calls: ClassVar[list] = []  # (query, user agent, monotonic time, params), shared with the test

    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_GET(self):
        params = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        query = params.get("q", [""])[0]
        type(self).calls.append((query, self.headers.get("User-Agent"), time.monotonic(), params))
        key = query.casefold()
        if key == "slow":
            time.sleep(1.5)
        if key == "forbidden":
            return self._send(403, b"<html>blocked</html>", "text/html")
        if key == "too many":
            return self._send(429, b"<html>slow down</html>", "text/html")
        if key == "broken":
            return self._send(200, b"this is not json", "application/json")
        body = json.dumps(RESULTS.get(key, [])).encode("utf-8")
        return self._send(200, body, "application/json")

    def _send(self, status: int, body: bytes, content_type: str):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass


@pytest.fixture
def server():
    FakeNominatim.calls = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    httpd.daemon_threads = True  # a sleeping handler (timeout tests) must not hold the teardown
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """No real cache, no real open data, no real Nominatim."""
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "opendata"))
    monkeypatch.setenv("HDF_GEOCODE_CACHE_DIR", str(tmp_path / "geocode"))
    monkeypatch.delenv("HDF_GEOCODE_OFFLINE", raising=False)
    for name in ("HDF_OPENDATA_COMMUNES", "HDF_OPENDATA_OUTLINES", "HDF_GEOCODE_DOMAIN", "HDF_GEOCODE_SCHEME"):
        monkeypatch.delenv(name, raising=False)


COMMUNES_JSON = [
    {
        "nom": "Béthune",
        "code": "62119",
        "codeDepartement": "62",
        "centre": {"type": "Point", "coordinates": [2.64379, 50.52994]},
    },
    {
        "nom": "Saint-Omer",
        "code": "62765",
        "codeDepartement": "62",
        "centre": {"type": "Point", "coordinates": [2.2525, 50.7500]},
    },
    {
        "nom": "Lille",
        "code": "59350",
        "codeDepartement": "59",
        "centre": {"type": "Point", "coordinates": [3.04702, 50.63108]},
    },
    {
        "nom": "Beaumont",
        "code": "62100",
        "codeDepartement": "62",
        "centre": {"type": "Point", "coordinates": [2.96, 50.46]},
    },
    {
        "nom": "Beaumont",
        "code": "02055",
        "codeDepartement": "02",
        "centre": {"type": "Point", "coordinates": [3.5, 49.6]},
    },
    {
        "nom": "Toulouse",
        "code": "31555",
        "codeDepartement": "31",
        "centre": {"type": "Point", "coordinates": [1.44, 43.6]},
    },
]


@pytest.fixture
def communes_file(tmp_path, monkeypatch):
    """The commune list as the open-data cache would hold it (geo.api.gouv.fr JSON)."""
    path = tmp_path / "communes.json"
    path.write_text(json.dumps(COMMUNES_JSON), encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_COMMUNES", str(path))
    return path


def make_geocoder(server, **kwargs) -> Geocoder:
    host, port = server.server_address
    kwargs.setdefault("min_delay_seconds", 0)  # the rate limit has its own test
    kwargs.setdefault("timeout", 2)
    return Geocoder(domain=f"{host}:{port}", scheme="http", **kwargs)


# --- online -------------------------------------------------------------------------------


def test_finds_a_place_in_the_region_with_our_user_agent(server):
    place = make_geocoder(server).locate("Bethune")
    assert place.origin == "nominatim"
    assert (place.lat, place.lon) == (50.5303, 2.6333)
    assert place.name == "Béthune" and place.commune == "Béthune" and place.departement == "62"
    query, agent, _, params = FakeNominatim.calls[0]
    assert query == "Bethune"
    assert agent == geocode.USER_AGENT and "hdf-datacenter-dashboard" in agent
    assert params["countrycodes"] == ["fr"] and params["format"] == ["json"]


def test_an_address_keeps_its_street_in_the_name(server):
    place = make_geocoder(server).locate("12 rue de la Gare, Lille")
    assert place.name == "12, Rue de la Gare"
    assert place.commune == "Lille" and place.departement == "59"


def test_a_place_outside_the_region_is_refused_clearly(server):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server).locate("Toulouse")
    assert error.value.kind == "outside_region"
    assert "Hauts-de-France" in error.value.message("fr") and "Toulouse" in error.value.message("en")


def test_the_first_result_inside_the_region_wins(server):
    place = make_geocoder(server).locate("Beaumont")
    assert (place.lat, place.lon) == (50.46, 2.96)


def test_unknown_place(server):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server).locate("Zzyzx-sur-Rien")
    assert error.value.kind == "not_found"
    assert "Zzyzx-sur-Rien" in error.value.message("fr")


def test_unknown_online_but_a_commune_of_the_list_is_found(server, communes_file):
    # Nominatim does not parse "Name (62)"; the commune list does.
    place = make_geocoder(server).locate("Beaumont (62)")
    assert place.origin == "communes" and place.departement == "62" and place.notice == ""


@pytest.mark.parametrize("query", ["", "   ", None])
def test_empty_input(server, query):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server).locate(query)
    assert error.value.kind == "empty"
    assert not FakeNominatim.calls


def test_too_long_input(server):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server).locate("x" * 500)
    assert error.value.kind == "too_long"
    assert not FakeNominatim.calls


def test_results_are_cached_on_disk(server, tmp_path):
    geocoder = make_geocoder(server)
    first = geocoder.locate("Bethune")
    second = make_geocoder(server).locate("  Bethune ")  # a new geocoder: the cache is on disk
    assert len(FakeNominatim.calls) == 1
    assert second.origin == "cache" and (second.lat, second.lon) == (first.lat, first.lon)
    files = list((tmp_path / "geocode").glob("*.json"))
    assert len(files) == 1
    assert json.loads(files[0].read_text(encoding="utf-8"))["place"]["name"] == "Béthune"


def test_a_damaged_cache_file_is_ignored(server, tmp_path):
    geocoder = make_geocoder(server)
    geocoder.locate("Bethune")
    for path in (tmp_path / "geocode").glob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert geocoder.locate("Bethune").origin == "nominatim"
    assert len(FakeNominatim.calls) == 2


def test_at_most_one_request_per_second(server):
    geocoder = make_geocoder(server, min_delay_seconds=geocode.MIN_DELAY_S)
    for query in ("Bethune", "Beaumont", "Toulouse"):
        try:
            geocoder.locate(query)
        except GeocodeError:
            pass
    times = [call[2] for call in FakeNominatim.calls]
    assert len(times) == 3
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.95  # clock granularity margin


def test_the_default_rate_limit_is_one_second():
    assert geocode.MIN_DELAY_S == 1.0
    assert Geocoder(online=False)._geocode.min_delay_seconds == 1.0


# --- failures and the offline fallback ----------------------------------------------------


def test_timeout_without_commune_list_says_so(server):
    geocoder = make_geocoder(server, timeout=0.3)
    with pytest.raises(GeocodeError) as error:
        geocoder.locate("slow")
    assert error.value.kind == "timeout" and error.value.no_communes
    message = error.value.message("fr")
    assert "temps" in message and "liste des communes" in message
    assert len(FakeNominatim.calls) == 1  # no hidden retry


def test_timeout_falls_back_to_the_commune_list(server, communes_file):
    geocoder = make_geocoder(server, timeout=0.3)  # the server sleeps 1.5 s
    with pytest.raises(GeocodeError) as error:
        geocoder.locate("slow")
    # "slow" is no commune: the offline search fails too, and the message gives both reasons.
    assert error.value.kind == "not_found_offline" and error.value.online_problem == "timeout"
    assert "délai dépassé" in error.value.message("fr")


def test_timeout_then_commune_found_offline(server, communes_file, monkeypatch):
    # The server sleeps for every query named "slow"; make "Lille" slow too.
    monkeypatch.setitem(RESULTS, "lille", [])
    original = FakeNominatim.do_GET

    def slow_get(self):
        time.sleep(1.0)
        return original(self)

    monkeypatch.setattr(FakeNominatim, "do_GET", slow_get)
    place = make_geocoder(server, timeout=0.3).locate("lille")
    assert place.origin == "communes" and place.notice == "timeout"
    assert (place.lat, place.lon) == (50.63108, 3.04702)
    assert "délai dépassé" in place.notice_message("fr") and "timed out" in place.notice_message("en")


@pytest.mark.parametrize("query", ["forbidden", "too many"])
def test_refusals_are_reported(server, query):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server).locate(query)
    assert error.value.kind == "refused"
    assert "403" in error.value.detail or "429" in error.value.detail
    assert "refus" in error.value.message("fr")


def test_a_broken_answer_counts_as_unavailable(server):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server).locate("broken")
    assert error.value.kind == "unavailable"


def test_no_network_uses_the_commune_list(communes_file):
    # Nothing listens on this port: connection refused, as without network.
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    geocoder = Geocoder(domain=f"127.0.0.1:{port}", scheme="http", timeout=1, min_delay_seconds=0)
    place = geocoder.locate("saint omer")
    assert place.origin == "communes" and place.name == "Saint-Omer" and place.notice == "unavailable"


def test_offline_mode_never_calls_the_server(server, communes_file, monkeypatch):
    monkeypatch.setenv("HDF_GEOCODE_OFFLINE", "1")
    place = make_geocoder(server).locate("BETHUNE")
    assert place.origin == "communes" and place.notice == "offline"
    assert not FakeNominatim.calls


def test_offline_without_commune_list(server, monkeypatch):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server, online=False).locate("Béthune")
    assert error.value.kind == "offline_no_communes"
    assert "fetch communes" in error.value.message("en")


def test_offline_unknown_commune_suggests_close_names(communes_file):
    with pytest.raises(GeocodeError) as error:
        Geocoder(online=False).locate("Bethunne")
    assert error.value.kind == "not_found_offline"
    assert error.value.suggestions == ("Béthune",)
    assert "Béthune" in error.value.message("fr")


def test_offline_list_contains_only_the_region(communes_file):
    # The commune parser keeps the five départements: Toulouse is not a commune of the list.
    with pytest.raises(GeocodeError) as error:
        Geocoder(online=False).locate("Toulouse")
    assert error.value.kind == "not_found_offline"


def test_unexpected_socket_errors_become_unavailable(server, monkeypatch, communes_file):
    geocoder = make_geocoder(server)

    def explode(*args, **kwargs):
        raise ConnectionResetError("reset by peer")

    monkeypatch.setattr(geocoder, "_geocode", explode)
    assert geocoder.locate("Lille").notice == "unavailable"


# --- commune matching ---------------------------------------------------------------------

COMMUNES = pd.DataFrame(
    [
        ("62765", "Saint-Omer", "62", 50.75, 2.2525),
        ("62119", "Béthune", "62", 50.53, 2.64),
        ("62100", "Beaumont", "62", 50.46, 2.96),
        ("02055", "Beaumont", "02", 49.6, 3.5),
        ("59350", "Lille", "59", 50.63, 3.05),
        ("80021", "Amiens", "80", 49.89, 2.30),
    ],
    columns=["insee", "name", "departement", "lat", "lon"],
)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Saint-Omer", "62765"),
        ("ST OMER", "62765"),
        ("saint omer", "62765"),
        ("béthune", "62119"),
        ("BETHUNE", "62119"),
        ("12 rue de la Gare, 59000 Lille", "59350"),
        ("Lille, France", "59350"),
        ("Beaumont (02)", "02055"),
        ("Beaumont, 62", "62100"),
        ("80000 Amiens", "80021"),
    ],
)
def test_find_commune_is_accent_case_and_format_insensitive(query, expected):
    row, _ = geocode.find_commune(query, COMMUNES)
    assert row["insee"] == expected


def test_homonyms_are_reported():
    row, others = geocode.find_commune("Beaumont", COMMUNES)
    assert row["insee"] == "02055" and others == ("62",)
    place = Geocoder(online=False).locate("Beaumont", communes=COMMUNES)
    assert place.ambiguous == ("62",)
    assert "62" in place.notice_message("fr")


def test_find_commune_returns_none_for_unknown():
    assert geocode.find_commune("Atlantis", COMMUNES) is None


def test_outlines_decide_the_region_when_available(server):
    # A square outline that excludes Béthune: the result is then outside the region.
    outlines = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Polygon", "coordinates": [[[3, 50], [4, 50], [4, 51], [3, 51], [3, 50]]]},
            }
        ],
    }
    with pytest.raises(GeocodeError) as error:
        make_geocoder(server).locate("Bethune", outlines=outlines)
    assert error.value.kind == "outside_region"


def test_shared_geocoder_is_one_per_configuration(monkeypatch):
    monkeypatch.setenv("HDF_GEOCODE_DOMAIN", "127.0.0.1:9")
    assert geocode.shared_geocoder() is geocode.shared_geocoder()
    assert geocode.shared_geocoder().domain == "127.0.0.1:9"
    assert geocode.shared_geocoder().online and not geocode.shared_geocoder(online=False).online
    monkeypatch.setenv("HDF_GEOCODE_OFFLINE", "1")  # the environment's offline switch wins
    assert not geocode.shared_geocoder(online=True).online
