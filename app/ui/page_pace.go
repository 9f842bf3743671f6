package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// When the page renders while its inputs keep changing. A slider move
// writes its figures at once (Page.patch) and renders nothing: the page
// renders (the monthly plan, goal seek, notes, charts and diagram follow)
// when the slider is released (its change event: the end of a drag, or
// each arrow key), or when it has been held still for holdStill mid-drag.
// The Monte Carlo run waits for the same moment (Page.settled).
//
// Rendering and redrawing the charts take 100–300 ms at CPU 4× (a
// mid-range phone), and any render during a drag delays the moves after
// it. The still time was 40 ms and had to tell a drag's end too: on a busy
// machine one slow move left a 40 ms gap, the page rendered mid-drag, the
// next moves waited for it and a 1-second drag lasted 5–7 s (make
// bench-e2e). A drag's end is now its release, and holding still means a
// pause a person makes, not a hiccup of the machine.
const holdStill = 150 * time.Millisecond

// lateInterval is the least time between two completions of the view (plan,
// goal seek, charts: a few milliseconds of work) while a field is typed in:
// the figures follow every key, the rest at this pace, and it always
// catches up with the last key (catchUp).
const lateInterval = 100 * time.Millisecond

// pace is whether the page is to render for a slider, when it last
// moved, and which wait for stillness is current (a release ends the
// others).
type pace struct {
	due      bool // a render is scheduled
	dragging bool // a drag's second move came before its release (moving)
	lastMove time.Time
	wait     int

	painted app.Func // the release's render, after a frame (Page.onRelease)

	render    app.Func    // a render in a task of its own (Page.renderNext)
	renderAt  int         // Page.renders when it was asked for
	renderCtx app.Context // what it dispatches through
}

// renderSoon has the page render once the slider is released or has been
// held still for holdStill.
func (p *Page) renderSoon(ctx app.Context) {
	p.pace.lastMove = time.Now()
	if p.pace.due {
		if !p.pace.dragging {
			p.pace.dragging = true
			moving(true)
		}
		return
	}
	p.pace.due = true
	p.pace.wait++
	p.awaitStill(ctx, p.pace.wait, holdStill)
}

func (p *Page) awaitStill(ctx app.Context, wait int, d time.Duration) {
	ctx.After(d, func(ctx app.Context) {
		if wait != p.pace.wait || !p.pace.due {
			ctx.PreventUpdate() // released meanwhile: rendered then
			return
		}
		if still := time.Since(p.pace.lastMove); still < holdStill {
			ctx.PreventUpdate() // still moving: the figures are up to date
			p.awaitStill(ctx, wait, holdStill-still)
			return
		}
		p.settled(ctx, false) // this dispatch renders the page
	})
}

// onRelease follows a slider's change event, the end of its drag (or an
// arrow key's step): the page renders once the browser has painted the
// last move's figures. A drag's last input and its release most often come
// in one task; rendering in it (100–200 ms at CPU 4×, a mid-range phone)
// held the last figures off the screen until the render ended (drags at
// CPU 4×: the last figure shown up to 280 ms after the last input, median
// ~60 ms, against 2–30 ms now; TestReleaseShowsFiguresFirst).
func (p *Page) onRelease(ctx app.Context, a app.Action) {
	if !p.pace.due {
		ctx.PreventUpdate() // nothing moved since the last render
		return
	}
	if !app.IsClient {
		p.settled(ctx, true) // no frames: this dispatch renders the page
		return
	}
	ctx.PreventUpdate()
	if p.pace.painted == nil {
		render := app.FuncOf(func(app.Value, []app.Value) any {
			ctx.Dispatch(func(ctx app.Context) {
				if !p.pace.due {
					ctx.PreventUpdate() // rendered meanwhile (held still)
					return
				}
				p.settled(ctx, true)
			})
			return nil
		})
		// A task queued from the frame's callbacks runs after its paint.
		p.pace.painted = app.FuncOf(func(app.Value, []app.Value) any {
			app.Window().Call("setTimeout", render, 0)
			return nil
		})
	}
	app.Window().Call("requestAnimationFrame", p.pace.painted)
}

// settled ends a slider's changes, released or held still: the dispatch
// it runs in renders the page, and the Monte Carlo run, held during the
// drag, starts at once (no RunDelay: the drag is over), on the workers
// while the page renders, so its band most often reaches the cumulative
// chart before that chart's first redraw, and the chart redraws once.
// Held still, the slider may move on: the charts near the screen wait for
// the render, and the task before it stays short (drawAhead).
func (p *Page) settled(ctx app.Context, released bool) {
	p.pace.due = false
	if p.pace.dragging {
		p.pace.dragging = false
		moving(false)
	}
	mark("kpisim-still") // User Timing: the drag ends, the page renders
	p.runAfter(ctx, 0)
	p.drawFirst(ctx, released) // the charts on screen (and near it, released), then the render (draw_ahead.go)
}

// lateView returns the view whose plan, goal seek and charts to show: the
// current one, completed, unless one was completed less than lateInterval
// ago, in which case that one.
func (p *Page) lateView() *View { return p.nextView().Complete() }

// nextView is the view lateView completes, not completed yet: drawAhead
// builds the options of the charts it draws from it, and only the
// cumulative chart's needs it completed.
func (p *Page) nextView() *View {
	v := p.fullView()
	if p.done == nil || v.late == nil || time.Since(p.doneAt) >= lateInterval {
		p.done, p.doneAt = v, time.Now()
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

// moving marks the page (data-moving on its root) while a slider is
// dragged: from its second move to its release or hold. The style sheet
// then lets the browser skip the cards far from the window (their
// content-visibility), so each move lays out and paints what is near it
// alone (a 1-second drag at CPU 4× took 1.8 s with every card laid out,
// 1.0–1.3 s without). Only then: a card skipped is out of the
// accessibility tree, and a screen reader found six sections and their
// controls missing when it was so all the time. A key's step (its input
// and its change in one task) never marks it.
func moving(on bool) {
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	if on {
		root.Call("setAttribute", "data-moving", "")
	} else {
		root.Call("removeAttribute", "data-moving")
	}
}

// afterPaint runs do in a task after the browser's next paint: a frame's
// callback queues it, so what the page renders before it is on screen
// first (an import's "reading…" before the parse holds the thread).
func afterPaint(do func()) {
	var frame, task app.Func
	task = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		task.Release()
		do()
		return nil
	})
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		app.Window().Call("setTimeout", task, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
}
