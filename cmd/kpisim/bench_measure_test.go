//go:build !wasm

package main

// The browser benchmark's measurements, each the same for kpisim and its
// floor: a visit's time to data-ready, a series of slider moves, a
// 1-second drag. The timing runs in the page (performance.now); Go only
// starts it and reads the result.

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Selectors of what the benchmark moves and reads: the close-rate slider
// and the calls a rep makes a day, on kpisim's page and on the funnel
// floor alike.
const (
	kpisimSlider = `.lever:has([data-lever="close_rate"]) input[type=range]`
	floorSlider  = `[data-floor="close_rate"]`
	benchFigure  = `[data-node="calls"][data-period="rep_day"]`
)

// recorderJS runs before a page's own scripts: it notes when <body> gets
// data-ready (window.__readyAt, from navigation start) and kpisim's
// data-drawn (window.__drawnAt: every chart drawn, those below the fold
// too), and keeps every long task as [start, duration] (window.__longTasks).
const recorderJS = `window.__longTasks = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
	.observe({type: "longtask", buffered: true});
new MutationObserver((_, mo) => { if (document.body && document.body.dataset.ready === "true") { window.__readyAt = performance.now(); mo.disconnect(); } })
	.observe(document, {attributes: true, subtree: true, attributeFilter: ["data-ready"]});
new MutationObserver((_, mo) => { if (document.body && document.body.dataset.drawn === "true") { window.__drawnAt = performance.now(); mo.disconnect(); } })
	.observe(document, {attributes: true, subtree: true, attributeFilter: ["data-drawn"]});`

// benchJS holds the helpers the measurements share, defined in the page
// on first use: sleep; quiet, which waits until nothing in the page has
// changed and no long task has ended for a second (at most 15 s);
// whenShown, the time the figure first shows want, then a frame later;
// and tasks, the long tasks that started between two times.
const benchJS = `window.__bench ??= (() => {
	const sleep = ms => new Promise(r => setTimeout(r, ms));
	const lastTaskEnd = () => Math.max(0, ...window.__longTasks.map(([s, d]) => s + d));
	async function quiet() {
		const start = performance.now();
		let changed = start;
		const mo = new MutationObserver(() => { changed = performance.now(); });
		mo.observe(document.body, {subtree: true, attributes: true, childList: true, characterData: true});
		while (performance.now() - start < 15000) {
			await sleep(100);
			if (performance.now() - Math.max(changed, lastTaskEnd(), start) > 1000) break;
		}
		mo.disconnect();
	}
	function whenShown(out, want) {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => { mo.disconnect(); reject(new Error("the figure never showed " + want + " (shows " + out.dataset.value + ")")); }, 60000);
			const check = () => {
				if (out.dataset.value !== want) return;
				mo.disconnect();
				clearTimeout(timer);
				requestAnimationFrame(() => resolve(performance.now()));
			};
			const mo = new MutationObserver(check);
			mo.observe(out, {attributes: true, childList: true, characterData: true, subtree: true});
			check();
		});
	}
	function tasks(from, to) {
		const in_ = window.__longTasks.filter(([s]) => s >= from && s <= to).map(([, d]) => d);
		return {count: in_.length, longest: Math.max(0, ...in_), blocked: in_.reduce((a, d) => a + d, 0)};
	}
	function move(slider, v) {
		slider.value = String(v);
		slider.dispatchEvent(new Event("input", {bubbles: true}));
	}
	return {sleep, quiet, whenShown, tasks, move};
})();`

// longTasks are the long tasks of a measurement: how many, the longest
// and their sum (ms).
type longTasks struct {
	Count   int     `json:"count"`
	Longest float64 `json:"longest"`
	Blocked float64 `json:"blocked"`
}

// sliderRun is a series of slider moves: the time from each input event
// to the figure changing (ms), and the long tasks meanwhile.
type sliderRun struct {
	Times []float64 `json:"times"`
	Tasks longTasks `json:"tasks"`
}

// sliderJS moves the slider n times (15 % to 34 %, a frame apart) and
// times each input event until the figure changes (the first mutation).
const sliderJS = `async (sliderSel, figureSel, n) => {
	const b = window.__bench, slider = document.querySelector(sliderSel), out = document.querySelector(figureSel);
	if (!slider || !out) throw new Error("no slider " + sliderSel + " or figure " + figureSel);
	await b.quiet();
	const times = [], start = performance.now();
	for (let i = 0; i < n; i++) {
		const done = new Promise((res, rej) => {
			const mo = new MutationObserver(() => { mo.disconnect(); clearTimeout(timer); res(performance.now()); });
			const timer = setTimeout(() => { mo.disconnect(); rej(new Error("the figure did not change in 30 s")); }, 30000);
			mo.observe(out, {attributes: true, childList: true, characterData: true, subtree: true}); });
		const t0 = performance.now();
		b.move(slider, 15 + (i % 20));
		times.push(await done - t0);
		await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
	}
	return {times, tasks: b.tasks(start, performance.now())};
}`

// dragRun is a 1-second drag: when the last input's figure was on screen
// and when the last input was dispatched (ms from the first input), the
// last chart redraw after the last input (ms after it; 0 when none), the
// ids of the charts hooked and their events, and the long tasks until the
// figure.
type dragRun struct {
	Total       float64   `json:"total"`
	LastInput   float64   `json:"lastInput"`
	Settle      float64   `json:"settle"`
	Charts      []string  `json:"charts"`
	ChartEvents int       `json:"chartEvents"`
	Tasks       longTasks `json:"tasks"`
	// OnScreen are the charts in the viewport during the drag, and
	// SettleOnScreen when the last of them was redrawn (ms after the last
	// input; 0 when none was).
	OnScreen       []string `json:"onScreen"`
	SettleOnScreen float64  `json:"settleOnScreen"`
	// Redrawn are the charts redrawn after the last input: those far from
	// the window wait until it is scrolled near them (app/ui/sight.go).
	Redrawn []string `json:"redrawn"`
	// Each is when each chart on screen was last redrawn (ms after the
	// last input; 0 when it was not).
	Each map[string]float64 `json:"each"`
}

// dragJS drags the slider across n steps, one every 1000/n ms by the clock
// (setTimeout, late ones at once, never waiting for the page), releases it
// with the last (a change event, as the browser sends), then waits
// for the last value's figure and for the charts to stop redrawing: every
// ECharts instance on a .chart element is hooked ('rendered' and
// 'finished'). The last value's figure is read before the drag, by moving
// there and back. With view, the page is first scrolled to that element
// (the levers stay in sight: they are sticky), as when one drags while
// watching a chart; it scrolls back to the top after.
const dragJS = `async (sliderSel, figureSel, n, view) => {
	const b = window.__bench, slider = document.querySelector(sliderSel), out = document.querySelector(figureSel);
	if (!slider || !out) throw new Error("no slider " + sliderSel + " or figure " + figureSel);
	if (view) {
		const el = document.querySelector(view);
		if (!el) throw new Error("nothing to scroll to at " + view);
		el.scrollIntoView({block: "center"});
	}
	const lo = 15, hi = lo + n * Math.max(Number(slider.step) || 0, 1 / 3);
	b.move(slider, hi);
	const last = slider.value;
	await b.quiet();
	const want = out.dataset.value;
	b.move(slider, lo);
	await b.quiet();
	if (out.dataset.value === want) throw new Error("the figure does not follow the slider");
	const hosts = [...document.querySelectorAll(".chart")].filter(el => window.echarts?.getInstanceByDom(el));
	const charts = hosts.map(el => echarts.getInstanceByDom(el));
	const seen = hosts.map(el => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth; });
	let chartAt = 0, chartEvents = 0;
	const at = hosts.map(() => 0);
	const handlers = charts.map((c, i) => () => { chartAt = at[i] = performance.now(); chartEvents++; });
	charts.forEach((c, i) => { c.on("rendered", handlers[i]); c.on("finished", handlers[i]); });
	const t0 = performance.now();
	let lastAt = 0;
	await new Promise(res => {
		let i = 0;
		const step = () => {
			i++;
			b.move(slider, i === n ? last : lo + (hi - lo) * i / n);
			lastAt = performance.now();
			if (i === n) {
				slider.dispatchEvent(new Event("change", {bubbles: true})); // released
				res();
			}
			else setTimeout(step, Math.max(0, t0 + i * 1000 / n - performance.now()));
		};
		step();
	});
	const shown = await b.whenShown(out, want);
	const tasks = b.tasks(t0, shown);
	await b.quiet();
	charts.forEach((c, i) => { c.off("rendered", handlers[i]); c.off("finished", handlers[i]); });
	if (view) scrollTo(0, 0);
	const settleOnScreen = Math.max(0, ...at.filter((_, i) => seen[i]).map(a => a - lastAt));
	return {total: shown - t0, lastInput: lastAt - t0, settle: Math.max(0, chartAt - lastAt), charts: hosts.map(el => el.id), chartEvents, tasks,
		onScreen: hosts.filter((_, i) => seen[i]).map(el => el.id), settleOnScreen,
		each: Object.fromEntries(hosts.map((el, i) => [el.id, Math.max(0, at[i] - lastAt)]).filter((_, i) => seen[i])), redrawn: hosts.filter((_, i) => at[i] > lastAt).map(el => el.id)};
}`

// inPage calls the JS function fn with args (as JSON) in the page, after
// benchJS, and decodes its result (awaited) into T.
func inPage[T any](t *testing.T, ctx context.Context, fn string, args ...any) T {
	t.Helper()
	list := make([]string, len(args))
	for i, a := range args {
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		list[i] = string(j)
	}
	js := benchJS + "\n(" + fn + ")(" + strings.Join(list, ", ") + ")"
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("in the page: %v", err)
	}
	return v
}

// throttle slows the tab's CPU by rate (1: not at all) and brings the tab
// to the front, so its frames run.
func throttle(t *testing.T, ctx context.Context, rate float64) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.BringToFront, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate}); err != nil {
		t.Fatal(err)
	}
}

// record makes every page of the tab run recorderJS first.
func record(t *testing.T, ctx context.Context) {
	t.Helper()
	beforeScripts(t, ctx, recorderJS)
}

// readyTime navigates the tab to url and returns the time from navigation
// to data-ready (ms).
func readyTime(t *testing.T, ctx context.Context, url string) float64 {
	t.Helper()
	navigate(t, ctx, url) // never the time of the page it left (navigate)
	waitFor(t, ctx, `window.__readyAt > 0`, "the page never became ready (data-ready)")
	return eval[float64](t, ctx, `window.__readyAt`)
}

// swReadyJS waits (up to 20 s) until a service worker controls the page
// and holds app.wasm.
const swReadyJS = `(async () => {
	for (let i = 0; i < 200; i++) {
		if (navigator.serviceWorker.controller && await caches.match(new URL("web/app.wasm", location.href).href)) return true;
		await new Promise(r => setTimeout(r, 100));
	}
	return false;
})()`

// visitTimes are one visitor's loads, each to data-ready (ms): the first
// visit (cold) and, for kpisim, to data-drawn; then the returning visits
// the service worker serves, reloaded (warm: the page reopened from itself)
// and arriving from another page (arrived: a new document in a tab that
// held none of the app, as a visitor opening it again from a bookmark).
type visitTimes struct {
	cold, drawn   float64
	start         float64 // kpisim's cold load from Go's main to the mounted page
	warm, arrived []float64
}

// visit loads url in a fresh browser context (an empty cache, no worker:
// a first visit) and times it, and for kpisim (drawn) its data-drawn;
// then, when warm > 0, waits for the service worker to hold the app and
// loads it warm more times, reloaded and arriving from about:blank, in
// turn. Reloaded, Chromium may find the app's compiled code still in the
// process; arriving, the page also skips the teardown of the one before.
func visit(t *testing.T, parent context.Context, url string, warm int, drawn bool) visitTimes {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithNewBrowserContext())
	defer cancel()
	record(t, ctx)
	var v visitTimes
	v.cold = readyTime(t, ctx, url)
	if drawn {
		waitFor(t, ctx, `window.__drawnAt > 0`, "no time for every chart drawn (data-drawn)")
		v.drawn = eval[float64](t, ctx, `window.__drawnAt`)
		v.start = eval[float64](t, ctx, `performance.getEntriesByName("kpisim-mounted")[0].startTime - performance.getEntriesByName("kpisim-main")[0].startTime`)
	}
	if warm == 0 {
		return v
	}
	ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](swReadyJS, chromedp.EvalAwaitPromise))
	if err != nil || !ok {
		t.Fatalf("%s: no service worker holding app.wasm after 20 s (%v)", url, err)
	}
	for range warm {
		v.warm = append(v.warm, readyTime(t, ctx, url))
		navigate(t, ctx, "about:blank")
		v.arrived = append(v.arrived, readyTime(t, ctx, url))
	}
	return v
}
