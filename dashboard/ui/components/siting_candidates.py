"""/siting's candidate places: kept in the page's URL (`?cand=50.29,2.78&cand=…`, one parameter per
place; dashboard.domain.siting.places says the format), so that a shared link shows them; added by
a click on a map (a point of the score map's click grid, a hexagon of the region's surface), by
typed coordinates ("50.29, 2.78", "50,29 ; 2,78") or by a name the geocoder finds; each named after
its nearest commune from the commune list shipped with the app (offline)."""

from __future__ import annotations

import logging
import h3
import streamlit as st

from dashboard.data import geocode
from dashboard.data import repository as data
from dashboard.domain import geo, siting
from dashboard.domain.siting import places
from dashboard.domain.siting.places import CANDIDATE_PARAM
from dashboard.i18n import fmt_number, t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.opendata import fetch_button

log = logging.getLogger("dashboard.ui.pages.siting")

CLICK_GRID_CURVE = 0  # the score map draws its click grid first (figures.siting_map)
CLICK_GRID_RESOLUTION = 6  # H3 cells of about 36 km² (7 km across): a point per cell, light to send
_JUST_ADDED = "siting_just_added"  # the URL value of the place the last click or form added


def url_values() -> list[str]:
    return st.query_params.get_all(CANDIDATE_PARAM)


def _in_region(outlines):
    return lambda lat, lon: geo.in_region(lat, lon, outlines)


def url_candidates(lang: str, outlines: dict | None, say: bool = True) -> list[siting.Candidate]:
    """The candidates the URL holds, named; with `say`, a value that is not a place in the region
    is said, by value (the others are kept)."""
    values = url_values()
    if not values:
        return []
    communes, _ = data.load_open_dataset("communes")
    kept, refused, beyond = places.candidates_from_params(values, communes, _in_region(outlines))
    if say:
        for error in refused:
            problem = t(f"siting_page.place_{error.kind}", lang, value=error.value[:120])
            st.warning(escape_markdown(t("siting_page.url_refused", lang, problem=problem)), icon=":material/warning:")
        if beyond:
            st.warning(t("siting_page.url_too_many", lang, n=beyond, max=places.MAX_CANDIDATES),
                       icon=":material/warning:")
    return kept


def add_to_url(candidate: siting.Candidate) -> bool:
    """Add a place to the URL's candidates (not twice); whether it was added."""
    values = url_values()
    value = places.to_param(candidate)
    known = {(c.lat, c.lon) for c in _decoded(values)}
    if (candidate.lat, candidate.lon) in known:
        return False
    st.query_params[CANDIDATE_PARAM] = [*values, value]
    st.session_state[_JUST_ADDED] = (candidate.lat, candidate.lon)
    return True


def _decoded(values) -> list[siting.Candidate]:
    decoded = []
    for value in values:
        try:
            decoded.append(places.from_param(value))
        except places.PlaceError:
            continue
    return decoded


def remove_from_url(candidate: siting.Candidate | None) -> None:
    """Take a place (all of them: None) off the URL's candidates, the refused values too."""
    if candidate is None:
        del st.query_params[CANDIDATE_PARAM]
        return
    kept = []
    for value in url_values():
        try:
            same = places.from_param(value)
            if (same.lat, same.lon) == (candidate.lat, candidate.lon):
                continue
        except places.PlaceError:
            pass
        kept.append(value)
    st.query_params[CANDIDATE_PARAM] = kept


# --- a click on a map ----------------------------------------------------------------------------


def clicked_position(event) -> tuple[float, float] | None:
    """(lat, lon) a click on a map chose: a point of the score map's click grid, or the centre of a
    surface hexagon (its H3 id is the point's location); None for a click on anything else."""
    selection = (event or {}).get("selection") or {}
    for point in selection.get("points") or []:
        cell = point.get("location")
        if isinstance(cell, str) and h3.is_valid_cell(cell):
            lat, lon = h3.cell_to_latlng(cell)
            return round(lat, places.COORDINATE_DIGITS), round(lon, places.COORDINATE_DIGITS)
        if point.get("curve_number") == CLICK_GRID_CURVE and "lat" in point and "lon" in point:
            return round(float(point["lat"]), places.COORDINATE_DIGITS), round(float(point["lon"]), places.COORDINATE_DIGITS)
    return None


def on_map_click(chart_key: str) -> None:
    """The chart's selection callback (run before the page's script): a click adds its place to
    the URL, so the run that follows scores and ranks it."""
    position = clicked_position(st.session_state.get(chart_key))
    if position is not None:
        add_to_url(siting.Candidate(name="", lat=position[0], lon=position[1], origin=places.ORIGIN_CLICK))


def added_notice(scored, lang: str) -> None:
    """After a click or a typed place: the candidate's rank, said once, beside the ranking."""
    position = st.session_state.pop(_JUST_ADDED, None)
    if position is None or scored.empty:
        return
    rows = scored[(scored["project_type"] == siting.CANDIDATE_TYPE)
                  & (scored["lat"].round(places.COORDINATE_DIGITS) == position[0])
                  & (scored["lon"].round(places.COORDINATE_DIGITS) == position[1])]
    if rows.empty:
        return
    row = rows.iloc[0]
    from dashboard.ui.components.siting_results import rank_texts  # the words of the ranking table

    ranked = scored[scored["rank"].notna()]
    if row["rank"] == row["rank"]:  # not NaN
        text = t("siting_page.candidate_ranked", lang, name=row["name"], rank=int(row["rank"]), n=len(ranked))
    else:
        text = t("siting_page.candidate_unranked", lang, name=row["name"], status=rank_texts(rows.head(1), lang)[0])
    st.success(escape_markdown(text), icon=":material/add_location:")


# --- the settings panel's form -------------------------------------------------------------------


def candidate_controls(lang: str, outlines: dict | None) -> None:
    """The form (a name, an address or coordinates; land; brownfield), then the candidates, each
    with its remove button."""
    st.subheader(t("siting_page.candidates", lang))
    st.caption(t("siting_page.candidates_help", lang))
    communes, communes_error = data.load_open_dataset("communes")
    with st.form("siting_candidate_form", clear_on_submit=False, border=True):
        query = st.text_input(
            t("siting_page.place", lang), placeholder=t("siting_page.place_placeholder", lang), key="siting_query",
            max_chars=geocode.MAX_PASTE_LENGTH
        )
        left, right = st.columns(2)
        with left:
            land = st.number_input(
                t("siting_page.land_ha", lang), min_value=0.0, max_value=10_000.0, value=None, step=1.0, key="siting_land"
            )
        with right:
            brown = st.selectbox(
                t("siting_page.brownfield", lang),
                ["unknown", "yes", "no"],
                key="siting_brownfield",
                format_func=lambda v: t(f"siting_page.bf_{v}", lang),
            )
        online = st.checkbox(t("siting_page.online", lang), value=True, help=t("siting_page.online_help", lang), key="siting_online")
        submitted = st.form_submit_button(t("siting_page.add", lang), type="primary")
    if submitted:
        add_candidate(query, land, brown, online, communes, outlines, lang)
    if communes is None:
        # A file that is there but corrupt is said so (with the reason, as plain text), not "not downloaded".
        missing = (t("siting_page.communes_unreadable", lang, reason=communes_error) if communes_error
                   else t("siting_page.communes_missing", lang))
        st.caption(escape_markdown(missing))
        fetch_button("communes", t("siting_page.communes_download", lang), "siting_fetch_communes", lang)
    candidates = url_candidates(lang, outlines, say=False)  # the page says what the URL holds that is wrong
    for i, cand in enumerate(candidates):
        text_col, button_col = st.columns([6, 1])
        with text_col:
            extra = []
            if cand.land_ha is not None:
                extra.append(f"{fmt_number(cand.land_ha, lang, digits=1)}\u00a0ha")
            if cand.brownfield is not None:
                extra.append(t("siting_page.bf_yes" if cand.brownfield else "siting_page.bf_no", lang))
            origin = t(f"siting_page.origin_{cand.origin}", lang) if cand.origin else ""
            st.markdown(
                ":material/location_on: "
                + escape_markdown(f"{cand.name} — {origin}" + (f" ({', '.join(extra)})" if extra else ""))
            )
        with button_col:
            st.button(t("siting_page.remove", lang), key=f"siting_remove_{i}_{cand.site_id}", on_click=remove_from_url,
                      args=(cand,))
    if len(candidates) > 1:
        st.button(t("siting_page.clear", lang), key="siting_clear", on_click=remove_from_url, args=(None,))


def _added(candidate: siting.Candidate, lang: str, origin_words: str) -> None:
    if not add_to_url(candidate):
        st.info(escape_markdown(t("siting_page.already", lang, name=candidate.name)))
        return
    if candidate.origin == places.ORIGIN_TYPED:  # its name says where it is
        text = t("siting_page.added_place", lang, name=candidate.name, origin=origin_words)
    else:
        text = t("siting_page.added", lang, name=candidate.name, lat=fmt_number(candidate.lat, lang, digits=4),
                 lon=fmt_number(candidate.lon, lang, digits=4), origin=origin_words)
    st.success(escape_markdown(text), icon=":material/check_circle:")


def add_candidate(query, land, brown, online: bool, communes, outlines, lang: str) -> None:
    """Typed coordinates, else a name to geocode; every failure becomes a message, never a traceback."""
    options = {"land_ha": None if land is None else float(land), "brownfield": {"yes": True, "no": False}.get(brown)}
    try:
        typed = places.parse_coordinates(query)
        if typed is not None and not geo.in_region(*typed, outlines):
            raise places.PlaceError("outside", str(query).strip())
    except places.PlaceError as error:
        st.warning(escape_markdown(t(f"siting_page.place_{error.kind}", lang, value=error.value[:120])),
                   icon=":material/warning:")
        return
    if typed is not None:
        candidate = places.named([siting.Candidate(name="", lat=typed[0], lon=typed[1], origin=places.ORIGIN_TYPED,
                                                   **options)], communes)[0]
        _added(candidate, lang, t("siting_page.origin_coordinates", lang))
        return
    query, was_cut = geocode.Geocoder.fit_query(query)
    if was_cut:  # a long paste is searched on its beginning, and the reader is told
        st.info(escape_markdown(t("siting_page.place_cut", lang, n=geocode.MAX_QUERY_LENGTH, kept=query)),
                icon=":material/content_cut:")
    try:
        place = geocode.shared_geocoder(online=online).locate(query, communes=communes, outlines=outlines)
    except geocode.GeocodeError as error:
        if error.detail:
            log.info("geocoding %r: %s (%s)", query, error.kind, error.detail)
        st.warning(escape_markdown(error.message(lang)), icon=":material/warning:")
        return
    except Exception as error:  # the page must keep working whatever the geocoder does
        log.exception("geocoding %r failed", query)
        st.error(escape_markdown(t("siting_page.unexpected", lang, detail=type(error).__name__)), icon=":material/error:")
        return
    candidate = siting.Candidate(name=place.name, lat=round(place.lat, places.COORDINATE_DIGITS),
                                 lon=round(place.lon, places.COORDINATE_DIGITS), origin=place.origin,
                                 commune=place.commune, departement=place.departement, **options)
    _added(candidate, lang, t(f"siting_page.origin_{place.origin}", lang))
    notice = place.notice_message(lang)
    if notice:
        st.info(escape_markdown(notice), icon=":material/info:")
