"""Project types as the reader reads them (namespace "project_types"; i18n.label_type)."""

TEXT = {
    "fr": {
        "data_center": "Centre de données",
        "battery": "Batterie",
        "recycling": "Recyclage",
        "industrial_site": "Site industriel d'accueil",
        "logistics": "Logistique",
        "power_plant": "Centrale électrique",
        "substation": "Poste électrique",
        "region": "Région",
        "candidate": "Site candidat",
        "brownfield": "Friche (Cartofriches)",
    },
    "en": {
        "data_center": "Data centre",
        "battery": "Battery",
        "recycling": "Recycling",
        "industrial_site": "Industrial host site",
        "logistics": "Logistics",
        "power_plant": "Power plant",
        "substation": "Substation",
        "region": "Region",
        "candidate": "Candidate site",
        "brownfield": "Brownfield (Cartofriches)",
    },
}
