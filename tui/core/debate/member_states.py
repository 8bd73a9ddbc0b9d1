"""The 193 Member States of the United Nations by regional group, to complete names as the Chair
types them (the category stays the Chair's choice: member of the Commission or observer).

Names as the UN lists them in its documents' short form; counts checked by a test."""

from __future__ import annotations

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
    """Folded alias (see `name_key`) -> the name it stands for."""
    return {name_key(alias): name for alias, name in ALIASES.items()}
