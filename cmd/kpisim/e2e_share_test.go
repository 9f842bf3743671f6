//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// reopen loads url as a new document (a change of fragment alone would not
// reload the page).
func reopen(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	navigate(t, ctx, "about:blank")
	navigate(t, ctx, url)
	ready(t, ctx)
}

// savedCloseRate is the close rate in the working state saved in storage
// (undefined while none is: a page changed as soon as it opens saves the
// change, not the work it opened with).
const savedCloseRate = `(() => { const s = JSON.parse(JSON.parse(localStorage.getItem("kpisim.state"))); return s?.scenario.nodes.find(n => n.id === "close_rate").value })()`

// The address always holds the state: a lever's change replaces it (no
// history entry); the link opens with identical figures in a fresh
// profile, after a reload, and offline; a tampered link says so in the
// page's language and leaves the saved work alone.
func TestShareLink(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	entries := eval[float64](t, ctx, `history.length`)
	setLever(t, ctx, "close_rate", "20")
	waitFor(t, ctx, `location.hash.startsWith("#s=")`, "the address never took the state")
	first := eval[string](t, ctx, `location.hash`)
	setLever(t, ctx, "close_rate", "21")
	waitFor(t, ctx, fmt.Sprintf(`location.hash !== %q`, first), "the address did not follow the second change")
	if got := eval[float64](t, ctx, `history.length`); got != entries {
		t.Errorf("history has %v entries after two changes, want %v (replaceState only)", got, entries)
	}
	_, res := engine(t, "outbound", map[string]float64{"close_rate": 0.21})
	want := exact(t, res, "calls", kpi.RepDay)
	waitValue(t, ctx, "calls", "rep_day", want)
	// The address is written with the saved work, every 400 ms: the figures
	// on screen can be ahead of it.
	waitFor(t, ctx, fmt.Sprintf(`%s === 0.21`, savedCloseRate), "the address never took the second change")
	link := eval[string](t, ctx, `location.href`)
	if n := len(link) - len(srv.URL); n > 200 {
		t.Errorf("link of the default preset with one lever changed: %d characters after the origin", n)
	}

	// A fresh profile opens the link with identical figures; a reload
	// (with or without the fragment) keeps them.
	ctx2 := browser(t)
	record(t, ctx2) // window.__readyAt
	navigate(t, ctx2, link)
	ready(t, ctx2)
	waitValue(t, ctx2, "calls", "rep_day", want)
	t.Logf("a link opened in a fresh profile: data-ready after %.0f ms", eval[float64](t, ctx2, `window.__readyAt`))
	reload(t, ctx2)
	ready(t, ctx2)
	waitValue(t, ctx2, "calls", "rep_day", want)
	reopen(t, ctx2, srv.URL+"/")
	waitValue(t, ctx2, "calls", "rep_day", want)
	waitFor(t, ctx2, fmt.Sprintf(`%s === 0.21`, savedCloseRate), "the working state was not saved")

	// The share dialog: the link and a QR code drawn in the page.
	eval[bool](t, ctx2, `(document.getElementById("share-open").click(), true)`)
	waitFor(t, ctx2, `document.querySelector(".share-dialog svg.qr path") !== null`, "no QR code in the share dialog")
	if got, here := eval[string](t, ctx2, `document.getElementById("share-link").value`), eval[string](t, ctx2, `location.href`); got != here {
		t.Errorf("share dialog link = %q, want the address %q", got, here)
	}
	waitFor(t, ctx2, `document.activeElement?.id === "share-link"`, "the link field does not have the focus")
	shot, err := chromedp.Run(ctx2, chromedp.Screenshot(".share-dialog"))
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("KPISIM_SHOTS"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "share-dialog.png"), shot, 0o644); err != nil {
			t.Error(err)
		}
	}

	eval[bool](t, ctx2, `(document.activeElement.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true})), true)`)
	waitFor(t, ctx2, `document.querySelector(".share-dialog") === null && document.activeElement?.id === "share-open"`, "Escape did not close the dialog")
	// An anchor in the address is not a link: nothing reloads.
	eval[bool](t, ctx2, `(window.__stay = true, location.hash = "#top", true)`)
	time.Sleep(500 * time.Millisecond)
	if !eval[bool](t, ctx2, `window.__stay === true`) {
		t.Error("a plain anchor reloaded the page")
	}

	// A tampered link: a clear message in the page's language, the saved
	// work shown and kept; both languages.
	payload := strings.TrimPrefix(link[strings.Index(link, "#"):], "#s=")
	mid := len(payload) / 2
	c := byte('A')
	if payload[mid] == 'A' {
		c = 'B'
	}
	tampered := srv.URL + "/#s=" + payload[:mid] + string(c) + payload[mid+1:]
	for _, lang := range []struct{ code, text string }{{"en", "This link could not be opened."}, {"ja", "このリンクは開けませんでした。"}} {
		eval[bool](t, ctx2, fmt.Sprintf(`(document.querySelector('button.lang[data-lang=%q]').click(), true)`, lang.code))
		waitFor(t, ctx2, fmt.Sprintf(`document.documentElement.lang === %q || document.querySelector('button.lang[data-lang=%q]').getAttribute("aria-pressed") === "true"`, lang.code, lang.code), "language not switched")
		time.Sleep(600 * time.Millisecond) // the state (with its language) reaches storage
		reopen(t, ctx2, tampered)
		waitFor(t, ctx2, fmt.Sprintf(`document.querySelector('.share-message[data-alert="true"]')?.textContent.includes(%q)`, lang.text), "no clear message for a tampered link ("+lang.code+")")
		waitValue(t, ctx2, "calls", "rep_day", want)
		if got := eval[float64](t, ctx2, savedCloseRate); got != 0.21 {
			t.Errorf("%s: saved close rate after a tampered link = %v, want 0.21", lang.code, got)
		}
		if lang.code == "ja" {
			continue // the other two refusals in English alone (CI's time is short)
		}
		reopen(t, ctx2, tampered[:len(tampered)-9]) // truncated
		waitFor(t, ctx2, fmt.Sprintf(`document.querySelector('.share-message[data-alert="true"]')?.textContent.includes(%q)`, lang.text), "no clear message for a truncated link ("+lang.code+")")
		waitValue(t, ctx2, "calls", "rep_day", want)
		// A "%" that starts no escape: Go's URL parser refuses the address,
		// and go-app's first navigation stopped the app (PATCH.md, change 7).
		reopen(t, ctx2, srv.URL+"/#s="+payload[:mid]+"%%%"+payload[mid+3:])
		waitFor(t, ctx2, fmt.Sprintf(`document.querySelector('.share-message[data-alert="true"]')?.textContent.includes(%q)`, lang.text), "no clear message for a link with a stray % ("+lang.code+")")
		waitValue(t, ctx2, "calls", "rep_day", want)
	}

	// Another profile with saved work of its own opens the link: the work
	// is kept in My scenarios. The link is the address this tab held: left
	// at once, the tab saved its work from it (TestShareKeptOnLeaving), yet
	// the link opened anew is a link, not the tab's own address reloaded.
	eval[bool](t, ctx, `(document.querySelector('button.lang[data-lang="en"]').click(), true)`)
	setLever(t, ctx, "close_rate", "30")
	reopen(t, ctx, link)
	waitValue(t, ctx, "calls", "rep_day", want)
	waitFor(t, ctx, `JSON.parse(localStorage.getItem("kpisim.mine") || "[]").some(m => m.state && JSON.parse(JSON.stringify(m.state)).scenario.nodes.find(n => n.id === "close_rate").value === 0.3)`, "the work replaced by a link was not kept in My scenarios")

	// Offline: a fresh profile caches the site, the server stops, the link
	// still opens.
	ctx3 := browser(t)
	reopen(t, ctx3, srv.URL+"/")
	ready(t, ctx3)
	// The worker registers once the page is ready, and claims it once active.
	waitFor(t, ctx3, `navigator.serviceWorker && navigator.serviceWorker.controller !== null`, "no service worker controls the page")
	if _, err := chromedp.Run(ctx3, chromedp.Poll[chromedp.Void](`caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys())))).then(all => all.flat().some(r => r.url.endsWith("/web/app.wasm")))`,
		chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(200*time.Millisecond))); err != nil {
		t.Fatalf("the worker never cached app.wasm: %v", err)
	}
	srv.CloseClientConnections()
	srv.Close()
	reopen(t, ctx3, link)
	waitValue(t, ctx3, "calls", "rep_day", want)
}

// Switching preset never discards edits: the edited preset is kept in My
// scenarios, and opening it brings the figures back. A link pasted into
// the same tab opens, keeping the work it replaces.
func TestSharePresetSwitchKeepsEdits(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	setLever(t, ctx, "close_rate", "20")
	waitFor(t, ctx, fmt.Sprintf(`%s === 0.2`, savedCloseRate), "the working state was not saved")
	waitFor(t, ctx, fmt.Sprintf(`%s > 41.7`, figure("calls", "rep_day")), "the figures did not follow the lever")
	edited := eval[float64](t, ctx, figure("calls", "rep_day"))
	eval[bool](t, ctx, `(() => { const s = document.getElementById("scenario"); s.value = "inside-sales"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	waitFor(t, ctx, `JSON.parse(localStorage.getItem("kpisim.mine") || "[]").some(m => m.state.preset === "outbound")`, "the edited preset was not kept")
	waitFor(t, ctx, `document.querySelectorAll(".mine-list li").length === 1`, "My scenarios does not list it")
	eval[bool](t, ctx, `(document.querySelector(".mine-list li .mine-open").click(), true)`)
	waitValue(t, ctx, "calls", "rep_day", edited)

	// A link pasted into this tab (a change of fragment only) opens too.
	setLever(t, ctx, "close_rate", "30")
	waitFor(t, ctx, fmt.Sprintf(`%s === 0.3`, savedCloseRate), "the working state was not saved")
	ctx2 := browser(t)
	reopen(t, ctx2, srv.URL+"/")
	setLever(t, ctx2, "close_rate", "22")
	waitFor(t, ctx2, `location.hash.length > 3`, "no link")
	time.Sleep(500 * time.Millisecond)
	link := eval[string](t, ctx2, `location.href`)
	eval[bool](t, ctx, fmt.Sprintf(`(window.__before = true, location.href = %q, true)`, link))
	waitReloaded(t, ctx)
	want := eval[float64](t, ctx2, figure("calls", "rep_day"))
	if !waitUntil(ctx, fmt.Sprintf(`%s === %v`, figure("calls", "rep_day"), want), 20*time.Second) {
		// Once in a clean-clone CI run the page came back with its own
		// work (close rate 30 %) instead of the pasted link's 22 %; say
		// what the page knew, to tell why.
		t.Fatalf("the pasted link did not open: calls %v, want %v; the page knew %s", eval[float64](t, ctx, figure("calls", "rep_day")), want,
			eval[string](t, ctx, `JSON.stringify({href: location.href === `+strconv.Quote(link)+` ? "the link" : location.href.slice(-40), state: history.state,
				nav: performance.getEntriesByType("navigation")[0]?.type, from: localStorage.getItem("kpisim.from"), notice: document.querySelector(".share-message")?.textContent ?? ""})`))
	}
	waitFor(t, ctx, `JSON.parse(localStorage.getItem("kpisim.mine") || "[]").some(m => m.state.scenario.nodes.find(n => n.id === "close_rate").value === 0.3)`, "the work a pasted link replaced was not kept")
}

// TestSharePastedAgain: the link a tab opened with, pasted into it again
// after a change there, opens again, and the work it replaces is kept in
// My scenarios. The page had saved the link among the addresses it held,
// so the reload read the saved work as the tab's own (ownSave) and kept
// the change, the link gone from the address without a word.
func TestSharePastedAgain(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	sender := browser(t)
	reopen(t, sender, srv.URL+"/")
	setLever(t, sender, "close_rate", "22")
	waitFor(t, sender, `location.hash.length > 3`, "no link")
	time.Sleep(500 * time.Millisecond)
	link := eval[string](t, sender, `location.href`)
	want := eval[float64](t, sender, figure("calls", "rep_day"))

	ctx := browser(t)
	reopen(t, ctx, link)
	waitValue(t, ctx, "calls", "rep_day", want)
	setLever(t, ctx, "close_rate", "30")
	waitFor(t, ctx, fmt.Sprintf(`%s === 0.3 && location.href !== %q`, savedCloseRate, link), "the change was not saved, or the address not written")
	eval[bool](t, ctx, fmt.Sprintf(`(window.__before = true, location.href = %q, true)`, link))
	waitReloaded(t, ctx)
	if !waitUntil(ctx, fmt.Sprintf(`%s === %v`, figure("calls", "rep_day"), want), 20*time.Second) {
		t.Fatalf("the link pasted again did not open: calls %v, want %v", eval[float64](t, ctx, figure("calls", "rep_day")), want)
	}
	waitFor(t, ctx, `JSON.parse(localStorage.getItem("kpisim.mine") || "[]").some(m => m.state.scenario.nodes.find(n => n.id === "close_rate").value === 0.3)`, "the work the link replaced was not kept")
}

// Two tabs: the work of the tab changed last is not lost when the other,
// left open, changes too. Tab B opened the saved work, changed it and was
// closed; tab A's next change saved over it, and a fresh visit opened A's
// work alone: B's was nowhere. Two tabs changed in turns keep each other's
// latest work, one item each, not one a turn.
func TestShareOtherTabKept(t *testing.T) {
	srv, a := openSite(t)
	setLever(t, a, "close_rate", "30")
	waitFor(t, a, savedCloseRate+` === 0.3`, "tab A's work was not saved")
	b, cancel := chromedp.NewContext(a)
	defer cancel()
	navigate(t, b, srv.URL+"/")
	ready(t, b)
	waitFor(t, b, `document.querySelector('[data-lever="close_rate"]').value === "30"`, "tab B did not open the saved work")
	const savedAppointments = `JSON.parse(JSON.parse(localStorage.getItem("kpisim.state"))).scenario.nodes.find(n => n.id === "appointment_rate").value`
	setLever(t, b, "appointment_rate", "3")
	waitFor(t, b, savedAppointments+` === 0.03`, "tab B's work was not saved")
	// B built on the work it opened: nothing of A's is lost, nothing kept.
	const count = `JSON.parse(localStorage.getItem("kpisim.mine") || "[]").length`
	if got := eval[int](t, b, count); got != 0 {
		t.Errorf("tab B kept %d items in My scenarios, want none", got)
	}
	// kept counts the items that hold a close rate and an appointment rate.
	kept := func(close, appointments float64) string {
		return fmt.Sprintf(`JSON.parse(localStorage.getItem("kpisim.mine") || "[]").filter(m => { const n = id => m.state.scenario.nodes.find(x => x.id === id).value;
			return n("close_rate") === %v && n("appointment_rate") === %v }).length`, close, appointments)
	}
	setLever(t, a, "close_rate", "35")
	waitFor(t, a, savedCloseRate+` === 0.35`, "tab A's new work was not saved")
	waitFor(t, a, kept(0.3, 0.03)+` === 1`, "tab B's work, saved over by tab A, was not kept in My scenarios")
	waitFor(t, a, `document.querySelectorAll(".mine-list li").length === 1`, "My scenarios does not list tab B's work")
	setLever(t, a, "close_rate", "36")
	waitFor(t, a, savedCloseRate+` === 0.36`, "tab A's next work was not saved")
	if got := eval[int](t, a, count); got != 1 {
		t.Errorf("after tab A's own next change My scenarios holds %d items, want 1", got)
	}
	// In turns: B keeps A's work; A then keeps B's latest in the place of B's earlier.
	setLever(t, b, "appointment_rate", "4")
	waitFor(t, b, savedAppointments+` === 0.04`, "tab B's next work was not saved")
	waitFor(t, b, kept(0.36, 0.02)+` === 1`, "tab A's work, saved over by tab B, was not kept")
	setLever(t, a, "close_rate", "37")
	waitFor(t, a, savedCloseRate+` === 0.37`, "tab A's work after B's was not saved")
	waitFor(t, a, kept(0.3, 0.04)+` === 1`, "tab B's latest work was not kept")
	if got := eval[string](t, a, `JSON.stringify([`+count+`, `+kept(0.3, 0.03)+`])`); got != "[2,0]" {
		t.Errorf("after two turns My scenarios holds [items, B's earlier work] %s, want [2,0]: one item for each tab's latest work", got)
	}
}

// A browser that refuses storage: said once, plainly; the page works.
func TestShareStorageFailure(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	beforeScripts(t, ctx, `Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError") };`)
	reopen(t, ctx, srv.URL+"/")
	setLever(t, ctx, "close_rate", "20")
	_, res := engine(t, "outbound", map[string]float64{"close_rate": 0.2})
	waitValue(t, ctx, "calls", "rep_day", exact(t, res, "calls", kpi.RepDay))
	waitFor(t, ctx, `document.querySelector('.share-message[data-alert="true"]')?.textContent.includes("cannot be saved on this device")`, "a storage failure was not said")
	eval[bool](t, ctx, `(document.querySelector(".share-dismiss").click(), true)`)
	setLever(t, ctx, "close_rate", "21")
	_, res = engine(t, "outbound", map[string]float64{"close_rate": 0.21})
	waitValue(t, ctx, "calls", "rep_day", exact(t, res, "calls", kpi.RepDay))
	time.Sleep(time.Second)
	if eval[bool](t, ctx, `document.querySelector('.share-message') !== null`) {
		t.Error("the storage failure was said twice")
	}
	if !eval[bool](t, ctx, `location.hash.startsWith("#s=")`) {
		t.Error("without storage the address still holds the state")
	}
}

// waitReloaded waits until the page marked with window.__before has been
// replaced by a new one that is ready.
func waitReloaded(t *testing.T, ctx context.Context) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!window.__before && document.body?.dataset.ready === "true"`))
		if err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the page did not reload on a pasted link")
}

// Files: the current scenario downloads as YAML that the CLI's parser
// reads with the same answer, and opens again in a fresh profile by the
// picker; a file that is not a scenario is refused with a message.
func TestShareFiles(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	dir := downloads(t, ctx)
	reopen(t, ctx, srv.URL+"/")
	setLever(t, ctx, "close_rate", "20")
	waitFor(t, ctx, fmt.Sprintf(`%s > 41.7`, figure("calls", "rep_day")), "the figures did not follow the lever")
	want := eval[float64](t, ctx, figure("calls", "rep_day"))
	data := download(t, ctx, dir, "#file-download", "outbound.yaml")
	file := filepath.Join(dir, "outbound.yaml")
	s, err := scenario.Parse(data, "")
	if err != nil {
		t.Fatalf("the downloaded file does not validate: %v", err)
	}
	if got := s.Node("close_rate").Value; got != 0.2 {
		t.Errorf("downloaded close rate = %v, want 0.2", got)
	}
	var out, errs strings.Builder
	if err := runValidate([]string{"-lang", "en", file}, &out, &errs); err != nil {
		t.Errorf("kpisim validate %s: %v\n%s%s", file, err, out.String(), errs.String())
	}
	out.Reset()
	if err := runCalc([]string{"-lang", "en", file}, &out, &errs); err != nil {
		t.Errorf("kpisim calc %s: %v\n%s", file, err, errs.String())
	}
	if a, err := s.Answer(); err != nil {
		t.Error(err)
	} else if got := exact(t, a, "calls", kpi.RepDay); got != want {
		t.Errorf("the downloaded scenario needs %v calls a rep a day, the page said %v", got, want)
	}

	ctx2 := browser(t)
	reopen(t, ctx2, srv.URL+"/")
	if _, err := chromedp.Run(ctx2, chromedp.SetUploadFiles("#file-open", []string{file})); err != nil {
		t.Fatal(err)
	}
	waitValue(t, ctx2, "calls", "rep_day", want)
	waitFor(t, ctx2, `document.querySelector('.share-message[data-alert="false"]')?.textContent.includes("outbound.yaml")`, "opening a file was not said")

	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version": 1, "nodes": "<b>no</b>"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx2, chromedp.SetUploadFiles("#file-open", []string{bad})); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx2, `document.querySelector('.share-message[data-alert="true"]')?.textContent.includes("bad.json could not be opened.")`, "a bad file was not refused")
	waitValue(t, ctx2, "calls", "rep_day", want)
	if eval[bool](t, ctx2, `document.querySelector('.share-message b') !== null`) {
		t.Error("text from a file became markup")
	}
}

// Compare: the base is kept at the first change; each column's figures
// equal the scenario's own on the page, with the difference to the base.
func TestShareCompare(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	before := eval[float64](t, ctx, figure("calls", "rep_day"))
	setLever(t, ctx, "close_rate", "20")
	waitFor(t, ctx, fmt.Sprintf(`%s > 41.7`, figure("calls", "rep_day")), "the figures did not follow the lever")
	waitFor(t, ctx, fmt.Sprintf(`%s >= 0`, figure("probability", "year")), "no probability")
	now := eval[float64](t, ctx, figure("calls", "rep_day"))
	prob := eval[float64](t, ctx, figure("probability", "year"))
	time.Sleep(500 * time.Millisecond) // the base is kept at the next tick
	eval[bool](t, ctx, `(document.getElementById("compare-run").click(), true)`)
	cell := func(col int, row string) string {
		return fmt.Sprintf(`Number(document.querySelector('td[data-compare-col="%d"][data-row=%q]')?.dataset.value)`, col, row)
	}
	waitFor(t, ctx, cell(1, "required")+` > 0`, "no comparison")
	for _, c := range []struct {
		col  int
		row  string
		want float64
	}{{0, "required", before}, {1, "required", now}, {1, "probability", prob}} {
		if got := eval[float64](t, ctx, cell(c.col, c.row)); got != c.want {
			t.Errorf("compare column %d %s = %v, want %v (the scenario alone)", c.col, c.row, got, c.want)
		}
	}
	if d := eval[string](t, ctx, `document.querySelector('td[data-compare-col="1"][data-row="required"] .compare-delta').textContent`); !strings.HasPrefix(d, "+") || !strings.Contains(d, "%") {
		t.Errorf("difference to the base = %q", d)
	}
	if d := eval[string](t, ctx, `document.querySelector('td[data-compare-col="1"][data-row="gap"] .compare-delta').textContent`); !strings.HasPrefix(d, "-") {
		t.Errorf("the gap's difference to the base = %q, want a fall", d)
	}
}

// builtFiguresJS runs before the page's scripts: it notes every value the
// calls a rep makes a day takes in an element the page builds, not in the
// pre-rendered page's (those parsed by DOMContentLoaded), in
// window.__built: each such element's value when it comes into the
// document, and every value a change of data-value replaces and sets.
const builtFiguresJS = `window.__built = [];
const figureSel = '[data-node="calls"][data-period="rep_day"]';
let parsed = false;
document.addEventListener("DOMContentLoaded", () => { for (const el of document.querySelectorAll(figureSel)) el.__pre = true; parsed = true; });
new MutationObserver(records => {
	if (!parsed) return;
	for (const r of records) {
		if (r.type === "attributes" && !r.target.__pre && r.target.matches(figureSel)) window.__built.push(r.oldValue, r.target.dataset.value);
		for (const n of r.addedNodes) {
			if (n.nodeType !== 1) continue;
			for (const el of [n, ...n.querySelectorAll(figureSel)]) if (el.matches(figureSel)) window.__built.push(el.dataset.value);
		}
	}
}).observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ["data-value"]});`

// A returning visitor's page is built with their saved work: the figures the
// page builds never hold the preset's first. They did while the work was
// restored at the mount: the page was built with the preset, then rendered
// whole again with the work before it was ready.
func TestShareSavedWorkFirst(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	preset := eval[string](t, ctx, `document.querySelector('[data-node="calls"][data-period="rep_day"]').dataset.value`)
	setLever(t, ctx, "close_rate", "30")
	_, res := engine(t, "outbound", map[string]float64{"close_rate": 0.3})
	want := exact(t, res, "calls", kpi.RepDay)
	waitValue(t, ctx, "calls", "rep_day", want)
	waitFor(t, ctx, savedCloseRate+` === 0.3`, "the work was not saved")
	beforeScripts(t, ctx, builtFiguresJS)
	reopen(t, ctx, srv.URL+"/") // the address without the link: the saved work opens
	waitValue(t, ctx, "calls", "rep_day", want)
	built := eval[[]string](t, ctx, `window.__built`)
	if len(built) == 0 {
		t.Fatal("the probe saw no figure the page built")
	}
	if slices.Contains(built, preset) {
		t.Errorf("the page built the preset's figure %s before the saved work's (values shown: %v)", preset, built)
	}
}

// Nothing changed just before the tab goes is lost, though the address and
// the saved work follow a change every 400 ms: the language picked and the
// page reloaded at once comes back in that language (the address holds
// it), a value changed and the page reloaded at once comes back though the
// address still held the value before (it came back as before, the change
// kept in My scenarios as "Work before a shared link", with a notice that
// a shared link was opened), and a value typed just before leaving the
// page is saved as it goes. Another tab's work does not replace this
// tab's at its reload, and is kept.
func TestShareKeptOnLeaving(t *testing.T) {
	srv, ctx := openSite(t)
	back := func() {
		t.Helper()
		reload(t, ctx)
		waitFor(t, ctx, `document.body?.dataset.ready === "true"`, "the page did not come back")
	}
	for i, lang := range []string{"ja", "en", "ja"} {
		pickLang(t, ctx, lang)
		back()
		if got := eval[string](t, ctx, `document.documentElement.lang + " " + document.querySelector('[data-lang][aria-pressed="true"]')?.dataset.lang`); got != lang+" "+lang {
			t.Errorf("picked %s and reloaded at once: the page came back as %q (lang, button pressed)", lang, got)
		}
		if i == 2 {
			continue // both languages are done
		}
		rate := strconv.Itoa(26 + i)
		setLever(t, ctx, "close_rate", rate) // the address holds the language's link
		back()
		if got := eval[string](t, ctx, `document.querySelector('[data-lever="close_rate"]').value + " " + (document.querySelector('.share-message')?.textContent ?? "") + " " + `+mineNames); got != rate+"  []" {
			t.Errorf("%s: changed the close rate to %s and reloaded at once: the page came back as %q (field, notice, My scenarios)", lang, rate, got)
		}
		// Reloaded as the page writes the change's address: the browser
		// reloads the address before, and Chromium drops the entry's id
		// from history.state. The change came back as a shared link
		// opened over it (the field as before, the notice, the change in
		// My scenarios), 2 reloads in 20 right after a change. In one
		// language: nothing here depends on it, and CI's time is tight.
		if i != 0 {
			continue
		}
		rate = "31"
		ready(t, ctx)
		eval[bool](t, ctx, fmt.Sprintf(reloadAtWrite, rate))
		setLever(t, ctx, "close_rate", rate)
		waitFor(t, ctx, `!window.__left && document.body?.dataset.ready === "true"`, "the page did not come back")
		if got := eval[string](t, ctx, `document.querySelector('[data-lever="close_rate"]').value + " " + (document.querySelector('.share-message')?.textContent ?? "") + " " + `+mineNames); got != rate+"  []" {
			t.Errorf("%s: changed the close rate to %s, reloaded as the page wrote its address: the page came back as %q (field, notice, My scenarios)", lang, rate, got)
		}
	}
	for i, rate := range []string{"21", "22", "23"} {
		// Typed, not yet left (no change event): the field still has the focus.
		eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector('[data-lever="close_rate"]'); el.focus(); el.value = %q;
			el.dispatchEvent(new Event('input', {bubbles: true})); return true })()`, rate))
		_, res := engine(t, "outbound", map[string]float64{"close_rate": float64(21+i) / 100})
		waitValue(t, ctx, "calls", "rep_day", exact(t, res, "calls", kpi.RepDay)) // the page has it
		reopen(t, ctx, srv.URL+"/")
		want := float64(21+i) / 100
		if got := eval[float64](t, ctx, savedCloseRate); got != want {
			t.Errorf("typed %s %% and left at once: saved close rate %v, want %v", rate, got, want)
		}
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-lever="close_rate"]').value === %q`, rate), "the page did not open with the close rate typed before leaving")
	}
	// Two tabs: the other's newer work is saved, this one reloads.
	waitFor(t, ctx, `location.hash.startsWith("#s=")`, "the address never took the state")
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	navigate(t, tab, srv.URL+"/")
	ready(t, tab)
	setLever(t, tab, "close_rate", "35")
	waitFor(t, tab, savedCloseRate+` === 0.35`, "the other tab's work was not saved")
	back()
	waitFor(t, ctx, `document.querySelector('[data-lever="close_rate"]').value === "23"`, "the other tab's work replaced this tab's at its reload")
	waitFor(t, ctx, `JSON.parse(localStorage.getItem("kpisim.mine") || "[]").some(m => m.state.scenario.nodes.find(n => n.id === "close_rate").value === 0.35)`, "the other tab's work was not kept")
	// Said as what happened: no link was opened (it said "Opened the shared
	// link", and kept the other tab's work as "Work before a shared link").
	if got, want := eval[string](t, ctx, `document.querySelector('.share-message')?.firstChild?.textContent ?? ""`), i18n.Ja.T("share.reopened_kept"); got != want {
		t.Errorf("the reload of this tab's own address says %q, want %q", got, want)
	}
	if got := eval[string](t, ctx, mineNames); !strings.Contains(got, i18n.Ja.T("mine.saved_last")) {
		t.Errorf("the other tab's work is kept as %s, want %q", got, i18n.Ja.T("mine.saved_last"))
	}
	// The name the page gave reads in the page's language: made on the
	// Japanese page, it had stayed Japanese on the English one.
	pickLang(t, ctx, "en")
	waitFor(t, ctx, mineNames+`.includes(`+strconv.Quote(i18n.En.T("mine.saved_last"))+`)`, "the kept work's name did not follow the language: "+eval[string](t, ctx, mineNames))
}

// reloadAtWrite makes the page reload (location.reload) as it writes its
// address once the close rate's field reads %q: the reload begins before
// the write, as a reload begun just before the page's tick does, and marks
// the page as left (window.__left).
const reloadAtWrite = `(() => { const write = history.replaceState; window.__left = true;
	history.replaceState = function (state, title, url) {
		if (String(url) !== location.href && document.querySelector('[data-lever="close_rate"]').value === %q) { history.replaceState = write; location.reload(); }
		return write.apply(this, arguments);
	}; return true })()`

// clockJS moves the page's clock (Date, which Go's time.Now reads in the
// browser) by a number of milliseconds.
const clockJS = `(() => { const shift = %d, D = Date;
	class Shifted extends D { constructor(...a) { if (a.length === 0) { super(D.now() + shift); } else { super(...a); } } static now() { return D.now() + shift; } }
	window.Date = Shifted; })();`

// A link opens in later plan years with its maker's figures and year: the
// page dates its presets to the plan year running (from April for
// outbound), and a link made in one plan year refused to open in the next
// ("the preset it was made from has changed since"). Fails on the build
// before (the link falls back to the default figures).
func TestShareLinkNextPlanYear(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	setLever(t, ctx, "close_rate", "20")
	waitFor(t, ctx, fmt.Sprintf(`%s === 0.2`, savedCloseRate), "the address never took the change")
	link := eval[string](t, ctx, `location.href`)
	year := eval[string](t, ctx, `document.querySelector('[data-control="start-year"]').value`)
	_, res := engine(t, "outbound", map[string]float64{"close_rate": 0.2})
	want := exact(t, res, "calls", kpi.RepDay)

	// The same link, opened in a fresh profile whose clock reads the plan
	// year after next, from 1 May: two plan years later.
	made, _ := strconv.Atoi(year)
	later := time.Date(made+2, 5, 1, 9, 0, 0, 0, time.Local)
	ctx2 := browser(t)
	beforeScripts(t, ctx2, fmt.Sprintf(clockJS, time.Until(later).Milliseconds()))
	navigate(t, ctx2, link)
	ready(t, ctx2)
	if got := eval[float64](t, ctx2, `new Date().getFullYear()`); int(got) != made+2 {
		t.Fatalf("the page's clock reads %v, want %d", got, made+2)
	}
	waitValue(t, ctx2, "calls", "rep_day", want)
	if got := eval[string](t, ctx2, `document.querySelector('[data-control="start-year"]').value`); got != year {
		t.Errorf("the plan starts in %s, its maker's in %s", got, year)
	}
	if alert := eval[string](t, ctx2, `document.querySelector('.share-message[data-alert="true"]')?.textContent || ""`); alert != "" {
		t.Errorf("the link was refused: %q", alert)
	}
}

// What copying the link said follows the page's language: a failed copy's
// notice stayed in Japanese after a switch to English.
func TestShareCopiedFollowsLanguage(t *testing.T) {
	ctx := readyApp(t)
	pickLang(t, ctx, "ja")
	eval[bool](t, ctx, `(document.getElementById("share-open").click(), true)`)
	waitFor(t, ctx, `document.getElementById("share-copy") !== null`, "the share dialog did not open")
	eval[bool](t, ctx, `(document.getElementById("share-copy").click(), true)`)
	waitFor(t, ctx, `document.querySelector('.share-copied').textContent !== ''`, "copying said nothing")
	ja := text(t, ctx, ".share-copied")
	var want string
	switch ja {
	case i18n.Ja.T("share.copied"):
		want = i18n.En.T("share.copied")
	case i18n.Ja.T("share.copy_failed"):
		want = i18n.En.T("share.copy_failed")
	default:
		t.Fatalf("copying said %q, not in Japanese", ja)
	}
	pickLang(t, ctx, "en")
	waitText(t, ctx, ".share-copied", want)
}

// A link opened over a preset as it came keeps nothing and says nothing of
// it: there was no work to keep. Every reader of a link found "Work before
// a shared link" in My scenarios, an untouched preset, and was told their
// previous work was kept. Work edited is still kept (TestShareLink).
func TestShareUntouchedNotKept(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	maker := browser(t)
	reopen(t, maker, srv.URL+"/")
	setLever(t, maker, "close_rate", "22")
	waitFor(t, maker, fmt.Sprintf(`%s === 0.22`, savedCloseRate), "the address never took the change")
	link := eval[string](t, maker, `location.href`)

	reader := browser(t)
	reopen(t, reader, srv.URL+"/")
	pickLang(t, reader, "ja") // a language picked is no work either
	waitFor(t, reader, `localStorage.getItem("kpisim.state") !== null`, "the untouched page saved nothing")
	reopen(t, reader, link)
	_, res := engine(t, "outbound", map[string]float64{"close_rate": 0.22})
	waitValue(t, reader, "calls", "rep_day", exact(t, res, "calls", kpi.RepDay))
	do(t, reader, chromedp.Sleep(500*time.Millisecond))
	if n := eval[float64](t, reader, `JSON.parse(localStorage.getItem("kpisim.mine") || "[]").length`); n != 0 {
		t.Errorf("My scenarios holds %v items after a link opened over an untouched preset", n)
	}
	if msg := eval[string](t, reader, `document.querySelector('.share-message')?.textContent ?? ''`); strings.Contains(msg, "マイシナリオ") || strings.Contains(msg, "My scenarios") {
		t.Errorf("the page says %q", msg)
	}
}
