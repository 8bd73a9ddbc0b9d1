"""Dates as each of the six official languages writes them in United Nations documents."""

from __future__ import annotations

from datetime import date

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    # Russian writes the day with the month in the genitive: "11 апреля".
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    # Arabic UN documents give the Levantine and the Egyptian month names together.
    "ar": ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
           "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
           "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
}


def _day(day: int, lang: str) -> str:
    # French writes the first of the month as an ordinal: "1er mars 2011", "1er-5 mars".
    return "1er" if lang == "fr" and day == 1 else str(day)


def day_month(d: date, lang: str) -> str:
    """"11 April", "1er avril", "11 de abril": a day of the year already named."""
    months = MONTHS.get(lang, MONTHS["en"])
    day = _day(d.day, lang)
    return f"{day} de {months[d.month - 1]}" if lang == "es" else f"{day} {months[d.month - 1]}"


def _year(year: int, lang: str) -> str:
    return {"es": f"de {year}", "ru": f"{year} года"}.get(lang, str(year))


def long_date(d: date, lang: str) -> str:
    """"11 April 2011", "11 avril 2011" ("1er mars 2011"), "11 de abril de 2011", "11 апреля 2011 года",
    "2011年4月11日", "11 نيسان/أبريل 2011"."""
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{day_month(d, lang)} {_year(d.year, lang)}"


def date_range(opens: date, closes: date, lang: str) -> str:
    """UN style: "11-15 April 2011", "28 April-2 May 2011", "30 December 2011-3 January 2012"; in
    Spanish "11 a 15 de abril de 2011", in Chinese "2011年4月11日至15日"."""
    if opens == closes:
        return long_date(opens, lang)
    if lang == "zh":
        if opens.year != closes.year:
            return f"{long_date(opens, lang)}至{long_date(closes, lang)}"
        end = f"{closes.day}日" if opens.month == closes.month else f"{closes.month}月{closes.day}日"
        return f"{long_date(opens, lang)}至{end}"
    dash = " a " if lang == "es" else "-"
    if opens.year != closes.year:
        return f"{long_date(opens, lang)}{dash}{long_date(closes, lang)}"
    if opens.month != closes.month:
        return f"{day_month(opens, lang)}{dash}{day_month(closes, lang)} {_year(closes.year, lang)}"
    return f"{_day(opens.day, lang)}{dash}{long_date(closes, lang)}"
