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
	// element is the element it draws in (nil before its mount).
	element() app.Value
	// made reports whether it has been drawn once (its ECharts instance),
	// and so may wait far from the viewport (sight).
	made() bool
}

// drawQueue redraws the charts a few per task, those on screen first. A
// redraw costs 10–60 ms at CPU 4× (a mid-range phone); done in the render
// that changed the options (or all in ECharts' next frame, as a lazy
// update does), five charts and the diagram made one task of 150–300 ms,
// a frozen page after every slider drag. In tasks of their own the slider
// and the keyboard get a turn between two charts, and what the user looks
// at settles first.
type drawQueue struct {
	// onScreen, when set, is called once before the queue draws anything
	// off screen: what the visitor sees is drawn (Page.markReady).
	onScreen func()
	items    []drawer
	held     []drawer // waiting for an option on its way (Chart.Hold), at most holdBand
	running  bool     // a task is scheduled that draws the next
	tick     app.Func // that task: draws for drawBudget, schedules the rest
	mounted  int      // the charts and diagrams mounted (mount, dismount)
	sight             // which are near the viewport; the redraws of the others wait
}

// draws is the page's queue: the charts and the diagram are components of
// one page, mounted and updated on go-app's one UI goroutine.
var draws drawQueue

// add queues d (once) and starts drawing if the queue was idle.
func (q *drawQueue) add(d drawer) {
	q.held, q.parked = drop(q.held, d), drop(q.parked, d)
	if !slices.Contains(q.items, d) {
		q.items = append(q.items, d)
	}
	if !q.running {
		q.running = true
		q.next()
	}
}

// hold keeps d from drawing until add queues it; it reports whether d
// was not held yet (the caller then sets the time it waits at most).
func (q *drawQueue) hold(d drawer) bool {
	if slices.Contains(q.held, d) {
		return false
	}
	q.items = drop(q.items, d)
	q.held = append(q.held, d)
	return true
}

// isHeld reports whether d waits in hold.
func (q *drawQueue) isHeld(d drawer) bool { return slices.Contains(q.held, d) }

// remove drops d, dismounted, from the queue.
func (q *drawQueue) remove(d drawer) {
	q.items, q.held, q.parked = drop(q.items, d), drop(q.held, d), drop(q.parked, d)
}

// mount counts a chart or diagram just mounted and queues its first
// drawing, which makes its ECharts instance: the page is ready once all
// of them are mounted and those on screen drawn (Page.markReady).
func (q *drawQueue) mount(d drawer) {
	q.mounted++
	q.watch(d)
	q.add(d)
}

// dismount forgets d, dismounted.
func (q *drawQueue) dismount(d drawer) {
	q.mounted--
	q.unwatch(d)
	q.remove(d)
}

// drop is list without d.
func drop(list []drawer, d drawer) []drawer {
	if i := slices.Index(list, d); i >= 0 {
		return slices.Delete(list, i, i+1)
	}
	return list
}

// flush draws everything queued, held or parked, now: before the page is
// printed or a chart saved as an image, which must show the latest figures.
func (q *drawQueue) flush() {
	list := append(append(q.items, q.held...), q.parked...)
	q.items, q.held, q.parked = nil, nil, nil
	for _, d := range list {
		drawSafely(d)
	}
}

// screenDrawn calls and clears the onScreen hook.
func (q *drawQueue) screenDrawn() {
	if f := q.onScreen; f != nil {
		q.onScreen = nil
		f()
	}
}

// pendingOnScreen reports whether a chart in the viewport waits to be drawn.
func (q *drawQueue) pendingOnScreen() bool {
	return slices.ContainsFunc(q.items, drawer.onScreen) || slices.ContainsFunc(q.held, drawer.onScreen)
}

// idle reports whether every chart has its latest option drawn, but those
// parked far from the viewport, which are drawn as they come near it.
func (q *drawQueue) idle() bool { return len(q.items) == 0 && len(q.held) == 0 }

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
				i := slices.IndexFunc(q.items, drawer.onScreen)
				if i < 0 && q.onScreen != nil {
					// The page is ready: this task ends there, so that the
					// browser shows it, and the charts off screen follow.
					q.screenDrawn()
					break
				}
				d := q.items[max(0, i)]
				q.items = slices.Delete(q.items, max(0, i), max(0, i)+1)
				if q.far(d) {
					q.park(d) // redrawn as it comes near the viewport (sight)
					continue
				}
				drawMeasured(d)
			}
			if len(q.items) == 0 {
				q.running = false
				q.screenDrawn()
				return nil
			}
			q.next()
			return nil
		})
	}
	app.Window().Call("setTimeout", q.tick, 0)
}

// drawMeasured draws d, measured as "kpisim-draw" (User Timing).
func drawMeasured(d drawer) {
	mark("kpisim-draw-start")
	drawSafely(d)
	measure("kpisim-draw", "kpisim-draw-start")
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
