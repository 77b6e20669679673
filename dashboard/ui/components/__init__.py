"""Streamlit pieces every page shares, one module each: sidebar (filters in the URL, `page_setup`),
notices (dropped URL values, data quality, empty state), chart (a chart with its download
buttons), footer (sources). Pages import from the module they need."""
