"""The names of States as a United Nations text writes them in English, French and Spanish.

Keyed by the English short name of `debate.member_states` (and the two observer States). Each
form is the one used in running text, with its article as UN editing writes it: "the Russian
Federation", "la Fédération de Russie", "la Federación de Rusia"; names the UN lists inverted
("Iran (Islamic Republic of)") are written in their running-text order ("the Islamic Republic of
Iran"). A leading article in lower case is an article (it contracts: "du Brésil", "del Brasil");
a capital is part of the name ("El Salvador"). "les"/"los"/"las" make the verb plural.

Source: the UN terminology database (UNTERM) short names. Proofread on 2026-12-01 against
UNTERM's country-names export as the datasets/country-codes data package ships it (columns
"UNTERM French Short" and "UNTERM Spanish Short", which give the article in parentheses:
"Samoa (le)", "Gambia" without one; its snapshots of 2024-09 to 2026-05): every form agrees with
it but for two fixed then, French "Cabo Verde" and "Vanuatu", which UNTERM writes without an
article ("la République de Vanuatu" in its formal name). Names inverted in UNTERM's short form
("Iran (République islamique d')") are checked against its formal names, which are the running
order. Not in that export, so not checked: Côte d'Ivoire (French "la Côte d'Ivoire", Spanish
"Côte d'Ivoire"), Türkiye (the export still has "Turquie (la)" and "Turquía": "la Türkiye" and
"Türkiye" keep their gender and the absence of an article). A test checks that every State of
the English list has its three forms.
"""

from __future__ import annotations

import re

_TABLE = """
Algeria|Algeria|l'Algérie|Argelia
Angola|Angola|l'Angola|Angola
Benin|Benin|le Bénin|Benin
Botswana|Botswana|le Botswana|Botswana
Burkina Faso|Burkina Faso|le Burkina Faso|Burkina Faso
Burundi|Burundi|le Burundi|Burundi
Cabo Verde|Cabo Verde|Cabo Verde|Cabo Verde
Cameroon|Cameroon|le Cameroun|el Camerún
Central African Republic|the Central African Republic|la République centrafricaine|la República Centroafricana
Chad|Chad|le Tchad|el Chad
Comoros|the Comoros|les Comores|las Comoras
Congo|the Congo|le Congo|el Congo
Côte d'Ivoire|Côte d'Ivoire|la Côte d'Ivoire|Côte d'Ivoire
Democratic Republic of the Congo|the Democratic Republic of the Congo|la République démocratique du Congo|la República Democrática del Congo
Djibouti|Djibouti|Djibouti|Djibouti
Egypt|Egypt|l'Égypte|Egipto
Equatorial Guinea|Equatorial Guinea|la Guinée équatoriale|Guinea Ecuatorial
Eritrea|Eritrea|l'Érythrée|Eritrea
Eswatini|Eswatini|l'Eswatini|Eswatini
Ethiopia|Ethiopia|l'Éthiopie|Etiopía
Gabon|Gabon|le Gabon|el Gabón
Gambia|the Gambia|la Gambie|Gambia
Ghana|Ghana|le Ghana|Ghana
Guinea|Guinea|la Guinée|Guinea
Guinea-Bissau|Guinea-Bissau|la Guinée-Bissau|Guinea-Bissau
Kenya|Kenya|le Kenya|Kenya
Lesotho|Lesotho|le Lesotho|Lesotho
Liberia|Liberia|le Libéria|Liberia
Libya|Libya|la Libye|Libia
Madagascar|Madagascar|Madagascar|Madagascar
Malawi|Malawi|le Malawi|Malawi
Mali|Mali|le Mali|Malí
Mauritania|Mauritania|la Mauritanie|Mauritania
Mauritius|Mauritius|Maurice|Mauricio
Morocco|Morocco|le Maroc|Marruecos
Mozambique|Mozambique|le Mozambique|Mozambique
Namibia|Namibia|la Namibie|Namibia
Niger|the Niger|le Niger|el Níger
Nigeria|Nigeria|le Nigéria|Nigeria
Rwanda|Rwanda|le Rwanda|Rwanda
Sao Tome and Principe|Sao Tome and Principe|Sao Tomé-et-Principe|Santo Tomé y Príncipe
Senegal|Senegal|le Sénégal|el Senegal
Seychelles|Seychelles|les Seychelles|Seychelles
Sierra Leone|Sierra Leone|la Sierra Leone|Sierra Leona
Somalia|Somalia|la Somalie|Somalia
South Africa|South Africa|l'Afrique du Sud|Sudáfrica
South Sudan|South Sudan|le Soudan du Sud|Sudán del Sur
Sudan|the Sudan|le Soudan|el Sudán
Togo|Togo|le Togo|el Togo
Tunisia|Tunisia|la Tunisie|Túnez
Uganda|Uganda|l'Ouganda|Uganda
United Republic of Tanzania|the United Republic of Tanzania|la République-Unie de Tanzanie|la República Unida de Tanzanía
Zambia|Zambia|la Zambie|Zambia
Zimbabwe|Zimbabwe|le Zimbabwe|Zimbabwe
Afghanistan|Afghanistan|l'Afghanistan|el Afganistán
Bahrain|Bahrain|Bahreïn|Bahrein
Bangladesh|Bangladesh|le Bangladesh|Bangladesh
Bhutan|Bhutan|le Bhoutan|Bhután
Brunei Darussalam|Brunei Darussalam|le Brunéi Darussalam|Brunei Darussalam
Cambodia|Cambodia|le Cambodge|Camboya
China|China|la Chine|China
Cyprus|Cyprus|Chypre|Chipre
Democratic People's Republic of Korea|the Democratic People's Republic of Korea|la République populaire démocratique de Corée|la República Popular Democrática de Corea
Fiji|Fiji|les Fidji|Fiji
India|India|l'Inde|la India
Indonesia|Indonesia|l'Indonésie|Indonesia
Iran (Islamic Republic of)|the Islamic Republic of Iran|la République islamique d'Iran|la República Islámica del Irán
Iraq|Iraq|l'Iraq|el Iraq
Japan|Japan|le Japon|el Japón
Jordan|Jordan|la Jordanie|Jordania
Kazakhstan|Kazakhstan|le Kazakhstan|Kazajstán
Kiribati|Kiribati|Kiribati|Kiribati
Kuwait|Kuwait|le Koweït|Kuwait
Kyrgyzstan|Kyrgyzstan|le Kirghizistan|Kirguistán
Lao People's Democratic Republic|the Lao People's Democratic Republic|la République démocratique populaire lao|la República Democrática Popular Lao
Lebanon|Lebanon|le Liban|el Líbano
Malaysia|Malaysia|la Malaisie|Malasia
Maldives|Maldives|les Maldives|Maldivas
Marshall Islands|the Marshall Islands|les Îles Marshall|las Islas Marshall
Micronesia (Federated States of)|the Federated States of Micronesia|les États fédérés de Micronésie|los Estados Federados de Micronesia
Mongolia|Mongolia|la Mongolie|Mongolia
Myanmar|Myanmar|le Myanmar|Myanmar
Nauru|Nauru|Nauru|Nauru
Nepal|Nepal|le Népal|Nepal
Oman|Oman|Oman|Omán
Pakistan|Pakistan|le Pakistan|el Pakistán
Palau|Palau|les Palaos|Palau
Papua New Guinea|Papua New Guinea|la Papouasie-Nouvelle-Guinée|Papua Nueva Guinea
Philippines|the Philippines|les Philippines|Filipinas
Qatar|Qatar|le Qatar|Qatar
Republic of Korea|the Republic of Korea|la République de Corée|la República de Corea
Samoa|Samoa|le Samoa|Samoa
Saudi Arabia|Saudi Arabia|l'Arabie saoudite|la Arabia Saudita
Singapore|Singapore|Singapour|Singapur
Solomon Islands|Solomon Islands|les Îles Salomon|las Islas Salomón
Sri Lanka|Sri Lanka|Sri Lanka|Sri Lanka
Syrian Arab Republic|the Syrian Arab Republic|la République arabe syrienne|la República Árabe Siria
Tajikistan|Tajikistan|le Tadjikistan|Tayikistán
Thailand|Thailand|la Thaïlande|Tailandia
Timor-Leste|Timor-Leste|le Timor-Leste|Timor-Leste
Tonga|Tonga|les Tonga|Tonga
Turkmenistan|Turkmenistan|le Turkménistan|Turkmenistán
Tuvalu|Tuvalu|les Tuvalu|Tuvalu
United Arab Emirates|the United Arab Emirates|les Émirats arabes unis|los Emiratos Árabes Unidos
Uzbekistan|Uzbekistan|l'Ouzbékistan|Uzbekistán
Vanuatu|Vanuatu|Vanuatu|Vanuatu
Viet Nam|Viet Nam|le Viet Nam|Viet Nam
Yemen|Yemen|le Yémen|el Yemen
Albania|Albania|l'Albanie|Albania
Armenia|Armenia|l'Arménie|Armenia
Azerbaijan|Azerbaijan|l'Azerbaïdjan|Azerbaiyán
Belarus|Belarus|le Bélarus|Belarús
Bosnia and Herzegovina|Bosnia and Herzegovina|la Bosnie-Herzégovine|Bosnia y Herzegovina
Bulgaria|Bulgaria|la Bulgarie|Bulgaria
Croatia|Croatia|la Croatie|Croacia
Czechia|Czechia|la Tchéquie|Chequia
Estonia|Estonia|l'Estonie|Estonia
Georgia|Georgia|la Géorgie|Georgia
Hungary|Hungary|la Hongrie|Hungría
Latvia|Latvia|la Lettonie|Letonia
Lithuania|Lithuania|la Lituanie|Lituania
Montenegro|Montenegro|le Monténégro|Montenegro
North Macedonia|North Macedonia|la Macédoine du Nord|Macedonia del Norte
Poland|Poland|la Pologne|Polonia
Republic of Moldova|the Republic of Moldova|la République de Moldova|la República de Moldova
Romania|Romania|la Roumanie|Rumania
Russian Federation|the Russian Federation|la Fédération de Russie|la Federación de Rusia
Serbia|Serbia|la Serbie|Serbia
Slovakia|Slovakia|la Slovaquie|Eslovaquia
Slovenia|Slovenia|la Slovénie|Eslovenia
Ukraine|Ukraine|l'Ukraine|Ucrania
Antigua and Barbuda|Antigua and Barbuda|Antigua-et-Barbuda|Antigua y Barbuda
Argentina|Argentina|l'Argentine|la Argentina
Bahamas|the Bahamas|les Bahamas|las Bahamas
Barbados|Barbados|la Barbade|Barbados
Belize|Belize|le Belize|Belice
Bolivia (Plurinational State of)|the Plurinational State of Bolivia|l'État plurinational de Bolivie|el Estado Plurinacional de Bolivia
Brazil|Brazil|le Brésil|el Brasil
Chile|Chile|le Chili|Chile
Colombia|Colombia|la Colombie|Colombia
Costa Rica|Costa Rica|le Costa Rica|Costa Rica
Cuba|Cuba|Cuba|Cuba
Dominica|Dominica|la Dominique|Dominica
Dominican Republic|the Dominican Republic|la République dominicaine|la República Dominicana
Ecuador|Ecuador|l'Équateur|el Ecuador
El Salvador|El Salvador|El Salvador|El Salvador
Grenada|Grenada|la Grenade|Granada
Guatemala|Guatemala|le Guatemala|Guatemala
Guyana|Guyana|le Guyana|Guyana
Haiti|Haiti|Haïti|Haití
Honduras|Honduras|le Honduras|Honduras
Jamaica|Jamaica|la Jamaïque|Jamaica
Mexico|Mexico|le Mexique|México
Nicaragua|Nicaragua|le Nicaragua|Nicaragua
Panama|Panama|le Panama|Panamá
Paraguay|Paraguay|le Paraguay|el Paraguay
Peru|Peru|le Pérou|el Perú
Saint Kitts and Nevis|Saint Kitts and Nevis|Saint-Kitts-et-Nevis|Saint Kitts y Nevis
Saint Lucia|Saint Lucia|Sainte-Lucie|Santa Lucía
Saint Vincent and the Grenadines|Saint Vincent and the Grenadines|Saint-Vincent-et-les Grenadines|San Vicente y las Granadinas
Suriname|Suriname|le Suriname|Suriname
Trinidad and Tobago|Trinidad and Tobago|la Trinité-et-Tobago|Trinidad y Tabago
Uruguay|Uruguay|l'Uruguay|el Uruguay
Venezuela (Bolivarian Republic of)|the Bolivarian Republic of Venezuela|la République bolivarienne du Venezuela|la República Bolivariana de Venezuela
Andorra|Andorra|l'Andorre|Andorra
Australia|Australia|l'Australie|Australia
Austria|Austria|l'Autriche|Austria
Belgium|Belgium|la Belgique|Bélgica
Canada|Canada|le Canada|el Canadá
Denmark|Denmark|le Danemark|Dinamarca
Finland|Finland|la Finlande|Finlandia
France|France|la France|Francia
Germany|Germany|l'Allemagne|Alemania
Greece|Greece|la Grèce|Grecia
Iceland|Iceland|l'Islande|Islandia
Ireland|Ireland|l'Irlande|Irlanda
Israel|Israel|Israël|Israel
Italy|Italy|l'Italie|Italia
Liechtenstein|Liechtenstein|le Liechtenstein|Liechtenstein
Luxembourg|Luxembourg|le Luxembourg|Luxemburgo
Malta|Malta|Malte|Malta
Monaco|Monaco|Monaco|Mónaco
Netherlands (Kingdom of the)|the Kingdom of the Netherlands|le Royaume des Pays-Bas|el Reino de los Países Bajos
New Zealand|New Zealand|la Nouvelle-Zélande|Nueva Zelandia
Norway|Norway|la Norvège|Noruega
Portugal|Portugal|le Portugal|Portugal
San Marino|San Marino|Saint-Marin|San Marino
Spain|Spain|l'Espagne|España
Sweden|Sweden|la Suède|Suecia
Switzerland|Switzerland|la Suisse|Suiza
Türkiye|Türkiye|la Türkiye|Türkiye
United Kingdom|the United Kingdom of Great Britain and Northern Ireland|le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|el Reino Unido de Gran Bretaña e Irlanda del Norte
United States of America|the United States of America|les États-Unis d'Amérique|los Estados Unidos de América
Holy See|the Holy See|le Saint-Siège|la Santa Sede
State of Palestine|the State of Palestine|l'État de Palestine|el Estado de Palestina
"""

SUMMARY_LANGS = ("en", "fr", "es")
OBSERVER_STATES = ("Holy See", "State of Palestine")
STATE_FORMS: dict[str, dict[str, str]] = {}
for _line in _TABLE.strip().splitlines():
    _key, *_forms = _line.split("|")
    STATE_FORMS[_key] = dict(zip(SUMMARY_LANGS, _forms, strict=True))
# What delegates also type: the short name in the other form, or the running-text one.
ALIASES = {form[0].upper() + form[1:]: key for key, forms in STATE_FORMS.items()
            for form in (forms["en"],) if form.startswith("the ")}
ALIASES.update({"Netherlands": "Netherlands (Kingdom of the)", "United States": "United States of America",
                 "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
                 "Palestine": "State of Palestine"})

_ARTICLE = re.compile(r"^(the |le |la |les |l'|el |los |las )")
_PLURAL = re.compile(r"^(les |los |las )")


def state_key(name: str) -> str | None:
    """The table's key for a name as typed (its English short name or a usual variant)."""
    name = " ".join(name.split())
    if name in STATE_FORMS:
        return name
    return ALIASES.get(name) or ALIASES.get(name[:1].upper() + name[1:])


def running_name(name: str, lang: str) -> str | None:
    """"le Brésil", "the Russian Federation": the form with its article, None if not a State."""
    key = state_key(name)
    return STATE_FORMS[key][lang] if key else None


def bare_name(name: str, lang: str) -> str:
    """The name without its article, capitalized, as lists and tables write it ("Brésil")."""
    form = running_name(name, lang)
    if form is None:
        return name
    form = _ARTICLE.sub("", form)
    return form[:1].upper() + form[1:]


def is_plural(form: str) -> bool:
    return bool(_PLURAL.match(form))
