//go:build !wasm

package main

// End-to-end tests of deploys, offline use and the page's policy, in
// Chromium, against a static host each test controls (host): which build it
// serves, the Cache-Control it sends, a path that fails, or no answer at all.
// Each build differs from the others by one line of CSS, which the page
// shows as the value of --kpisim-build on <body>.

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdplog "github.com/chromedp/cdproto/log"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/kpi"
)

// host is a static host under the test's control. It serves the deployed
// build through kpisim serve's handler.
type host struct {
	srv  *httptest.Server
	base string

	mu           sync.Mutex
	site         http.Handler
	cacheControl string               // sent instead of serve's, when set
	fail         map[string]int       // path -> status to answer; 0 drops the connection
	down         bool                 // every request's connection is dropped
	seen         map[string]int       // requests per path
	bodies       map[string][]int     // the bytes of each response's body, per path
	first        map[string]time.Time // when each path was first asked for
	hold         chan struct{}        // a POST to /hold is answered once it is closed
}

func newHost(t *testing.T, base string) *host {
	h := &host{base: base, fail: map[string]int{}, seen: map[string]int{}, bodies: map[string][]int{}, first: map[string]time.Time{}}
	h.srv = httptest.NewServer(h)
	t.Cleanup(h.srv.Close)
	return h
}

// deploy switches the host to the site in dir, as an atomic deploy does.
func (h *host) deploy(dir string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.site = siteHandler(dir, h.base)
}

func (h *host) set(f func(h *host)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	f(h)
}

func (h *host) requests(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.seen[path]
}

func (h *host) url(path string) string { return h.srv.URL + path }

func (h *host) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	if h.seen[r.URL.Path]++; h.seen[r.URL.Path] == 1 {
		h.first[r.URL.Path] = time.Now()
	}
	site, cc, down := h.site, h.cacheControl, h.down
	status, failing := h.fail[r.URL.Path]
	hold := h.hold
	h.mu.Unlock()
	if r.Method == http.MethodPost && r.URL.Path == "/hold" && hold != nil {
		<-hold
		return
	}
	if down || (failing && status == 0) {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler)
	}
	if failing {
		http.Error(w, "injected failure", status)
		return
	}
	if cc != "" {
		w = &cacheControlWriter{ResponseWriter: w, value: cc}
	}
	cw := &countingWriter{ResponseWriter: w}
	site.ServeHTTP(cw, r)
	h.mu.Lock()
	h.bodies[r.URL.Path] = append(h.bodies[r.URL.Path], cw.n)
	h.mu.Unlock()
}

// downloads is how many responses for path carried a body (not a 304).
func (h *host) downloads(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, b := range h.bodies[path] {
		if b > 0 {
			n++
		}
	}
	return n
}

// countingWriter counts the bytes of a response's body.
type countingWriter struct {
	http.ResponseWriter
	n int
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n += n
	return n, err
}

// cacheControlWriter replaces the Cache-Control header of a response.
type cacheControlWriter struct {
	http.ResponseWriter
	value string
	done  bool
}

func (c *cacheControlWriter) WriteHeader(code int) {
	if !c.done {
		c.done = true
		c.Header().Set("Cache-Control", c.value)
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *cacheControlWriter) Write(b []byte) (int, error) {
	if !c.done {
		c.WriteHeader(http.StatusOK)
	}
	return c.ResponseWriter.Write(b)
}

var builds sync.Map // name+base -> *builtSite

// build is the site for base built from ../../web with one more CSS line
// naming the build, once per test run.
func build(t *testing.T, name, base string) string {
	t.Helper()
	v, _ := builds.LoadOrStore(name+"\x00"+base, &builtSite{})
	b := v.(*builtSite)
	b.once.Do(func() {
		tmp, err := os.MkdirTemp("", "kpisim-build-")
		if err != nil {
			b.err = err
			return
		}
		web, site := filepath.Join(tmp, "web"), filepath.Join(tmp, "site")
		if b.err = copyDir(web, filepath.Join("..", "..", "web")); b.err != nil {
			return
		}
		css := filepath.Join(web, "app.css")
		data, err := os.ReadFile(css)
		if err != nil {
			b.err = err
			return
		}
		data = append(data, fmt.Sprintf("\nbody { --kpisim-build: %s; }\n", name)...)
		if b.err = os.WriteFile(css, data, 0o644); b.err != nil {
			return
		}
		b.dir, b.err = site, buildSite(site, web, base)
	})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.dir
}

// pageBuild is the JS for the build whose stylesheet the page uses.
const pageBuild = `getComputedStyle(document.body).getPropertyValue("--kpisim-build").trim()`

// tab is a Chromium tab that records what a user would not want to see:
// console errors, uncaught exceptions and Content-Security-Policy
// violations (in the document, kept across loads in sessionStorage, and in
// the browser's security log). Each is a test failure unless allowed.
type tab struct {
	ctx     context.Context
	mu      sync.Mutex
	errors  []string
	allowed []*regexp.Regexp
}

func newTab(t *testing.T) *tab {
	t.Helper()
	ctx := ownBrowser(t)
	p := &tab{ctx: ctx}
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				p.problem("console error: " + strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			p.problem("exception: " + msg)
		case *cdplog.EventEntryAdded:
			if strings.Contains(e.Entry.Text, "Content Security Policy") {
				p.problem("CSP: " + e.Entry.Text)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	const recordViolations = `document.addEventListener("securitypolicyviolation", e => {
		const seen = JSON.parse(sessionStorage.getItem("csp") || "[]");
		seen.push(e.effectiveDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber);
		sessionStorage.setItem("csp", JSON.stringify(seen));
	});`
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: recordViolations})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, e := range p.errors {
			t.Errorf("in the page: %s", e)
		}
	})
	return p
}

func (p *tab) problem(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, re := range p.allowed {
		if re.MatchString(msg) {
			return
		}
	}
	p.errors = append(p.errors, msg)
}

// allow lets console errors matching re pass (an expected failure).
func (p *tab) allow(re string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.allowed = append(p.allowed, regexp.MustCompile(re))
}

// violations are the CSP violations the documents of this tab reported.
func (p *tab) violations(t *testing.T) []string {
	t.Helper()
	return eval[[]string](t, p.ctx, `JSON.parse(sessionStorage.getItem("csp") || "[]")`)
}

// await is eval for an expression whose value is a promise.
func await[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// openBuildA opens build A, deployed at the root of a new host, in a new tab.
func openBuildA(t *testing.T) *tab {
	t.Helper()
	needBrowser(t)
	h := newHost(t, "/")
	h.deploy(build(t, "A", "/"))
	p := newTab(t)
	p.open(t, h.url("/"))
	return p
}

func (p *tab) open(t *testing.T, url string) {
	t.Helper()
	do(t, p.ctx, chromedp.Navigate(url))
}

// computes waits until the page is ready and shows the engine's figures.
func (p *tab) computes(t *testing.T) {
	t.Helper()
	ready(t, p.ctx)
	_, res := engine(t, "outbound", nil)
	waitValue(t, p.ctx, "calls", "rep_day", exact(t, res, "calls", kpi.RepDay))
}

// installed waits until a service worker controls the page and its cache
// holds the whole site, and returns the cache's name.
func (p *tab) installed(t *testing.T) string {
	t.Helper()
	// The worker claims the open page once it is active: no reload.
	waitFor(t, p.ctx, `navigator.serviceWorker.controller !== null`, "no service worker controls the page")
	const cached = `caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys()).then(rs => [k, rs.map(r => r.url)]))))
		.then(all => all.filter(([k, urls]) => urls.some(u => u.endsWith("/web/app.wasm")) && urls.some(u => u.endsWith("/index.html"))).map(([k]) => k))`
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[chromedp.Void](cached+`.then(ks => ks.length === 1)`,
		chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(200*time.Millisecond))); err != nil {
		t.Fatalf("the worker never cached the site: %v", err)
	}
	return await[[]string](t, p.ctx, cached)[0]
}

// reload reloads as a user does, and waits until the app is ready.
func (p *tab) reload(t *testing.T) {
	t.Helper()
	p.navigates(t, func() { do(t, p.ctx, chromedp.Reload()) })
}

// navigates runs start, which leaves the page (a reload, a click), and
// waits until the next page's app is ready. A poll does not survive the
// navigation: poll again in the new page.
func (p *tab) navigates(t *testing.T, start func()) {
	t.Helper()
	eval[bool](t, p.ctx, `(window.__old = true)`)
	start()
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := chromedp.Run(p.ctx, chromedp.Poll[chromedp.Void](`!window.__old && document.body && document.body.dataset.ready === "true"`, chromedp.WithPollingTimeout(5*time.Second)))
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page did not load again: %v", err)
		}
	}
}

// offered waits until the page offers a new version; if it never does, the
// test fails with msg and what the page knew, for a failure seen once.
func (p *tab) offered(t *testing.T, h *host, msg string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !waitUntil(p.ctx, `document.querySelector('.update button') !== null`, time.Until(deadline)) {
		if time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond) // a navigation replaced the page under the poll
			continue
		}
		const stateJS = `navigator.serviceWorker.getRegistration().then(r => caches.keys().then(caches => JSON.stringify({
			caches, active: r?.active?.state, installing: r?.installing?.state, waiting: r?.waiting?.state,
			page: kpisimPageBuild, stylesheet: getComputedStyle(document.body).getPropertyValue("--kpisim-build").trim(),
			servedByWorker: kpisimServedByWorker, sameController: navigator.serviceWorker.controller === kpisimFirstController,
			pending: kpisimUpdatePending, started: kpisimAppStarted, registered: !!goappServiceWorkerRegistration})))`
		state, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](stateJS, chromedp.EvalAwaitPromise))
		h.mu.Lock()
		seen := fmt.Sprint(h.seen)
		h.mu.Unlock()
		t.Fatalf("%s: the page knew %s (%v); the host's requests %s", msg, state, err, seen)
	}
}

// A deploy reaches a returning visitor in at most two reloads although the
// host lets browsers cache every file for ten minutes (GitHub Pages'
// max-age=600): the first reload finds the new worker and offers it, the
// second runs it.
func TestDeployMaxAge(t *testing.T) {
	needBrowser(t)
	a, b := build(t, "A", "/"), build(t, "B", "/")
	h := newHost(t, "/")
	h.set(func(h *host) { h.cacheControl = "max-age=600" })
	h.deploy(a)
	p := newTab(t)
	p.open(t, h.url("/"))
	p.installed(t)
	p.reload(t)
	waitFor(t, p.ctx, pageBuild+` === "A"`, "build A is not in use")

	h.deploy(b)
	p.reload(t) // 1: the old version starts, finds the new one, offers it
	p.offered(t, h, "the page did not offer the new version after one reload")
	p.reload(t) // 2: the new version
	if got := eval[string](t, p.ctx, pageBuild); got != "B" {
		t.Fatalf("after two reloads the page uses build %q, want B", got)
	}
	p.computes(t)
}

// A first visit downloads every file once: app.wasm is preloaded from the
// page's head while its scripts load, and the worker's offline copy comes
// from the HTTP cache once the host confirms it current (a 304), not as a
// second download over the venue's Wi-Fi. The worker is registered once the
// app has started, its Monte Carlo workers loaded: its install does not
// share the machine with the start, and the workers' requests never reach
// an old worker stopping for a new version (which would hold the new one
// back for 30 s).
func TestWasmPreloaded(t *testing.T) {
	needBrowser(t)
	h := newHost(t, "/")
	h.deploy(build(t, "A", "/"))
	p := newTab(t)
	beforeScripts(t, p.ctx, `for (const [attr, at] of [["data-ready", "__readyAt"], ["data-workers", "__workersAt"]]) {
		new MutationObserver((_, mo) => {
			if (!document.body?.hasAttribute(attr)) return;
			mo.disconnect();
			window[at] = performance.timeOrigin + performance.now();
		}).observe(document, {attributes: true, subtree: true, attributeFilter: [attr]});
	}`)
	p.open(t, h.url("/"))
	p.installed(t)
	waitFor(t, p.ctx, `document.body.hasAttribute("data-workers")`, "the Monte Carlo workers never loaded")
	if got := eval[string](t, p.ctx, `document.body.dataset.workers`); got != "ready" {
		t.Fatalf("data-workers = %q, want ready: the Monte Carlo workers did not load", got)
	}
	at := func(v string) time.Time { return time.UnixMicro(int64(eval[float64](t, p.ctx, v) * 1000)) }
	readyAt, workersAt := at(`window.__readyAt`), at(`window.__workersAt`)
	h.mu.Lock()
	registered, mc := h.first["/app-worker.js"], h.first["/web/mc.js"]
	h.mu.Unlock()
	if registered.Before(readyAt) {
		t.Errorf("the worker was fetched %v before the app was ready: its install shares the machine with the start", readyAt.Sub(registered))
	}
	if registered.Before(workersAt) {
		t.Errorf("the worker was fetched %v before the Monte Carlo workers had loaded: their requests may restart an old worker as it stops", workersAt.Sub(registered))
	}
	if mc.IsZero() || registered.Before(mc) {
		t.Errorf("the worker was fetched before the Monte Carlo workers' script (%v, %v)", registered, mc)
	}
	// app.wasm is asked for by the page's preload, then checked by the
	// Monte Carlo workers and by the worker: one body, the rest "not
	// modified".
	h.mu.Lock()
	paths := slices.Sorted(maps.Keys(h.bodies))
	h.mu.Unlock()
	for _, path := range paths {
		if n := h.downloads(path); n > 1 {
			t.Errorf("a first visit downloaded %s %d times, want once (the worker's copy from the HTTP cache)", path, n)
		}
	}
	if n := h.downloads("/web/app.wasm"); n != 1 {
		t.Errorf("a first visit downloaded app.wasm %d times, want once", n)
	}
	entries := eval[[]string](t, p.ctx, `performance.getEntriesByType("resource").filter(e => e.name.endsWith("/web/app.wasm")).map(e => e.initiatorType)`)
	if len(entries) != 1 || entries[0] != "link" {
		t.Fatalf("the page's app.wasm came from %v, want one preload (initiator link)", entries)
	}
}

// A returning visit loads every file of the site but the page from its
// version's cache without running the worker's code (static routes): a
// request that woke the old worker as it stopped for a new version would
// hold that version, and its offer, back for 30 s, and the browser's own
// update check may install a new version while the page starts.
func TestFilesSkipTheWorker(t *testing.T) {
	p := openBuildA(t)
	p.installed(t)
	p.reload(t)
	waitFor(t, p.ctx, `document.body.dataset.workers === "ready"`, "the Monte Carlo workers did not load")
	got := eval[[]string](t, p.ctx, `performance.getEntriesByType("resource")
		.filter(e => e.name.startsWith(location.origin))
		.map(e => e.name.slice(location.origin.length) + " " + (e.workerMatchedSourceType || "fetch handler or none") + "/" + (e.workerFinalSourceType || "none"))`)
	if len(got) < 5 {
		t.Fatalf("the page loaded %d files (%v): want its scripts, styles and app.wasm", len(got), got)
	}
	for _, e := range got {
		if !strings.HasSuffix(e, " cache/cache") {
			t.Errorf("%s: want cache/cache, from the version's cache by its static route", e)
		}
	}
}

// A file that fails while a new version installs leaves the previous one
// in place, offline too; the next good deploy installs.
func TestDeployInstallFailure(t *testing.T) {
	needBrowser(t)
	a, b, c := build(t, "A", "/"), build(t, "B", "/"), build(t, "C", "/")
	h := newHost(t, "/")
	h.deploy(a)
	p := newTab(t)
	p.open(t, h.url("/"))
	cacheA := p.installed(t)

	// A file that differs between the builds (an unchanged one is reused).
	const broken = "/web/app.css"
	h.set(func(h *host) { h.fail[broken] = http.StatusInternalServerError })
	h.deploy(b)
	before := h.requests(broken)
	p.reload(t)
	// The new worker tried, failed and is gone.
	deadline := time.Now().Add(30 * time.Second)
	for h.requests(broken) == before {
		if time.Now().After(deadline) {
			t.Fatal("the new version never asked for its files")
		}
		time.Sleep(50 * time.Millisecond)
	}
	waitFor(t, p.ctx, `navigator.serviceWorker.getRegistration().then(r => !r.installing && !r.waiting)`, "the failed version stays installing")
	// Its cache goes with it. The browser may try the install a second
	// time (its own update check after the reload, and the page's), each
	// try opening the cache anew before it fails: wait for the last.
	if !waitUntil(p.ctx, `caches.keys().then(k => k.length === 1 && k[0] === `+strconv.Quote(cacheA)+`)`, 10*time.Second) {
		t.Errorf("caches after a failed install = %v, want only the previous version's %s", await[[]string](t, p.ctx, `caches.keys()`), cacheA)
	}
	if eval[bool](t, p.ctx, `document.querySelector('.update') !== null`) {
		t.Error("a version that failed to install is offered")
	}

	// Offline: the previous version, whole.
	h.set(func(h *host) { h.down = true })
	p.reload(t)
	p.computes(t)
	if got := eval[string](t, p.ctx, pageBuild); got != "A" {
		t.Errorf("offline after a failed install the page uses build %q, want A", got)
	}
	onWorkers(t, p.ctx)

	// The next good deploy installs.
	h.set(func(h *host) { h.down = false; delete(h.fail, broken) })
	h.deploy(c)
	// The charts as the page is ready, marked: the notice that follows must
	// keep them, not build the page again (it once shifted its children).
	beforeScripts(t, p.ctx, `new MutationObserver((_, mo) => {
		if (document.body?.dataset.ready !== "true") return;
		mo.disconnect();
		document.querySelectorAll(".chart").forEach(el => { el.__kept = true; });
	}).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-ready"]});`)
	p.reload(t)
	p.offered(t, h, "the good deploy was not offered")
	if !eval[bool](t, p.ctx, `[...document.querySelectorAll(".chart")].every(el => el.__kept === true)`) {
		t.Error("the update's notice rebuilt the page: its charts are new elements")
	}
	p.reload(t)
	if got := eval[string](t, p.ctx, pageBuild); got != "C" {
		t.Errorf("after the good deploy the page uses build %q, want C", got)
	}
}

// A rollback reaches a returning visitor, although the files put back are
// older than the ones the browser holds; the page's prompt reloads into it.
func TestDeployRollback(t *testing.T) {
	needBrowser(t)
	old, cur := build(t, "Old", "/"), build(t, "New", "/")
	past := time.Now().Add(-48 * time.Hour)
	if err := filepath.Walk(old, func(path string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Chtimes(path, past, past)
	}); err != nil {
		t.Fatal(err)
	}
	h := newHost(t, "/")
	h.deploy(cur)
	p := newTab(t)
	p.open(t, h.url("/"))
	p.installed(t)
	p.reload(t)
	waitFor(t, p.ctx, pageBuild+` === "New"`, "the current build is not in use")

	h.deploy(old)
	p.reload(t)
	p.offered(t, h, "the rollback was not offered")
	p.navigates(t, func() { eval[bool](t, p.ctx, `(document.querySelector('.update button').click(), true)`) })
	if got := eval[string](t, p.ctx, pageBuild); got != "Old" {
		t.Errorf("after the rollback the page uses build %q, want Old", got)
	}
}

// A first load whose app.wasm fails says why, in the page's language,
// with a Retry button that works once the host does.
func TestFirstLoadFailure(t *testing.T) {
	needBrowser(t)
	h := newHost(t, "/")
	h.deploy(build(t, "A", "/"))
	p := newTab(t)
	p.allow(`loading app\.wasm failed`)
	p.allow(`Failed to load resource`)
	const failure = `document.querySelector('#app-wasm-loader .kpisim-failure')`
	for _, c := range []struct {
		name   string
		status int // 0: the connection drops
		lang   string
		want   []string
	}{
		{"HTTP 500", http.StatusInternalServerError, "", []string{"kpisim could not start.", "HTTP 500 Internal Server Error", "Retry"}},
		{"no connection", 0, "", []string{"no connection to the server", "Retry"}},
		{"Japanese, chosen before", http.StatusNotFound, "ja", []string{"kpisimを起動できませんでした。", "HTTP 404 Not Found", "再試行"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h.set(func(h *host) { h.fail["/web/app.wasm"] = c.status })
			if c.lang != "" {
				p.open(t, h.url("/web/icon.svg"))
				eval[bool](t, p.ctx, fmt.Sprintf(`(localStorage.setItem("kpisim.lang", %q), true)`, `"`+c.lang+`"`))
			}
			p.open(t, h.url("/"))
			waitFor(t, p.ctx, failure+` !== null`, "no failure message")
			text := eval[string](t, p.ctx, `document.getElementById('app-wasm-loader').innerText`)
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the message %q lacks %q", text, w)
				}
			}
			if strings.Contains(text, "%") {
				t.Errorf("the message %q still shows progress", text)
			}
			if !eval[bool](t, p.ctx, failure+`.checkVisibility() && document.activeElement.classList.contains("kpisim-retry")`) {
				t.Error("the message is hidden or Retry has no focus")
			}
		})
	}
	t.Run("Retry", func(t *testing.T) {
		h.set(func(h *host) { delete(h.fail, "/web/app.wasm") })
		p.navigates(t, func() { eval[bool](t, p.ctx, `(document.querySelector('.kpisim-retry').click(), true)`) })
		p.computes(t)
		if got := eval[string](t, p.ctx, `document.documentElement.lang`); got != "ja" {
			t.Errorf("lang = %q, want ja (the saved choice)", got)
		}
	})
}

// Every address of the page starts online and offline, at a site's root
// and under a path; /index.html shows as the folder.
func TestStartURLs(t *testing.T) {
	needBrowser(t)
	for _, base := range []string{"/", "/kpisim/"} {
		t.Run(base, func(t *testing.T) {
			h := newHost(t, base)
			h.deploy(build(t, "A", base))
			p := newTab(t)
			urls := []string{base, base + "?x=1", base + "index.html", base + "index.html?x=1#top"}
			// Online the server answers each address alike: the folder and
			// the file with a query and a fragment stand for the four
			// (CI has twenty minutes, and each load is seconds of them).
			for _, u := range []string{urls[0], urls[3]} {
				p.open(t, h.url(u))
				p.computes(t)
			}
			p.installed(t)
			h.set(func(h *host) { h.down = true })
			// Offline, every address under a path; at the root the folder
			// and the file with a query and a fragment (CI's time).
			offline := urls
			if base == "/" {
				offline = []string{urls[0], urls[3]}
			}
			for _, u := range offline {
				p.open(t, h.url(u))
				p.computes(t)
				want := strings.TrimSuffix(strings.Split(u, "?")[0], "index.html")
				if got := eval[string](t, p.ctx, `location.pathname`); got != want {
					t.Errorf("offline at %s the address shows %s, want %s", u, got, want)
				}
			}
			if got := eval[string](t, p.ctx, `location.search + location.hash`); got != "?x=1#top" {
				t.Errorf("the query and fragment became %q", got)
			}
			onWorkers(t, p.ctx)
		})
	}
}

// The page's Content-Security-Policy is in force (an inline script is
// refused) and the app breaks none of it: loading, the tree, charts and
// their tooltips, both languages, the Monte Carlo workers.
func TestContentSecurityPolicy(t *testing.T) {
	p := openBuildA(t)
	p.computes(t)
	if got := eval[string](t, p.ctx, `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || ""`); got != contentSecurityPolicy {
		t.Errorf("the page's policy is %q, want %q", got, contentSecurityPolicy)
	}
	setLever(t, p.ctx, "close_rate", "20")
	eval[bool](t, p.ctx, `(document.querySelector('[data-lang="ja"]').click(), true)`)
	waitFor(t, p.ctx, `document.querySelector('.headline h2').textContent === "必要な行動量"`, "Japanese did not render")
	eval[bool](t, p.ctx, `(document.querySelector('[data-lang="en"]').click(), true)`)
	eval[bool](t, p.ctx, `(document.querySelectorAll('details.card summary').forEach(s => s.click()), true)`)
	if n := eval[int](t, p.ctx, `document.querySelectorAll('.tree .node[class*="depth-"]').length`); n == 0 {
		t.Error("the tree's nodes have no depth class")
	}
	if eval[bool](t, p.ctx, `getComputedStyle(document.querySelector('.tree .depth-1')).paddingLeft === getComputedStyle(document.querySelector('.tree .depth-0')).paddingLeft`) {
		t.Error("the tree is not indented")
	}
	// Hover every chart: a tooltip shows (ECharts' are HTML by default).
	for _, id := range []string{"chart-funnel", "chart-activity", "chart-cumulative", "chart-tornado"} {
		box := eval[[]float64](t, p.ctx, fmt.Sprintf(`(() => { const el = document.getElementById(%q); el.scrollIntoView(); const r = el.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2] })()`, id))
		do(t, p.ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0], box[1]))
		do(t, p.ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0]+3, box[1]+3))
	}
	onWorkers(t, p.ctx)
	if v := p.violations(t); len(v) > 0 {
		t.Errorf("the app broke the policy: %v", v)
	}
	// In force: an inline script is refused and reported.
	p.allow(`Content Security Policy`)
	eval[bool](t, p.ctx, `(() => { const s = document.createElement("script"); s.textContent = "window.__inline = true"; document.head.append(s); return true })()`)
	waitFor(t, p.ctx, `JSON.parse(sessionStorage.getItem("csp") || "[]").some(v => v.startsWith("script-src-elem inline"))`, "an inline script was not reported")
	if eval[bool](t, p.ctx, `window.__inline === true`) {
		t.Error("an inline script ran: no policy in force")
	}
}

// A new version that takes over the page before the page's own script has
// run (a fast install on a slow start) is still offered: the page finds its
// own version's cache gone, although the first worker it saw is the one
// that controls it later. The page's start is held in a script that runs
// before any other until the new version's worker is active.
func TestDeployBeforeScripts(t *testing.T) {
	needBrowser(t)
	a, b := build(t, "A", "/"), build(t, "B", "/")
	h := newHost(t, "/")
	h.deploy(a)
	p := newTab(t)
	p.open(t, h.url("/"))
	cacheA := p.installed(t)

	// The hold is a POST, which the worker leaves to the network: the old
	// version has no request in flight that could keep the new one from
	// taking over.
	release := make(chan struct{})
	h.set(func(h *host) { h.hold = release })
	beforeScripts(t, p.ctx, `if (sessionStorage.getItem("hold")) {
		sessionStorage.removeItem("hold");
		const x = new XMLHttpRequest();
		x.open("POST", "/hold", false);
		x.send();
	}`)
	eval[bool](t, p.ctx, `(sessionStorage.setItem("hold", "1"), true)`)

	h.deploy(b)
	other, cancel := chromedp.NewContext(p.ctx)
	defer cancel()
	go func() {
		defer close(release)
		// The reload's update check installs B, which activates, deletes
		// A's cache and claims the page: the page then holds B's controller
		// before its script has read any. Another tab watches the caches.
		if _, err := chromedp.Run(other, chromedp.Navigate(h.url("/web/icon.svg"))); err != nil {
			return
		}
		chromedp.Run(other, chromedp.Poll[chromedp.Void](`caches.keys().then(k => k.length === 1 && k[0] !== `+strconv.Quote(cacheA)+`)`,
			chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(20*time.Millisecond)))
		time.Sleep(300 * time.Millisecond) // the claim follows the caches' deletion
	}()
	p.reload(t)
	// The page's HTML is A's, answered by A's worker; its stylesheet,
	// fetched after the hold, is B's: B had taken over by then.
	if got := eval[string](t, p.ctx, pageBuild); got != "B" {
		t.Fatalf("the page's stylesheet is build %q, want B: the new version had not taken over when the page's files loaded, so this test tried nothing", got)
	}
	p.offered(t, h, "a version that took over before the page's script ran was not offered")
	p.navigates(t, func() { eval[bool](t, p.ctx, `(document.querySelector('.update button').click(), true)`) })
	if got := eval[string](t, p.ctx, pageBuild); got != "B" {
		t.Errorf("after the offer was taken the page uses build %q, want B", got)
	}
}
