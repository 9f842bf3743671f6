
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
    const at = kpisimFigures();
    for (const record of figures.split("\x1e")) {
      const f = record.split("\x1f");
      const els = f.length === 4 && at.get(f[0] + "\x1f" + f[1]);
      if (!els) {
        continue;
      }
      for (const el of els) {
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
  }
  if (key) {
    for (const {el, slider, unit} of kpisimLevers(key)) {
      if (el.value !== text) {
        el.value = text;
      }
      // The slider beside a lever's field says the value with its unit,
      // as Lever.Render writes it.
      if (slider) {
        const said = (text + " " + (unit?.textContent ?? "")).trim();
        if (slider.getAttribute("aria-valuetext") !== said) {
          slider.setAttribute("aria-valuetext", said);
        }
      }
    }
  }
}

// kpisimFigures returns the page's figures by "node US period" (a figure
// can stand in more than one place), and kpisimLevers a lever's fields:
// both found once and again only after elements came or went, as a drag
// patches them 60 times a second and the page holds a thousand elements
// (looking them up took half of a move's patch, at CPU 1×). The watch's
// records are taken here, not only in its callback: a render and a patch
// can run in one task, before any callback.
let kpisimFigureList = null;
let kpisimLeverList = new Map();
let kpisimFigureWatch = null;

function kpisimFound() {
  if (kpisimFigureWatch === null) {
    kpisimFigureWatch = new MutationObserver(kpisimForget);
    kpisimFigureWatch.observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ["data-node", "data-period", "data-lever", "data-ask"]});
  } else if (kpisimFigureWatch.takeRecords().length > 0) {
    kpisimForget();
  }
}

function kpisimForget() {
  kpisimFigureList = null;
  kpisimLeverList = new Map();
}

function kpisimFigures() {
  kpisimFound();
  if (kpisimFigureList === null) {
    kpisimFigureList = new Map();
    for (const el of document.querySelectorAll("[data-node][data-period]")) {
      const at = el.dataset.node + "\x1f" + el.dataset.period;
      const els = kpisimFigureList.get(at);
      if (els) {
        els.push(el);
      } else {
        kpisimFigureList.set(at, [el]);
      }
    }
  }
  return kpisimFigureList;
}

// kpisimLevers returns lever key's fields, each with the slider and unit of
// its lever (none for the goal-seek sentence's field).
function kpisimLevers(key) {
  kpisimFound();
  let fields = kpisimLeverList.get(key);
  if (!fields) {
    const esc = CSS.escape(key);
    fields = [...document.querySelectorAll(`[data-lever="${esc}"], [data-ask="${esc}"]`)].map(el => {
      const lever = el.matches("[data-lever]") && el.closest(".lever");
      return {el, slider: lever && lever.querySelector("input[type=range]"), unit: lever && lever.querySelector(".unit")};
    });
    kpisimLeverList.set(key, fields);
  }
  return fields;
}
