//go:build !wasm

package main

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// sightJS hooks every chart's setOption (window.__sets, per chart id) and
// returns the ids of the charts far from the window: their top more than
// half a screen below it (app/ui/sight.go's margin).
const sightJS = `(() => {
	window.__sets = {};
	const far = [];
	for (const el of document.querySelectorAll(".chart")) {
		const c = echarts.getInstanceByDom(el);
		if (!c) continue;
		window.__sets[el.id] = 0;
		const set = c.setOption;
		c.setOption = function (...args) { window.__sets[el.id]++; return set.apply(this, args); };
		if (el.getBoundingClientRect().top > 1.6 * innerHeight) far.push(el.id);
	}
	return far;
})()`

// funnelJS is the funnel's stages as drawn, activity first.
const funnelJS = `JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-funnel')).getOption().series[0].data.map(d => Array.isArray(d.value) ? d.value[0] : (d.value ?? d)))`

// A change redraws the charts near the window and parks those far from it,
// which cost a phone's thread 300–400 ms after each slider release and no
// one saw; a parked chart is redrawn, with the latest numbers, as it comes
// near the window, and before the page is printed.
func TestChartsRedrawnNear(t *testing.T) {
	ctx := readyApp(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 720))
	eval[bool](t, ctx, `(scrollTo(0, 0), true)`)
	far := eval[[]string](t, ctx, sightJS)
	if len(far) == 0 {
		t.Fatal("at 1280×720 no chart is far below the first screen: nothing to check")
	}
	before := eval[string](t, ctx, funnelJS)
	setLever(t, ctx, "close_rate", "20")
	waitValue(t, ctx, "opportunities", "year", 500) // the figures follow at once
	waitFor(t, ctx, figure("probability", "year")+` >= 0`, "no probability after the change")
	do(t, ctx, chromedp.Sleep(500e6)) // the charts' tasks
	sets := eval[map[string]int](t, ctx, `window.__sets`)
	for _, id := range far {
		if sets[id] != 0 {
			t.Errorf("%s, far below the window, was redrawn %d times: %v", id, sets[id], sets)
		}
	}
	// Scrolled to, the funnel shows the change: 500 opportunities for 100
	// deals at a close rate of 20 %.
	lookAt(t, ctx, "chart-funnel")
	waitFor(t, ctx, funnelJS+` !== `+fmt.Sprintf("%q", before)+` && `+funnelJS+`.includes(",500,")`, "the funnel, scrolled to, does not show the change")

	// Printed without a look: every chart is drawn first.
	eval[bool](t, ctx, `(scrollTo(0, 0), true)`)
	do(t, ctx, chromedp.Sleep(200e6))
	far = eval[[]string](t, ctx, sightJS)
	// 40 %: neither the first change's 20 % nor the preset's 25 %, which
	// the charts not redrawn since the start (the diagram) still show.
	setLever(t, ctx, "close_rate", "40")
	waitValue(t, ctx, "opportunities", "year", 250)
	do(t, ctx, chromedp.Sleep(500e6))
	if sets := eval[map[string]int](t, ctx, `window.__sets`); sets[far[0]] != 0 {
		t.Fatalf("%s was redrawn before the page was printed: %v", far[0], sets)
	}
	eval[bool](t, ctx, `(dispatchEvent(new Event("beforeprint")), dispatchEvent(new Event("afterprint")), true)`)
	sets = eval[map[string]int](t, ctx, `window.__sets`)
	for _, id := range far {
		if sets[id] == 0 {
			t.Errorf("%s, far below the window, was not drawn for printing: %v", id, sets)
		}
	}
}
