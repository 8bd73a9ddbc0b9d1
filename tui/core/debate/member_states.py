"""The 193 Member States of the United Nations by regional group, to complete names as the Chair
types them (the category stays the Chair's choice: member of the Commission or observer).

Names as the UN lists them in its documents' short form; counts checked by a test."""

from __future__ import annotations

from .participants import REGIONAL_GROUPS, Participant

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


def known_states() -> list[Participant]:
    """Every Member State as a participant of its group (the category is a default)."""
    return [Participant(name, "member-state", group) for group in REGIONAL_GROUPS
            for name in MEMBER_STATES[group]]
