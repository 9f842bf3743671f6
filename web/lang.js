// kpisim: the visitor's language, read before the first paint. The page is
// pre-rendered in Japanese and in English (index.html) and app.wasm renders
// it in the visitor's language once it has loaded: while it loads, a visitor
// who reads Japanese sees the Japanese page, and one who reads English the
// English one (data-boot-lang on <html>; web/app.css). A parser-blocking
// script in <head>, before the style sheets, so that it never waits for them;
// boot.js (in app.js) words its loading and failure notes by kpisimLang too.

// kpisimLang is the page's language before the app runs: the saved choice,
// else the browser's first ja or en, else English (as app/i18n.Parse).
function kpisimLang() {
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
