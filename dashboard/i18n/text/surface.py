"""Words of dashboard/figures/surface.py (namespace "surface": t("surface.<key>", lang))."""

TEXT = {
    "fr": {
        "section": "Carte d'aptitude de toute la région (maillage H3)",
        "intro": "Chaque hexagone H3 est noté avec les mêmes critères, poids, gabarit et exclusions que les sites "
                 "ci-dessus, mesurés en son centre. Un hexagone compte comme réemploi d'une friche (avec sa surface) "
                 "seulement s'il contient une friche Cartofriches d'au moins la surface du gabarit ; ailleurs, terrain "
                 "et friche sont inconnus (aucun point). Les distances sont calculées une fois par version des données ; "
                 "changer un poids ne fait que recalculer la somme pondérée.",
        "resolution": "Finesse du maillage",
        "resolution_6": "Résolution 6 (≈ 36 km² par maille)",
        "resolution_7": "Résolution 7 (≈ 5 km² par maille)",
        "cells": "{n} mailles, dont {excluded} exclues par le gabarit ; {brownfields} contiennent une friche assez grande.",
        "bbox_note": "Contours des départements absents : le maillage couvre le rectangle englobant de la région "
                     "(y compris hors région).",
        "zones": "Les meilleures zones",
        "zones_intro": "Les {n} mailles les mieux notées, à au moins {km} km les unes des autres ; commune la plus "
                       "proche du centre de la maille, friche la plus proche, point 400 kV le plus proche (poste, ou "
                       "point de ligne quand la ligne est plus proche).",
        "no_zone": "Aucune maille n'est classée (toutes exclues ou sans données).",
        "score": "Score",
        "excluded": "Exclue (règle du gabarit)",
        "hover": "Score {score} / 100<br>Près de : {commune}<br>Poste 400 kV : {kv400}<br>Ligne 400 kV : {line}"
                 "<br>Friche la plus proche : {brownfield}",
        "unknown": "inconnu",
        "rank": "Rang",
        "commune": "Commune la plus proche",
        "brownfield": "Friche la plus proche",
        "brownfield_km": "Friche (km)",
        "kv400": "Point 400 kV le plus proche",
        "kv400_km": "400 kV (km)",
        "in_cell": "friche dans la maille",
        "line_point": "ligne {name} ({lat:.4f}, {lon:.4f})",
        "substation_point": "poste {name}",
        "credit": "Maillage H3 (résolution {res}) ; réseau © contributeurs OpenStreetMap (ODbL) ; friches Cerema",
        "cell": "Maille H3",
        "confidence": "Confiance (%)",
        "departement": "Département",
        "lat": "Latitude",
        "lon": "Longitude",
        "name_of": "{label}\xa0: nom",
        "yes": "oui",
        "download_csv": "Meilleures zones (CSV)",
        "download_geojson": "Meilleures zones (GeoJSON, hexagones)",
        "download_help": "Les {n} meilleures zones ci-dessus\xa0: maille H3, rang, score, mesure de chaque critère au "
                         "centre de la maille, commune la plus proche\xa0; distances à 0,1\xa0km près.",
    },
    "en": {
        "section": "Suitability map of the whole region (H3 grid)",
        "intro": "Every H3 hexagon is scored with the same criteria, weights, preset and exclusions as the sites "
                 "above, measured at its centre. A hexagon counts as reusing a brownfield (with its area) only if it "
                 "holds a Cartofriches brownfield of at least the preset's land need; elsewhere land and brownfield "
                 "are unknown (no points). Distances are computed once per data version; a weight change only "
                 "recomputes the weighted sum.",
        "resolution": "Grid resolution",
        "resolution_6": "Resolution 6 (≈ 36 km² per cell)",
        "resolution_7": "Resolution 7 (≈ 5 km² per cell)",
        "cells": "{n} cells, {excluded} excluded by the preset; {brownfields} hold a large enough brownfield.",
        "bbox_note": "Département outlines missing: the grid covers the region's bounding box (beyond the region too).",
        "zones": "The best zones",
        "zones_intro": "The {n} best-scored cells, at least {km} km apart; commune nearest the cell's centre, nearest "
                       "brownfield, nearest 400 kV point (a substation, or a point of a line when the line is nearer).",
        "no_zone": "No cell is ranked (all excluded or without data).",
        "score": "Score",
        "excluded": "Excluded (preset rule)",
        "hover": "Score {score} / 100<br>Near: {commune}<br>400 kV substation: {kv400}<br>400 kV line: {line}"
                 "<br>Nearest brownfield: {brownfield}",
        "unknown": "unknown",
        "rank": "Rank",
        "commune": "Nearest commune",
        "brownfield": "Nearest brownfield",
        "brownfield_km": "Brownfield (km)",
        "kv400": "Nearest 400 kV point",
        "kv400_km": "400 kV (km)",
        "in_cell": "brownfield in the cell",
        "line_point": "line {name} ({lat:.4f}, {lon:.4f})",
        "substation_point": "substation {name}",
        "credit": "H3 grid (resolution {res}); grid © OpenStreetMap contributors (ODbL); brownfields Cerema",
        "cell": "H3 cell",
        "confidence": "Confidence (%)",
        "departement": "Département",
        "lat": "Latitude",
        "lon": "Longitude",
        "name_of": "{label}: name",
        "yes": "yes",
        "download_csv": "Best zones (CSV)",
        "download_geojson": "Best zones (GeoJSON, hexagons)",
        "download_help": "The {n} best zones above: H3 cell, rank, score, each criterion's measure at the cell's "
                         "centre, nearest commune; distances to 0.1 km.",
    },
}
