// kpisim: what the page opens, read before the first paint. index.html holds
// the page pre-rendered in Japanese and in English: the visitor sees theirs
// while app.wasm loads (data-boot-lang; web/app.css), and only its skeleton
// when the app will open other work than its default preset (data-boot-own).
// Parser-blocking, before the style sheets, so it never waits for them;
// boot.js (app.js) words its notes by kpisimLang too.

// kpisimLang is the page's language before the app runs: the address's
// (?lang=ja, ?lang=en), else the saved choice, else the browser's first ja
// or en, else English (as app/ui browserLang and app/i18n.Parse).
function kpisimLang() {
  const named = String(new URLSearchParams(location.search).get("lang") || "").toLowerCase();
  if (named === "ja" || named === "en") {
    return named;
  }
  const tags = [];
  try {
    const saved = localStorage.getItem("kpisim.lang");
    if (saved) {
      tags.push(JSON.parse(saved));
    }
  } catch { }
  tags.push(...(navigator.languages || []), navigator.language || "");
  for (const t of tags) {
    const base = String(t).toLowerCase().split("-")[0].trim();
    if (base === "ja" || base === "en") {
      return base;
    }
  }
  return "en";
}

if (kpisimLang() !== document.documentElement.lang) {
  document.documentElement.dataset.bootLang = kpisimLang();
}

// kpisimOwnWork: a link (#s=…) that app/ui did not note as the default
// preset's (kpisim.plain), or work saved here not marked plain (kpisim.from).
function kpisimOwnWork() {
  const link = /^#(?:.*&)?s=([^&]*)/.exec(location.hash);
  try {
    const get = key => JSON.parse(localStorage.getItem(key) || "null");
    if (link && !(get("kpisim.plain") || []).includes(link[1])) {
      return true;
    }
    return localStorage.getItem("kpisim.state") !== null && !(get("kpisim.from") || {}).plain;
  } catch {
    return link !== null;
  }
}

if (kpisimOwnWork()) {
  document.documentElement.dataset.bootOwn = "";
}
