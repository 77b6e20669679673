"""/ajouter's « À examiner (N) » tab: the articles the news watch queued (dashboard.data.newswatch),
newest first, each reviewed exactly as a pasted article (the same table, sentences and seed
writer); saving its seed marks it accepted, and so does downloading it when saving is off (accepted,
seed downloaded, not saved); dismissing it records why."""

from __future__ import annotations

import streamlit as st

from dashboard.data import newswatch
from dashboard.data.intake_seed import published_date
from dashboard.domain.intake.review import review_table
from dashboard.i18n import fmt_date, fmt_number, t
from dashboard.i18n.escape import escape_markdown, markdown_link
from dashboard.ui.components.intake import article_figures, checked_review, review_editor, seed_offer, sentences

REASONS = ("off_topic", "elsewhere", "known", "unreliable", "other")
_DOWNLOADED = "watch-downloaded"  # session key: the seed file just downloaded (its article accepted, not saved)


def pending_articles() -> list[newswatch.QueuedArticle]:
    return newswatch.pending(newswatch.queue_dir())


def queue_tab(articles: list[newswatch.QueuedArticle], sites, lang: str) -> None:
    """The queue: an explicit empty state, else one article picked and reviewed."""
    if done := st.session_state.pop(_DOWNLOADED, None):  # set by the download's callback, before this run
        st.success(t("watch.accepted_not_saved", lang, file=escape_markdown(done)), icon=":material/download_done:")
    run = newswatch.last_run(newswatch.queue_dir())
    if run:
        st.caption(t("watch.last_run", lang, when=fmt_date(run.get("at", "")[:10], lang),
                     feeds=fmt_number(run.get("feeds_read", 0), lang), total=fmt_number(run.get("feeds", 0), lang),
                     added=fmt_number(run.get("added", 0), lang)))
    else:
        st.caption(t("watch.never_run", lang))
    if not articles:
        st.info(t("watch.empty", lang), icon=":material/inbox:")
        return
    labels = {a.id: t("watch.option", lang, date=fmt_date(a.published, lang) if a.published else t("watch.undated", lang),
                      publisher=a.publisher, title=a.title, n=fmt_number(a.figures, lang)) for a in articles}
    chosen = st.selectbox(t("watch.pick", lang), list(labels), format_func=labels.get, key="watch-pick")
    article = next(a for a in articles if a.id == chosen)
    date = fmt_date(article.published, lang) if article.published else t("watch.undated", lang)
    st.markdown(t("watch.source", lang, link=markdown_link(article.title or article.url, article.url),
                  publisher=escape_markdown(article.publisher), date=escape_markdown(date)))
    if article.copies:
        st.caption(t("watch.copies", lang, links=", ".join(markdown_link(url, url) for url in article.copies)))
    candidates = article_figures(article.text, article.lang, published_date(article.published or "unknown"), lang)
    if candidates is None:
        pass  # not read: article_figures said why
    elif not candidates:
        st.info(t("watch.no_figures", lang), icon=":material/search_off:")
    else:
        table = checked_review(review_table(candidates, lang), article.lang, lang)
        edited = review_editor(table, sites, article.text, lang, key="watch")
        sentences(candidates, lang)

        def accepted(path) -> None:
            newswatch.decide(article.id, newswatch.ACCEPTED, newswatch.queue_dir(), seed_file=path.name)
            st.success(t("watch.accepted", lang, file=escape_markdown(path.name)), icon=":material/check_circle:")

        def downloaded(file_name: str) -> None:  # a callback: runs before the next run reads the queue
            newswatch.decide(article.id, newswatch.ACCEPTED, newswatch.queue_dir(), reason=newswatch.NOT_SAVED,
                             seed_file=file_name)
            st.session_state[_DOWNLOADED] = file_name

        seed_offer(newswatch.source_of(article), edited, article.text, lang, key="watch", on_saved=accepted,
                   on_downloaded=downloaded)
    _dismiss_form(article, lang)


def _dismiss_form(article: newswatch.QueuedArticle, lang: str) -> None:
    with st.form(key=f"watch-dismiss-{article.id}", border=True):
        reason = st.selectbox(t("watch.dismiss_reason", lang), REASONS, format_func=lambda r: t(f"watch.reason_{r}", lang))
        note = st.text_input(t("watch.dismiss_note", lang))
        if st.form_submit_button(t("watch.dismiss", lang), icon=":material/block:"):
            why = t(f"watch.reason_{reason}", lang) + (f" : {note.strip()}" if note.strip() else "")
            newswatch.decide(article.id, newswatch.DISMISSED, newswatch.queue_dir(), reason=why)
            st.success(t("watch.dismissed", lang, reason=escape_markdown(why)), icon=":material/check_circle:")


def currency_caption(dataset, lang: str) -> str:
    """How current the data is: the newest fact's date (`Dataset.as_of`), the news watch's last run
    and what waits for review (the overview says it under its title)."""
    newest = dataset.as_of or None
    folder = newswatch.queue_dir()
    run = newswatch.last_run(folder)
    watch = (t("watch.currency_watch", lang, when=fmt_date(run.get("at", "")[:10], lang),
               pending=fmt_number(len(newswatch.pending(folder)), lang)) if run else t("watch.currency_no_watch", lang))
    return t("watch.currency", lang, newest=fmt_date(newest, lang), watch=watch)
