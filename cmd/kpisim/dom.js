
// -----------------------------------------------------------------------------
// kpisim: the DOM writes the app makes in one call from Go (app/ui
// Page.patch), appended to app.js by the build: each call from WebAssembly
// into JavaScript costs more than the write, and a slider move writes about
// thirty figures.
// -----------------------------------------------------------------------------

// kpisimPatch writes figures and a lever's text into the page. figures holds
// records "node US period US exact US text RS" (ASCII unit and record
// separators): every element with those data-node and data-period gets
// data-value exact and its text. key, when not "", names the lever whose
// fields ([data-lever] and the goal-seek sentence's [data-ask]) get text.
function kpisimPatch(figures, key, text) {
  if (figures) {
    const want = new Map();
    for (const record of figures.split("\x1e")) {
      const f = record.split("\x1f");
      if (f.length === 4) {
        want.set(f[0] + "\x1f" + f[1], f);
      }
    }
    for (const [el, at] of kpisimFigures()) {
      const f = want.get(at);
      if (!f) {
        continue;
      }
      if (el.getAttribute("data-value") !== f[2]) {
        el.setAttribute("data-value", f[2]);
      }
      const t = el.firstChild;
      if (t && t.nodeType === Node.TEXT_NODE && t.nodeValue !== f[3]) {
        t.nodeValue = f[3];
        // A headline figure is sized by its width in digits, a wide
        // character (億, 円) two (app/ui bigFigure, textWidth).
        if (el.hasAttribute("data-chars")) {
          el.setAttribute("data-chars", String([...f[3]].reduce((n, c) => n + (c.codePointAt(0) >= 0x2e80 ? 2 : 1), 0)));
        }
      }
    }
  }
  if (key) {
    const esc = CSS.escape(key);
    for (const el of document.querySelectorAll(`[data-lever="${esc}"], [data-ask="${esc}"]`)) {
      if (el.value !== text) {
        el.value = text;
      }
      // The slider beside a lever's field says the value with its unit,
      // as Lever.Render writes it.
      const lever = el.matches("[data-lever]") && el.closest(".lever");
      const slider = lever && lever.querySelector("input[type=range]");
      if (slider) {
        const said = (text + " " + (lever.querySelector(".unit")?.textContent ?? "")).trim();
        if (slider.getAttribute("aria-valuetext") !== said) {
          slider.setAttribute("aria-valuetext", said);
        }
      }
    }
  }
}

// kpisimFigures returns the page's figures, [element, "node US period"],
// found once and again only after elements came or went: a drag patches
// them 60 times a second, and the page holds a thousand elements. The
// watch's records are taken here, not only in its callback: a render and
// a patch can run in one task, before any callback.
let kpisimFigureList = null;
let kpisimFigureWatch = null;

function kpisimFigures() {
  if (kpisimFigureWatch !== null && kpisimFigureWatch.takeRecords().length > 0) {
    kpisimFigureList = null;
  }
  if (kpisimFigureList === null) {
    kpisimFigureList = [];
    for (const el of document.querySelectorAll("[data-node][data-period]")) {
      kpisimFigureList.push([el, el.dataset.node + "\x1f" + el.dataset.period]);
    }
    if (kpisimFigureWatch === null) {
      kpisimFigureWatch = new MutationObserver(() => { kpisimFigureList = null; });
      kpisimFigureWatch.observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ["data-node", "data-period"]});
    }
  }
  return kpisimFigureList;
}
