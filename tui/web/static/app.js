// The room's web views. Every text is set with textContent: names and guide texts are never HTML.
// The server pushes a short state on each change (Server-Sent Events); the clock runs here, from
// the state's instants corrected by the server's time, so nothing is pushed every second.
"use strict";

(() => {
  const D = window.DEBATE;
  const view = document.body.dataset.view;
  const lang = D.languages.includes(document.documentElement.lang) ? document.documentElement.lang : "en";
  const HEARTBEAT_MS = 10000;
  const NEXT = 5;

  let state = null;      // the last state shown
  let lastSeq = -1;      // its sequence number: an older one is never shown
  let offsetMs = 0;      // server time minus this browser's time
  let lastHeard = null;  // server instant (ms) of the last message, for "last update"
  let lastHeardLocal = 0;
  let lost = false;
  let source = null;

  const $ = (id) => document.getElementById(id);

  function t(key, values) {
    const table = D.texts[lang] || D.texts.en;
    let text = table[key] !== undefined ? table[key] : (D.texts.en[key] || key);
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split("{" + name + "}").join(String(value));
    }
    return text;
  }

  function setText(el, text) {
    if (el && el.textContent !== text) { el.textContent = text; }
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function pad(n) { return String(n).padStart(2, "0"); }

  function hhmmss(ms) {
    const d = new Date(ms);
    return pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
  }

  function hhmm(seconds) {
    const d = new Date(seconds * 1000);
    return pad(d.getHours()) + ":" + pad(d.getMinutes());
  }

  function mmss(seconds) {
    const whole = Math.floor(Math.abs(seconds));
    return Math.floor(whole / 60) + ":" + pad(whole % 60);
  }

  function serverNow() { return (Date.now() + offsetMs) / 1000; }

  // A guide text in the reader's language, or in the first fallback language that has it.
  function guideText(texts) {
    if (!texts) { return null; }
    if (texts[lang]) { return {text: texts[lang], lang: lang}; }
    for (const other of D.fallback) {
      if (texts[other]) { return {text: texts[other], lang: other}; }
    }
    return null;
  }

  function showGuideText(node, label, item) {
    node.replaceChildren();
    if (!item) { node.hidden = true; return; }
    node.hidden = false;
    node.append(el("span", "label", label + " " + item.ref));
    const found = guideText(item.text);
    if (found) {
      const body = el("span", "text", found.text);
      body.lang = found.lang;
      body.dir = D.rtl.includes(found.lang) ? "rtl" : "ltr";
      node.append(body);
      if (found.lang !== lang) {  // marked, in the reader's language, as not theirs
        const mark = el("span", "fallback", "(" + found.lang.toUpperCase() + ")");
        mark.title = t("fallback");
        body.append(" ", mark);
      }
    }
  }

  // A known State or organization as the reader's language names it ("Allemagne" for the
  // stored "Germany"); any other name as it was typed.
  function nameIn(s, name) {
    const forms = s.names && s.names[name];
    return forms && typeof forms[lang] === "string" ? forms[lang] : name;
  }

  function role(speaker, kind) {
    const parts = [];
    if (kind) { parts.push(t("kind." + kind)); }
    parts.push(t("cat." + speaker.category));
    if (speaker.group) { parts.push(t("group." + speaker.group)); }
    return parts.join(" · ");
  }

  // -- the clock: what the floor shows at this instant ------------------------------------------

  function floorNow(s) {
    const f = s.floor;
    if (!f) { return null; }
    const elapsed = f.spoken + (f.running ? Math.max(0, serverNow() - s.at) : 0);
    const left = f.limit - elapsed;
    let phase = "running";
    if (!f.running) { phase = "paused"; }
    else if (left < 0) { phase = "overrun"; }
    else if (left <= s.warning) { phase = "warning"; }
    return {elapsed: elapsed, left: left, phase: phase,
            face: left >= 0 ? mmss(left) : "+" + mmss(-left)};
  }

  function setPhase(node, phase) {
    const wanted = "phase-" + phase;
    if (!node.classList.contains(wanted)) {
      for (const c of Array.from(node.classList)) {
        if (c.startsWith("phase-")) { node.classList.remove(c); }
      }
      node.classList.add(wanted);
    }
  }

  function tick() {
    if (!state || state.seq === undefined || !("floor" in state)) { return; }
    const now = floorNow(state);
    const box = $(view === "projector" ? "floor" : "now");
    if (!now) {
      setText($("clock"), "-:--");
      setText($("floor-status"), "");
      setPhase(box, "idle");
      const bar = $("progress");
      if (bar) { bar.style.width = "0%"; }
      return;
    }
    const f = state.floor;
    setText($("clock"), now.face);
    setText($("floor-status"), t("phase." + now.phase) + " · " + t("limit", {limit: mmss(f.limit)}));
    setPhase(box, now.phase);
    const bar = $("progress");
    if (bar) {
      const part = f.limit > 0 ? Math.min(now.elapsed, f.limit) / f.limit : 1;
      bar.style.width = (part * 100).toFixed(2) + "%";
    }
  }

  // -- drawing a state ----------------------------------------------------------------------------

  function drawCommon(s) {
    setText($("title"), s.title || "");
    const closed = $("list-closed");
    setText(closed, t("list_closed"));
    closed.hidden = !s.list_closed;
    const f = s.floor;
    setText($("floor-name"), f ? nameIn(s, f.name) : t(s.finished ? "finished" : "nobody"));
    const topic = $("topic");
    showGuideText($("subtheme"), t("subtheme"), s.subtheme);
    showGuideText($("question"), t("question"), s.question);
    topic.hidden = !s.subtheme && !s.question;
    document.title = t(view === "projector" ? "projector" : "list") + (s.title ? " — " + s.title : "");
  }

  function drawProjector(s) {
    const f = s.floor;
    setText($("floor-role"), f ? role(f, f.kind) : "");
    const title = $("floor-title");  // "Director, Division for Treaty Affairs", under the name
    setText(title, f && f.title ? f.title : "");
    title.hidden = !(f && f.title);
    setText($("interrupted"), s.interrupted && s.interrupted.length
      ? t("interrupted", {name: nameIn(s, s.interrupted[s.interrupted.length - 1])}) : "");
    setText($("next-heading"), t("next"));
    const waiting = s.speakers.filter((e) => e.status === "waiting").slice(0, NEXT);
    const items = waiting.map((e) => {
      const li = el("li", "next-item");
      li.append(el("span", "n", String(e.n)), el("span", "who", nameIn(s, e.name)));
      return li;
    });
    if (!items.length) { items.push(el("li", "empty", t("empty"))); }
    $("next").replaceChildren(...items);
    const box = $("forecast");
    const fc = s.forecast;
    if (fc && fc.on_display && fc.meeting && typeof fc.ends_at === "number") {
      const parts = [t("forecast.ends", {time: hhmm(fc.ends_at)})];
      if (typeof fc.spare_minutes === "number") {  // whole minutes as the console says them
        parts.push(t(fc.spare_minutes >= 0 ? "forecast.spare" : "forecast.past", {m: Math.abs(fc.spare_minutes)}));
      }
      if (fc.unreached && fc.unreached.length) {
        parts.push(t("forecast.unreached", {n: fc.unreached.length}));
      }
      setText(box, parts.join(" · "));
      box.hidden = false;
    } else {
      box.hidden = true;
    }
  }

  // -- the delegates' list ------------------------------------------------------------------------

  const ME_KEY = "debate.me";

  function me() {
    try { return localStorage.getItem(ME_KEY) || ""; } catch (e) { return ""; }
  }

  function setMe(name) {
    try { localStorage.setItem(ME_KEY, name); } catch (e) { /* private mode: this page only */ }
    if (state && state.speakers) { drawList(state); }
  }

  let choices = null;

  function drawChoices(s, mine) {
    const names = Array.from(new Set(s.speakers.map((e) => e.name)));
    if (mine && !names.includes(mine)) { names.push(mine); }
    const key = JSON.stringify(names);
    const select = $("me-select");
    if (key !== choices) {  // rebuilt only when the names change: an open menu stays open
      choices = key;
      const options = [el("option", "", t("me.none"))];
      options[0].value = "";
      for (const name of names) {
        const option = el("option", "", nameIn(s, name));
        option.value = name;  // the stored name: the choice survives a change of language
        options.push(option);
      }
      select.replaceChildren(...options);
    }
    select.value = mine;
  }

  function myStatus(s, mine) {
    if (!mine) { return ""; }
    const entries = s.speakers.filter((e) => e.name === mine);
    if (entries.some((e) => e.status === "speaking")) { return t("me.speaking"); }
    const waiting = entries.find((e) => e.status === "waiting");
    if (waiting) {
      const before = s.speakers.filter((e) => e.status === "waiting" && e.n < waiting.n).length;
      return t("me.number", {n: waiting.n}) + " · " + t("me.before", {k: before});
    }
    if (entries.length) { return t("me.spoken"); }
    return t("me.absent");
  }

  function drawList(s) {
    const mine = me();
    drawChoices(s, mine);
    setText($("me-status"), myStatus(s, mine));
    const expected = (s.forecast && s.forecast.expected) || {};
    const unreached = new Set((s.forecast && s.forecast.unreached) || []);
    const rows = s.speakers.map((e) => {
      const li = el("li", "speaker status-" + e.status);
      if (e.name === mine) { li.classList.add("mine"); }
      if (unreached.has(e.entry)) { li.classList.add("unreached"); }
      li.append(el("span", "n", String(e.n)));
      const who = el("span", "who");
      who.append(el("span", "name", nameIn(s, e.name)), el("span", "role", role(e, e.reply ? "reply" : null)));
      li.append(who);
      const side = el("span", "state", t("status." + e.status));
      const at = expected[e.entry] !== undefined ? expected[e.entry] : expected[String(e.entry)];
      if (e.status === "waiting" && typeof at === "number") {
        side.append(el("span", "expected", t("expected", {time: hhmm(at)})));
      }
      li.append(side);
      return li;
    });
    if (!rows.length) { rows.push(el("li", "empty", t("empty"))); }
    $("speakers").replaceChildren(...rows);
  }

  function drawLanguages() {
    const nav = $("languages");
    if (!nav) { return; }
    const links = D.languages.map((code) => {
      const a = el("a", "lang", D.native[code]);
      a.setAttribute("href", (view === "list" ? "/list" : "/") + "?lang=" + code);
      a.lang = code;
      if (code === lang) { a.setAttribute("aria-current", "page"); }
      return a;
    });
    nav.replaceChildren(...links);
  }

  // -- the connection -----------------------------------------------------------------------------

  function drawConnection() {
    const box = $("connection");
    let text = "";
    if (lost) {
      text = lastHeard === null ? t("connecting") : t("lost", {time: hhmmss(lastHeard)});
    } else if (state && state.problem) {
      text = t("problem", {error: state.problem});
    }
    setText(box, text);
    box.classList.toggle("lost", lost && lastHeard !== null);
    document.body.classList.toggle("stale", lost || Boolean(state && state.problem));
  }

  // Only `time` messages set the offset: they are written when sent, whereas a state's `at` is
  // when it was computed (a viewer who connects late gets an older one).
  function heard(serverSeconds) {
    if (serverSeconds !== undefined) { offsetMs = serverSeconds * 1000 - Date.now(); }
    lastHeardLocal = Date.now();
    lastHeard = lastHeardLocal + offsetMs;
    lost = false;
  }

  function onState(event) {
    let s;
    try { s = JSON.parse(event.data); } catch (e) { return; }
    if (typeof s !== "object" || s === null || typeof s.seq !== "number") { return; }
    heard();
    if (s.seq < lastSeq) { drawConnection(); return; }  // an older state (another server?): never shown
    if (!("floor" in s)) {  // the server could not read the session yet
      state = state ? Object.assign({}, state, {problem: s.problem}) : s;
      drawConnection();
      return;
    }
    state = s;
    lastSeq = s.seq;
    document.body.dataset.seq = String(s.seq);
    drawCommon(s);
    if (view === "projector") { drawProjector(s); } else { drawList(s); }
    tick();
    drawConnection();
  }

  function connect() {
    if (source) { source.close(); }
    source = new EventSource("/events");
    source.addEventListener("state", onState);
    source.addEventListener("time", (event) => {
      const at = Number(event.data);
      if (Number.isFinite(at)) { heard(at); drawConnection(); }
    });
    source.addEventListener("error", () => {
      lost = true;
      drawConnection();
      // EventSource retries by itself unless the server answered with an error status.
      if (source.readyState === EventSource.CLOSED) { setTimeout(connect, 3000); }
    });
  }

  function watchdog() {
    // A silent link (a cable pulled, a laptop asleep) sends no error: three missed heartbeats.
    if (!lost && lastHeard !== null && Date.now() - lastHeardLocal > 3 * HEARTBEAT_MS) {
      lost = true;
      drawConnection();
      connect();
    }
  }

  document.documentElement.classList.add("js");
  if (view === "list") {
    setText($("list-heading"), t("list"));
    setText($("me-label"), t("me.pick"));
    $("me-select").addEventListener("change", (event) => setMe(event.target.value));
  }
  drawLanguages();
  lost = true;
  drawConnection();
  connect();
  setInterval(tick, 200);
  setInterval(watchdog, 2000);
})();
