package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/scenario"
)

// The Monte Carlo run behind the probability: scheduled after a change,
// drawn in slices in the page or on workers, measured with User Timing.

// mark and measure record User Timing entries (performance.mark and
// performance.measure), which the browser's profiler shows and the browser
// benchmark reads: "kpisim-mc" is one Monte Carlo run, slices and yields
// included; "kpisim-mc-slice" each slice of trials and "kpisim-mc-result"
// the summary (quantiles) at its end.
func mark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}

func measure(name, start string) {
	if app.IsClient {
		app.Window().Get("performance").Call("measure", name, start)
	}
}

// summarise is r.Result(), measured as "kpisim-mc-result".
func summarise(r *forecast.Runner) *forecast.Bands {
	mark("kpisim-mc-result-start")
	b := r.Result()
	measure("kpisim-mc-result", "kpisim-mc-result-start")
	return b
}

// measureRun records "kpisim-mc", from "kpisim-mc-start", with the number
// of workers that drew the run and each stream's time in its worker as its
// detail ({workers: 2, streams: [4.1, ...]}; workers 0: the page).
func measureRun(workers int, took []float64) {
	if !app.IsClient {
		return
	}
	detail := newObject()
	detail.Set("workers", workers)
	streams := app.Window().Get("Array").New()
	for _, ms := range took {
		streams.Call("push", ms)
	}
	detail.Set("streams", streams)
	opts := newObject()
	opts.Set("start", "kpisim-mc-start")
	opts.Set("detail", detail)
	app.Window().Get("performance").Call("measure", "kpisim-mc", opts)
}

// yielder blocks a goroutine until the browser has been through its event
// loop once, by a MessageChannel message: unlike a timer (time.Sleep), it
// is not clamped to 4 ms when nested, so a run in slices costs almost no
// waiting. Natively (pre-rendering, tests) it sleeps a millisecond.
type yielder struct {
	out  app.Value
	wake chan struct{}
	fn   app.Func
}

func newYielder() *yielder {
	y := &yielder{wake: make(chan struct{}, 1)}
	mc := app.Window().Get("MessageChannel")
	if !app.IsClient || !mc.Truthy() {
		return y
	}
	ch := mc.New()
	y.fn = app.FuncOf(func(app.Value, []app.Value) any {
		select {
		case y.wake <- struct{}{}:
		default:
		}
		return nil
	})
	ch.Get("port1").Set("onmessage", y.fn)
	y.out = ch.Get("port2")
	return y
}

func (y *yielder) yield() {
	if y.out == nil {
		time.Sleep(time.Millisecond)
		return
	}
	y.out.Call("postMessage", nil)
	<-y.wake
}

// Monte Carlo runs off the input path: RunDelay after the last change, in
// a goroutine that steps runSlice trials at a time and sleeps between
// slices, which hands the browser back its thread to paint and take input.
// Only the result is dispatched to the page (a dispatch re-renders it); a
// change during a run abandons it, and a slider's drag holds it until the
// drag ends (Page.holdRun, page_pace.go). RunDelay lets typing settle; it
// was 150 ms, which the probability and the cumulative chart's band waited
// for after every change (on workers a run takes about 25 ms).
const (
	RunDelay = 60 * time.Millisecond
	runSlice = 2000
)

// scheduleRun starts the run for the current change RunDelay after it.
func (p *Page) scheduleRun(ctx app.Context) { p.runAfter(ctx, RunDelay) }

// runAfter starts the run for the current change after wait, unless
// another change comes first. With no wait and the workers ready, the run
// starts now, in the dispatch that called it: the workers draw while the
// page renders (a slider's release: 100–200 ms at CPU 4×), instead of after.
func (p *Page) runAfter(ctx app.Context, wait time.Duration) {
	if p.model.Bands != nil {
		return
	}
	gen := p.model.Changed
	p.runGen.Store(int64(gen))
	p.pool.drop()
	showProgress(-1)
	if wait == 0 && p.pool.ready() > 0 {
		if r := p.startRun(ctx, gen); r != nil {
			ctx.Async(func() { p.runHere(ctx, gen, r) })
		}
		return
	}
	ctx.Async(func() {
		time.Sleep(wait)
		if p.runGen.Load() != int64(gen) {
			return
		}
		// Goroutines take turns in the browser, switching only where one
		// blocks, so reading the model here does not race the page; and
		// it spares a dispatch, which would re-render the page first.
		if r := p.startRun(ctx, gen); r != nil {
			p.runHere(ctx, gen, r)
		}
	})
}

// startRun makes the run of the change gen and hands it to the workers. It
// returns the run when the page is to draw it itself (no worker is ready),
// nil when the workers draw it or there is nothing to draw.
func (p *Page) startRun(ctx app.Context, gen int) *forecast.Runner {
	mark("kpisim-mc-start")
	r := p.model.Runner()
	if r == nil {
		return nil
	}
	measure("kpisim-mc-setup", "kpisim-mc-start")
	showProgress(0)
	if n := p.pool.ready(); n > 0 {
		if js, err := scenario.EncodeJSON(p.model.Scenario); err == nil {
			p.pool.start(&job{gen: gen, scenario: string(js), r: r,
				done:     func(b *forecast.Bands, took []float64) { p.show(ctx, gen, b, n, took) },
				fail:     func(error) { ctx.Async(func() { p.runHere(ctx, gen, nil) }) },
				progress: showProgress,
			})
			return nil
		}
	}
	return r
}

// bandDue reports whether a Monte Carlo run for the current change is
// scheduled, under way or held by a drag: its band is yet to come.
func (p *Page) bandDue() bool {
	return p.model.Bands == nil && p.runGen.Load() == int64(p.model.Changed)
}

// holdRun abandons the run under way or scheduled, and schedules none:
// a slider's drag starts one once it ends (Page.settled).
func (p *Page) holdRun() {
	p.runGen.Store(int64(p.model.Changed))
	p.pool.drop()
	showProgress(-1)
}

// runHere draws the run for the change gen in the page's thread, in slices
// of runSlice trials, handing the browser its thread between them. The
// first run done here starts the workers for the next ones. r is the run's
// Runner, or nil for a new one.
func (p *Page) runHere(ctx app.Context, gen int, r *forecast.Runner) {
	if p.runGen.Load() != int64(gen) {
		return
	}
	if r == nil {
		if r = p.model.Runner(); r == nil {
			return
		}
	}
	if p.yield == nil {
		p.yield = newYielder()
	}
	for {
		mark("kpisim-mc-slice-start")
		done := r.Step(runSlice)
		measure("kpisim-mc-slice", "kpisim-mc-slice-start")
		if done {
			break
		}
		if p.runGen.Load() != int64(gen) {
			return
		}
		showProgress(r.Progress())
		p.yield.yield()
	}
	p.show(ctx, gen, summarise(r), 0, nil)
	if p.pool == nil && app.IsClient {
		p.pool = startPool(workerCount())
	}
}

// showProgress sets the run's progress bar (beside the probability, while it
// is computed) to done, a share of the trials. The bar is written to
// directly, not rendered: a render of the page per slice would cost more
// than the slice. It carries data-started once a run is under way, and the
// style sheet shows it only when a run takes long enough to be noticed
// (a 100,000-trial run, a slow device), not for every short run.
// A done below 0 hides the bar again: the run it showed was dropped.
func showProgress(done float64) {
	if !app.IsClient {
		return
	}
	bar := app.Window().Get("document").Call("querySelector", "progress[data-output=mc-progress]")
	if !bar.Truthy() {
		return
	}
	if done < 0 {
		bar.Call("removeAttribute", "data-started")
		return
	}
	bar.Call("setAttribute", "data-started", "")
	bar.Call("setAttribute", "value", strconv.FormatFloat(done, 'f', 3, 64))
}

// show puts a run's bands on the page, unless the model has changed since.
// workers is how many drew it (0: the page itself) and took the time each
// stream took in its worker, which the User Timing entry "kpisim-mc"
// carries as its detail.
func (p *Page) show(ctx app.Context, gen int, bands *forecast.Bands, workers int, took []float64) {
	if p.model.Changed != gen {
		return // changed while the last stream came
	}
	measureRun(workers, took)
	// Through the page's own context: the change's was its field's, which
	// a render since may have replaced (go-app would drop the dispatch,
	// and the result with it).
	p.page(ctx).Dispatch(func(ctx app.Context) {
		if p.model.Changed != gen {
			ctx.PreventUpdate() // a render mid-drag would delay its moves
			return
		}
		p.model.Bands = bands
		if p.behind {
			p.refresh()
		} else {
			p.model.withBands(p.view) // the rest of the view is the run's, unchanged
		}
		p.fresh()
		p.patch("")
		p.drawFirst(ctx, true) // the band on screen or near it before the render (draw_ahead.go)
	})
}
