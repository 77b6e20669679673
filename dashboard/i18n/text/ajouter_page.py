"""Words of dashboard/ui/pages/ajouter.py and ui/components/intake.py (namespace "ajouter_page":
t("ajouter_page.<key>", lang))."""

TEXT = {
    "fr": {
        "title": "Ajouter des faits",
        "intro": "Collez un article (ou chargez un fichier .txt / .html) : la page trouve ses chiffres, les rattache "
                 "aux sites connus, et prépare un fichier seed à relire. Rien n'est enregistré sans votre demande.",
        "source": "Source", "url": "Adresse (URL)", "publisher": "Éditeur", "published": "Date de publication",
        "published_help": "AAAA-MM-JJ (ou AAAA-MM, AAAA)", "title_field": "Titre de l'article (facultatif)",
        "lang": "Langue de l'article", "reliability": "Fiabilité",
        "article": "Article", "paste": "Texte de l'article", "upload": "… ou un fichier .txt / .html de {mb} Mo au plus ({chars} caractères de texte au plus)",
        "choose_file": "Choisir un fichier",
        "upload_too_big": "Le fichier « {detail} » dépasse la limite de {mb} Mo : chargez la page de l'article seule, "
                          "ou collez son texte.",
        "cleaned": "Caractères invisibles retirés avant la lecture (ils peuvent couper un chiffre ou un nom) : {detail}.",
        "lookalikes": "Des mots mêlent l'alphabet latin et des lettres cyrilliques ou grecques qui lui ressemblent : "
                      "{words}. Ils sont lus comme les noms qu'ils imitent, mais leurs lignes ne sont pas cochées : "
                      "vérifiez la source.",
        "empty": "Collez le texte d'un article ou chargez un fichier pour commencer.",
        "too_long": "Le texte fait {detail} caractères : la limite est de {chars}. Collez l'article seul.",
        "binary": "Le fichier « {detail} » n'est pas un texte lisible (UTF-8, .txt ou .html).",
        "time_limit": "La lecture de cet article a dépassé la limite de {seconds} s et a été arrêtée : aucun chiffre "
                      "n'en est retenu. Collez une partie de l'article, ou demandez à l'administrateur d'augmenter "
                      "HDF_INTAKE_TIME_LIMIT_S.",
        "worker_died": "Le processus qui lisait cet article s'est arrêté sans répondre ({how}) : aucun chiffre n'en "
                       "est retenu. Réessayez ; si cela se reproduit, le journal du serveur en donne la cause.",
        "exit_code": "code de sortie {code}", "killed_by": "arrêté par le signal {signal}",
        "no_figures": "Aucun chiffre trouvé dans ce texte : ni montant, puissance, surface, emplois, taux "
                      "d'occupation, ni date de mise en service. Rien à ajouter.",
        "found": "{n} chiffre(s) trouvé(s). Cochez ceux à garder, corrigez si besoin.",
        "col_keep": "Garder", "col_attribute": "Attribut", "col_value": "Valeur (telle qu'écrite)",
        "col_normalized": "Valeur lue", "col_status": "Statut", "col_entity": "Site", "col_new_name": "Nom du nouveau site",
        "col_as_of": "Date du fait", "col_confidence": "Confiance", "new": "nouveau site",
        "sentences": "Phrases des chiffres",
        "seed": "Fichier seed", "source_missing": "Renseignez l'adresse (http…) et l'éditeur de la source.",
        "bad_date": "Date de publication « {value} » illisible : écrivez AAAA-MM-JJ (ou AAAA-MM, AAAA).",
        "valid": "Le fichier {file} passe la validation de la construction.",
        "problems": "{n} problème(s) à corriger avant d'ajouter ce fichier :",
        "row": "Ligne", "field": "Champ", "value": "Valeur", "reason": "Raison",
        "new_sites": "Nouveaux sites",
        "new_sites_help": "Un site que les données ne connaissent pas encore : dites ce qu'il est et dans quelle "
                          "commune. Le centre de la commune le situe (précision : centre de la commune, source : "
                          "liste des communes INSEE) ; la commune proposée est la première que cite l'article.",
        "new_sites_no_communes": "La liste des communes n'est pas là{reason} : un nouveau site ne peut pas être "
                                 "situé ici ; téléchargez le brouillon et ajoutez sa position à la main.",
        "new_site_type": "Type de « {name} »", "new_site_commune": "Commune de « {name} »",
        "new_site_pick": "Choisissez la commune",
        "download": "Télécharger {file}", "download_draft": "Télécharger le brouillon (ne passe pas la validation)",
        "save": "Enregistrer dans seeds/", "saved": "Enregistré : {path}",
        "save_off": "L'enregistrement direct dans seeds/ est désactivé (réglage HDF_INTAKE_WRITABLE_SEEDS=1).",
        "nothing_kept": "Aucune ligne gardée : cochez au moins un chiffre.",
        "col_problem": "À corriger",
        "value_refused": "« {value} » ne se lit pas comme « {attribute} » : ligne décochée ; corrigez la valeur "
                         "ou l'attribut avant de la garder.",
        "held_several_sites": "La phrase nomme plusieurs sites ({words}) : ce chiffre vaut-il pour chacun, ou pour "
                              "l'ensemble ? Ligne décochée ; cochez-la si la source le dit de ce site.",
        "held_company_plan": "La phrase parle du programme entier de {words}, sans nommer ce site : ligne décochée ; "
                             "cochez-la si la source le dit de ce site.",
        "held_site_owner": "Ce chiffre est celui du propriétaire du site ({words}), pas celui d'un locataire : ligne "
                           "décochée ; cochez-la s'il vaut pour le site lui-même.",
        "held_company_scope": "Chiffre de l'entreprise, site non nommé : la phrase ne nomme que {words}, pas ce site ; "
                              "ligne décochée ; cochez-la si la source le dit de ce site.",
        "held_other_place": "La phrase situe ce chiffre à {words}, plus près que ce site : ligne décochée ; cochez-la "
                            "si la source le dit de ce site.",
        "held_town_only": "L'article ne nomme que la commune ({words}), ni ce site ni son exploitant, et ne parle pas "
                          "de ce genre de projet : ligne décochée ; cochez-la si la source le dit de ce site.",
        "held_hearsay": "La source rapporte ce chiffre sans l'affirmer ({words}) : ligne décochée ; cochez-la si "
                        "une source l'établit.",
        "held_town_in_relative": "La phrase ne nomme la commune ({words}) que dans une relative qui parle d'autre "
                                 "chose, et le titre et le chapeau ne nomment pas ce site : ligne décochée ; cochez-la "
                                 "si la source le dit de ce site.",
        "held_learned_doubt": "Les règles proposaient ce chiffre ({words}), mais le modèle appris sur les articles "
                              "relus ne le retient pas : ligne décochée ; cochez-la si la source le dit de ce site.",
        "reliability_primary": "source directe", "reliability_secondary": "source secondaire",
        "reliability_aggregator": "agrégateur",
    },
    "en": {
        "title": "Add facts",
        "intro": "Paste an article (or upload a .txt / .html file): the page finds its figures, attaches them to "
                 "known sites and prepares a seed file to review. Nothing is saved unless you ask.",
        "source": "Source", "url": "Address (URL)", "publisher": "Publisher", "published": "Publication date",
        "published_help": "YYYY-MM-DD (or YYYY-MM, YYYY)", "title_field": "Article title (optional)",
        "lang": "Article language", "reliability": "Reliability",
        "article": "Article", "paste": "Article text", "upload": "… or a .txt / .html file of at most {mb} MB ({chars} characters of text at most)",
        "choose_file": "Choose a file",
        "upload_too_big": "The file “{detail}” is over the {mb} MB limit: upload the article's page alone, or paste "
                          "its text.",
        "cleaned": "Invisible characters removed before reading (they can split a figure or a name): {detail}.",
        "lookalikes": "Some words mix Latin letters with Cyrillic or Greek look-alikes: {words}. They are read as the "
                      "names they imitate, but their rows are not ticked: check the source.",
        "empty": "Paste an article's text or upload a file to start.",
        "too_long": "The text has {detail} characters: the limit is {chars}. Paste the article alone.",
        "binary": "The file “{detail}” is not readable text (UTF-8, .txt or .html).",
        "time_limit": "Reading this article went over the {seconds} s limit and was stopped: no figure is kept from "
                      "it. Paste part of the article, or ask the administrator to raise HDF_INTAKE_TIME_LIMIT_S.",
        "worker_died": "The process reading this article stopped without answering ({how}): no figure is kept from "
                       "it. Try again; if it happens again, the server's log gives the cause.",
        "exit_code": "exit code {code}", "killed_by": "ended by signal {signal}",
        "no_figures": "No figure found in this text: no amount, power, area, jobs, occupancy rate or commissioning "
                      "date. Nothing to add.",
        "found": "{n} figure(s) found. Tick the ones to keep, correct them if needed.",
        "col_keep": "Keep", "col_attribute": "Attribute", "col_value": "Value (as written)",
        "col_normalized": "Value read", "col_status": "Status", "col_entity": "Site", "col_new_name": "New site's name",
        "col_as_of": "As of", "col_confidence": "Confidence", "new": "new site",
        "sentences": "Sentences of the figures",
        "seed": "Seed file", "source_missing": "Give the source's address (http…) and publisher.",
        "bad_date": "Publication date “{value}” cannot be read: write YYYY-MM-DD (or YYYY-MM, YYYY).",
        "valid": "The file {file} passes the build's validation.",
        "problems": "{n} problem(s) to fix before adding this file:",
        "row": "Row", "field": "Field", "value": "Value", "reason": "Reason",
        "new_sites": "New sites",
        "new_sites_help": "A site the data does not know yet: say what it is and in which commune. The commune's "
                          "centre places it (precision: commune centre, source: INSEE's list of communes); the "
                          "commune suggested is the first the article names.",
        "new_sites_no_communes": "The list of communes is not there{reason}: a new site cannot be placed "
                                 "here; download the draft and add its position by hand.",
        "new_site_type": "Type of “{name}”", "new_site_commune": "Commune of “{name}”",
        "new_site_pick": "Pick the commune",
        "download": "Download {file}", "download_draft": "Download the draft (does not pass validation)",
        "save": "Save into seeds/", "saved": "Saved: {path}",
        "save_off": "Saving into seeds/ is off (setting HDF_INTAKE_WRITABLE_SEEDS=1).",
        "nothing_kept": "No row kept: tick at least one figure.",
        "col_problem": "To fix",
        "value_refused": "“{value}” cannot be read as “{attribute}”: row unticked; correct the value or the "
                         "attribute before keeping it.",
        "held_several_sites": "The sentence names several sites ({words}): does this figure hold for each, or for "
                              "all of them together? Row unticked; tick it if the source says it of this site.",
        "held_company_plan": "The sentence is about the whole programme of {words} and does not name this site: row "
                             "unticked; tick it if the source says it of this site.",
        "held_site_owner": "This figure is the site owner's ({words}), not a tenant's: row unticked; tick it if it "
                           "holds for the site itself.",
        "held_company_scope": "The company's figure, no site named: the sentence names only {words}, not this site; "
                              "row unticked; tick it if the source says it of this site.",
        "held_other_place": "The sentence places this figure at {words}, nearer than this site: row unticked; tick it "
                            "if the source says it of this site.",
        "held_town_only": "The article names only the town ({words}), neither this site nor its operator, and does "
                          "not speak of this kind of project: row unticked; tick it if the source says it of this site.",
        "held_hearsay": "The source reports this figure without stating it ({words}): row unticked; tick it if a "
                        "source establishes it.",
        "held_town_in_relative": "The sentence names the town ({words}) only in a relative clause about something "
                                 "else, and the headline and lead do not name this site: row unticked; tick it if the "
                                 "source says it of this site.",
        "held_learned_doubt": "The rules proposed this figure ({words}), but the model learned from the reviewed "
                              "articles does not take it: row unticked; tick it if the source says it of this site.",
        "reliability_primary": "primary source", "reliability_secondary": "secondary source",
        "reliability_aggregator": "aggregator",
    },
}
