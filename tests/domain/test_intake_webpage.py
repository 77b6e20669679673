"""An article's HTML page read by trafilatura: the main text without the menus, scripts, comments
and footer; the title, date, publisher and address from the page's own metadata; the figures then
read by the intake as from a paste."""

from __future__ import annotations

import datetime as dt

from dashboard.domain.intake import extract_facts
from dashboard.domain.intake.webpage import read_html
from tests.fixtures import sample_dataset

PARAGRAPH = ("<p>Le néocloud Azur développera un data center de <strong>240&nbsp;MW</strong> sur la friche de "
             "Béthune, dans le Pas-de-Calais. Ses serveurs seront hébergés dans un bâtiment reconverti de "
             "l'ancienne usine, a indiqué <a href='/azur'>l'entreprise</a> jeudi.</p>"
             "<p>La mise en service est prévue début 2027, selon la direction du projet, qui évoque une "
             "trentaine d'emplois à la clé sur le site.</p>")


def saved_page(body: str = PARAGRAPH) -> str:
    """A news page as a browser saves it: head metadata (Open Graph, JSON-LD), a menu, the article,
    a comment thread, related links and a footer with figures of their own."""
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Béthune : un data center de 240 MW | La Gazette Nord-Pas de Calais</title>
<meta property="og:title" content="Béthune : un data center de 240 MW">
<meta property="og:site_name" content="La Gazette Nord-Pas de Calais">
<meta property="og:url" content="https://www.lagazettefrance.fr/article/bethune-data-center-240-mw">
<link rel="canonical" href="https://www.lagazettefrance.fr/article/bethune-data-center-240-mw">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Béthune : un data center de 240 MW","datePublished":"2026-02-13T07:30:00+01:00"}}</script>
<style>.menu{{color:red}}</style><script>var tracker = "5 000 emplois";</script></head>
<body><header><nav class="menu"><a href="/">Accueil</a> <a href="/eco">Économie</a> <a href="/abo">S'abonner : 1 € le premier mois</a></nav></header>
<main><article><h1>Béthune : un data center de 240 MW</h1><p class="date">Publié le 13 février 2026</p>
{body}
<figure><img src="a.jpg"><figcaption>La friche de Béthune. © La Gazette</figcaption></figure></article>
<section class="comments"><h3>Commentaires</h3><p>Encore 3 000 emplois promis qui ne viendront jamais, comme à Dunkerque !</p></section>
<aside><h3>À lire aussi</h3><ul><li><a href="/x">Dunkerque : 1 GW pour un autre campus</a></li></ul></aside></main>
<footer><p>© 2026 La Gazette — 12 rue de Lille, 59000 Lille</p></footer></body></html>"""


def test_a_saved_page_gives_its_article_and_its_metadata():
    page = read_html(saved_page(), url="https://example.org/copy")
    assert page.title == "Béthune : un data center de 240 MW"
    assert page.published == "2026-02-13"
    assert page.publisher == "La Gazette Nord-Pas de Calais"
    assert page.url == "https://www.lagazettefrance.fr/article/bethune-data-center-240-mw"
    assert page.text.splitlines()[0] == page.title  # the headline first, once
    assert "240 MW sur la friche de Béthune" in page.text  # inline tags do not cut the sentence
    for noise in ("Accueil", "S'abonner", "Commentaires", "3 000 emplois", "À lire aussi", "tracker", "12 rue"):
        assert noise not in page.text, noise


def test_the_intake_reads_the_pages_article_not_its_comments_or_menus():
    page = read_html(saved_page())
    found = extract_facts(page.text, lang="fr", published=dt.date(2026, 2, 13), dataset=sample_dataset())
    assert sorted((c.attribute, c.value) for c in found) == [
        ("commissioning", "début 2027"), ("jobs", "une trentaine d'emplois"), ("power", "240 MW")
    ]  # the headline's 240 MW counted once, the comment's 3 000 emplois and the menu's 1 € not read
    assert all(c.entity_id == "dc-bethune" for c in found)


def test_a_page_without_metadata_or_article_keeps_its_visible_text():
    page = read_html("<div>Le data center de Béthune aura <b>240 MW</b>.</div>")
    assert page.text == "Le data center de Béthune aura 240 MW."
    assert (page.title, page.published, page.publisher) == ("", "", "")
    assert read_html(b"").text == "" and read_html("   ").text == ""


def test_bytes_are_read_as_utf8():
    page = read_html(saved_page().encode("utf-8"))
    assert "Béthune" in page.text
