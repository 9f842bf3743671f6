package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sight keeps the charts far from the viewport from being redrawn. A
// chart's redraw costs 10–100 ms at CPU 4× (a mid-range phone), and after a
// slider's release the page redrew all five charts and the diagram, most of
// them below the screen the user watches: 300–400 ms of a phone's thread
// no one saw, during which the next drag stuttered. A chart already drawn
// whose option changes while it is far from the viewport is parked; an
// IntersectionObserver whose box reaches half a screen beyond the viewport
// hands it back to the queue as it comes near, so it is drawn before it
// shows. While any chart is parked, its box is also measured every
// recheckEvery, so that none stays stale in sight should an observer's
// report not come. (A clean-clone CI run once saw the cumulative chart,
// scrolled to, never redrawn; the cause was elsewhere: an option changed
// while ECharts drew it, Chart.draw.) Printing and saving a
// chart as an image draw the parked ones first (drawQueue.flush). Without
// IntersectionObserver every chart is near.
type sight struct {
	parked   []drawer        // drawn once, changed since, far from the viewport
	near     map[drawer]bool // as the observer last reported; unknown is near
	observer app.Value
	seen     app.Func
	watched  []drawer
	recheck  app.Func // measures the parked charts' boxes (recheckEvery)
	checking bool     // a recheck is scheduled
}

// recheckEvery is how often the parked charts' boxes are measured.
const recheckEvery = 500 // ms

// nearMargin is how far beyond the viewport a chart counts as near: half
// a screen above and below, which a scroll crosses in more time than a
// redraw takes.
const nearMargin = "50% 0px"

// watch starts observing d's element.
func (q *drawQueue) watch(d drawer) {
	el := d.element()
	if el == nil || !el.Truthy() || !q.observe() {
		return
	}
	q.watched = append(q.watched, d)
	q.observer.Call("observe", el)
}

// unwatch stops observing d, dismounted.
func (q *drawQueue) unwatch(d drawer) {
	if i := slices.Index(q.watched, d); i >= 0 {
		q.watched = slices.Delete(q.watched, i, i+1)
		q.observer.Call("unobserve", d.element())
	}
	delete(q.near, d)
}

// observe makes the observer, once; it reports whether there is one.
func (q *drawQueue) observe() bool {
	if q.observer != nil {
		return q.observer.Truthy()
	}
	ctor := app.Window().Get("IntersectionObserver")
	if !app.IsClient || !ctor.Truthy() {
		q.observer = app.Null()
		return false
	}
	q.near = map[drawer]bool{}
	q.seen = app.FuncOf(func(_ app.Value, args []app.Value) any {
		entries := args[0]
		for i := 0; i < entries.Length(); i++ {
			e := entries.Index(i)
			target := e.Get("target")
			k := slices.IndexFunc(q.watched, func(d drawer) bool { return d.element().Equal(target) })
			if k < 0 {
				continue
			}
			d, near := q.watched[k], e.Get("isIntersecting").Bool()
			q.near[d] = near
			if near && slices.Contains(q.parked, d) {
				q.add(d)
			}
		}
		return nil
	})
	q.observer = ctor.New(q.seen, map[string]any{"rootMargin": nearMargin})
	return true
}

// far reports whether d, drawn once, is far from the viewport: its redraw
// can wait until it comes near.
func (q *drawQueue) far(d drawer) bool {
	near, known := q.near[d]
	return known && !near && d.made()
}

// park keeps d's redraw until it comes near the viewport.
func (q *drawQueue) park(d drawer) {
	if !slices.Contains(q.parked, d) {
		q.parked = append(q.parked, d)
	}
	q.scheduleRecheck()
}

// scheduleRecheck measures the parked charts' boxes after recheckEvery,
// and again while any is parked; one near the viewport goes back to the
// queue.
func (q *drawQueue) scheduleRecheck() {
	if q.checking || !app.IsClient {
		return
	}
	if q.recheck == nil {
		q.recheck = app.FuncOf(func(app.Value, []app.Value) any {
			q.checking = false
			for _, d := range slices.Clone(q.parked) {
				if nearViewport(d.element()) {
					q.near[d] = true
					q.add(d)
				}
			}
			if len(q.parked) > 0 {
				q.scheduleRecheck()
			}
			return nil
		})
	}
	q.checking = true
	app.Window().Call("setTimeout", q.recheck, recheckEvery)
}

// nearViewport reports whether el's box, shown, meets the viewport grown
// by half a screen above and below (nearMargin).
func nearViewport(el app.Value) bool {
	if el == nil || !el.Truthy() {
		return false
	}
	r := el.Call("getBoundingClientRect")
	w := app.Window()
	h, wd := w.Get("innerHeight").Float(), w.Get("innerWidth").Float()
	return r.Get("height").Float() > 0 && r.Get("bottom").Float() > -h/2 && r.Get("top").Float() < h*1.5 &&
		r.Get("right").Float() > 0 && r.Get("left").Float() < wd
}
