"""One table of words per namespace, read by dashboard.i18n.t("namespace.key", lang)."""
