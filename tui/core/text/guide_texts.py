"""The fixed texts of an exported discussion guide and of `debate guide show`, in the six official
languages. The Secretariat's own usage is followed where the 2011 guide shows it (French); the other
languages use the terms of United Nations documents in those languages."""

from __future__ import annotations

GUIDE: dict[str, dict[str, str]] = {
    "summary": {"en": "Summary", "fr": "Résumé", "es": "Resumen", "ru": "Резюме", "zh": "摘要",
                "ar": "موجز"},
    "notes": {"en": "Notes", "fr": "Notes", "es": "Notas", "ru": "Примечания", "zh": "注",
              "ar": "الحواشي"},
    "references": {"en": "Related documents", "fr": "Documents de référence",
                   "es": "Documentos conexos", "ru": "Соответствующие документы", "zh": "相关文件",
                   "ar": "الوثائق ذات الصلة"},
    "agenda_item": {"en": "Item {number} of the agenda", "fr": "Point {number} de l'ordre du jour",
                    "es": "Tema {number} del programa", "ru": "Пункт {number} повестки дня",
                    "zh": "议程项目{number}", "ar": "البند {number} من جدول الأعمال"},
    "agenda_item_provisional": {
        "en": "Item {number} of the provisional agenda",
        "fr": "Point {number} de l'ordre du jour provisoire",
        "es": "Tema {number} del programa provisional",
        "ru": "Пункт {number} предварительной повестки дня",
        "zh": "临时议程项目{number}",
        "ar": "البند {number} من جدول الأعمال المؤقت",
    },
    "time_limits": {
        "en": "Speaking time: panellists {panellist}, other speakers {participant}",
        "fr": "Temps de parole: intervenants {panellist}, autres orateurs {participant}",
        "es": "Tiempo de palabra: ponentes {panellist}, otros oradores {participant}",
        "ru": "Регламент: члены дискуссионной группы {panellist}, другие ораторы {participant}",
        "zh": "发言时间：专题小组成员{panellist}，其他发言者{participant}",
        "ar": "مدة الكلمة: أعضاء فريق المناقشة {panellist}، والمتكلمون الآخرون {participant}",
    },
    "untranslated": {
        "en": "Passages marked ({code}) are not yet available in {target} and are given in {name}.",
        "fr": "Les passages marqués ({code}) ne sont pas encore disponibles en {target} et sont "
              "donnés en {name}.",
        "es": "Los pasajes marcados ({code}) aún no están disponibles en {target} y figuran en "
              "{name}.",
        "ru": "Фрагменты с пометкой ({code}) пока не переведены (язык: {target}) и приводятся на "
              "языке оригинала (язык: {name}).",
        "zh": "标有({code})的段落尚无{target}本，现以{name}提供。",
        "ar": "المقاطع المعلَّمة ({code}) غير متاحة بعد باللغة {target} وترد باللغة {name}.",
    },
    "serves": {"en": "Sub-theme", "fr": "Sous-thème", "es": "Subtema", "ru": "Подтема",
               "zh": "分专题", "ar": "الموضوع الفرعي"},
    # The session of a guide that gives no title for it ("Thirty-sixth session"): its number, so
    # that the document says which session it is and `guide import` reads the number back.
    "session_number": {"en": "Session {number}", "fr": "{number}e session",
                       "es": "{number}.º período de sesiones", "ru": "{number}-я сессия",
                       "zh": "第{number}届会议", "ar": "الدورة {number}"},
    # Before the theme of a guide whose titles do not name it ("Thematic discussion on …").
    "theme_label": {"en": "Theme:", "fr": "Thème :", "es": "Tema:", "ru": "Тема:", "zh": "主题：",
                    "ar": "الموضوع:"},
    "symbol_unknown": {"en": "symbol not recorded", "fr": "cote non enregistrée",
                       "es": "signatura no registrada", "ru": "условное обозначение не указано",
                       "zh": "文号未记录", "ar": "الرمز غير مسجل"},
    "distribution": {"en": "Distr.: General", "fr": "Distr. générale", "es": "Distr. general",
                     "ru": "Общее распространение", "zh": "普遍分发", "ar": "التوزيع: عام"},
    "original": {"en": "Original: {language}", "fr": "Original\u00a0: {language}",
                 "es": "Original: {language}", "ru": "Язык оригинала: {language}",
                 "zh": "原文：{language}", "ar": "الأصل: {language}"},
    "annex": {"en": "Annex", "fr": "Annexe", "es": "Anexo", "ru": "Приложение", "zh": "附件",
              "ar": "المرفق"},
    # A section that is a sub-theme, as the notes head it: "A. Sub-theme 1: wildlife trafficking".
    "subtheme_heading": {"en": "Sub-theme {label}: ", "fr": "Sous-thème {label} : ",
                         "es": "Subtema {label}: ", "ru": "Подтема {label}: ", "zh": "分专题{label}：",
                         "ar": "الموضوع الفرعي {label}: "},
    "general_questions": {"en": "the whole theme", "fr": "l'ensemble du thème",
                          "es": "el tema en su conjunto", "ru": "тема в целом", "zh": "整个主题",
                          "ar": "الموضوع ككل"},
    "show.theme": {"en": "Theme: ", "fr": "Thème : ", "es": "Tema: ", "ru": "Тема: ", "zh": "主题：",
                   "ar": "الموضوع: "},
    "show.session": {"en": "Session {number}", "fr": "Session {number}", "es": "Período de sesiones "
                     "{number}", "ru": "Сессия {number}", "zh": "第{number}届会议",
                     "ar": "الدورة {number}"},
    "show.agenda": {"en": "agenda item {number}", "fr": "point {number} de l'ordre du jour",
                    "es": "tema {number} del programa", "ru": "пункт {number} повестки дня",
                    "zh": "议程项目{number}", "ar": "البند {number} من جدول الأعمال"},
    "show.symbol": {"en": "symbol {symbol}", "fr": "cote {symbol}", "es": "signatura {symbol}",
                    "ru": "условное обозначение {symbol}", "zh": "文号{symbol}", "ar": "الرمز {symbol}"},
    "show.issued": {"en": "issued {date}", "fr": "publié le {date}", "es": "publicado el {date}",
                    "ru": "выпущен {date}", "zh": "印发日期{date}", "ar": "صدر في {date}"},
    "show.not_issued": {"en": "issue date not recorded", "fr": "date de publication non enregistrée",
                        "es": "fecha de publicación no registrada", "ru": "дата выпуска не указана",
                        "zh": "印发日期未记录", "ar": "تاريخ الصدور غير مسجل"},
    "show.serves": {"en": "¶{paragraph} · serves {serves}", "fr": "¶{paragraph} · sous-thèmes {serves}",
                    "es": "¶{paragraph} · subtemas {serves}", "ru": "¶{paragraph} · подтемы {serves}",
                    "zh": "¶{paragraph} · 分专题{serves}", "ar": "¶{paragraph} · المواضيع الفرعية {serves}"},
    "show.stand_in": {"en": "{language} is {status} in this guide: other languages stand in where "
                            "marked",
                      "fr": "Le {language} est {status} dans ce guide: d'autres langues le "
                            "remplacent là où c'est indiqué",
                      "es": "El {language} está {status} en esta guía: otros idiomas lo sustituyen "
                            "donde se indica",
                      "ru": "Язык «{language}» в этом руководстве: {status}; отмеченные места "
                            "приводятся на других языках",
                      "zh": "本指南的{language}本{status}：标注处以其他语文代替",
                      "ar": "اللغة {language} في هذا الدليل: {status}؛ وتحل محلها لغات أخرى حيث يشار"},
    "show.no_text": {"en": "no {language}", "fr": "pas de {language}", "es": "sin {language}",
                     "ru": "нет текста: {language}", "zh": "无{language}本", "ar": "لا يوجد نص {language}"},
    "status.partial": {"en": "partial", "fr": "partiel", "es": "incompleto", "ru": "неполный",
                       "zh": "不完整", "ar": "ناقصة"},
    "status.missing": {"en": "missing", "fr": "absent", "es": "ausente", "ru": "отсутствует",
                       "zh": "缺失", "ar": "غائبة"},
    "lang.ar": {"en": "Arabic", "fr": "arabe", "es": "árabe", "ru": "арабский", "zh": "阿拉伯文",
                "ar": "العربية"},
    "lang.zh": {"en": "Chinese", "fr": "chinois", "es": "chino", "ru": "китайский", "zh": "中文",
                "ar": "الصينية"},
    "lang.en": {"en": "English", "fr": "anglais", "es": "inglés", "ru": "английский", "zh": "英文",
                "ar": "الإنكليزية"},
    "lang.fr": {"en": "French", "fr": "français", "es": "francés", "ru": "французский", "zh": "法文",
                "ar": "الفرنسية"},
    "lang.ru": {"en": "Russian", "fr": "russe", "es": "ruso", "ru": "русский", "zh": "俄文",
                "ar": "الروسية"},
    "lang.es": {"en": "Spanish", "fr": "espagnol", "es": "español", "ru": "испанский",
                "zh": "西班牙文", "ar": "الإسبانية"},
}

# How each language letters sub-paragraphs in the originals: "(a)" in English, "a)" in French
# (as the 2011 guide does), Spanish and Russian.
LETTERING: dict[str, str] = {"en": "({})", "fr": "{})", "es": "{})", "ru": "{})", "zh": "({})",
                             "ar": "({})"}


def lettered(label: str, lang: str) -> str:
    return LETTERING.get(lang, "({})").format(label)


def question_label(label: str, lang: str) -> str:
    """A question as its note prints it: lettered "(a)" / "a)", or numbered "1." in any language."""
    return f"{label}." if label.isdigit() else lettered(label, lang)
