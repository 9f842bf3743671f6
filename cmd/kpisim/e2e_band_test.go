//go:build !wasm

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// After a change the cumulative chart waits for its Monte Carlo band and
// is drawn once with it: the band does not blink out at every change (the
// chart drawn first without it, then again when the run ends). Checked
// for a typed change and for a slider's drag and release, by every option
// the page sets on the chart.
func TestBandDrawnOnce(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	ready(t, ctx)
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
		Band  []bool `json:"band"`  // per setOption on the chart: had a band
		Value string `json:"value"` // the probability once back
	}
	for _, c := range []struct{ name, change string }{
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
				`+c.change+`
				for (let i = 0; i < 100 && !(Number(out.dataset.value) >= 0 && out.dataset.value !== before); i++) await sleep(50);
				await sleep(1000); // any later redraw
				return {band: window.__bandDraws, value: out.dataset.value};
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
			for i, b := range d.Band {
				if !b {
					t.Errorf("draw %d of %d after the change had no band: %v", i+1, len(d.Band), d.Band)
				}
			}
		})
	}
}
