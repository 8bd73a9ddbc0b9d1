"""The 193 Member States of the United Nations by regional group, to complete names as the Chair
types them (the category stays the Chair's choice: member of the Commission or observer).

Names as the UN lists them in its documents' short form; counts checked by a test."""

from __future__ import annotations

from difflib import SequenceMatcher, get_close_matches
from functools import lru_cache

from ..text.state_names import STATE_FORMS, bare_name, state_key
from .participants import REGIONAL_GROUPS, Participant, name_key

MEMBER_STATES: dict[str, tuple[str, ...]] = {
    "african": (
        "Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cabo Verde", "Cameroon",
        "Central African Republic", "Chad", "Comoros", "Congo", "Côte d'Ivoire",
        "Democratic Republic of the Congo", "Djibouti", "Egypt", "Equatorial Guinea", "Eritrea",
        "Eswatini", "Ethiopia", "Gabon", "Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Kenya",
        "Lesotho", "Liberia", "Libya", "Madagascar", "Malawi", "Mali", "Mauritania", "Mauritius",
        "Morocco", "Mozambique", "Namibia", "Niger", "Nigeria", "Rwanda", "Sao Tome and Principe",
        "Senegal", "Seychelles", "Sierra Leone", "Somalia", "South Africa", "South Sudan", "Sudan",
        "Togo", "Tunisia", "Uganda", "United Republic of Tanzania", "Zambia", "Zimbabwe",
    ),
    "asia-pacific": (
        "Afghanistan", "Bahrain", "Bangladesh", "Bhutan", "Brunei Darussalam", "Cambodia", "China",
        "Cyprus", "Democratic People's Republic of Korea", "Fiji", "India", "Indonesia",
        "Iran (Islamic Republic of)", "Iraq", "Japan", "Jordan", "Kazakhstan", "Kiribati", "Kuwait",
        "Kyrgyzstan", "Lao People's Democratic Republic", "Lebanon", "Malaysia", "Maldives",
        "Marshall Islands", "Micronesia (Federated States of)", "Mongolia", "Myanmar", "Nauru",
        "Nepal", "Oman", "Pakistan", "Palau", "Papua New Guinea", "Philippines", "Qatar",
        "Republic of Korea", "Samoa", "Saudi Arabia", "Singapore", "Solomon Islands", "Sri Lanka",
        "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Tonga", "Turkmenistan",
        "Tuvalu", "United Arab Emirates", "Uzbekistan", "Vanuatu", "Viet Nam", "Yemen",
    ),
    "eastern-european": (
        "Albania", "Armenia", "Azerbaijan", "Belarus", "Bosnia and Herzegovina", "Bulgaria", "Croatia",
        "Czechia", "Estonia", "Georgia", "Hungary", "Latvia", "Lithuania", "Montenegro",
        "North Macedonia", "Poland", "Republic of Moldova", "Romania", "Russian Federation", "Serbia",
        "Slovakia", "Slovenia", "Ukraine",
    ),
    "latin-american-caribbean": (
        "Antigua and Barbuda", "Argentina", "Bahamas", "Barbados", "Belize",
        "Bolivia (Plurinational State of)", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba",
        "Dominica", "Dominican Republic", "Ecuador", "El Salvador", "Grenada", "Guatemala", "Guyana",
        "Haiti", "Honduras", "Jamaica", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru",
        "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Suriname",
        "Trinidad and Tobago", "Uruguay", "Venezuela (Bolivarian Republic of)",
    ),
    # The United States attends the group as an observer and is counted with it here.
    "western-european-other": (
        "Andorra", "Australia", "Austria", "Belgium", "Canada", "Denmark", "Finland", "France",
        "Germany", "Greece", "Iceland", "Ireland", "Israel", "Italy", "Liechtenstein", "Luxembourg",
        "Malta", "Monaco", "Netherlands (Kingdom of the)", "New Zealand", "Norway", "Portugal",
        "San Marino", "Spain", "Sweden", "Switzerland", "Türkiye", "United Kingdom",
        "United States of America",
    ),
}


# Non-member States with a standing invitation as observers.
OBSERVER_STATES = ("Holy See", "State of Palestine")

# Who else usually takes the floor at the Commission, with their category.
ORGANIZATIONS: tuple[tuple[str, str], ...] = (
    ("European Union", "igo"),
    ("African Union", "igo"),
    ("Council of Europe", "igo"),
    ("League of Arab States", "igo"),
    ("Organization of American States", "igo"),
    ("Organization for Security and Co-operation in Europe", "igo"),
    ("Organisation for Economic Co-operation and Development", "igo"),
    ("International Criminal Police Organization (INTERPOL)", "igo"),
    ("Commonwealth Secretariat", "igo"),
    ("International Development Law Organization", "igo"),
    ("United Nations Office on Drugs and Crime (UNODC)", "un-entity"),
    ("United Nations Children's Fund (UNICEF)", "un-entity"),
    ("Office of the United Nations High Commissioner for Human Rights (OHCHR)", "un-entity"),
    ("United Nations Interregional Crime and Justice Research Institute (UNICRI)", "un-entity"),
    ("United Nations Development Programme (UNDP)", "un-entity"),
    ("United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)", "un-entity"),
    ("Office of the United Nations High Commissioner for Refugees (UNHCR)", "un-entity"),
    ("International Organization for Migration (IOM)", "un-entity"),
    ("International Telecommunication Union (ITU)", "un-entity"),
    ("United Nations Educational, Scientific and Cultural Organization (UNESCO)", "un-entity"),
    ("World Health Organization (WHO)", "un-entity"),
    ("United Nations Office of Counter-Terrorism (UNOCT)", "un-entity"),
    ("Special Representative of the Secretary-General on Violence against Children", "un-entity"),
)

# Other names a Chair types for the same participant: short forms, former names, acronyms.
ALIASES = {
    "Turkey": "Türkiye", "Ivory Coast": "Côte d'Ivoire", "Cape Verde": "Cabo Verde",
    "Swaziland": "Eswatini", "Czech Republic": "Czechia", "Netherlands": "Netherlands (Kingdom of the)",
    "Holland": "Netherlands (Kingdom of the)", "Macedonia": "North Macedonia",
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom", "UK": "United Kingdom",
    "United States": "United States of America", "USA": "United States of America",
    "Russia": "Russian Federation", "Iran": "Iran (Islamic Republic of)",
    "Syria": "Syrian Arab Republic", "Vietnam": "Viet Nam", "South Korea": "Republic of Korea",
    "Korea": "Republic of Korea", "North Korea": "Democratic People's Republic of Korea",
    "Bolivia": "Bolivia (Plurinational State of)", "Venezuela": "Venezuela (Bolivarian Republic of)",
    "Tanzania": "United Republic of Tanzania", "Moldova": "Republic of Moldova",
    "Laos": "Lao People's Democratic Republic", "Micronesia": "Micronesia (Federated States of)",
    "Brunei": "Brunei Darussalam", "East Timor": "Timor-Leste", "DRC": "Democratic Republic of the Congo",
    "Palestine": "State of Palestine", "Vatican": "Holy See", "EU": "European Union",
    "UNODC": "United Nations Office on Drugs and Crime (UNODC)",
    "UNICEF": "United Nations Children's Fund (UNICEF)",
    "OHCHR": "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
    "UNICRI": "United Nations Interregional Crime and Justice Research Institute (UNICRI)",
    "UNDP": "United Nations Development Programme (UNDP)",
    "UN-Women": "United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees (UNHCR)",
    "IOM": "International Organization for Migration (IOM)",
    "ITU": "International Telecommunication Union (ITU)",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
    "WHO": "World Health Organization (WHO)",
    "INTERPOL": "International Criminal Police Organization (INTERPOL)",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "OECD": "Organisation for Economic Co-operation and Development",
}


def known_states() -> list[Participant]:
    """Every Member State as a participant of its group (the category is a default)."""
    return [Participant(name, "member-state", group) for group in REGIONAL_GROUPS
            for name in MEMBER_STATES[group]]


def known_participants() -> list[Participant]:
    """The Member States, the observer States, the European Union and the organizations and
    United Nations entities usually heard at the Commission, each with its category."""
    return [*known_states(), *(Participant(name, "observer-state", None) for name in OBSERVER_STATES),
            *(Participant(name, category, None) for name, category in ORGANIZATIONS)]


def alias_keys() -> dict[str, str]:
    """Folded alias (see `name_key`) -> the name it stands for (a copy: the caller may change it)."""
    return dict(_alias_keys())


@lru_cache(maxsize=1)
def _alias_keys() -> dict[str, str]:
    return {name_key(alias): name for alias, name in ALIASES.items()}


# The observers and organizations in the other working languages of the Commission, as their
# own documents name them (UNTERM); the States' names come from `text.state_names`.
ORGANIZATION_NAMES: dict[str, dict[str, str]] = {
    "European Union": {"fr": "Union européenne", "es": "Unión Europea"},
    "African Union": {"fr": "Union africaine", "es": "Unión Africana"},
    "Council of Europe": {"fr": "Conseil de l'Europe", "es": "Consejo de Europa"},
    "League of Arab States": {"fr": "Ligue des États arabes", "es": "Liga de los Estados Árabes"},
    "Organization of American States": {"fr": "Organisation des États américains",
                                        "es": "Organización de los Estados Americanos"},
    "Organization for Security and Co-operation in Europe": {
        "fr": "Organisation pour la sécurité et la coopération en Europe",
        "es": "Organización para la Seguridad y la Cooperación en Europa"},
    "Organisation for Economic Co-operation and Development": {
        "fr": "Organisation de coopération et de développement économiques",
        "es": "Organización de Cooperación y Desarrollo Económicos"},
    "International Criminal Police Organization (INTERPOL)": {
        "fr": "Organisation internationale de police criminelle (INTERPOL)",
        "es": "Organización Internacional de Policía Criminal (INTERPOL)"},
    "Commonwealth Secretariat": {"fr": "Secrétariat du Commonwealth", "es": "Secretaría del Commonwealth"},
    "International Development Law Organization": {
        "fr": "Organisation internationale de droit du développement",
        "es": "Organización Internacional para el Derecho del Desarrollo"},
    "United Nations Office on Drugs and Crime (UNODC)": {
        "fr": "Office des Nations Unies contre la drogue et le crime (ONUDC)",
        "es": "Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)"},
    "United Nations Children's Fund (UNICEF)": {
        "fr": "Fonds des Nations Unies pour l'enfance (UNICEF)",
        "es": "Fondo de las Naciones Unidas para la Infancia (UNICEF)"},
    "Office of the United Nations High Commissioner for Human Rights (OHCHR)": {
        "fr": "Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH)",
        "es": "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH)"},
    "United Nations Interregional Crime and Justice Research Institute (UNICRI)": {
        "fr": "Institut interrégional de recherche des Nations Unies sur la criminalité et la justice "
              "(UNICRI)",
        "es": "Instituto Interregional de las Naciones Unidas para Investigaciones sobre la "
              "Delincuencia y la Justicia (UNICRI)"},
    "United Nations Development Programme (UNDP)": {
        "fr": "Programme des Nations Unies pour le développement (PNUD)",
        "es": "Programa de las Naciones Unidas para el Desarrollo (PNUD)"},
    "United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)": {
        "fr": "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes "
              "(ONU-Femmes)",
        "es": "Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las "
              "Mujeres (ONU-Mujeres)"},
    "Office of the United Nations High Commissioner for Refugees (UNHCR)": {
        "fr": "Haut-Commissariat des Nations Unies pour les réfugiés (HCR)",
        "es": "Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)"},
    "International Organization for Migration (IOM)": {
        "fr": "Organisation internationale pour les migrations (OIM)",
        "es": "Organización Internacional para las Migraciones (OIM)"},
    "International Telecommunication Union (ITU)": {
        "fr": "Union internationale des télécommunications (UIT)",
        "es": "Unión Internacional de Telecomunicaciones (UIT)"},
    "United Nations Educational, Scientific and Cultural Organization (UNESCO)": {
        "fr": "Organisation des Nations Unies pour l'éducation, la science et la culture (UNESCO)",
        "es": "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura (UNESCO)"},
    "World Health Organization (WHO)": {"fr": "Organisation mondiale de la Santé (OMS)",
                                        "es": "Organización Mundial de la Salud (OMS)"},
    "United Nations Office of Counter-Terrorism (UNOCT)": {
        "fr": "Bureau de lutte contre le terrorisme de l'Organisation des Nations Unies (BLT)",
        "es": "Oficina de Lucha contra el Terrorismo de las Naciones Unidas (UNOCT)"},
    "Special Representative of the Secretary-General on Violence against Children": {
        "fr": "Représentante spéciale du Secrétaire général chargée de la question de la violence "
              "contre les enfants",
        "es": "Representante Especial del Secretario General sobre la Violencia contra los Niños"},
}

# What a Chair types in French or Spanish besides the official short names: usual short forms
# and acronyms in that language.
LOCAL_ALIASES: dict[str, dict[str, str]] = {
    "fr": {
        "Russie": "Russian Federation", "Royaume-Uni": "United Kingdom",
        "États-Unis": "United States of America", "Pays-Bas": "Netherlands (Kingdom of the)",
        "Turquie": "Türkiye", "Syrie": "Syrian Arab Republic", "Iran": "Iran (Islamic Republic of)",
        "Bolivie": "Bolivia (Plurinational State of)", "Venezuela": "Venezuela (Bolivarian Republic of)",
        "Tanzanie": "United Republic of Tanzania", "Moldavie": "Republic of Moldova",
        "Moldova": "Republic of Moldova", "Corée du Sud": "Republic of Korea",
        "Corée du Nord": "Democratic People's Republic of Korea", "Laos": "Lao People's Democratic Republic",
        "Micronésie": "Micronesia (Federated States of)", "République tchèque": "Czechia",
        "Macédoine": "North Macedonia", "Cap-Vert": "Cabo Verde", "Swaziland": "Eswatini",
        "Palestine": "State of Palestine", "Vatican": "Holy See", "UE": "European Union",
        "ONUDC": "United Nations Office on Drugs and Crime (UNODC)",
        "HCDH": "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
        "PNUD": "United Nations Development Programme (UNDP)",
        "ONU-Femmes": "United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)",
        "HCR": "Office of the United Nations High Commissioner for Refugees (UNHCR)",
        "OMS": "World Health Organization (WHO)", "UIT": "International Telecommunication Union (ITU)",
        "OIM": "International Organization for Migration (IOM)",
        "OCDE": "Organisation for Economic Co-operation and Development",
        "BLT": "United Nations Office of Counter-Terrorism (UNOCT)",
    },
    "es": {
        "Rusia": "Russian Federation", "Reino Unido": "United Kingdom",
        "Estados Unidos": "United States of America", "Países Bajos": "Netherlands (Kingdom of the)",
        "Turquía": "Türkiye", "Siria": "Syrian Arab Republic", "Irán": "Iran (Islamic Republic of)",
        "Bolivia": "Bolivia (Plurinational State of)", "Venezuela": "Venezuela (Bolivarian Republic of)",
        "Tanzanía": "United Republic of Tanzania", "Corea del Sur": "Republic of Korea",
        "Palestina": "State of Palestine", "UE": "European Union",
        "ONUDD": "United Nations Office on Drugs and Crime (UNODC)",
        "ACNUDH": "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
        "ACNUR": "Office of the United Nations High Commissioner for Refugees (UNHCR)",
        "OMS": "World Health Organization (WHO)",
        "OCDE": "Organisation for Economic Co-operation and Development",
    },
}


def local_name(name: str, lang: str) -> str:
    """How a list in `lang` writes a known participant ("Allemagne" for "Germany"); any other
    name as it was typed. English is the form a session stores."""
    if lang == "en":
        return name
    if name in ORGANIZATION_NAMES:
        return ORGANIZATION_NAMES[name].get(lang, name)
    if state_key(name) is not None:  # "Brazil", or a variant the table knows ("United States")
        return bare_name(name, lang)
    return name


def names_in(lang: str) -> dict[str, str]:
    """Every name a Chair working in `lang` may type for a known participant, folded (`name_key`)
    -> the English name the session stores: the English names and aliases, and in French or
    Spanish that language's short names (with or without their article) and usual short forms.
    Other languages' names are not in it: "Brasil" in the English interface is a typo to warn of."""
    out = {name_key(p.name): p.name for p in known_participants()}
    out.update({key: name for key, name in alias_keys().items() if key not in out})
    if lang != "en":
        for p in known_participants():
            local = local_name(p.name, lang)
            out.setdefault(name_key(local), p.name)
            if p.name in STATE_FORMS:
                out.setdefault(name_key(STATE_FORMS[p.name].get(lang, local)), p.name)
        for alias, name in LOCAL_ALIASES.get(lang, {}).items():
            out.setdefault(name_key(alias), name)
    return out


# A roster is typed by a secretariat in any working language of the Commission.
ROSTER_LANGS = ("en", "fr", "es")
STATE_CATEGORIES = frozenset({"member-state", "observer-state"})


@lru_cache(maxsize=1)
def _state_spellings() -> dict[str, Participant]:
    states = {p.name: p for p in known_participants() if p.category in STATE_CATEGORIES}
    out: dict[str, Participant] = {}
    for lang in ROSTER_LANGS:
        for key, name in names_in(lang).items():
            if name in states:
                out.setdefault(key, states[name])
    return out


def known_state(typed: str) -> Participant | None:
    """The State a name stands for in English, French or Spanish, its short or usual form, case
    and accents ignored ("Allemagne", "alemania", "Turkey" -> Germany, Germany, Türkiye), with its
    category and regional group; None for any other name (an organization, a person, a typo)."""
    return _state_spellings().get(name_key(typed))


def typo_distance(a: str, b: str, limit: int) -> int:
    """How many slips turn `a` into `b`: a letter typed wrong, missing, extra, or two neighbours
    swapped ("frnace" -> "france" is one) — the optimal string alignment distance (Damerau-
    Levenshtein without edits across a swap). Anything over `limit` is `limit + 1`: the caller
    only wants the near ones, and ~500 names are compared at each Enter."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return min(row[-1], limit + 1)


def closest_names(typed: str, lang: str, count: int = 3) -> list[str]:
    """The known names nearest to a name not known (a typo, another language's name), as `lang`
    writes them, nearest first: "Germeny" -> ["Germany"], "Frnace" -> ["France"], "Bresil" ->
    ["Brazil"] in English. Slips first (letters wrong, missing, extra or swapped, accents and
    case ignored: one for a short name, two up to eight letters, three beyond), closest first;
    then names that merely look alike (difflib), for longer names typed in part or reordered."""
    table = names_in(lang)
    key = name_key(typed)
    limit = 1 if len(key) <= 4 else 2 if len(key) <= 8 else 3
    slips = [(d, known) for known in table if (d := typo_distance(key, known, limit)) <= limit]
    # Two at one slip ("Nigera": Niger, Nigeria): the one that looks more alike first.
    slips.sort(key=lambda s: (s[0], -SequenceMatcher(None, key, s[1]).ratio(), s[1]))
    near = [known for _, known in slips]
    near += get_close_matches(key, list(table), n=count * 3, cutoff=0.6)
    return list(dict.fromkeys(local_name(table[k], lang) for k in near))[:count]
