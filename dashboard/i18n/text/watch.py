"""Words of the news watch on the pages: /ajouter's « À examiner » tab (ui/components/watch_queue.py)
and the overview's "how current" line (namespace "watch": t("watch.<key>", lang))."""

TEXT = {
    "fr": {
        "tab_paste": "Coller un article",
        "tab_queue": "À examiner ({n})",
        "empty": "Aucun article en attente. La veille (« make watch », ou « python -m dashboard.watch run ») "
                 "ajoute ici les articles trouvés dans les flux suivis.",
        "last_run": "Dernière veille : {when} ({feeds} flux lus sur {total}, {added} article(s) ajouté(s)).",
        "never_run": "La veille n'a jamais tourné sur ce serveur.",
        "pick": "Article à examiner (du plus récent au plus ancien)",
        "option": "{date} — {publisher} — {title} ({n} chiffre(s))",
        "undated": "non daté",
        "source": "Source : {link}, {publisher}, {date}.",
        "copies": "Repris aussi par : {links}.",
        "no_figures": "Le texte de cet article ne donne plus aucun chiffre : écartez-le.",
        "dismiss": "Écarter cet article",
        "dismiss_reason": "Pourquoi ?",
        "reason_off_topic": "hors sujet", "reason_elsewhere": "hors de la région",
        "reason_known": "chiffres déjà connus", "reason_unreliable": "source peu fiable", "reason_other": "autre raison",
        "dismiss_note": "Précision (facultatif)",
        "dismissed": "Article écarté : {reason}.",
        "accepted": "Article accepté : le fichier {file} est enregistré dans seeds/.",
        "accepted_not_saved": "Article accepté — fichier seed téléchargé ({file}), non enregistré : placez-le dans le "
                              "dossier seeds/ pour que la prochaine construction le lise. L'article quitte la liste d'attente.",
        "queue_unreadable": "La file d'attente de la veille est illisible ({detail}).",
        "currency": "Fait le plus récent : {newest}. {watch}",
        "currency_watch": "Dernière veille de l'actualité : {when} ; {pending} article(s) à examiner sur la page Ajouter des faits.",
        "currency_no_watch": "La veille de l'actualité n'a pas encore tourné.",
    },
    "en": {
        "tab_paste": "Paste an article",
        "tab_queue": "To review ({n})",
        "empty": "No article waiting. The news watch (\"make watch\", or \"python -m dashboard.watch run\") adds "
                 "here the articles it finds in the feeds it follows.",
        "last_run": "Last watch: {when} ({feeds} of {total} feeds read, {added} article(s) added).",
        "never_run": "The news watch has never run on this server.",
        "pick": "Article to review (newest first)",
        "option": "{date} — {publisher} — {title} ({n} figure(s))",
        "undated": "undated",
        "source": "Source: {link}, {publisher}, {date}.",
        "copies": "Also published by: {links}.",
        "no_figures": "This article's text no longer gives any figure: dismiss it.",
        "dismiss": "Dismiss this article",
        "dismiss_reason": "Why?",
        "reason_off_topic": "off topic", "reason_elsewhere": "outside the region",
        "reason_known": "figures already known", "reason_unreliable": "unreliable source", "reason_other": "other reason",
        "dismiss_note": "Detail (optional)",
        "dismissed": "Article dismissed: {reason}.",
        "accepted": "Article accepted: the file {file} is saved in seeds/.",
        "accepted_not_saved": "Article accepted — seed downloaded ({file}), not saved: put this file in seeds/ for the "
                              "next build to read it. The article leaves the review list.",
        "queue_unreadable": "The news watch's queue cannot be read ({detail}).",
        "currency": "Newest fact: {newest}. {watch}",
        "currency_watch": "Last news watch: {when}; {pending} article(s) to review on the Add facts page.",
        "currency_no_watch": "The news watch has not run yet.",
    },
}
