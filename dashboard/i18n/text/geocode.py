"""Words of dashboard/data/geocode.py (namespace "geocode": t("geocode.<key>", lang)): the
geocoder's errors and notices, shown as they are on /siting."""

TEXT = {
    "fr": {
        "error_empty": "Saisissez une commune ou une adresse des Hauts-de-France.",
        "error_too_long": "Texte trop long : saisissez une commune ou une adresse.",
        "error_not_found": "« {query} » est introuvable. Vérifiez l'orthographe ou ajoutez le code postal.",
        "error_outside_region": (
            "« {query} » a été trouvé ({detail}), mais hors des Hauts-de-France : seuls les lieux de la région "
            "peuvent être évalués."
        ),
        "error_timeout": (
            "Le service de recherche d'adresses (Nominatim) n'a pas répondu à temps pour «\xa0{query}\xa0». Réessayez "
            "dans un moment, ou saisissez le nom d'une commune, des coordonnées comme «\xa050,29\xa0; 2,78\xa0» ou cliquez"
            " sur la carte."
        ),
        "error_refused": (
            "Le service de recherche d'adresses (Nominatim) a refusé la demande (trop de demandes ou accès "
            "bloqué). Réessayez dans une minute, ou saisissez des coordonnées comme «\xa050,29\xa0; 2,78\xa0» ou cliquez "
            "sur la carte."
        ),
        "error_unavailable": (
            "Le service de recherche d'adresses (Nominatim) est injoignable\xa0: cet ordinateur semble hors ligne. "
            "Saisissez le nom d'une commune des Hauts-de-France (reconnu hors ligne), des coordonnées comme "
            "«\xa050,29\xa0; 2,78\xa0», ou cliquez sur la carte."
        ),
        "error_offline_no_communes": (
            "«\xa0{query}\xa0» ne peut pas être trouvé hors ligne\xa0: la liste des communes n'est pas disponible. "
            "Saisissez des coordonnées comme «\xa050,29\xa0; 2,78\xa0» ou cliquez sur la carte."
        ),
        "error_not_found_offline": (
            "«\xa0{query}\xa0» n'est pas une commune des Hauts-de-France de la liste officielle (hors ligne, seules les"
            " communes sont reconnues, pas les adresses). Pour un lieu précis, saisissez ses coordonnées comme "
            "«\xa050,29\xa0; 2,78\xa0» ou cliquez sur la carte."
        ),
        "online_failed": "Recherche en ligne impossible ({reason}).",
        "reason_timeout": "délai dépassé",
        "reason_refused": "demande refusée par le service",
        "reason_unavailable": "service injoignable",
        "reason_offline": "mode hors ligne",
        "fallback_used": (
            "Recherche en ligne impossible ({reason}) : position du centre de la commune, d'après la liste officielle "
            "des communes."
        ),
        "ambiguous": (
            "Plusieurs communes portent ce nom : celle du {dep} a été retenue (autres : {others}) ; précisez le "
            "département, par ex. « Nom (62) »."
        ),
        "suggestions": "Communes proches : {names}.",
        "no_communes_either": (
            "La recherche hors ligne est impossible aussi\xa0: la liste des communes n'est pas disponible. Saisissez"
            " des coordonnées comme «\xa050,29\xa0; 2,78\xa0» ou cliquez sur la carte."
        ),
    },
    "en": {
        "error_empty": "Type a commune or an address in Hauts-de-France.",
        "error_too_long": "Text too long: type a commune or an address.",
        "error_not_found": "'{query}' cannot be found. Check the spelling or add the postcode.",
        "error_outside_region": "'{query}' was found ({detail}), but outside Hauts-de-France: only places in the "
        "region can be assessed.",
        "error_timeout": (
            "The address search service (Nominatim) did not answer in time for '{query}'. Try again in a while, "
            "or type a commune's name, coordinates such as '50.29, 2.78', or click on the map."
        ),
        "error_refused": (
            "The address search service (Nominatim) refused the request (too many requests or access blocked). "
            "Try again in a minute, or type coordinates such as '50.29, 2.78', or click on the map."
        ),
        "error_unavailable": (
            "The address search service (Nominatim) cannot be reached: this computer seems to be offline. Type "
            "the name of a commune of Hauts-de-France (recognised offline), coordinates such as '50.29, 2.78', or"
            " click on the map."
        ),
        "error_offline_no_communes": (
            "'{query}' cannot be found offline: the commune list is not available. Type coordinates such as "
            "'50.29, 2.78', or click on the map."
        ),
        "error_not_found_offline": (
            "'{query}' is not a commune of Hauts-de-France in the official list (offline, only communes are "
            "recognised, not addresses). For an exact place, type its coordinates such as '50.29, 2.78', or click"
            " on the map."
        ),
        "online_failed": "Online search failed ({reason}).",
        "reason_timeout": "timed out",
        "reason_refused": "request refused by the service",
        "reason_unavailable": "service unreachable",
        "reason_offline": "offline mode",
        "fallback_used": "Online search failed ({reason}): position of the commune's centre, from the official "
        "commune list.",
        "ambiguous": (
            "Several communes have this name: the one in {dep} was taken (others: {others}); add the département, "
            "e.g. 'Name (62)'."
        ),
        "suggestions": "Close communes: {names}.",
        "no_communes_either": (
            "An offline search is not possible either: the commune list is not available. Type coordinates such "
            "as '50.29, 2.78', or click on the map."
        ),
    },
}
