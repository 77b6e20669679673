"""Small seed sets written by the tests: a valid base to copy and break one thing at a time."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

COMMUNES_SOURCE = {
    "source": {
        "id": "insee-communes",
        "publisher": "INSEE",
        "title": "Code officiel géographique",
        "url": "https://www.insee.fr/fr/information/2560452",
        "published": "2024-01-01",
        "language": "fr",
        "licence": "Licence Ouverte 2.0",
    }
}

ARTICLE = {
    "source": {
        "id": "article-a",
        "publisher": "Horizon Actu",
        "title": "Un data center à Béthune",
        "url": "https://www.example.org/a",
        "published": "2025-09-16",
        "language": "fr",
    },
    "entities": [
        {
            "id": "host-site",
            "name": "Ancien site Bridgestone",
            "project_type": "industrial_site",
            "operator": "SIG",
            "commune": "Béthune",
            "departement": "62",
            "lat": 50.5303,
            "lon": 2.6333,
            "location_precision": "commune_centroid",
            "location_source": "insee-communes",
        },
        {
            "id": "dc",
            "name": "Azur Datacenter Béthune",
            "project_type": "data_center",
            "operator": "Azur Datacenter",
            "commune": "Béthune",
            "departement": "62",
            "lat": 50.5303,
            "lon": 2.6333,
            "location_precision": "commune_centroid",
            "location_source": "insee-communes",
            "host_site": "host-site",
        },
    ],
    "facts": [
        {"entity": "dc", "attribute": "investment", "value": "1,5 milliard d'euros", "as_of": "2025-09"},
        {"entity": "dc", "attribute": "floor_area", "value": "26 000 m²", "as_of": "2025-09"},
        {"entity": "dc", "attribute": "jobs", "value": "une trentaine d'emplois", "as_of": "2025-09"},
        {"entity": "dc", "attribute": "commissioning", "value": "début 2026", "as_of": "2025-09"},
        {"entity": "dc", "attribute": "status", "value": "under_construction", "as_of": "2025-09"},
        {"entity": "host-site", "attribute": "occupancy", "value": "80 %", "as_of": "2025-09"},
    ],
}

LATER_ARTICLE = {
    "source": {
        "id": "article-b",
        "publisher": "La Gazette",
        "title": "Deux nouvelles sociétés",
        "url": "https://www.example.org/b",
        "published": "2025-02",
        "language": "fr",
    },
    "facts": [
        {"entity": "host-site", "attribute": "occupancy", "value": "60 %", "as_of": "2025-02"},
        {"entity": "dc", "attribute": "investment", "value": "2 Md€", "as_of": "2025-02"},
    ],
}


def base_documents() -> dict[str, dict]:
    """File name -> YAML document; a deep copy each time so a test may break it."""
    return copy.deepcopy(
        {"001_insee.yaml": COMMUNES_SOURCE, "002_article-a.yaml": ARTICLE, "003_article-b.yaml": LATER_ARTICLE}
    )


def write_seeds(folder: Path, documents: dict[str, object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in documents.items():
        text = document if isinstance(document, str) else yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
