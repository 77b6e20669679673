"""RTE's substation exports under every header seen (research note opendata-real-formats-2026-12),
read through one table of column aliases: each gives the same 641 substations of the region's 2024
edition; an edition without coordinates is still refused by name."""

from __future__ import annotations

import re

import pytest

from dashboard.config import DATA_DIR
from dashboard.data import substations
from dashboard.data.opendata_checks import OpenDataError

EDITION_2024 = (DATA_DIR / "reference" / "postes-electriques-rte-hauts-de-france.csv").read_bytes()
HEADER_2024 = "Code poste;Nom poste;FONCTION;Etat;Tension (kV);Longitude poste (DD);Latitude poste (DD);Géo-point poste (DD)"


def edition(header: str, values=lambda line: line) -> bytes:
    """The 2024 edition's rows under another header line (values rewritten by `values`)."""
    lines = EDITION_2024.decode("utf-8").split("\r\n")
    assert lines[0] == HEADER_2024
    return "\r\n".join([header, *(values(line) for line in lines[1:])]).encode("utf-8")


def fonction_edition_values(line: str) -> str:
    """The `Fonction` edition's spellings: "POINT DE PIQUAGE", "225 kV", "INF 45 kV"."""
    line = line.replace("Point de piquage", "POINT DE PIQUAGE").replace("<45kV", "INF 45 kV")
    return re.sub(r";(\d+)kV;", r";\1 kV;", line)


VARIANTS = {
    "ODRÉ labels (2024)": edition(HEADER_2024),
    "FONCTION DU POSTE": edition(HEADER_2024.replace("FONCTION", "FONCTION DU POSTE")),
    "Fonction, 225 kV, INF 45 kV": edition(HEADER_2024.replace("FONCTION", "Fonction"), fonction_edition_values),
    "API field names": edition("code_poste;nom_poste;fonction;etat;tension;longitude_poste;latitude_poste;geo_point_2d"),
    "oldest export": edition("Codification;Nom du poste;FONCTION;Etat;Tension Max (kV);Longitude du poste (DD);"
                             "Latitude du poste (DD);Géo-point poste (DD)"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_header_variant_reads_the_same_641_substations(variant):
    table = substations.parse(VARIANTS[variant])
    reference = substations.parse(EDITION_2024)
    assert len(table) == 641 and (table["voltage_kv"] == 400).sum() == 29
    assert table[["code", "voltage_kv", "lat", "lon"]].equals(reference[["code", "voltage_kv", "lat", "lon"]])
    assert table.attrs["rows"] == {"read": 661, "region": 641, "placed": 641, "refused": 20}


def test_the_oldest_export_without_state_nor_function_keeps_what_has_a_voltage_and_a_position():
    def drop_state_and_function(line: str) -> str:
        cells = line.split(";")
        return ";".join(cells[:2] + cells[4:]) if line else line

    raw = edition("Codification;Nom du poste;Tension Max (kV);Longitude du poste (DD);Latitude du poste (DD);Géo",
                  drop_state_and_function)
    table = substations.parse(raw)
    # 641 in operation + 7 "ACCORD ADMINISTRATIF" with a voltage: without a state column, all are kept.
    assert len(table) == 648 and set(table["state"]) == {"EN EXPLOITATION"}


def test_a_bare_number_of_kv_is_read():
    raw = b"Codification;Nom du poste;Tension Max (kV);Longitude du poste (DD);Latitude du poste (DD)\nA;A;225;2.5;50.1\n"
    assert substations.parse(raw)["voltage_kv"].tolist() == [225.0]


@pytest.mark.parametrize("header", ["Code poste;Nom poste;Fonction;Etat;Tension (kV)",
                                    "code_poste;nom_poste;fonction;etat;tension;departement",
                                    "Codification;Nom du poste;Tension Max (kV)"])
def test_an_edition_without_coordinates_is_refused_by_name(header):
    raw = (header + "\nFRAIS;FRAISES;Poste de transformation;EN EXPLOITATION;225kV;Marne\n").encode()
    with pytest.raises(OpenDataError, match="no coordinates.*since June 2026"):
        substations.parse(raw)
