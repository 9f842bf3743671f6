package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/kpi"
)

// Warming a slider's path before the first drag. V8 compiles a wasm
// function with its baseline compiler when it is first called, and with
// its optimising one only once it has run for a while: on a fresh page
// the first series of 40 slider moves took p95 7.3 ms, the next two
// 4.5 ms (CPU 1×, Chromium 156). Once the page is drawn, it runs a slider
// move's Go code (the figures, Model.Figures, and the text that patches
// them, figuresText) on a copy of the scenario, a few moves per browser
// task, so that the first drag finds that code compiled. The copy leaves
// the page's model, its Monte Carlo run and the address alone; a visitor
// who moves a slider first stops it (their moves warm the code).
const (
	warmMoves  = 60                    // moves run, over the scenario's levers in turn
	warmBudget = 4                     // ms after which a task starts no other move (a cold move takes longer: tasks of 3–22 ms at CPU 1×, 4–35 ms at 4×)
	warmGap    = 30 * time.Millisecond // between two tasks
)

// warmUp starts warming the slider's path, in tasks of its own.
func (p *Page) warmUp(ctx app.Context) {
	if !app.IsClient {
		return
	}
	w := &Model{Presets: p.model.Presets, Scenario: p.model.Scenario.Clone(), Lang: p.model.Lang,
		raw: map[string]string{}, errs: map[string]*kpi.Error{}}
	var keys []string
	for _, n := range w.Scenario.Nodes {
		if n.Op == kpi.Lever && n.Value > 0 {
			keys = append(keys, n.ID)
		}
	}
	if len(keys) == 0 {
		return
	}
	changed, i := p.model.Changed, 0
	var step func(app.Context)
	step = func(ctx app.Context) {
		ctx.PreventUpdate() // nothing to render
		if p.model.Changed != changed || p.pace.due {
			return // the visitor has moved something
		}
		defer func() {
			if r := recover(); r != nil { // never the page's: it stops warming
				app.Log("kpisim: warming the sliders stopped:", r)
				i = warmMoves
			}
		}()
		for start := now(); i < warmMoves && now()-start < warmBudget; i++ {
			key := keys[i%len(keys)]
			n := w.Scenario.Node(key)
			v := n.Value * (1 + 0.01*float64(i%3)) // the value, then a step or two up
			if n.Max > n.Min {
				v = min(max(v, n.Min), n.Max)
			}
			w.SetDisplay(key, w.toDisplay(key, v))
			figuresText(w.Figures(key), key)
		}
		if i < warmMoves {
			ctx.After(warmGap, step)
			return
		}
		mark("kpisim-warm") // User Timing: the slider's path is warm
	}
	ctx.After(warmGap, step)
}
