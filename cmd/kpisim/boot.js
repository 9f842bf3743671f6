
// -----------------------------------------------------------------------------
// kpisim: the build (site.go) appends this to go-app's app.js. These
// function declarations replace go-app's of the same name (the last one
// declared wins), so go-app's own calls at the top of the file run them.
// -----------------------------------------------------------------------------

// The service worker is checked for a new version at start-up and whenever
// the page becomes visible again, never through the HTTP cache: a deploy is
// found on the first load after it, whatever max-age the host sends. It is
// registered once the app has started (kpisimStarted).
async function goappInitServiceWorker() {
  if (!("serviceWorker" in navigator)) {
    return;
  }
  await kpisimStarted();
  try {
    const registration = await navigator.serviceWorker.register("{{KPISIM_WORKER}}", { updateViaCache: "none" });
    goappServiceWorkerRegistration = registration;
    goappSetupNotifyUpdate(registration);
    goappSetupPushNotification();
    kpisimCheckForUpdate();
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") {
        kpisimCheckForUpdate();
      }
    });
  } catch (err) {
    // Offline on a first visit, or a host without the worker: the page
    // still runs, just not offline.
    console.warn("kpisim: no offline copy:", err);
  }
}

// kpisimStarted resolves once the app has started: the page is ready
// (data-ready on <body>) and its Monte Carlo workers have loaded
// (data-workers, "ready" or "off"; app/ui markWorkers). Or after 5 s should
// that never be: a version that cannot start must still find the next one.
//   - On a first visit the worker's install reads, hashes and stores every
//     file: work that would share the machine with the app's own start.
//   - The Monte Carlo workers load their files through the active worker.
//     A new version installed before they do asks the old worker to stop,
//     and a request that reaches it while it stops starts it again: Chromium
//     then activates the new version only after the old one's idle timeout
//     (30 s), and the page's offer waits as long.
// (It runs from the top of app.js, before this file's constants are
// defined.)
function kpisimStarted() {
  const wait = 5000; // ms
  return new Promise((resolve) => {
    const started = () => document.body && document.body.dataset.ready === "true" && document.body.hasAttribute("data-workers");
    if (started()) {
      resolve();
      return;
    }
    const watch = new MutationObserver(() => {
      if (started()) {
        done();
      }
    });
    const timer = setTimeout(() => done(), wait);
    const done = () => {
      watch.disconnect();
      clearTimeout(timer);
      resolve();
    };
    watch.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["data-ready", "data-workers"] });
  });
}

// A new version is announced when it takes over the page (the worker
// claims its clients once active), and only to a page a worker served,
// not on the first install. go-app tells only mounted components, so an
// update that arrives while app.wasm loads waits until the app is ready.
const kpisimServedByWorker = "serviceWorker" in navigator && navigator.serviceWorker.controller !== null;
let kpisimUpdatePending = false;
let kpisimAppStarted = false;

// The worker that served this page. A different controller later means a
// new version took over.
const kpisimFirstController = "serviceWorker" in navigator ? navigator.serviceWorker.controller : null;

// The build of the page's HTML (pwa.go finishPage writes it; the worker of
// the same build keeps the site in the cache "kpisim-" + the build). A new
// version whose worker took over before this script ran (a fast install on
// a slow start) is the first controller this script sees; but it deleted
// the page's version's cache when it activated, before it took over. The
// page's later files may then come from the new version: a reload makes
// the page whole.
const kpisimPageBuild = document.querySelector('meta[name="kpisim-build"]')?.content || "";

function goappSetupNotifyUpdate(registration) {
  navigator.serviceWorker.addEventListener("controllerchange", kpisimNoticeTakeover);
  kpisimNoticeTakeover();
}

function kpisimNoticeTakeover() {
  if (!kpisimServedByWorker || kpisimUpdatePending) {
    return;
  }
  if (navigator.serviceWorker.controller !== kpisimFirstController) {
    kpisimUpdateFound();
    return;
  }
  // A page without the id (the bench's hello world, on go-app's worker)
  // leaves it to controllerchange.
  if (kpisimPageBuild && "caches" in window) {
    caches.has("kpisim-" + kpisimPageBuild).then((kept) => {
      if (!kept && !kpisimUpdatePending) {
        kpisimUpdateFound();
      }
    }, () => {});
  }
}

function kpisimUpdateFound() {
  kpisimUpdatePending = true;
  // The page reads this when it mounts (app/ui Page.OnMount), so an
  // update is shown even when go-app dropped the call.
  window.kpisimUpdateReady = true;
  if (kpisimAppStarted) {
    kpisimAnnounceUpdate(0);
  }
}

function kpisimAnnounceUpdate(tries) {
  if (document.body.dataset.ready !== "true" && tries < 100) {
    setTimeout(() => kpisimAnnounceUpdate(tries + 1), 100);
    return;
  }
  goappOnUpdate();
}

function kpisimCheckForUpdate() {
  const registration = goappServiceWorkerRegistration;
  if (registration) {
    // Offline, or the host is down: the cached version keeps running.
    registration.update().catch(() => {});
  }
}

// ECharts' script comes after this one (site.go deferECharts), so that
// app.wasm compiles while ECharts runs; the app, which draws with it,
// starts once every deferred script has run, which the browser signals by
// DOMContentLoaded (also when ECharts failed to load: the charts are then
// off, app/ui Chart.OnMount).
const kpisimScriptsRun = document.readyState === "loading" || document.readyState === "interactive"
  ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
  : Promise.resolve();

// The page has one address: /index.html (and /repo/index.html) is shown
// as the folder, so the app's router sees its only route.
function kpisimCanonicalURL() {
  const path = location.pathname;
  if (path.endsWith("/index.html")) {
    history.replaceState(history.state, "", path.slice(0, -"index.html".length) + location.search + location.hash);
  }
}

async function goappInitWebAssembly() {
  kpisimCanonicalURL();
  const loader = document.getElementById("app-wasm-loader");
  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    return;
  }
  const label = document.getElementById("app-wasm-loader-label");
  let failed = false;
  const lang = kpisimBootLang();
  const showProgress = (progress) => {
    if (!failed) {
      label.textContent = kpisimLoadingLabel(lang, Math.min(100, progress));
      label.lang = lang;
    }
  };
  try {
    showProgress(0);
    if (typeof Go !== "function") {
      throw kpisimFailure("script");
    }
    const go = new Go();
    // User Timing marks of the start (make bench-e2e reads them):
    // kpisim-wasm-fetch, -compiled, then the app's kpisim-main and
    // kpisim-mounted (app/ui), and kpisim-ready with data-ready.
    performance.mark("kpisim-wasm-fetch");
    const response = await kpisimFetchWasm("{{KPISIM_WASM}}", showProgress);
    let wasm;
    try {
      wasm = WebAssembly.instantiateStreaming
        ? await WebAssembly.instantiateStreaming(response, go.importObject)
        : await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
    } catch (err) {
      throw kpisimFailure(err instanceof TypeError ? "broken" : "other", err.message);
    }
    performance.mark("kpisim-wasm-compiled");
    await kpisimScriptsRun;
    go.run(wasm.instance);
    loader.remove();
    kpisimAppStarted = true;
    if (kpisimUpdatePending) {
      kpisimAnnounceUpdate(0);
    }
  } catch (err) {
    failed = true;
    kpisimShowFailure(loader, err);
    console.error("kpisim: loading app.wasm failed:", err);
  }
}

// kpisimLoadingLabel is the loader's note while app.wasm downloads: in
// Japanese site.go's LoadingLabel, as the page has it (go-app's
// goappLoadingLabel). A function, not kpisimMessages: goappInitWebAssembly
// runs from the top of app.js, before this file's constants are defined.
function kpisimLoadingLabel(lang, progress) {
  return lang === "ja" ? goappLoadingLabel.replace("{progress}", progress) : `Loading the app… ${progress}%`;
}

// kpisimFetchWasm downloads app.wasm, reporting progress against its raw
// size; an HTTP error or a lost connection is an error, never a 100 %.
async function kpisimFetchWasm(url, progress) {
  let response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw kpisimFailure("network", err.message);
  }
  if (!response.ok) {
    throw kpisimFailure("http", `${response.status} ${response.statusText}`.trim());
  }
  const total = parseInt(goappWasmContentLength, 10) || parseInt(response.headers.get("Content-Length"), 10);
  // From the worker's cache (a returning visit) the bytes are local: the
  // response goes to the compiler untouched, which lets V8 cache the
  // compiled module (a wrapped stream is compiled anew every time).
  if (!total || !response.body || ("serviceWorker" in navigator && navigator.serviceWorker.controller)) {
    return response;
  }
  const reader = response.body.getReader();
  let loaded = 0;
  const body = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      loaded += value.byteLength;
      progress(Math.round((loaded * 100) / total));
      controller.enqueue(value);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function kpisimFailure(kind, detail) {
  const err = new Error(detail || kind);
  err.kind = kind;
  err.detail = detail || "";
  return err;
}

// kpisimLang (web/lang.js, loaded in <head>) is the page's language
// before the app runs; English should that script not have loaded.
function kpisimBootLang() {
  return typeof kpisimLang === "function" ? kpisimLang() : "en";
}

const kpisimMessages = {
  en: {
    title: "kpisim could not start.",
    http: (d) => `The app (app.wasm) could not be downloaded: the server answered HTTP ${d}.`,
    network: () => "The app (app.wasm) could not be downloaded: there is no connection to the server.",
    broken: (d) => `The app (app.wasm) arrived damaged or as the wrong kind of file (${d}).`,
    script: () => "A file of the app (wasm_exec.js) did not load.",
    other: (d) => `The app stopped while starting (${d}).`,
    hint: "Check the connection, then try again.",
    retry: "Retry",
  },
  ja: {
    title: "kpisimを起動できませんでした。",
    http: (d) => `アプリ本体（app.wasm）をダウンロードできませんでした。サーバーの応答: HTTP ${d}`,
    network: () => "アプリ本体（app.wasm）をダウンロードできませんでした。サーバーに接続できません。",
    broken: (d) => `アプリ本体（app.wasm）が壊れているか、別の種類のファイルとして届きました（${d}）。`,
    script: () => "アプリのファイル（wasm_exec.js）を読み込めませんでした。",
    other: (d) => `アプリの起動中に問題が起きました（${d}）。`,
    hint: "接続を確認して、もう一度お試しください。",
    retry: "再試行",
  },
};

function kpisimShowFailure(loader, err) {
  const lang = kpisimBootLang();
  const m = kpisimMessages[lang];
  const reason = (m[err.kind] || m.other)(err.detail || err.message || String(err));
  const p = (cls, text) => {
    const el = document.createElement("p");
    el.className = cls;
    el.textContent = text;
    return el;
  };
  const retry = document.createElement("button");
  retry.type = "button";
  retry.className = "kpisim-retry";
  retry.textContent = m.retry;
  retry.addEventListener("click", () => location.reload());
  const box = document.createElement("div");
  box.className = "kpisim-failure";
  box.lang = lang;
  box.setAttribute("role", "alert");
  box.dataset.reason = err.kind || "other";
  box.append(p("kpisim-failure-title", m.title), p("kpisim-failure-reason", reason), p("kpisim-failure-hint", m.hint), retry);
  loader.replaceChildren(box);
  loader.classList.add("kpisim-failed");
  retry.focus();
}
