package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// When the page renders while its inputs keep changing. A slider move
// writes its figures at once (Page.patch) and renders nothing: the page
// renders (the monthly plan, goal seek, notes, charts and diagram follow)
// once the slider has been still for settle. A slow drag pauses that long
// between two steps of the slider, so the rest follows it; a fast one
// renders at its end. Rendering and redrawing the charts take 100–300 ms at
// CPU 4× (a mid-range phone): a render forced every second of a drag, as
// there was, made a 1-second drag there last 3–5 s on a busy machine (each
// render delayed the moves, which made the drag longer and brought the next
// forced render; make bench-e2e).
const settle = 40 * time.Millisecond

// lateInterval is the least time between two completions of the view (plan,
// goal seek, charts: a few milliseconds of work) while a field is typed in:
// the figures follow every key, the rest at this pace, and it always
// catches up with the last key (catchUp).
const lateInterval = 100 * time.Millisecond

// pace is whether the page is to render for a slider and when it last moved.
type pace struct {
	due      bool // a render is scheduled
	lastMove time.Time
}

// renderSoon has the page render once the slider has been still for settle.
func (p *Page) renderSoon(ctx app.Context) {
	p.pace.lastMove = time.Now()
	if p.pace.due {
		return
	}
	p.pace.due = true
	p.awaitStill(ctx, settle)
}

func (p *Page) awaitStill(ctx app.Context, wait time.Duration) {
	ctx.After(wait, func(ctx app.Context) {
		if still := time.Since(p.pace.lastMove); still < settle {
			ctx.PreventUpdate() // still moving: the figures are up to date
			p.awaitStill(ctx, settle-still)
			return
		}
		p.pace.due = false   // this dispatch renders the page
		mark("kpisim-still") // User Timing: the drag ends, the page renders
	})
}

// lateView returns the view whose plan, goal seek and charts to show: the
// current one, completed, unless one was completed less than lateInterval
// ago, in which case that one.
func (p *Page) lateView() *View {
	v := p.view
	if p.done == nil || v.late == nil || time.Since(p.doneAt) >= lateInterval {
		p.done, p.doneAt = v.Complete(), time.Now()
		return v
	}
	return p.done
}

// catchUp makes sure the page renders again once lateInterval has passed,
// so the last change's plan and charts show.
func (p *Page) catchUp(ctx app.Context) {
	if wait := lateInterval - time.Since(p.doneAt); wait > 0 {
		ctx.After(wait+time.Millisecond, func(app.Context) {})
	}
}

// fresh drops the completed view: after a change that is not a drag
// (another scenario, another language) everything shows at once.
func (p *Page) fresh() { p.done = nil }
