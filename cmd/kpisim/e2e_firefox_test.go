//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// The site works in Firefox as in Chromium: a workshop's laptops are not
// all Chrome. In Firefox (Gecko, driven over WebDriver BiDi) the page
// becomes ready with its charts drawn, shows the engine's figures and the
// seeded Monte Carlo run's probability in both languages, follows a
// slider (the run on workers), works offline once its service worker has
// cached it, and logs no error.
func TestFirefox(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ff := firefox(t)
	ff.navigate(t, srv.URL+"/")
	ff.waitFor(t, `document.body?.dataset.ready === "true" && document.body.dataset.drawn === "true"`, "the app never became ready in Firefox")

	value := func(node, period string, want float64) {
		t.Helper()
		js := fmt.Sprintf(`Math.abs(%s - %v) <= 1e-9 * Math.max(1, Math.abs(%v))`, figure(node, period), want, want)
		ff.waitFor(t, js, fmt.Sprintf("%s per %s in Firefox never showed %v", node, period, want))
	}
	s, res := engine(t, "outbound", nil)
	value("calls", "rep_day", exact(t, res, "calls", kpi.RepDay))
	value("probability", "year", engineBands(t, nil).ProbGoal)
	var charts struct {
		Hosts, Drawn int
	}
	var text string
	ff.eval(t, `JSON.stringify({Hosts: document.querySelectorAll(".chart").length,
		Drawn: [...document.querySelectorAll(".chart")].filter(el => echarts.getInstanceByDom(el)?.getOption()?.series?.some(s => (s.data ?? []).length > 0)).length})`, &text)
	if err := json.Unmarshal([]byte(text), &charts); err != nil {
		t.Fatal(err)
	}
	if charts.Hosts == 0 || charts.Drawn != charts.Hosts {
		t.Errorf("Firefox drew %d of the page's %d charts with data", charts.Drawn, charts.Hosts)
	}

	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		ff.eval(t, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang), nil)
		ff.waitFor(t, fmt.Sprintf(`document.documentElement.lang === %q`, lang), "the language never switched to "+string(lang))
		want := report.New(res, lang, s.Currency).Rows[0].Required[0].Text // the goal, as the CLI writes it
		ff.waitFor(t, fmt.Sprintf(`document.body.innerText.includes(%q)`, want), fmt.Sprintf("%s: the page never showed the goal as %q", lang, want))
	}

	// A slider's move and release, once the Monte Carlo workers have
	// loaded (after the first run): the figures, and the run on workers.
	ff.waitFor(t, `document.body.dataset.workers === "ready"`, "the Monte Carlo workers never loaded in Firefox")
	var runs int
	ff.eval(t, `performance.getEntriesByName("kpisim-mc").length`, &runs)
	ff.eval(t, `(() => { const s = document.querySelector('.lever:has([data-lever="close_rate"]) input[type=range]');
		s.value = "30"; s.dispatchEvent(new Event("input", {bubbles: true})); s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
	set := map[string]float64{"close_rate": 0.3}
	_, res = engine(t, "outbound", set)
	value("calls", "rep_day", exact(t, res, "calls", kpi.RepDay))
	value("probability", "year", engineBands(t, set).ProbGoal)
	ff.waitFor(t, fmt.Sprintf(`performance.getEntriesByName("kpisim-mc").slice(%d).some(e => e.detail?.workers > 0)`, runs),
		"the slider's Monte Carlo run was not drawn on workers in Firefox")

	// Offline: the worker has cached the app; the server stops.
	ff.waitFor(t, `navigator.serviceWorker?.controller != null`, "no service worker controls the page in Firefox")
	ff.waitFor(t, `caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys())))).then(all => all.flat().some(r => r.url.endsWith("/web/app.wasm")))`,
		"Firefox's service worker never cached app.wasm")
	srv.CloseClientConnections()
	srv.Close()
	ff.navigate(t, srv.URL+"/")
	ff.waitFor(t, `document.body?.dataset.ready === "true"`, "the app did not start offline in Firefox")
	value("calls", "rep_day", exact(t, res, "calls", kpi.RepDay)) // the saved work, offline

	if errs := ff.consoleErrors(); len(errs) > 0 {
		t.Errorf("Firefox's console has %d errors: %q", len(errs), errs)
	}
}
