//go:build !wasm

package main

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// slowRun is the time from a change to its run's result past which the
// cumulative chart may have been drawn once without the band (holdBand,
// 300 ms from the render that follows the change, in app/ui/chart.go).
const slowRun = 250.0 // ms

// After a change the cumulative chart waits for its Monte Carlo band and
// is drawn once with it: the band does not blink out at every change (the
// chart drawn first without it, then again when the run ends). Checked
// for a typed change and for a slider's drag and release, by every option
// the page sets on the chart, unless the run was slow (slowRun).
func TestBandDrawnOnce(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	ready(t, ctx)
	lookAt(t, ctx, "chart-cumulative") // redrawn as it changes (app/ui/sight.go)
	// The first run's band, then every setOption the page makes: does the
	// option carry a band (series "band" with a value)?
	waitFor(t, ctx, `(() => { const c = echarts.getInstanceByDom(document.getElementById("chart-cumulative"));
		const s = c && c.getOption().series.find(s => s.id === "band"); return !!s && s.data.length > 0 })()`,
		"the cumulative chart has no band after the first run")
	eval[bool](t, ctx, `(() => { const c = echarts.getInstanceByDom(document.getElementById("chart-cumulative")), set = c.setOption;
		window.__bandDraws = [];
		c.setOption = function (opt, ...rest) {
			const s = (opt.series || []).find(s => s.id === "band");
			window.__bandDraws.push(!!s && (s.data || []).length > 0);
			return set.call(this, opt, ...rest);
		};
		return true })()`)
	type draws struct {
		Band  []bool  `json:"band"`  // per setOption on the chart: had a band
		Value string  `json:"value"` // the probability once back
		Took  float64 `json:"took"`  // ms from the change (the release) to the run's result
	}
	for _, c := range []struct{ name, change string }{
		// Unchecked: the first run at the page's start ran in the page,
		// which then starts the workers; this change's run waits for them
		// to load app.wasm, slow enough to draw without the band.
		{"warm-up", `const f = document.querySelector('[data-lever="close_rate"]'); f.value = "21";
			f.dispatchEvent(new Event("input", {bubbles: true})); f.dispatchEvent(new Event("change", {bubbles: true}));`},
		{"typed close rate", `const f = document.querySelector('[data-lever="close_rate"]'); f.value = "22";
			f.dispatchEvent(new Event("input", {bubbles: true})); f.dispatchEvent(new Event("change", {bubbles: true}));`},
		{"slider dragged and released", `const s = document.querySelector('.lever:has([data-lever="close_rate"]) input[type=range]');
			for (const v of [27, 28, 29]) { s.value = String(v); s.dispatchEvent(new Event("input", {bubbles: true})); await sleep(20); }
			s.dispatchEvent(new Event("change", {bubbles: true}));`},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := chromedp.Run(ctx, chromedp.Evaluate[draws](`(async () => {
				const sleep = ms => new Promise(r => setTimeout(r, ms));
				const out = document.querySelector('[data-node="probability"]'), before = out.dataset.value;
				window.__bandDraws = [];
				let back = 0;
				const mo = new MutationObserver(() => { if (!back && Number(out.dataset.value) >= 0 && out.dataset.value !== before) back = performance.now(); });
				mo.observe(out, {attributes: true, attributeFilter: ["data-value"]});
				`+c.change+`
				const t0 = performance.now(); // the change made: typed, or the slider released
				for (let i = 0; i < 100 && !(Number(out.dataset.value) >= 0 && out.dataset.value !== before); i++) await sleep(50);
				await sleep(1000); // any later redraw
				mo.disconnect();
				return {band: window.__bandDraws, value: out.dataset.value, took: back ? back - t0 : -1};
			})()`, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatal(err)
			}
			if !(len(d.Value) > 0 && d.Value[0] >= '0' && d.Value[0] <= '9') {
				t.Fatalf("no probability after the change: %q", d.Value)
			}
			if len(d.Band) == 0 {
				t.Fatal("the cumulative chart was not redrawn after the change")
			}
			if c.name == "warm-up" {
				return
			}
			if d.Took > slowRun {
				// The page does not wait longer than holdBand (app/ui): the
				// line is drawn first, the band after, as on a slow device.
				t.Logf("the run took %.0f ms on this busy machine: draws %v", d.Took, d.Band)
				if !d.Band[len(d.Band)-1] {
					t.Errorf("the last draw after a slow run had no band: %v", d.Band)
				}
				return
			}
			for i, b := range d.Band {
				if !b {
					t.Errorf("draw %d of %d after the change had no band (the run took %.0f ms): %v", i+1, len(d.Band), d.Took, d.Band)
				}
			}
		})
	}
}

// The render that follows a drawing ahead (draw_ahead.go) is dispatched
// through the page's own context. It went through the context of the
// change that first drew ahead, kept by the callback made then: here the
// goal-seek sentence's field, which a new choice of what to solve for
// replaces; go-app drops a dispatch whose element is gone, so every later
// release and run drew its charts and never rendered the page (goal seek's
// answer stale, the probability's box busy for good).
func TestRenderAfterFieldReplaced(t *testing.T) {
	ctx := readyApp(t)
	lookAt(t, ctx, "chart-cumulative") // its band is drawn ahead when a run ends
	done := figure("probability", "year") + ` >= 0 && document.querySelector('.probability .prob').getAttribute("aria-busy") === "false"`
	waitFor(t, ctx, done, "the first run never showed")
	// The sentence's field asks for a run, whose band is drawn ahead.
	eval[bool](t, ctx, `(() => { const el = document.querySelector('[data-ask]'); el.focus({preventScroll: true}); el.value = "35";
		el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`)
	waitFor(t, ctx, done+` && document.querySelector('[data-lever="calls"]').value === "35"`, "the sentence's run never showed")
	// Another lever to solve for: the sentence gets a new field.
	eval[bool](t, ctx, `(() => { window.__field = document.querySelector('[data-ask]'); const s = document.querySelector('[data-control="solve"]');
		s.value = "close_rate"; s.dispatchEvent(new Event('change', {bubbles: true})); return true })()`)
	waitFor(t, ctx, `document.querySelector('[data-ask]') !== window.__field && !window.__field.isConnected`, "the sentence kept its field: the test needs a new one")
	waitFor(t, ctx, done, "the run after the new choice never showed")
	// A drag released with the charts on screen: drawn ahead, then rendered.
	for _, rate := range []string{"21", "23"} {
		before := eval[string](t, ctx, `document.querySelector('[data-output="seek"]').textContent`)
		eval[bool](t, ctx, `(() => { const s = document.querySelector('.lever:has([data-lever="close_rate"]) input[type=range]');
			s.value = "`+rate+`"; s.dispatchEvent(new Event("input", {bubbles: true})); s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
		waitFor(t, ctx, done+` && document.querySelector('[data-output="seek"]').textContent !== `+strconv.Quote(before),
			"close rate "+rate+"%: the page never rendered the release and its run")
	}
}
