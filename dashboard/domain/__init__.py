"""Domain layer: pure pandas and Python (schema, tables, filters, geodesy, normalizer, siting).

No Streamlit, no file or network I/O; imports only `dashboard.config` and `dashboard.i18n`.
"""
