"""dashboard.data.geocode against a local fake Nominatim server: results, region check, cache,
rate limit, timeout, refusals, and the offline fallback to the commune list."""

from __future__ import annotations

import itertools
import time

import diskcache
import pytest

from dashboard.data import geocode
from dashboard.data.geocode import GeocodeError, Geocoder
from tests.fixtures import COMMUNES_FRAME, NOMINATIM_RESULTS, FakeNominatim


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """No real cache, no real open data, no real Nominatim."""
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "opendata"))
    monkeypatch.setenv("HDF_GEOCODE_CACHE_DIR", str(tmp_path / "geocode"))
    monkeypatch.delenv("HDF_GEOCODE_OFFLINE", raising=False)
    for name in ("HDF_OPENDATA_COMMUNES", "HDF_OPENDATA_OUTLINES", "HDF_GEOCODE_DOMAIN", "HDF_GEOCODE_SCHEME"):
        monkeypatch.delenv(name, raising=False)


def make_geocoder(server, **kwargs) -> Geocoder:
    host, port = server.server_address
    kwargs.setdefault("min_delay_seconds", 0)  # the rate limit has its own test
    kwargs.setdefault("timeout", 2)
    return Geocoder(domain=f"{host}:{port}", scheme="http", **kwargs)


# --- online -------------------------------------------------------------------------------


def test_finds_a_place_in_the_region_with_our_user_agent(fake_nominatim, monkeypatch):
    monkeypatch.setenv("HDF_CONTACT", "ops@example.org")
    place = make_geocoder(fake_nominatim).locate("Bethune")
    assert place.origin == "nominatim"
    assert (place.lat, place.lon) == (50.5303, 2.6333)
    assert place.name == "Béthune" and place.commune == "Béthune" and place.departement == "62"
    query, agent, _, params = FakeNominatim.calls[0]
    assert query == "Bethune"
    # The project and a contact (HDF_CONTACT), as Nominatim's usage policy asks.
    assert "hdf-datacenter-dashboard" in agent and "ops@example.org" in agent
    assert params["countrycodes"] == ["fr"] and params["format"] == ["json"]


def test_an_address_keeps_its_street_in_the_name(fake_nominatim):
    place = make_geocoder(fake_nominatim).locate("12 rue de la Gare, Lille")
    assert place.name == "12, Rue de la Gare"
    assert place.commune == "Lille" and place.departement == "59"


def test_a_place_outside_the_region_is_refused_clearly(fake_nominatim):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(fake_nominatim).locate("Toulouse")
    assert error.value.kind == "outside_region"
    assert "Hauts-de-France" in error.value.message("fr") and "Toulouse" in error.value.message("en")


def test_the_first_result_inside_the_region_wins(fake_nominatim):
    place = make_geocoder(fake_nominatim).locate("Beaumont")
    assert (place.lat, place.lon) == (50.46, 2.96)


def test_unknown_place(fake_nominatim):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(fake_nominatim).locate("Zzyzx-sur-Rien")
    assert error.value.kind == "not_found"
    assert "Zzyzx-sur-Rien" in error.value.message("fr")


def test_unknown_online_but_a_commune_of_the_list_is_found(fake_nominatim, communes_file):
    # Nominatim does not parse "Name (62)"; the commune list does.
    place = make_geocoder(fake_nominatim).locate("Beaumont (62)")
    assert place.origin == "communes" and place.departement == "62" and place.notice == ""


@pytest.mark.parametrize("query", ["", "   ", None])
def test_empty_input(fake_nominatim, query):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(fake_nominatim).locate(query)
    assert error.value.kind == "empty"
    assert not FakeNominatim.calls


def test_too_long_input(fake_nominatim):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(fake_nominatim).locate("x" * 500)
    assert error.value.kind == "too_long"
    assert not FakeNominatim.calls


def test_results_are_cached_on_disk(fake_nominatim, tmp_path):
    geocoder = make_geocoder(fake_nominatim)
    first = geocoder.locate("Bethune")
    second = make_geocoder(fake_nominatim).locate("  Bethune ")  # a new geocoder: the cache is on disk
    assert len(FakeNominatim.calls) == 1
    assert second.origin == "cache" and (second.lat, second.lon) == (first.lat, first.lon)
    with diskcache.Cache(str(tmp_path / "geocode")) as disk:
        (key,) = list(disk)
        assert disk[key]["place"]["name"] == "Béthune"


def test_a_damaged_cache_entry_is_ignored(fake_nominatim, tmp_path):
    geocoder = make_geocoder(fake_nominatim)
    geocoder.locate("Bethune")
    with diskcache.Cache(str(tmp_path / "geocode")) as disk:
        for key in list(disk):
            disk[key] = {"place": {"name": "no coordinates"}}
    assert geocoder.locate("Bethune").origin == "nominatim"
    assert len(FakeNominatim.calls) == 2


def test_a_damaged_cache_database_means_no_cache_not_an_error(fake_nominatim, tmp_path):
    (tmp_path / "geocode").mkdir(parents=True, exist_ok=True)
    (tmp_path / "geocode" / "cache.db").write_bytes(b"not a database" * 100)
    geocoder = make_geocoder(fake_nominatim)
    assert geocoder.locate("Bethune").origin == "nominatim"
    assert geocoder.locate("Bethune").origin == "nominatim"  # nothing could be cached
    assert len(FakeNominatim.calls) == 2


def test_at_most_one_request_per_second(fake_nominatim, monkeypatch):
    # The rate limiter's own clock, faked: the spacing it enforces is measured exactly, not through
    # a server's receipt times (which a loaded machine or a parallel test run delays).
    from geopy.extra.rate_limiter import RateLimiter

    clock = [1000.0]
    monkeypatch.setattr(RateLimiter, "_clock", lambda self: clock[0])
    monkeypatch.setattr(RateLimiter, "_sleep", lambda self, seconds: clock.__setitem__(0, clock[0] + seconds))
    geocoder = make_geocoder(fake_nominatim, min_delay_seconds=geocode.MIN_DELAY_S)
    request, sent = geocoder._geocode.func, []
    geocoder._geocode.func = lambda *args, **kwargs: (sent.append(clock[0]), request(*args, **kwargs))[1]
    for query in ("Bethune", "Beaumont", "Toulouse"):
        try:
            geocoder.locate(query)
        except GeocodeError:
            pass
    assert len(FakeNominatim.calls) == 3 and len(sent) == 3
    assert min(b - a for a, b in itertools.pairwise(sent)) >= geocode.MIN_DELAY_S


def test_the_default_rate_limit_is_one_second():
    assert geocode.MIN_DELAY_S == 1.0
    assert Geocoder(online=False)._geocode.min_delay_seconds == 1.0


# --- failures and the offline fallback ----------------------------------------------------


def test_timeout_without_commune_list_says_so(fake_nominatim):
    geocoder = make_geocoder(fake_nominatim, timeout=0.3)
    with pytest.raises(GeocodeError) as error:
        geocoder.locate("slow")
    assert error.value.kind == "timeout" and error.value.no_communes
    message = error.value.message("fr")
    assert "temps" in message and "liste des communes" in message
    assert len(FakeNominatim.calls) == 1  # no hidden retry


def test_timeout_falls_back_to_the_commune_list(fake_nominatim, communes_file):
    geocoder = make_geocoder(fake_nominatim, timeout=0.3)  # the server sleeps 1.5 s
    with pytest.raises(GeocodeError) as error:
        geocoder.locate("slow")
    # "slow" is no commune: the offline search fails too, and the message gives both reasons.
    assert error.value.kind == "not_found_offline" and error.value.online_problem == "timeout"
    assert "délai dépassé" in error.value.message("fr")


def test_timeout_then_commune_found_offline(fake_nominatim, communes_file, monkeypatch):
    # The server sleeps for every query named "slow"; make "Lille" slow too.
    monkeypatch.setitem(NOMINATIM_RESULTS, "lille", [])
    original = FakeNominatim.do_GET

    def slow_get(self):
        time.sleep(1.0)
        return original(self)

    monkeypatch.setattr(FakeNominatim, "do_GET", slow_get)
    place = make_geocoder(fake_nominatim, timeout=0.3).locate("lille")
    assert place.origin == "communes" and place.notice == "timeout"
    assert (place.lat, place.lon) == (50.63108, 3.04702)
    assert "délai dépassé" in place.notice_message("fr") and "timed out" in place.notice_message("en")
    # The server's slow answer lands after the timeout: wait for it here, or it is counted as a call
    # of the next test (the calls list is the handler class's).
    deadline = time.monotonic() + 5
    while not FakeNominatim.calls and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.mark.parametrize("query, status", [("forbidden", "403"), ("too many", "429")])
def test_refusals_are_reported(fake_nominatim, query, status):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(fake_nominatim).locate(query)
    assert error.value.kind == "refused"
    assert status in error.value.detail
    assert "refus" in error.value.message("fr")


def test_a_broken_answer_counts_as_unavailable(fake_nominatim):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(fake_nominatim).locate("broken")
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


def test_offline_mode_never_calls_the_server(fake_nominatim, communes_file, monkeypatch):
    monkeypatch.setenv("HDF_GEOCODE_OFFLINE", "1")
    place = make_geocoder(fake_nominatim).locate("BETHUNE")
    assert place.origin == "communes" and place.notice == "offline"
    assert not FakeNominatim.calls


def test_offline_without_commune_list(fake_nominatim, monkeypatch):
    with pytest.raises(GeocodeError) as error:
        make_geocoder(fake_nominatim, online=False).locate("Béthune")
    assert error.value.kind == "offline_no_communes"
    # What to do, in a plain sentence: no command line.
    assert "python -m" not in error.value.message("en") and "coordinates" in error.value.message("en")
    assert "coordonnées" in error.value.message("fr")


def test_no_network_without_commune_list_is_a_plain_sentence(monkeypatch):
    """The machine is offline (nothing listens) and no commune list: the reader is told what happened
    and what to do (type coordinates, click on the map), in words: no errno, no command line."""
    import socket

    monkeypatch.setattr(geocode, "_load_quietly", lambda name: None)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    geocoder = Geocoder(domain=f"127.0.0.1:{port}", scheme="http", timeout=1, min_delay_seconds=0)
    with pytest.raises(GeocodeError) as error:
        geocoder.locate("rue de la Gare, Arras")
    assert error.value.kind == "unavailable" and error.value.detail  # the cause is kept for the log
    for lang, words in (("fr", ("hors ligne", "coordonnées", "50,29", "cliquez sur la carte")),
                        ("en", ("offline", "coordinates", "50.29", "click on the map"))):
        message = error.value.message(lang)
        assert all(word in message for word in words), message
        assert "Errno" not in message and error.value.detail not in message and "python" not in message


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


def test_unexpected_socket_errors_become_unavailable(fake_nominatim, monkeypatch, communes_file):
    geocoder = make_geocoder(fake_nominatim)

    def explode(*args, **kwargs):
        raise ConnectionResetError("reset by peer")

    monkeypatch.setattr(geocoder, "_geocode", explode)
    assert geocoder.locate("Lille").notice == "unavailable"


# --- commune matching (dashboard.domain.communes; tests/domain/test_communes.py) ----------------


def test_homonyms_are_reported():
    place = Geocoder(online=False).locate("Beaumont", communes=COMMUNES_FRAME)
    assert place.ambiguous == ("62",)
    assert "62" in place.notice_message("fr")


def test_outlines_decide_the_region_when_available(fake_nominatim):
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
        make_geocoder(fake_nominatim).locate("Bethune", outlines=outlines)
    assert error.value.kind == "outside_region"


def test_shared_geocoder_is_one_per_configuration(monkeypatch):
    monkeypatch.setenv("HDF_GEOCODE_DOMAIN", "127.0.0.1:9")
    assert geocode.shared_geocoder() is geocode.shared_geocoder()
    assert geocode.shared_geocoder().domain == "127.0.0.1:9"
    assert geocode.shared_geocoder().online and not geocode.shared_geocoder(online=False).online
    monkeypatch.setenv("HDF_GEOCODE_OFFLINE", "1")  # the environment's offline switch wins
    assert not geocode.shared_geocoder(online=True).online
