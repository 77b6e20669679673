"""Words of dashboard/export/formats.py (namespace "formats": t("formats.<key>", lang))."""

TEXT = {
    "fr": {"sources_detail": "Sources (détail)", "sites_sheet": "Sites", "sources_sheet": "Sources"},
    "en": {"sources_detail": "Sources (details)", "sites_sheet": "Sites", "sources_sheet": "Sources"},
}
