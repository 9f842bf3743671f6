//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestBrowserBench measures what a visitor meets: the bytes downloaded,
// the time from navigation to data-ready, and the time from a slider's
// input event to the page's numbers changing (p50/p95 over 100 moves). It
// reports; it does not pass or fail on time, which a busy machine would
// make flaky. Run it with make bench-e2e; the README quotes it.
func TestBrowserBench(t *testing.T) {
	if os.Getenv("KPISIM_BENCH") == "" {
		t.Skip("set KPISIM_BENCH=1 (make bench-e2e)")
	}
	needBrowser(t)
	dir := siteDir(t, "/")
	raw, gz, br := siteSize(t, dir)
	t.Logf("download: %s raw, %s gzip (Go compress/gzip, level 9; GNU gzip -9 packs about 1%% smaller), %s brotli (the build's .br copies) for all files a first visit fetches", mb(raw), mb(gz), mb(br))

	srv := serve(t, "/")
	ctx := browser(t)
	// Record when <body> gets data-ready, from a script that runs before
	// the page's own.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `new MutationObserver((_, mo) => { if (document.body && document.body.dataset.ready === "true") { window.__readyAt = performance.now(); mo.disconnect(); } })
			.observe(document, {attributes: true, subtree: true, attributeFilter: ["data-ready"]});`}); err != nil {
		t.Fatal(err)
	}
	var readies []float64
	for i := 0; i < 5; i++ {
		do(t, ctx, chromedp.Navigate(srv.URL+"/"))
		ready(t, ctx)
		waitFor(t, ctx, `window.__readyAt > 0`, "no ready time")
		readies = append(readies, eval[float64](t, ctx, `window.__readyAt`))
	}
	t.Logf("navigation to data-ready: first visit %.0f ms; repeat visits (worker cache) median %.0f ms", readies[0], median(readies[1:]))

	times, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(async () => {
		const slider = document.querySelector('[data-lever="close_rate"]').closest('.lever').querySelector('input[type=range]');
		const out = document.querySelector('[data-node="calls"][data-period="rep_day"]');
		const times = [];
		for (let i = 0; i < 100; i++) {
			const v = 15 + (i % 20);
			const done = new Promise(res => { const mo = new MutationObserver(() => { mo.disconnect(); res(performance.now()); });
				mo.observe(out, {attributes: true, childList: true, characterData: true, subtree: true}); });
			const t0 = performance.now();
			slider.value = String(v);
			slider.dispatchEvent(new Event('input', {bubbles: true}));
			times.push(await done - t0);
			await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
		}
		return times;
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if len(times) != 100 {
		t.Fatalf("measured %d changes, want 100", len(times))
	}
	slices.Sort(times)
	t.Logf("slider input to numbers updated (100 changes): p50 %.1f ms, p95 %.1f ms, max %.1f ms", times[49], times[94], times[99])

	// The Monte Carlo run in the page: from the change to the probability,
	// less the 150 ms the page waits for input to settle.
	runs, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(async () => {
		const out = document.querySelector('[data-node="probability"]');
		const field = document.querySelector('[data-lever="close_rate"]');
		const runs = [];
		for (let i = 0; i < 20; i++) {
			await new Promise(r => setTimeout(r, 300));
			const t0 = performance.now();
			const done = new Promise(res => { const mo = new MutationObserver(() => {
				if (Number(out.dataset.value) >= 0) { mo.disconnect(); res(performance.now()); } });
				mo.observe(out, {attributes: true, childList: true, characterData: true, subtree: true}); });
			field.value = String(24 + i % 2);
			field.dispatchEvent(new Event('input', {bubbles: true}));
			runs.push(await done - t0 - 150);
		}
		return runs;
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	trials := 10_000.0
	med := median(runs)
	// Each run, from its start to the bands joined: the first is drawn in
	// the page (in slices), the next ones on the workers it starts.
	onWorkers := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc").filter(e => e.detail?.workers > 0).map(e => e.duration)`)
	inPage := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc").filter(e => !(e.detail?.workers > 0)).map(e => e.duration)`)
	workers := eval[int](t, ctx, `Math.max(0, ...performance.getEntriesByName("kpisim-mc").map(e => e.detail?.workers ?? 0))`)
	// detail.streams holds, per stream, its time in the worker and when it
	// reached the page.
	streams := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc").flatMap(e => (e.detail?.streams ?? []).filter((_, i) => i % 2 === 0))`)
	result := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc-result").map(e => e.duration)`)
	slices := eval[[]float64](t, ctx, `performance.getEntriesByName("kpisim-mc-slice").map(e => e.duration)`)
	t.Logf("Monte Carlo run (User Timing kpisim-mc, 10,000 trials x 12 months, start to bands): on %d workers median %.0f ms (min %.0f, max %.0f) over %d runs; in the page (first run) %.0f ms",
		workers, median(onWorkers), extreme(onWorkers, 0), extreme(onWorkers, 1), len(onWorkers), median(inPage))
	t.Logf("of which: a stream of %d trials %.1f ms median in its worker; in-page slices of 2,000 trials %.1f ms; quantiles %.1f ms in the page",
		10_000/8, median(streams), median(slices), median(result))
	t.Logf("Monte Carlo change to probability on screen, less the 150 ms debounce: median %.0f ms (%.0f trials/s), runs %v", med, trials/med*1000, runs)
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

func mb(n int64) string {
	return strings.TrimRight(strings.TrimRight(fmtFloat(float64(n)/1e6), "0"), ".") + " MB"
}

func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

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
		// copy where there is one (made at the build's quality).
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
	return raw, gz, br
}
