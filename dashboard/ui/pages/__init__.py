"""Thin st.Page scripts, one per URL path (run by `dashboard/app.py`, never imported)."""
