package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Drawing the charts on screen before the page renders. After a slider's
// release (or a hold mid-drag) and when a Monte Carlo run's band arrives,
// the page renders all of it (the plan, goal seek, the notes: 100–150 ms at
// CPU 4×, a mid-range phone), and the charts, redrawn from their updates,
// came after: 300–450 ms from the last move to the charts the user
// watches. The charts and the diagram on screen are now drawn first, with
// the options the render is about to give them, in a task that ends before
// the render's, so that the browser shows them; the render then finds them
// current and redraws nothing. The charts near the viewport (within
// sight's margin, half a screen: those a scroll reaches first) are drawn
// with them, after those on screen, at a release (not at a hold mid-drag,
// which the next move may follow): at the top of the page the two charts
// just below the fold had waited for the render and settled 260–690 ms
// after a drag's last move at CPU 4×, against 120–210 ms so. (Drawn one a
// task before the render, they settled in 165–375 ms: a Monte Carlo
// result's render came between.) Each chart drawn so builds its own
// option alone (View.Chart): the view is completed (goal seek, the plan)
// and the other charts' options built by the render, after the draws,
// unless the cumulative chart, which draws the plan's months, is among
// them; the first chart's draw then started 37 → 25 and 64 → 35 ms after
// the release (medians of 8 drags at CPU 4×, two runs). The charts far
// from the viewport keep the draw queue's order (draws.go, sight.go).

// drawFirst draws what is on screen, and with near what is near it, ahead
// of this dispatch's render (drawAhead); when it drew anything, the render
// follows in a browser task of its own (renderNext).
func (p *Page) drawFirst(ctx app.Context, near bool) {
	if p.drawAhead(near) {
		ctx.PreventUpdate()
		p.renderNext(ctx)
	}
}

// drawAhead draws the page's charts and diagram that are in the viewport,
// and with near the charts near it, whose option the page's next render
// changes, now: those on screen first. It reports whether it drew any. A
// chart whose band is on its way (Chart.Hold) waits for it, as after a
// render.
func (p *Page) drawAhead(near bool) bool {
	if !app.IsClient || p.present.on || p.chartsLater() || len(draws.watched) == 0 {
		return false
	}
	v := p.nextView() // what the render shows: the same view, completed by it (or by the cumulative chart's option)
	drew := false
	list, on := aheadOrder(draws.watched)
	for k, d := range list {
		var applied *string // what it has drawn
		switch d := d.(type) {
		case *Chart:
			if p.chartHold(d.ID) || !(k < on || near && nearViewport(d.host)) {
				continue
			}
			option := v.Chart(d.ID) // built alone: those not drawn here wait for the render
			if option == "" || option == d.applied {
				continue
			}
			d.Option, applied = option, &d.applied // as the render sets it: it then finds nothing to update
		case *Diagram:
			nodes := v.diagramNodes()
			if d.Focus != "" || len(nodes) != len(d.Nodes) || k >= on {
				continue // (the box count is in the element's data-nodes: a render's)
			}
			d.Nodes, applied = nodes, &d.applied // its draw compares the tree with the one drawn
		default:
			continue
		}
		was := *applied
		draws.remove(d)
		drawMeasured(d)
		drew = drew || *applied != was
		if c, ok := d.(*Chart); ok && c.applied != c.Option {
			// Not drawn (ECharts threw, or it was drawing this chart: a
			// draw mid-draw waits in the queue): the render to come finds
			// the option it gives already set and updates nothing, so the
			// queue draws it, or the chart would keep its last option
			// until the next change.
			draws.add(c)
		}
	}
	return drew
}

// aheadOrder is watched, those on screen first: the first on of list
// (each box measured once).
func aheadOrder(watched []drawer) (list []drawer, on int) {
	var off []drawer
	for _, d := range watched {
		if d.onScreen() {
			list = append(list, d)
		} else {
			off = append(off, d)
		}
	}
	return append(list, off...), len(list)
}

// renderNext has the page render in a browser task after this one, unless
// it renders meanwhile (a Monte Carlo result, another change). The render
// is dispatched through the page's own context (Page.page): the callback
// is made once, and the context of the change that first asked for it may
// be a field's that another scenario has since replaced, whose dispatches
// go-app drops (the page then never showed a run's result).
func (p *Page) renderNext(ctx app.Context) {
	p.pace.renderAt, p.pace.renderCtx = p.renders, p.page(ctx)
	if p.pace.render == nil {
		p.pace.render = app.FuncOf(func(app.Value, []app.Value) any {
			p.pace.renderCtx.Dispatch(func(ctx app.Context) {
				if p.renders != p.pace.renderAt {
					ctx.PreventUpdate() // rendered meanwhile
				}
			})
			return nil
		})
	}
	app.Window().Call("setTimeout", p.pace.render, 0)
}
