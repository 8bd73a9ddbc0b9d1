"""The fixed texts of the web views in the six official languages.

The browser receives them once, as /static/texts.js; the state pushed on every change carries only
data (names, instants, keys such as "member-state"), so one state serves every language. Guide texts
(sub-themes, questions) come with the state in every language the guide has; the page marks the ones
shown in another language.
"""

from __future__ import annotations

import json

from ..core.text.label_texts import LABELS
from ..core.text.languages import FALLBACK_ORDER, LANGUAGES

RTL = frozenset({"ar"})

# Each language's name in itself: what a reader looks for in the language switcher.
NATIVE = {"ar": "العربية", "zh": "中文", "en": "English", "fr": "Français", "ru": "Русский", "es": "Español"}

# key -> (ar, zh, en, fr, ru, es): the order of LANGUAGES, so a missing one is visible in review.
_T: dict[str, tuple[str, str, str, str, str, str]] = {
    "projector": ("شاشة القاعة", "会场显示屏", "Room display", "Écran de la salle", "Экран зала",
                  "Pantalla de la sala"),
    "list": ("قائمة المتكلمين", "发言名单", "List of speakers", "Liste des orateurs", "Список ораторов",
             "Lista de oradores"),
    "next": ("المتكلمون التالون", "下一位发言者", "Next speakers", "Prochains orateurs",
             "Следующие ораторы", "Próximos oradores"),
    "list_closed": ("القائمة مقفلة", "名单已截止", "LIST CLOSED", "LISTE CLOSE", "СПИСОК ЗАКРЫТ",
                    "LISTA CERRADA"),
    "nobody": ("لا أحد يتكلم الآن", "目前无人发言", "Nobody has the floor", "Personne n'a la parole",
               "Слово никому не предоставлено", "Nadie tiene la palabra"),
    "finished": ("انتهت المناقشة", "辩论已结束", "The debate is finished", "Le débat est terminé",
                 "Обсуждение завершено", "El debate ha terminado"),
    "empty": ("لا أحد في الانتظار", "无人等候发言", "Nobody is waiting", "Aucun orateur en attente",
              "Нет ожидающих ораторов", "Nadie está esperando"),
    "phase.running": ("متبقٍ", "剩余", "left", "restant", "осталось", "restante"),
    "phase.warning": ("متبقٍ", "剩余", "left", "restant", "осталось", "restante"),
    "phase.overrun": ("تجاوز الوقت", "超时", "OVER TIME", "TEMPS DÉPASSÉ", "ВРЕМЯ ИСТЕКЛО",
                      "TIEMPO EXCEDIDO"),
    "phase.paused": ("متوقف مؤقتاً", "已暂停", "PAUSED", "EN PAUSE", "ПАУЗА", "EN PAUSA"),
    "limit": ("الحد {limit}", "限时 {limit}", "limit {limit}", "limite {limit}", "лимит {limit}",
              "límite {limit}"),
    "interrupted": ("مقاطعة: {name}", "被打断：{name}", "interrupted: {name}", "interrompu : {name}",
                    "прервано: {name}", "interrumpido: {name}"),
    "subtheme": ("الموضوع الفرعي", "分主题", "Sub-theme", "Sous-thème", "Подтема", "Subtema"),
    "question": ("السؤال", "问题", "Question", "Question", "Вопрос", "Pregunta"),
    "fallback": ("غير متاح بهذه اللغة", "暂无此语言版本", "not available in this language",
                 "non disponible dans cette langue", "нет на этом языке", "no disponible en este idioma"),
    "connecting": ("جارٍ الاتصال…", "正在连接…", "Connecting…", "Connexion…", "Подключение…",
                   "Conectando…"),
    "lost": ("انقطع الاتصال — آخر تحديث {time}", "连接中断 — 最后更新 {time}",
             "Connection lost — last update {time}", "Connexion perdue — dernière mise à jour {time}",
             "Соединение потеряно — последнее обновление {time}",
             "Conexión perdida — última actualización {time}"),
    "problem": ("يُعرض آخر وضع تم استلامه: {error}", "显示最后收到的状态：{error}",
                "Showing the last state received: {error}", "Dernier état reçu affiché : {error}",
                "Показано последнее полученное состояние: {error}",
                "Se muestra el último estado recibido: {error}"),
    "status.waiting": ("في الانتظار", "等候", "waiting", "inscrit", "ожидает", "en espera"),
    "status.speaking": ("يتكلم", "正在发言", "speaking", "a la parole", "выступает",
                         "en el uso de la palabra"),
    "status.spoken": ("تكلم", "已发言", "spoken", "a parlé", "выступил", "intervino"),
    "me.pick": ("وفدكم", "贵代表团", "Your delegation", "Votre délégation", "Ваша делегация",
                "Su delegación"),
    "me.none": ("— اختر —", "— 请选择 —", "— choose —", "— choisir —", "— выбрать —", "— elegir —"),
    "me.number": ("أنتم رقم {n}", "您是第 {n} 号", "You are No. {n}", "Vous êtes le n° {n}",
                  "Вы № {n}", "Usted es el n.º {n}"),
    "me.before": ("{k} قبلكم", "前面还有 {k} 位", "{k} before you", "{k} avant vous", "перед вами: {k}",
                  "{k} antes que usted"),
    "me.speaking": ("لكم الكلمة", "您正在发言", "You have the floor", "Vous avez la parole",
                    "Вам предоставлено слово", "Usted tiene la palabra"),
    "me.spoken": ("لقد تكلمتم", "您已发言", "You have spoken", "Vous avez parlé", "Вы выступили",
                  "Usted ya intervino"),
    "me.absent": ("لستم على القائمة", "您不在名单上", "You are not on the list",
                  "Vous n'êtes pas sur la liste", "Вас нет в списке", "Usted no está en la lista"),
    "expected": ("≈ {time}", "≈ {time}", "≈ {time}", "≈ {time}", "≈ {time}", "≈ {time}"),
    "forecast.ends": ("تنتهي القائمة ≈ {time}", "名单预计结束 ≈ {time}", "List ends ≈ {time}",
                      "Fin de la liste ≈ {time}", "Список завершится ≈ {time}",
                      "La lista termina ≈ {time}"),
    "forecast.spare": ("يتبقى {m} دقيقة", "剩余 {m} 分钟", "{m} min to spare", "{m} min de marge",
                       "запас {m} мин", "sobran {m} min"),
    "forecast.past": ("{m} دقيقة بعد نهاية الجلسة", "超出会议 {m} 分钟", "{m} min past the meeting",
                      "{m} min après la fin de la séance", "на {m} мин позже конца заседания",
                      "{m} min después del final de la sesión"),
    # Written without a plural: "speakers not reached: 4" reads right for 1 as for 4, in each language.
    "forecast.unreached": ("متكلمون لن يتسنى الاستماع إليهم: {n}", "来不及发言的发言者：{n}",
                           "speakers not reached: {n}", "orateurs hors délai : {n}",
                           "не успеют выступить: {n}", "oradores fuera de tiempo: {n}"),
    "reply": ("حق الرد", "答辩权", "right of reply", "droit de réponse", "право на ответ",
              "derecho de respuesta"),
}

TEXTS: dict[str, dict[str, str]] = {
    lang: {**{key: values[i] for key, values in _T.items()},
           # kinds, categories and regional groups: the catalog's one table of them
           **{key: entry.get(lang, entry["en"]) for key, entry in LABELS.items()}}
    for i, lang in enumerate(LANGUAGES)
}


def pick_lang(value: str | None) -> str:
    """A language of the page from `?lang=`: one of the six, English otherwise (never echoed raw)."""
    return value if value in TEXTS else "en"


def texts_js() -> bytes:
    """The catalog as a script (CSP allows scripts from this server only, so not inline)."""
    payload = {"texts": TEXTS, "native": NATIVE, "rtl": sorted(RTL), "fallback": list(FALLBACK_ORDER),
               "languages": list(LANGUAGES)}
    # json.dumps escapes nothing HTML-special, and this is a .js file served as such: "</script>"
    # cannot matter; still, keep it inert should anyone inline it one day.
    text = json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")
    return f"window.DEBATE = {text};\n".encode()
