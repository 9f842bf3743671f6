//go:build !wasm

package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// importRun is a large export's import: from the file chosen to its report
// on the page (ms), the long tasks meanwhile, and the frames the page
// painted while it was read.
type importRun struct {
	Took   float64   `json:"took"`
	Tasks  longTasks `json:"tasks"`
	Frames int       `json:"frames"`
}

// importStartJS waits until the page is quiet, then starts counting its
// frames; importDoneJS waits for the import's report and returns the run.
const (
	importStartJS = `async () => {
	const b = window.__bench;
	await b.quiet();
	window.__import = {t0: performance.now(), frames: 0};
	const tick = () => { if (window.__import.done === undefined) { window.__import.frames++; requestAnimationFrame(tick); } };
	requestAnimationFrame(tick);
	return true;
}`
	importDoneJS = `async name => {
	const b = window.__bench, run = window.__import;
	const done = () => document.querySelector('[data-import="result"] strong')?.textContent === name && document.querySelector('[data-import="reading"]') === null;
	await new Promise((resolve, reject) => {
		const timer = setTimeout(() => { mo.disconnect(); reject(new Error("the import never reported")); }, 60000);
		const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); clearTimeout(timer); resolve(); } });
		mo.observe(document.body, {subtree: true, childList: true, characterData: true});
		if (done()) { mo.disconnect(); clearTimeout(timer); resolve(); }
	});
	run.done = performance.now();
	await b.quiet(); // the long task that showed the report is observed once it ends
	return {took: run.done - run.t0, tasks: b.tasks(run.t0, run.done), frames: run.frames};
}`
)

// largeImport imports an activity log of 100,000 rows (4 MB) three times
// at CPU 1×, each undone before the next, and returns the median run: the
// file is read on a Monte Carlo worker, so the page's longest task is its
// own work after the parse.
func largeImport(t *testing.T, ctx context.Context) importRun {
	t.Helper()
	throttle(t, ctx, 1)
	file, _ := activityLog(t, 100000)
	waitFor(t, ctx, `document.body.dataset.workers === "ready"`, "the Monte Carlo workers never loaded")
	setControl(t, ctx, "start-year", "2026")
	var runs []importRun
	for range 3 {
		inPage[bool](t, ctx, importStartJS)
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		runs = append(runs, inPage[importRun](t, ctx, importDoneJS, "activities.csv"))
		eval[bool](t, ctx, `(document.getElementById("undo").click(), true)`)
		waitFor(t, ctx, `document.querySelector('[data-import="result"]') === null`, "Undo did not take the import back")
	}
	r := medianBy(runs, func(r importRun) float64 { return r.Took })
	t.Logf("import of an activity log of 100,000 rows (4 MB) at CPU 1×, chosen to reported: %s; long tasks %d, longest %s; %d frames painted meanwhile",
		fmt.Sprint(rounded([]float64{runs[0].Took, runs[1].Took, runs[2].Took})), r.Tasks.Count, msf(r.Tasks.Longest), r.Frames)
	return r
}
