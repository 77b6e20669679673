"""A proposed seed's problems as the /ajouter page says them (namespace "seed_problems"; the kinds
are dashboard.data.intake_checks.problem_kind's). {field} and {value} are the field's name as the
reader reads it (field_* below, else as written in the file) and the value; {detail} what the
checker named (the character, the file already there)."""

TEXT = {
    "fr": {
        "unplaced_site": "Le nouveau site « {value} » n'a pas de commune : choisissez-la ci-dessus (son centre le "
                         "situe sur la carte).",
        "line_break": "Ce champ contient un retour à la ligne ou un caractère invisible ({detail}) : un champ "
                      "tient sur une ligne ; retirez-le.",
        "read_back": "Le fichier écrit ne se relit pas à l'identique ({field}) : il est refusé, rien n'est "
                     "écrit hors du tableau.",
        "already_there": "Cet article est déjà dans les seeds ({detail} : même adresse ou même identifiant) : rien "
                         "de nouveau à ajouter ; complétez plutôt ce fichier.",
        "no_fact": "Aucun fait coché : cochez au moins une ligne.",
        "missing": "Le champ « {field} » manque.",
        "unknown_site": "Le site « {value} » n'existe pas dans les données : choisissez un site connu ou "
                        "« nouveau site ».",
        "unknown_source": "La source « {value} » n'existe pas dans les données.",
        "duplicate": "« {value} » existe déjà dans les données ({field}) : ce fichier le déclarerait une "
                     "seconde fois.",
        "bad_date": "La date du fait « {value} » ne se lit pas : écrivez AAAA-MM-JJ, AAAA-MM, AAAA ou "
                    "« undated ».",
        "bad_value": "La valeur « {value} » ne se lit pas pour cet attribut : corrigez-la dans le tableau.",
        "not_allowed": "« {value} » n'est pas une valeur admise pour « {field} ».",
        "other": "Le fichier ne passerait pas la vérification des seeds : champ « {field} », valeur « {value} ».",
        "field_departement": "département", "field_commune": "commune", "field_entity": "site",
        "field_attribute": "attribut", "field_value": "valeur", "field_as_of": "date du fait",
        "field_url": "adresse (URL)", "field_publisher": "éditeur", "field_title": "titre",
        "field_published": "date de publication", "field_id": "identifiant", "field_name": "nom",
        "field_project_type": "type de projet", "field_new_name": "nom du nouveau site", "field_note": "note",
        "field_lat": "latitude", "field_lon": "longitude", "field_facts": "faits",
    },
    "en": {
        "unplaced_site": "The new site “{value}” has no commune: pick it above (its centre places it on the map).",
        "line_break": "This field holds a line break or an invisible character ({detail}): a field is one line; "
                      "remove it.",
        "read_back": "The written file does not read back the same ({field}): refused, nothing outside the "
                     "table is written.",
        "already_there": "This article is already in the seeds ({detail}: same address or id): nothing new to "
                         "add; add to that file instead.",
        "no_fact": "No fact ticked: tick at least one row.",
        "missing": "The field “{field}” is missing.",
        "unknown_site": "The site “{value}” is not in the data: pick a known site or “new site”.",
        "unknown_source": "The source “{value}” is not in the data.",
        "duplicate": "“{value}” is already in the data ({field}): this file would declare it a second time.",
        "bad_date": "The fact's date “{value}” cannot be read: write YYYY-MM-DD, YYYY-MM, YYYY or “undated”.",
        "bad_value": "The value “{value}” cannot be read for this attribute: correct it in the table.",
        "not_allowed": "“{value}” is not an accepted value for “{field}”.",
        "other": "The file would not pass the seeds' check: field “{field}”, value “{value}”.",
        "field_departement": "département", "field_commune": "commune", "field_entity": "site",
        "field_attribute": "attribute", "field_value": "value", "field_as_of": "as of",
        "field_url": "address (URL)", "field_publisher": "publisher", "field_title": "title",
        "field_published": "publication date", "field_id": "id", "field_name": "name",
        "field_project_type": "project type", "field_new_name": "new site's name", "field_note": "note",
        "field_lat": "latitude", "field_lon": "longitude", "field_facts": "facts",
    },
}
