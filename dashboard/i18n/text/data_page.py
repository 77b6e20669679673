"""Words of dashboard/ui/pages/data.py (namespace "data_page": t("data_page.<key>", lang))."""

TEXT = {
    "fr": {
        "title": "Données",
        "intro": "Un site par ligne, tel que les sources le décrivent. Vide ou « inconnu » : la valeur n'est pas "
                 "connue (jamais 0). « ≈ » : valeur approximative ; « ≤ » / « ≥ » : au plus / au moins, comme la "
                 "source l'écrit ; « 30–35 » : une fourchette. Chaque valeur dit ce qu'elle mesure (colonnes « mesure »). "
                 "Les désaccords entre sources sont signalés dans « Remarques » (la valeur la plus récente est "
                 "retenue ; à la même date, la fourchette des sources).",
        "rows": "{n} site(s)",
        "sources": "Sources des sites affichés",
        "sources_caption": "{n} source(s). Les faits restent sous la licence de leur éditeur.",
        "open": "ouvrir",
        "page": "Fiche",
        "open_page": "ouvrir la fiche",
    },
    "en": {
        "title": "Data",
        "intro": "One site per row, as the sources describe it. Empty or “unknown”: the value is not known "
                 "(never 0). “≈”: approximate value; “≤” / “≥”: at most / at least, as the source writes it; "
                 "“30–35”: a range. Each value says what it measures (“measure” columns). Disagreements between "
                 "sources are flagged under “Notes” (the latest value is used; on the same date, the sources' range).",
        "rows": "{n} site(s)",
        "sources": "Sources of the sites shown",
        "sources_caption": "{n} source(s). Facts remain under their publishers' terms.",
        "open": "open",
        "page": "Page",
        "open_page": "open its page",
    },
}
