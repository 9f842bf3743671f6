//go:build !wasm

package main

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// dragPageJS opens the drag tests' scripts: the close rate's slider, the
// calls a rep makes a day (a figure it changes), goal seek's answer (which
// follows once the page renders) and sleep.
const dragPageJS = `
		const slider = document.querySelector('.lever:has([data-lever="close_rate"]) input[type=range]');
		const fig = document.querySelector('[data-node="calls"][data-period="rep_day"]');
		const seek = () => document.querySelector('[data-output="seek"]').textContent;
		const sleep = ms => new Promise(r => setTimeout(r, ms));`

// A slider's drag (issue 14): each move writes the figures at once; the
// rest of the page (here goal seek's answer) follows once the slider is
// still; the charts then redraw, those on screen first, once for the drag
// rather than once a move.
func TestDragPace(t *testing.T) {
	ctx := readyApp(t)
	// Watching the tornado (scrolled to it; the levers are sticky), with
	// the other charts off screen.
	eval[bool](t, ctx, `(document.getElementById("chart-tornado").scrollIntoView({block: "center"}), true)`)
	type moves struct {
		FigureAt   []string `json:"figureAt"`   // the figure right after each move
		Copies     []string `json:"copies"`     // and every place it stands then (the headline's, the answer strip's), as "text@value"
		Before     string   `json:"before"`     // goal seek's answer before the drag
		PlanStill  string   `json:"planStill"`  // and once still
		First      []string `json:"first"`      // the charts in the order of their first redraw
		Draws      int      `json:"draws"`      // the page's draws (User Timing "kpisim-draw")
		OnScreen   []string `json:"onScreen"`   // the charts on screen
		FigureDone string   `json:"figureDone"` // the figure once still
	}
	m, err := chromedp.Run(ctx, chromedp.Evaluate[moves](`(async () => {`+dragPageJS+`
		await sleep(1000); // the first Monte Carlo run's redraws are over
		const hosts = [...document.querySelectorAll(".chart")].filter(el => echarts.getInstanceByDom(el));
		const onScreen = hosts.filter(el => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).map(el => el.id);
		const first = [];
		for (const el of hosts) echarts.getInstanceByDom(el).on("rendered", () => { if (!first.includes(el.id)) first.push(el.id); });
		const t0 = performance.now();
		const figureAt = [], copies = [];
		const before = seek();
		for (const v of [31, 32, 33, 34, 35]) {
			slider.value = String(v);
			slider.dispatchEvent(new Event("input", {bubbles: true}));
			figureAt.push(fig.dataset.value);
			copies.push([...document.querySelectorAll('[data-node="calls"][data-period="rep_day"]')].map(el => el.textContent.trim() + "@" + el.dataset.value).join(" | "));
			await sleep(10);
		}
		await sleep(1500);
		const draws = performance.getEntriesByName("kpisim-draw").filter(e => e.startTime > t0).length;
		return {figureAt, copies, before, planStill: seek(), first, draws, onScreen, figureDone: fig.dataset.value};
	})()`, chromedp.EvalAwaitPromise))
	if err != nil || len(m.FigureAt) != 5 {
		t.Fatalf("the drag: %v (%+v)", err, m)
	}
	// The figure changed with every move, synchronously.
	for i := 1; i < len(m.FigureAt); i++ {
		if m.FigureAt[i] == m.FigureAt[i-1] {
			t.Errorf("the figure did not change with move %d: %v", i+1, m.FigureAt)
		}
	}
	// Every place the figure stands follows each move, not the first alone.
	for i, c := range m.Copies {
		places := strings.Split(c, " | ")
		if len(places) < 2 {
			t.Fatalf("the calls a rep makes a day stand in %d places, the test needs the headline's and the strip's: %q", len(places), c)
		}
		for _, p := range places[1:] {
			if p != places[0] || !strings.HasSuffix(p, "@"+m.FigureAt[i]) {
				t.Errorf("after move %d the figure's places disagree: %q (the first reads %s)", i+1, c, m.FigureAt[i])
			}
		}
	}
	if m.FigureDone != m.FigureAt[len(m.FigureAt)-1] {
		t.Errorf("the figure settled on %s, the last move showed %s", m.FigureDone, m.FigureAt[len(m.FigureAt)-1])
	}
	if m.PlanStill == m.Before {
		t.Errorf("goal seek still says %q after the drag", m.Before)
	}
	if len(m.OnScreen) == 0 || len(m.OnScreen) == len(m.First) {
		t.Fatalf("scrolled to the tornado, charts on screen %v of %v: the test needs some on and some off", m.OnScreen, m.First)
	}
	// The charts on screen redrew before those off screen; the cumulative
	// chart waits for its Monte Carlo band, which the drag's end starts
	// (TestBandDrawnOnce), and is left out of the order.
	m.First = slices.DeleteFunc(m.First, func(id string) bool { return id == "chart-cumulative" })
	m.OnScreen = slices.DeleteFunc(m.OnScreen, func(id string) bool { return id == "chart-cumulative" })
	for i, id := range m.First {
		on := false
		for _, s := range m.OnScreen {
			on = on || s == id
		}
		if on && i >= len(m.OnScreen) {
			t.Errorf("chart %s on screen redrew after one off screen: order %v, on screen %v", id, m.First, m.OnScreen)
		}
	}
	// Five moves 10 ms apart are one change for the charts, not five: a
	// redraw per move would be at least 5 × the charts. (The renders that
	// follow a drag, the Monte Carlo band's among them, queue the charts
	// again; a chart whose option is unchanged is a draw that returns.)
	if m.Draws == 0 || m.Draws >= 5*len(m.First) {
		t.Errorf("%d draws of %d charts for one drag of 5 moves: a redraw per move", m.Draws, len(m.First))
	}
}

// A drag holds the Monte Carlo run (a run's result renders the page, which
// would delay the next moves) and ends where the slider is released: the
// page renders then and the run starts. The moves here are 70 ms apart,
// longer than the page waits after a typed change before it runs
// (ui.RunDelay), shorter than a hold mid-drag (page_pace.go).
func TestDragRelease(t *testing.T) {
	ctx := readyApp(t)
	type drag struct {
		RunsMoving  int    `json:"runsMoving"`  // Monte Carlo runs started during the moves
		RunsAfter   int    `json:"runsAfter"`   // and after the release
		Renders     int    `json:"renders"`     // the page's renders for the drag ("kpisim-still")
		Before      string `json:"before"`      // goal seek's answer before the drag
		After       string `json:"after"`       // and after it
		Probability string `json:"probability"` // the probability once the run is in
	}
	d, err := chromedp.Run(ctx, chromedp.Evaluate[drag](`(async () => {`+dragPageJS+`
		const prob = document.querySelector('[data-node="probability"]');
		const since = (name, t) => performance.getEntriesByName(name).filter(e => e.startTime > t).length;
		await sleep(1000); // the first Monte Carlo run is over
		const before = seek();
		const t0 = performance.now();
		for (const v of [31, 32, 33, 34, 35, 36]) {
			slider.value = String(v);
			slider.dispatchEvent(new Event("input", {bubbles: true}));
			await sleep(70);
		}
		const runsMoving = since("kpisim-mc-start", t0);
		const t1 = performance.now();
		slider.dispatchEvent(new Event("change", {bubbles: true}));
		// The run's result may come before the release's render (the charts
		// near the screen are drawn first, draw_ahead.go): wait for both.
		for (let i = 0; i < 100 && !(Number(prob.dataset.value) >= 0 && since("kpisim-mc-start", t1) > 0 && seek() !== before); i++) await sleep(50);
		return {runsMoving, runsAfter: since("kpisim-mc-start", t1), renders: since("kpisim-still", t0),
			before, after: seek(), probability: prob.dataset.value ?? ""};
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if d.RunsMoving != 0 {
		t.Errorf("%d Monte Carlo runs started while the slider moved, want none until it is released", d.RunsMoving)
	}
	if d.RunsAfter == 0 || d.Probability == "" {
		t.Errorf("no Monte Carlo run after the release (runs %d, probability %q)", d.RunsAfter, d.Probability)
	}
	if d.After == d.Before {
		t.Errorf("goal seek still says %q after the release", d.Before)
	}
	if d.Renders == 0 {
		t.Errorf("the page did not render for the drag (%+v)", d)
	}
}

// The same with Chromium's own mouse: pressed on the close rate's slider,
// dragged across in steps, released. The browser sends the change event
// at the release, which ends the drag: the page renders and the Monte
// Carlo run starts once, after the moves.
func TestDragMouse(t *testing.T) {
	ctx := readyApp(t)
	const sel = `document.querySelector('.lever:has([data-lever="close_rate"]) input[type=range]')`
	box := eval[[]float64](t, ctx, `(() => { const r = `+sel+`.getBoundingClientRect(); return [r.left, r.top + r.height / 2, r.width]; })()`)
	before := eval[string](t, ctx, `document.querySelector('[data-output="seek"]').textContent`)
	value := eval[string](t, ctx, sel+`.value`)
	eval[bool](t, ctx, `(window.__t0 = performance.now(), true)`)
	x, y, w := box[0]+box[2]*0.2, box[1], box[2]
	do(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y))
	do(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	for i := 1; i <= 8; i++ {
		do(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x+w*0.05*float64(i), y, chromedp.ButtonLeft))
	}
	eval[bool](t, ctx, `(window.__moved = performance.getEntriesByName("kpisim-mc-start").filter(e => e.startTime > window.__t0).length, window.__released = performance.now(), true)`)
	do(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x+w*0.4, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	waitFor(t, ctx, `document.querySelector('[data-output="seek"]').textContent !== `+strconv.Quote(before), "goal seek did not follow the drag")
	waitFor(t, ctx, `performance.getEntriesByName("kpisim-mc-start").some(e => e.startTime > window.__released)`, "no Monte Carlo run after the release")
	if got := eval[string](t, ctx, sel+`.value`); got == value {
		t.Fatalf("the slider still reads %s: the mouse did not drag it", got)
	}
	if n := eval[int](t, ctx, `window.__moved`); n != 0 {
		t.Errorf("%d Monte Carlo runs started while the mouse dragged the slider", n)
	}
}

// A drag's last move and its release, in one task as a quick flick sends
// them: the frame after it shows the last move's figure, and the page
// renders for the drag (goal seek's answer follows) only after that frame.
// Rendered in the release's task, the render (100–200 ms at CPU 4×) held
// the last figure off the screen until it ended.
func TestReleaseShowsFiguresFirst(t *testing.T) {
	ctx := readyApp(t)
	type release struct {
		Want       string `json:"want"`       // the last move's figure, read before
		InFrame    string `json:"inFrame"`    // the figure in the next frame's callbacks
		SeekFrame  string `json:"seekFrame"`  // goal seek's answer then
		Before     string `json:"before"`     // goal seek's answer before the drag
		After      string `json:"after"`      // and once rendered
		RenderedAt int    `json:"renderedAt"` // renders ("kpisim-still") by the release's end
		InFrameAt  int    `json:"inFrameAt"`  // and by the next frame
		Later      int    `json:"later"`      // and in the end
	}
	r, err := chromedp.Run(ctx, chromedp.Evaluate[release](`(async () => {`+dragPageJS+`
		const renders = t => performance.getEntriesByName("kpisim-still").filter(e => e.startTime > t).length;
		const move = v => { slider.value = String(v); slider.dispatchEvent(new Event("input", {bubbles: true})); };
		await sleep(1000); // the first Monte Carlo run is over
		move(36); slider.dispatchEvent(new Event("change", {bubbles: true}));
		const want = fig.dataset.value;
		await sleep(1000);
		move(31); slider.dispatchEvent(new Event("change", {bubbles: true}));
		await sleep(1000);
		const before = seek(), t0 = performance.now();
		for (const v of [32, 33, 34, 35]) { move(v); await sleep(10); }
		move(36); slider.dispatchEvent(new Event("change", {bubbles: true}));
		const renderedAt = renders(t0);
		const [inFrame, seekFrame, inFrameAt] = await new Promise(r => requestAnimationFrame(() => r([fig.dataset.value, seek(), renders(t0)])));
		for (let i = 0; i < 100 && seek() === before; i++) await sleep(50);
		return {want, inFrame, seekFrame, before, after: seek(), renderedAt, inFrameAt, later: renders(t0)};
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if r.InFrame != r.Want {
		t.Errorf("the frame after the release shows %s, the last move reads %s", r.InFrame, r.Want)
	}
	if r.RenderedAt != 0 || r.InFrameAt != 0 || r.SeekFrame != r.Before {
		t.Errorf("the page rendered before the frame that shows the last move: renders %d by the release's end, %d by the frame (goal seek %q, was %q)",
			r.RenderedAt, r.InFrameAt, r.SeekFrame, r.Before)
	}
	if r.Later != 1 || r.After == r.Before {
		t.Errorf("after the frame: %d renders for the drag, want 1; goal seek %q, was %q", r.Later, r.After, r.Before)
	}
}

// After a drag's release the charts and the diagram on screen, and the
// charts near it (half a screen above or below, a scroll away), show the
// drag's end before the page renders (goal seek's answer follows), and with the option that
// render gives them: drawn after it, they came 300–450 ms after the last
// move at CPU 4× (draw_ahead.go). The cumulative chart waits for its band
// (TestBandDrawnOnce) and is left out.
func TestChartsBeforeRender(t *testing.T) {
	ctx := readyApp(t) // 1280×900
	for _, tc := range []struct {
		name, scroll string
		from         int  // the close rate dragged from, over 5 points
		off          bool // a chart near the screen, not on it, must be among those checked
	}{
		{"scrolled to the funnel", `document.getElementById("chart-funnel").scrollIntoView({block: "start"})`, 32, false},
		{"at the top, the charts just below the fold", `scrollTo(0, 0)`, 18, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			eval[bool](t, ctx, `(`+tc.scroll+`, true)`)
			chartsBeforeRender(t, ctx, tc.from, tc.off)
		})
	}
}

// chartsBeforeRender drags the close rate from from over five points,
// releases it, and checks the charts near the screen as
// TestChartsBeforeRender says; with off, one of them must be off screen.
func chartsBeforeRender(t *testing.T, ctx context.Context, from int, off bool) {
	t.Helper()
	type chartDraw struct {
		ID    string  `json:"id"`
		At    float64 `json:"at"`    // its first draw after the release (ms after it; -1: none)
		First string  `json:"first"` // its series' data then
		Last  string  `json:"last"`  // and once the page is quiet
	}
	type release struct {
		SeekAt float64     `json:"seekAt"` // goal seek's answer changed (ms after the release; -1: never)
		Charts []chartDraw `json:"charts"` // the charts on screen or near it
		Off    []string    `json:"off"`    // those of them off screen
	}
	r, err := chromedp.Run(ctx, chromedp.Evaluate[release](`(async () => {`+dragPageJS+`
		const move = v => { slider.value = String(v); slider.dispatchEvent(new Event("input", {bubbles: true})); };
		const data = c => JSON.stringify(c.getOption().series.map(s => s.data));
		await sleep(1000); // the first Monte Carlo run's redraws are over
		const on = el => (r => r.bottom > 0 && r.top < innerHeight)(el.getBoundingClientRect());
		const near = el => (r => r.bottom > -innerHeight / 2 && r.top < 1.5 * innerHeight)(el.getBoundingClientRect());
		const hosts = [...document.querySelectorAll(".chart")].filter(el => el.id !== "chart-cumulative" && echarts.getInstanceByDom(el) &&
			(el.id === "chart-tree" ? on(el) : near(el))); // the diagram, drawn ahead on screen only
		const off = hosts.filter(el => !on(el)).map(el => el.id);
		for (let v = `+strconv.Itoa(from)+`; v < `+strconv.Itoa(from+4)+`; v++) { move(v); await sleep(10); }
		move(`+strconv.Itoa(from+4)+`);
		const before = seek(), t0 = performance.now();
		let seekAt = -1;
		new MutationObserver((_, mo) => { if (seek() !== before) { seekAt = performance.now() - t0; mo.disconnect(); } })
			.observe(document.querySelector('[data-output="seek"]'), {childList: true, characterData: true, subtree: true});
		const charts = hosts.map(el => {
			const c = echarts.getInstanceByDom(el), d = {id: el.id, at: -1, first: "", last: ""};
			const on = () => { if (d.at < 0) { d.at = performance.now() - t0; d.first = data(c); } };
			c.on("rendered", on);
			return d;
		});
		slider.dispatchEvent(new Event("change", {bubbles: true}));
		for (let i = 0; i < 100 && seekAt < 0; i++) await sleep(50);
		await sleep(1500);
		hosts.forEach((el, i) => { charts[i].last = data(echarts.getInstanceByDom(el)); });
		return {seekAt, charts, off};
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if r.SeekAt < 0 {
		t.Fatal("goal seek's answer did not follow the release")
	}
	if len(r.Charts) == 0 || off && len(r.Off) == 0 {
		t.Fatalf("charts near the screen %+v, off it %v: the test needs one near it, and one off it too when asked", r.Charts, r.Off)
	}
	for _, c := range r.Charts {
		switch {
		case c.At < 0:
			t.Errorf("%s was not redrawn after the release", c.ID)
		case c.At > r.SeekAt:
			t.Errorf("%s was redrawn %.0f ms after the release, after the page rendered (%.0f ms)", c.ID, c.At, r.SeekAt)
		case c.First != c.Last:
			t.Errorf("%s was first drawn with %s, then %s", c.ID, c.First, c.Last)
		}
	}
	t.Logf("release: %+v", r)
}

// When the Monte Carlo run's band arrives, the cumulative chart on screen
// shows it before the page renders the run's result (the probability's
// box no longer busy, its words), and is drawn once for it (draw_ahead.go).
func TestBandBeforeRender(t *testing.T) {
	ctx := readyApp(t)
	lookAt(t, ctx, "chart-cumulative")
	type band struct {
		BandAt float64 `json:"bandAt"` // the chart first drawn with the new band (ms after the release; -1: never)
		DoneAt float64 `json:"doneAt"` // the page rendered the run's result (-1: never)
		Draws  int     `json:"draws"`  // the chart's draws after the release
	}
	b, err := chromedp.Run(ctx, chromedp.Evaluate[band](`(async () => {`+dragPageJS+`
		const el = document.getElementById("chart-cumulative"), c = echarts.getInstanceByDom(el), prob = document.querySelector(".probability .prob");
		const drawn = () => JSON.stringify((c.getOption().series.find(s => s.id === "band") || {}).data || []);
		const number = () => prob.querySelector(".prob-number").textContent;
		await sleep(1000); // the first Monte Carlo run's redraws are over
		const before = drawn(), was = number();
		let bandAt = -1, doneAt = -1, busy = false, draws = 0, t0 = 0;
		c.on("rendered", () => { draws++; if (bandAt < 0 && drawn() !== before) bandAt = performance.now() - t0; });
		// The result is rendered when the box is no longer busy ("…") and
		// shows a probability: after a busy render, or straight after the
		// drag's (the release's render may come after the run).
		new MutationObserver(() => {
			const b = prob.getAttribute("aria-busy") === "true", n = number();
			if (!b && n !== "…" && (busy || n !== was) && doneAt < 0) doneAt = performance.now() - t0;
			busy = busy || b;
		}).observe(prob, {attributes: true, attributeFilter: ["aria-busy"], childList: true, characterData: true, subtree: true});
		for (const v of [32, 33, 34, 35, 36]) { slider.value = String(v); slider.dispatchEvent(new Event("input", {bubbles: true})); await sleep(10); }
		t0 = performance.now(); draws = 0;
		slider.dispatchEvent(new Event("change", {bubbles: true}));
		for (let i = 0; i < 100 && (bandAt < 0 || doneAt < 0); i++) await sleep(50);
		await sleep(500);
		return {bandAt, doneAt, draws};
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case b.BandAt < 0 || b.DoneAt < 0:
		t.Fatalf("the run after the release: band drawn at %.0f ms, the result rendered at %.0f ms (-1: never)", b.BandAt, b.DoneAt)
	case b.BandAt > b.DoneAt:
		t.Errorf("the band was drawn %.0f ms after the release, after the page rendered the run (%.0f ms)", b.BandAt, b.DoneAt)
	}
	// (A run slower than slowRun may let the chart show the new line
	// first, its band after: TestBandDrawnOnce.)
	if b.Draws != 1 && b.BandAt < slowRun {
		t.Errorf("the cumulative chart was drawn %d times for the release, want once, with its band", b.Draws)
	}
	t.Logf("band: %+v", b)
}

// readyApp opens the app in a new tab and waits until it is ready.
func readyApp(t *testing.T) context.Context {
	t.Helper()
	return readyAppWith(t, "")
}

// readyAppWith is readyApp with js run before the page's scripts.
func readyAppWith(t *testing.T, js string) context.Context {
	t.Helper()
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	if js != "" {
		beforeScripts(t, ctx, js)
	}
	navigate(t, ctx, srv.URL+"/")
	ready(t, ctx)
	return ctx
}

// A slider's move writes every figure the page shows (headline, table,
// tree: each element with a data-node and data-period) before the page
// renders, and writes what the render then writes: after the first moves,
// and after another scenario has replaced the page's figures (the patch
// finds them once and again only after elements come or go: dom.js). The
// probability is left out: it waits for the Monte Carlo run.
func TestMovePatchesEveryFigure(t *testing.T) {
	ctx := readyApp(t)
	type figure struct{ At, Value, Text, Chars string } // Chars: a headline's data-chars, which sizes it
	type snap struct {
		Moved    []figure `json:"moved"`    // right after the move, before any render
		Rendered []figure `json:"rendered"` // once the release has rendered the page
		Changed  int      `json:"changed"`  // figures the move changed
	}
	moveJS := `(async (preset) => {
		const sleep = ms => new Promise(r => setTimeout(r, ms));
		// The probability waits for the Monte Carlo run, which the release starts.
		const read = () => [...document.querySelectorAll("[data-node][data-period]:not([data-node=probability])")].map(el =>
			({at: el.dataset.node + "/" + el.dataset.period, value: el.dataset.value ?? "", text: el.textContent, chars: el.dataset.chars ?? ""}));
		if (preset) {
			// Another scenario: its tree's figures replace the page's.
			const was = read().map(f => f.at).join();
			const sel = document.querySelector('[data-control="scenario"]');
			sel.value = preset; sel.dispatchEvent(new Event("change", {bubbles: true}));
			for (let i = 0; i < 100 && read().map(f => f.at).join() === was; i++) await sleep(50);
			if (read().map(f => f.at).join() === was) throw new Error("the figures stayed those of the scenario before " + preset);
			await sleep(1000);
		}
		const slider = document.querySelector('.lever input[type=range]');
		const before = read();
		const v = Number(slider.value), lo = Number(slider.min), hi = Number(slider.max);
		slider.value = String(v + (hi - v > v - lo ? 1 : -1) * (hi - lo) / 5);
		slider.dispatchEvent(new Event("input", {bubbles: true}));
		const moved = read();
		const renders = performance.getEntriesByName("kpisim-still").length;
		slider.dispatchEvent(new Event("change", {bubbles: true}));
		for (let i = 0; i < 100 && performance.getEntriesByName("kpisim-still").length === renders; i++) await sleep(50);
		await sleep(500);
		return {moved, rendered: read(), changed: moved.filter((f, i) => before[i] && f.value !== before[i].value).length};
	})`
	for _, preset := range []string{"", "field-sales", "outbound"} {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[snap](moveJS+`(`+strconv.Quote(preset)+`)`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		if s.Changed < 5 {
			t.Fatalf("after %q: the move changed %d figures; the test needs a move that changes them", preset, s.Changed)
		}
		if !slices.Equal(s.Moved, s.Rendered) {
			for i := range min(len(s.Moved), len(s.Rendered)) {
				if s.Moved[i] != s.Rendered[i] {
					t.Errorf("after %q: %s read %+v after the move, %+v once rendered", preset, s.Rendered[i].At, s.Moved[i], s.Rendered[i])
				}
			}
			if len(s.Moved) != len(s.Rendered) {
				t.Errorf("after %q: %d figures after the move, %d once rendered", preset, len(s.Moved), len(s.Rendered))
			}
		}
	}
}
