"""Add facts (`/ajouter`): paste an article or upload a .txt/.html file, review the figures the
extractor finds (attribute, value as written, site, as-of, keep), and get a seed file validated by
the build's own reader: offered as a download, saved into seeds/ only on request and only when
HDF_INTAKE_WRITABLE_SEEDS=1 (never over an existing file). A second tab, « À examiner (N) », reviews
the articles the news watch queued the same way."""

from __future__ import annotations

import streamlit as st

from dashboard.data.intake_seed import published_date
from dashboard.domain.intake.review import review_table
from dashboard.i18n import t
from dashboard.ui.components.footer import footer
from dashboard.ui.components.intake import (
    article_figures,
    article_input,
    checked_review,
    review_editor,
    seed_offer,
    sentences,
    source_form,
)
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.watch_queue import pending_articles, queue_tab

dataset, _filters, lang = page_setup("ajouter")
st.title(t("ajouter_page.title", lang))
st.caption(t("ajouter_page.intro", lang))

queued = pending_articles()
paste_tab, review_tab = st.tabs([t("watch.tab_paste", lang), t("watch.tab_queue", lang, n=len(queued))])
with paste_tab:
    source, article_lang, source_problem = source_form(lang)
    text = article_input(lang)
    if text:
        published = published_date(source.published) if source else None
        candidates = article_figures(text, article_lang, published, lang)
        if candidates is None:
            pass  # not read: article_figures said why
        elif not candidates:
            st.info(t("ajouter_page.no_figures", lang), icon=":material/search_off:")
        else:
            st.write(t("ajouter_page.found", lang, n=len(candidates)))
            edited = review_editor(checked_review(review_table(candidates, lang), article_lang, lang), dataset.sites,
                                   text, lang)
            sentences(candidates, lang)
            if source is None:
                st.warning(source_problem, icon=":material/warning:")
            else:
                seed_offer(source, edited, text, lang)
    elif source_problem and st.session_state.get("intake-published"):
        st.warning(source_problem, icon=":material/warning:")
with review_tab:
    queue_tab(queued, dataset.sites, lang)

footer(dataset, lang)  # the sources of the sites the figures are matched against
