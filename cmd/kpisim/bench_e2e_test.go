//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/ui"
)

// Rounds of each measurement; kpisim's and its floor's alternate within a
// round, so the machine's load falls on both.
const (
	loadRounds   = 5  // fresh-context visits, each followed by warmVisits
	warmVisits   = 2  // repeat visits served by the worker
	sliderRounds = 3  // series of sliderMoves at each CPU rate
	sliderMoves  = 40 // moves a series
	dragRounds   = 3  // 1-second drags at CPU 4×
	dragSteps    = 60 // input events a drag
)

// TestBrowserBench measures what a visitor meets, side by side with floors
// built and served the same way (issue 14): the bytes of a first visit;
// cold and warm load to data-ready against a hello-world go-app (and an
// ECharts-only page); slider input to figure at CPU 1× and 4× against a
// plain-JS funnel page; a 1-second drag at CPU 4×, by Chromium's mouse and
// as 60 scripted input events, then the charts settling after it; Monte
// Carlo against the same run natively; the import of a large export. It
// logs the detail, then prints one
// Markdown table with the budgets for the README.
//
// It reports; it does not pass or fail on time, which a busy machine would
// make flaky, only on a measurement that could not be made. Run it with
// make bench-e2e.
func TestBrowserBench(t *testing.T) {
	if os.Getenv("KPISIM_BENCH") == "" {
		t.Skip("set KPISIM_BENCH=1 (make bench-e2e)")
	}
	needBrowser(t)
	began := time.Now()
	var tb table

	kpDir, helloDir, pagesDir := benchSite(t), helloSite(t), floorPages(t)
	kRaw, kGz, kBr := siteSize(t, kpDir)
	hRaw, hGz, hBr := siteSize(t, helloDir)
	t.Logf("first visit, all files: kpisim %s raw, %s gzip -9 (Go compress/gzip; GNU gzip -9 packs about 1%% smaller), %s brotli 11 (the build's .br copies); hello-world go-app %s raw, %s gzip, %s brotli",
		mb(kRaw), mb(kGz), mb(kBr), mb(hRaw), mb(hGz), mb(hBr))
	tb.row("first visit, all files, gzip -9", mb(kGz), mb(hGz), ratio(float64(kGz), float64(hGz)), "≤ 2.0 MB")
	tb.row("first visit, all files, brotli 11", mb(kBr), mb(hBr), ratio(float64(kBr), float64(hBr)), "≤ 1.5 MB")

	kpURL, kSent := serveCounted(t, kpDir)
	helloURL, hSent := serveCounted(t, helloDir)
	kpURL, helloURL, pagesURL := kpURL+"/", helloURL+"/", serveDir(t, pagesDir)
	ctx := browser(t)
	record(t, ctx)

	// Load: each visit in a fresh browser context, kpisim, hello world and
	// the ECharts page in turn. The first round also counts the bytes a
	// first visit moves over the network: the page, the worker's offline
	// copy, and the worker's checks on the warm visits after.
	var kCold, kDrawn, kStart, kWarm, kArrived, hCold, hWarm, hArrived, eCold []float64
	var kMoved, hMoved int64
	for round := range loadRounds {
		k0 := kSent.Load()
		k := visit(t, ctx, kpURL, warmVisits, true)
		kCold, kDrawn, kWarm, kArrived = append(kCold, k.cold), append(kDrawn, k.drawn), append(kWarm, k.warm...), append(kArrived, k.arrived...)
		kStart = append(kStart, k.start)
		h0 := hSent.Load()
		h := visit(t, ctx, helloURL, warmVisits, false)
		hCold, hWarm, hArrived = append(hCold, h.cold), append(hWarm, h.warm...), append(hArrived, h.arrived...)
		if round == 0 {
			kMoved, hMoved = kSent.Load()-k0, hSent.Load()-h0
		}
		eCold = append(eCold, visit(t, ctx, pagesURL+"/echarts.html", 0, false).cold)
	}
	t.Logf("first visit over the network (Chromium asks 127.0.0.1 for brotli): kpisim %s, hello world %s", mb(kMoved), mb(hMoved))
	tb.row("first visit over the network, page and offline copy (brotli)", mb(kMoved), mb(hMoved), ratio(float64(kMoved), float64(hMoved)), "")
	t.Logf("navigation to data-ready, cold (fresh context), median of %d: kpisim %.0f ms %v; hello world %.0f ms %v; ECharts page %.0f ms %v",
		loadRounds, median(kCold), rounded(kCold), median(hCold), rounded(hCold), median(eCold), rounded(eCold))
	t.Logf("cold, every chart drawn (data-drawn), median of %d: kpisim %.0f ms %v", loadRounds, median(kDrawn), rounded(kDrawn))
	t.Logf("cold, from Go's main to the mounted page (User Timing kpisim-main to kpisim-mounted), median of %d: %.0f ms %v", loadRounds, median(kStart), rounded(kStart))
	t.Logf("warm (worker cache), median of %d: kpisim %.0f ms %v; hello world %.0f ms %v", len(kWarm), median(kWarm), rounded(kWarm), median(hWarm), rounded(hWarm))
	tb.row("cold load → data-ready", msf(median(kCold)), msf(median(hCold))+" (hello-world go-app)", ratio(median(kCold), median(hCold)), "≤ 1.5×")
	tb.row("… every chart drawn and every section built (data-drawn)", msf(median(kDrawn)), "", "", "")
	tb.row("cold load → data-ready, ECharts floor", msf(median(kCold)), msf(median(eCold))+" (ECharts-only page)", ratio(median(kCold), median(eCold)), "")
	t.Logf("warm, arriving from about:blank, median of %d: kpisim %.0f ms %v; hello world %.0f ms %v", len(kArrived), median(kArrived), rounded(kArrived), median(hArrived), rounded(hArrived))
	tb.row("warm load (service worker) → data-ready", msf(median(kWarm)), msf(median(hWarm))+" (hello-world go-app)", ratio(median(kWarm), median(hWarm)), "≤ 1.5×")
	tb.row("… the same arriving from another page (about:blank)", msf(median(kArrived)), msf(median(hArrived))+" (hello-world go-app)", ratio(median(kArrived), median(hArrived)), "≤ 1.5×")

	// The pages that stay open: kpisim in this tab, the funnel in another.
	do(t, ctx, chromedp.Navigate(kpURL))
	ready(t, ctx)
	fctx, cancel := chromedp.NewContext(ctx)
	defer cancel()
	record(t, fctx)
	do(t, fctx, chromedp.Navigate(pagesURL+"/funnel.html"))
	waitFor(t, fctx, `document.body.dataset.ready === "true"`, "the funnel page never became ready")

	// Slider input → figure, at CPU 1× and 4×.
	for _, rate := range []float64{1, 4} {
		var k, f sliderRun
		for range sliderRounds {
			k.add(slide(t, ctx, rate, kpisimSlider))
			f.add(slide(t, fctx, rate, floorSlider))
		}
		t.Logf("slider input to figure at CPU %.0f× (%d moves): kpisim p50 %.1f / p95 %.1f / max %.1f ms, %d long tasks (longest %.0f ms); funnel p50 %.1f / p95 %.1f / max %.1f ms, %d long tasks",
			rate, len(k.Times), pct(k.Times, 50), pct(k.Times, 95), pct(k.Times, 100), k.Tasks.Count, k.Tasks.Longest, pct(f.Times, 50), pct(f.Times, 95), pct(f.Times, 100), f.Tasks.Count)
		budget := "≤ 4× floor"
		if rate == 4 {
			budget = "≤ 50 ms"
		}
		tb.row(fmt.Sprintf("slider input → figure, p50, CPU %.0f×", rate), ms1(pct(k.Times, 50)), ms1(pct(f.Times, 50))+" (plain-JS funnel)", ratio(pct(k.Times, 50), pct(f.Times, 50)), "")
		tb.row(fmt.Sprintf("slider input → figure, p95, CPU %.0f×", rate), ms1(pct(k.Times, 95)), ms1(pct(f.Times, 95))+" (plain-JS funnel)", ratio(pct(k.Times, 95), pct(f.Times, 95)), budget)
		if rate == 4 {
			tb.row("long tasks in those moves, CPU 4×", fmt.Sprintf("%d, longest %s", k.Tasks.Count, msf(k.Tasks.Longest)), fmt.Sprintf("%d", f.Tasks.Count), "", "")
		}
	}

	// A 1-second drag at CPU 4× by Chromium's own mouse (bench_pointer_test.go).
	var kp, fp []pointerRun
	for range dragRounds {
		kp = append(kp, pointerDrag(t, ctx, kpisimSlider))
		fp = append(fp, pointerDrag(t, fctx, floorSlider))
	}
	for i := range kp {
		t.Logf("mouse drag %d at CPU 4× (%d moves over 1 s): kpisim received %d input events, last at %.0f ms, its figure on screen after %.0f ms, %d long tasks (longest %.0f ms); funnel %d input events, %.0f ms, %d long tasks",
			i+1, dragSteps, kp[i].Inputs, kp[i].LastInput, kp[i].Total, kp[i].Tasks.Count, kp[i].Tasks.Longest, fp[i].Inputs, fp[i].Total, fp[i].Tasks.Count)
	}
	pk, pf := medianBy(kp, func(d pointerRun) float64 { return d.Total }), medianBy(fp, func(d pointerRun) float64 { return d.Total })
	tb.row("1-second drag at CPU 4×, Chromium's mouse: last move's figures on screen", msf(pk.Total), msf(pf.Total)+" (plain-JS funnel)", ratio(pk.Total, pf.Total), "≤ 1.2 s")
	tb.row("… long tasks during it", fmt.Sprintf("%d, longest %s (%d input events received)", pk.Tasks.Count, msf(pk.Tasks.Longest), pk.Inputs),
		fmt.Sprintf("%d (%d input events)", pf.Tasks.Count, pf.Inputs), "", "none over 100 ms")

	// The same drag as 60 scripted input events, none coalesced.
	var kd, fd []dragRun
	for range dragRounds {
		kd = append(kd, drag(t, ctx, kpisimSlider, ""))
		fd = append(fd, drag(t, fctx, floorSlider, ""))
	}
	for i := range kd {
		t.Logf("drag %d at CPU 4× (%d inputs over %.0f ms): kpisim figures on screen after %.0f ms, %d long tasks (longest %.0f ms, %.0f ms blocked), charts %v (redrawn %v) settled %.0f ms after the last input (%d chart events); funnel %.0f ms, %d long tasks",
			i+1, dragSteps, kd[i].LastInput, kd[i].Total, kd[i].Tasks.Count, kd[i].Tasks.Longest, kd[i].Tasks.Blocked, kd[i].Charts, kd[i].Redrawn, kd[i].Settle, kd[i].ChartEvents, fd[i].Total, fd[i].Tasks.Count)
		if len(kd[i].Charts) == 0 {
			t.Error("no ECharts instance on kpisim's .chart elements: the charts' settling was not measured")
		}
	}
	dk, df := medianBy(kd, func(d dragRun) float64 { return d.Total }), medianBy(fd, func(d dragRun) float64 { return d.Total })
	tb.row("1-second drag at CPU 4×, 60 scripted input events (none coalesced): last input's figures on screen", msf(dk.Total), msf(df.Total)+" (plain-JS funnel)", ratio(dk.Total, df.Total), "≤ 1.2 s")
	tb.row("… long tasks during the drag", fmt.Sprintf("%d, longest %s, %s blocked", dk.Tasks.Count, msf(dk.Tasks.Longest), msf(dk.Tasks.Blocked)),
		fmt.Sprintf("%d, longest %s", df.Tasks.Count, msf(df.Tasks.Longest)), "", "none over 100 ms")
	settle := medianBy(kd, func(d dragRun) float64 { return d.Settle })
	redrawn := "none: all far from the window"
	if len(settle.Redrawn) > 0 {
		redrawn = strings.Join(settle.Redrawn, ", ")
	}
	tb.row("… charts settle after the last input (those far from the window wait until it comes near)", msf(settle.Settle)+" (redrawn: "+redrawn+")", "", "", "≤ 100 ms")

	// The same drag with the charts in view (scrolled to the cumulative
	// chart; the levers are sticky), the charts on screen timed apart.
	var kv []dragRun
	for range dragRounds {
		kv = append(kv, drag(t, ctx, kpisimSlider, "#chart-cumulative"))
	}
	for i, d := range kv {
		t.Logf("drag %d at CPU 4×, scrolled to the charts: figures after %.0f ms, %d long tasks (longest %.0f ms); charts on screen %v settled %.0f ms after the last input (each %s), all charts %.0f ms",
			i+1, d.Total, d.Tasks.Count, d.Tasks.Longest, d.OnScreen, d.SettleOnScreen, eachChart(d), d.Settle)
		if len(d.OnScreen) == 0 {
			t.Error("scrolled to #chart-cumulative, no chart was on screen")
		}
	}
	vd := medianBy(kv, func(d dragRun) float64 { return d.SettleOnScreen })
	tb.row("… the same drag scrolled to the charts: charts on screen settle", msf(vd.SettleOnScreen)+" ("+eachChart(vd)+")", "", "", "≤ 100 ms")

	mc := monteCarlo(t, ctx)
	tb.row("Monte Carlo 10,000 × 12, start to bands (on workers)", msf(mc.page), msf(mc.native)+" (the same run natively)", ratio(mc.page, mc.native), "≤ 2×")
	tb.row("… longest long task during 20 runs", msf(mc.tasks.Longest), "", "", "never over 50 ms")

	imp := largeImport(t, ctx)
	tb.row("import of a 100,000-row activity log (4 MB), chosen to reported, CPU 1×", msf(imp.Took), "", "", "")
	tb.row("… the page's longest task meanwhile (the parse runs on a worker)", fmt.Sprintf("%s (%d frames painted)", msf(imp.Tasks.Longest), imp.Frames), "", "", "")

	t.Logf("bench took %s", time.Since(began).Round(time.Second))
	fmt.Printf("\nkpisim against its floors (make bench-e2e; %s):\n\n%s\n", time.Now().Format("2006-01-02"), tb)
}

// eachChart lists the charts on screen in d with the time each settled,
// "funnel 62, cumulative 240 ms" (the cumulative chart waits for its Monte
// Carlo band).
func eachChart(d dragRun) string {
	var each []string
	for _, id := range d.OnScreen {
		each = append(each, fmt.Sprintf("%s %.0f", strings.TrimPrefix(id, "chart-"), d.Each[id]))
	}
	return strings.Join(each, ", ") + " ms"
}

// slide runs a series of slider moves in the tab at CPU rate.
func slide(t *testing.T, ctx context.Context, rate float64, slider string) sliderRun {
	t.Helper()
	throttle(t, ctx, rate)
	defer throttle(t, ctx, 1)
	r := inPage[sliderRun](t, ctx, sliderJS, slider, benchFigure, sliderMoves)
	if len(r.Times) != sliderMoves {
		t.Fatalf("measured %d moves, want %d", len(r.Times), sliderMoves)
	}
	return r
}

// add appends the moves and long tasks of another series.
func (r *sliderRun) add(s sliderRun) {
	r.Times = append(r.Times, s.Times...)
	r.Tasks.Count += s.Tasks.Count
	r.Tasks.Longest = max(r.Tasks.Longest, s.Tasks.Longest)
	r.Tasks.Blocked += s.Tasks.Blocked
}

// drag runs a 1-second drag in the tab at CPU 4×, scrolled to view first
// when it is not empty.
func drag(t *testing.T, ctx context.Context, slider, view string) dragRun {
	t.Helper()
	throttle(t, ctx, 4)
	defer throttle(t, ctx, 1)
	d := inPage[dragRun](t, ctx, dragJS, slider, benchFigure, dragSteps, view)
	if d.Total <= 0 {
		t.Fatalf("a drag measured nothing: %+v", d)
	}
	return d
}

// mcResult is the Monte Carlo in the page: the median run on workers
// (ms), the same run natively, and the long tasks meanwhile.
type mcResult struct {
	page, native float64
	tasks        longTasks
}

// mcJS changes the close rate 20 times, 300 ms apart, and times each
// change until the probability is back, less the delay (ms) the page waits
// for input to settle (ui.RunDelay).
const mcJS = `async (delay) => {
	const b = window.__bench, out = document.querySelector('[data-node="probability"]'), field = document.querySelector('[data-lever="close_rate"]');
	if (!out || !field) throw new Error("no probability or close-rate field");
	await b.quiet();
	const runs = [], start = performance.now();
	for (let i = 0; i < 20; i++) {
		await b.sleep(300);
		const t0 = performance.now();
		const done = new Promise(res => { const mo = new MutationObserver(() => {
			if (Number(out.dataset.value) >= 0) { mo.disconnect(); res(performance.now()); } });
			mo.observe(out, {attributes: true, childList: true, characterData: true, subtree: true}); });
		field.value = String(24 + i % 2);
		field.dispatchEvent(new Event("input", {bubbles: true}));
		runs.push(await done - t0 - delay);
	}
	return {runs, start, tasks: b.tasks(start, performance.now())};
}`

// monteCarlo measures the page's Monte Carlo run and the same run
// natively (forecast.Run of the outbound preset).
func monteCarlo(t *testing.T, ctx context.Context) mcResult {
	t.Helper()
	throttle(t, ctx, 1)
	r := inPage[struct {
		Runs  []float64 `json:"runs"`
		Start float64   `json:"start"`
		Tasks longTasks `json:"tasks"`
	}](t, ctx, mcJS, ui.RunDelay.Milliseconds())
	if len(r.Runs) != 20 {
		t.Fatalf("measured %d Monte Carlo runs, want 20", len(r.Runs))
	}
	// Each run, from its start to the bands joined: the first is drawn in
	// the page (in slices), the next ones on the workers it starts.
	// (Only the runs of this series: the drags' ran at CPU 4×.)
	onWorkers := eval[[]float64](t, ctx, fmt.Sprintf(`performance.getEntriesByName("kpisim-mc").filter(e => e.detail?.workers > 0 && e.startTime >= %f).map(e => e.duration)`, r.Start))
	firstRun := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc").filter(e => !(e.detail?.workers > 0)).map(e => e.duration)`)
	workers := eval[int](t, ctx, `Math.max(0, ...performance.getEntriesByName("kpisim-mc").map(e => e.detail?.workers ?? 0))`)
	// detail.streams holds, per stream, its time in the worker and when it
	// reached the page.
	streams := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc").flatMap(e => (e.detail?.streams ?? []).filter((_, i) => i % 2 === 0))`)
	result := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc-result").map(e => e.duration)`)
	parts := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc-slice").map(e => e.duration)`)
	if len(onWorkers) == 0 {
		t.Fatal("no Monte Carlo run on workers was timed (User Timing kpisim-mc)")
	}
	var native []float64
	for range 5 {
		start := time.Now()
		engineBands(t, map[string]float64{"close_rate": 0.25})
		native = append(native, float64(time.Since(start).Microseconds())/1000)
	}
	t.Logf("Monte Carlo run (User Timing kpisim-mc, 10,000 trials x 12 months, start to bands): on %d workers median %.0f ms (min %.0f, max %.0f) over %d runs; in the page (first run) %.0f ms; natively (forecast.Run, one goroutine) %.0f ms",
		workers, median(onWorkers), extreme(onWorkers, 0), extreme(onWorkers, 1), len(onWorkers), medianOr0(firstRun), median(native))
	t.Logf("of which: a stream of %d trials %.1f ms median in its worker; in-page slices of 2,000 trials %.1f ms; quantiles %.1f ms in the page",
		10_000/8, medianOr0(streams), medianOr0(parts), medianOr0(result))
	t.Logf("Monte Carlo change to probability on screen, less the %d ms debounce: median %.0f ms, runs %v; %d long tasks meanwhile, longest %.0f ms",
		ui.RunDelay.Milliseconds(), median(r.Runs), rounded(r.Runs), r.Tasks.Count, r.Tasks.Longest)
	return mcResult{page: median(onWorkers), native: median(native), tasks: r.Tasks}
}

// table is the Markdown table the benchmark prints.
type table struct{ rows [][5]string }

func (tb *table) row(figure, kpisim, floor, ratio, budget string) {
	tb.rows = append(tb.rows, [5]string{figure, kpisim, floor, ratio, budget})
}

func (tb table) String() string {
	var b strings.Builder
	b.WriteString("| figure | kpisim | floor | ratio | budget |\n|---|---|---|---|---|\n")
	for _, r := range tb.rows {
		b.WriteString("| " + strings.Join(r[:], " | ") + " |\n")
	}
	return b.String()
}

func msf(v float64) string { return fmt.Sprintf("%.0f ms", v) }
func ms1(v float64) string { return fmt.Sprintf("%.1f ms", v) }

// ratio is a/b as "3.3×", or "" when b is 0.
func ratio(a, b float64) string {
	if b <= 0 {
		return ""
	}
	return fmt.Sprintf("%.1f×", a/b)
}

// pct is the p-th percentile of v (nearest rank); p 100 is the maximum.
func pct(v []float64, p float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// rounded is v to whole milliseconds, for logs.
func rounded(v []float64) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x + 0.5)
	}
	return out
}

// medianBy is the element of v whose key is the median (the upper one of
// an even count).
func medianBy[T any](v []T, key func(T) float64) T {
	s := slices.Clone(v)
	slices.SortFunc(s, func(a, b T) int {
		switch ka, kb := key(a), key(b); {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	return s[len(s)/2]
}

// extreme is the least (end 0) or greatest (end 1) of v, 0 if v is empty.
func extreme(v []float64, end int) float64 {
	if len(v) == 0 {
		return 0
	}
	w := slices.Clone(v)
	slices.Sort(w)
	return w[end*(len(w)-1)]
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// medianOr0 is the median of v, 0 if v is empty.
func medianOr0(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	return median(v)
}

func mb(n int64) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

// siteSize sums the files a first visit downloads: the pages and scripts
// go-app writes and everything under web/ but the licence texts.
func siteSize(t *testing.T, dir string) (raw, gz, br int64) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || isCompressed(path) {
			return err
		}
		switch filepath.Base(path) {
		case "LICENSE", "NOTICE":
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		w.Write(data)
		w.Close()
		raw += int64(len(data))
		gz += int64(b.Len())
		// What a browser that accepts brotli downloads: the build's .br
		// copy where there is one.
		if st, err := os.Stat(path + ".br"); err == nil {
			br += st.Size()
		} else {
			br += int64(len(data))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if raw == 0 {
		t.Fatalf("%s: no files", dir)
	}
	return raw, gz, br
}
