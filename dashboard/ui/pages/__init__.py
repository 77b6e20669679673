"""Thin st.Page scripts, one per URL path (run by `dashboard/app.py`, never imported), and the list
of them: the one registry that the navigation (dashboard/app.py) and the server's page addresses
(dashboard/server.py) both read."""

from __future__ import annotations

# (URL path and file stem, Material icon), in menu order; the first is the default page at `/`.
PAGES = (
    ("overview", ":material/dashboard:"),
    ("map", ":material/map:"),
    ("occupancy", ":material/factory:"),
    ("investment", ":material/euro:"),
    ("puissance", ":material/bolt:"),
    ("data", ":material/table:"),
    ("siting", ":material/place:"),
    ("ajouter", ":material/note_add:"),
    ("site", ":material/info:"),
)
# Reached through links (a map point, a table row, a host's tenants), not from the menu.
HIDDEN = {"site"}
