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
        "error_timeout": "Le service de géocodage (Nominatim) n'a pas répondu à temps pour « {query} ».",
        "error_refused": "Le service de géocodage (Nominatim) a refusé la demande ({detail}) ; réessayez dans un "
        "moment.",
        "error_unavailable": "Le service de géocodage (Nominatim) est injoignable ({detail}).",
        "error_offline_no_communes": (
            "« {query} » ne peut pas être trouvé hors ligne : la liste des communes n'est pas téléchargée (python -m "
            "dashboard.data.opendata fetch communes)."
        ),
        "error_not_found_offline": (
            "« {query} » n'est pas une commune des Hauts-de-France de la liste officielle (hors ligne, seules les "
            "communes sont reconnues, pas les adresses)."
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
            "La recherche hors ligne est impossible aussi : la liste des communes n'est pas téléchargée (python -m "
            "dashboard.data.opendata fetch communes)."
        ),
    },
    "en": {
        "error_empty": "Type a commune or an address in Hauts-de-France.",
        "error_too_long": "Text too long: type a commune or an address.",
        "error_not_found": "'{query}' cannot be found. Check the spelling or add the postcode.",
        "error_outside_region": "'{query}' was found ({detail}), but outside Hauts-de-France: only places in the "
        "region can be assessed.",
        "error_timeout": "The geocoding service (Nominatim) did not answer in time for '{query}'.",
        "error_refused": "The geocoding service (Nominatim) refused the request ({detail}); try again in a while.",
        "error_unavailable": "The geocoding service (Nominatim) cannot be reached ({detail}).",
        "error_offline_no_communes": (
            "'{query}' cannot be found offline: the commune list is not downloaded (python -m dashboard.data.opendata "
            "fetch communes)."
        ),
        "error_not_found_offline": (
            "'{query}' is not a commune of Hauts-de-France in the official list (offline, only communes are "
            "recognised, not addresses)."
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
            "An offline search is not possible either: the commune list is not downloaded (python -m "
            "dashboard.data.opendata fetch communes)."
        ),
    },
}
