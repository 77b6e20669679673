"""/puissance in real Chromium: the charts drawn from the seeds; the measure kind, the load factor and
the status filter each change the charts and the verdict; the kind and the load factor are kept in
the address, which opens on them."""

from __future__ import annotations

from tests.devserver import main_text, wait_for_app, wait_for_charts
from tests.fixtures import assert_page_clean


def chart_titles(page) -> list[str]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot'))
        .map(plot => String(((plot._fullLayout || {}).title || {}).text || ''))""")


FIRST_LINE_YS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
        .flatMap(plot => plot.data || []).filter(t => String(t.name || '').includes('facteur de charge'))
        .map(t => Array.from(t.y))"""


def first_line_ys(page) -> list:
    """The y values of the energy chart's projects line (the trace named after the load factor)."""
    return page.evaluate(FIRST_LINE_YS_JS)


def verdict(page) -> str:
    return page.locator('[data-testid="stMarkdownContainer"] ul').first.inner_text()


VERDICT_JS = """() => { const list = document.querySelector('[data-testid="stMarkdownContainer"] ul');
    return list ? list.innerText : ''; }"""


def wait_for_change(page, condition_js: str, *args) -> None:
    """Wait until the change an action should make is on the page. Right after a click the script
    may not have started its rerun yet, so 'not running' alone can be the state before it."""
    page.wait_for_function(condition_js, arg=list(args), timeout=30_000)
    wait_for_app(page)


def test_kind_load_factor_and_status_change_the_charts_and_the_verdict(open_page, shoot):
    page = open_page("/puissance")
    assert wait_for_charts(page, 1) >= 1
    before_title, before_verdict = chart_titles(page)[0], verdict(page)
    assert "puissance du site" in before_title and "Gravelines" in before_verdict
    shoot("puissance-default")

    # The measure kind: another kind, another chart and another verdict.
    page.locator('[data-testid="stMain"] [data-testid="stButtonGroup"] button').filter(
        has_text="capacité de raccordement au réseau").first.click()
    wait_for_change(page, f"""([verdict]) => ({VERDICT_JS})() !== verdict && Array.from(document.querySelectorAll(
        '.js-plotly-plot')).some(plot => String(((plot._fullLayout || {{}}).title || {{}}).text || '')
        .includes('capacité de raccordement'))""", before_verdict)
    wait_for_charts(page, 1)
    assert "capacité de raccordement" in chart_titles(page)[0] and verdict(page) != before_verdict
    shoot("puissance-grid-connection")

    # The load factor, on the energy tab: the projects' TWh and the verdict move with it.
    page.get_by_role("tab", name="Énergie par année").click()
    wait_for_change(page, f"() => ({FIRST_LINE_YS_JS})().length > 0")
    wait_for_charts(page, 1)
    energy_before, verdict_before = first_line_ys(page), verdict(page)
    slider = page.get_by_role("slider").first
    slider.focus()
    for _ in range(4):
        slider.press("ArrowRight")
    wait_for_change(page, "() => location.search.includes('load_factor=60')")
    wait_for_change(page, f"([verdict, ys]) => ({VERDICT_JS})() !== verdict"
                          f" && JSON.stringify(({FIRST_LINE_YS_JS})()) !== JSON.stringify(ys)", verdict_before, energy_before)
    wait_for_charts(page, 1)
    assert first_line_ys(page) != energy_before and verdict(page) != verdict_before
    assert "60" in verdict(page)
    shoot("puissance-load-factor")
    # Both are in the address, which opens on the same view (below).
    assert "measure=grid_connection" in page.url and "load_factor=60" in page.url

    # The status filter (in the address, like the sidebar writes it).
    page = open_page("/puissance?status=under_construction")
    wait_for_charts(page, 1)
    assert verdict(page) != before_verdict
    assert_page_clean(page)


def test_english_page_draws_its_charts(open_page, shoot):
    page = open_page("/puissance?lang=en")
    assert wait_for_charts(page, 1) >= 1
    assert "Announced power by year" in chart_titles(page)[0]
    assert "What these figures cannot say" in main_text(page)
    shoot("puissance-en")
    assert_page_clean(page)


def test_a_shared_address_opens_on_its_kind_and_load_factor(open_page):
    page = open_page("/puissance?measure=grid_connection&load_factor=60")
    assert wait_for_charts(page, 1) >= 1
    assert "capacité de raccordement" in chart_titles(page)[0]
    assert "60" in verdict(page)
    assert page.locator('[data-testid="stAlert"]').count() == 0
    # The slider sits on the energy tab, the chart it changes: it opens on the address's value.
    page.get_by_role("tab", name="Énergie par année").click()
    page.locator('[data-testid="stSliderThumbValue"]').first.wait_for()
    assert page.locator('[data-testid="stSliderThumbValue"]').first.inner_text().strip() == "60"
    assert "load_factor=60" in page.url
    assert_page_clean(page)


def test_the_tables_menu_downloads_the_projects_csv(open_page):
    page = open_page("/puissance")
    wait_for_charts(page, 1)
    wait_for_app(page)
    page.locator('[data-testid="stPopoverButton"]').filter(has_text="Télécharger les tableaux").click()
    button = page.locator('[data-testid="stPopoverBody"] [data-testid="stDownloadButton"]').filter(has_text="Projets (CSV)")
    with page.expect_download(timeout=60_000) as info:
        button.click()
    assert info.value.suggested_filename == "puissance__tables.csv"
    text = info.value.path().read_bytes().decode("utf-8-sig")
    assert "Projet" in text.splitlines()[0] and len(text.splitlines()) >= 2
