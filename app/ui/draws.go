package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// drawer is a canvas the page redraws: a Chart or the Diagram.
type drawer interface {
	// draw sets the latest option, drawn at once (no lazyUpdate).
	draw()
	// onScreen reports whether any of it is in the viewport.
	onScreen() bool
}

// drawQueue redraws the charts a few per task, those on screen first. A
// redraw costs 10–60 ms at CPU 4× (a mid-range phone); done in the render
// that changed the options (or all in ECharts' next frame, as a lazy
// update does), five charts and the diagram made one task of 150–300 ms,
// a frozen page after every slider drag. In tasks of their own the slider
// and the keyboard get a turn between two charts, and what the user looks
// at settles first.
type drawQueue struct {
	items   []drawer
	running bool     // a task is scheduled that draws the next
	tick    app.Func // that task: draws for drawBudget, schedules the rest
}

// draws is the page's queue: the charts and the diagram are components of
// one page, mounted and updated on go-app's one UI goroutine.
var draws drawQueue

// add queues d (once) and starts drawing if the queue was idle.
func (q *drawQueue) add(d drawer) {
	if !slices.Contains(q.items, d) {
		q.items = append(q.items, d)
	}
	if !q.running {
		q.running = true
		q.next()
	}
}

// remove drops d, dismounted, from the queue.
func (q *drawQueue) remove(d drawer) {
	if i := slices.Index(q.items, d); i >= 0 {
		q.items = slices.Delete(q.items, i, i+1)
	}
}

// drawBudget is how long one task goes on drawing: a chart costs 2–20 ms
// at full speed and up to 85 ms at CPU 4×; a task that has drawn for this
// long leaves the rest to the next one.
const drawBudget = 12 // ms

// next draws the charts on screen first, then the others, in tasks of their
// own, each drawing for at most drawBudget. The task is the browser's
// (setTimeout), not a Go timer or a go-app dispatch: Go runs every timer
// and dispatch due before it returns to the browser, so those would draw
// all in one task. Each draw is measured as "kpisim-draw" (User Timing).
// The callback draws directly: it runs while go-app's goroutine waits
// between two dispatches, and drawing changes nothing go-app renders.
func (q *drawQueue) next() {
	if q.tick == nil {
		q.tick = app.FuncOf(func(app.Value, []app.Value) any {
			start := now()
			for len(q.items) > 0 && now()-start < drawBudget {
				i := max(0, slices.IndexFunc(q.items, drawer.onScreen))
				d := q.items[i]
				q.items = slices.Delete(q.items, i, i+1)
				mark("kpisim-draw-start")
				drawSafely(d)
				measure("kpisim-draw", "kpisim-draw-start")
			}
			if len(q.items) == 0 {
				q.running = false
				return nil
			}
			q.next()
			return nil
		})
	}
	app.Window().Call("setTimeout", q.tick, 0)
}

// drawSafely draws d; a JavaScript error in ECharts (syscall/js panics)
// costs that chart its redraw, not the app: the callback runs outside
// go-app, where nothing would recover it.
func drawSafely(d drawer) {
	defer func() {
		if r := recover(); r != nil {
			app.Log("kpisim: a chart is not redrawn:", r)
		}
	}()
	d.draw()
}

// inViewport reports whether el's box meets the window's.
func inViewport(el app.Value) bool {
	if !el.Truthy() {
		return false
	}
	r := el.Call("getBoundingClientRect")
	w := app.Window()
	return r.Get("bottom").Float() > 0 && r.Get("top").Float() < w.Get("innerHeight").Float() &&
		r.Get("right").Float() > 0 && r.Get("left").Float() < w.Get("innerWidth").Float()
}
