package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Chart hosts one ECharts instance. OnMount queues its first drawing,
// which makes the instance (newChart): a chart below the fold costs the
// start nothing before the page is ready. When an update changes its
// option it queues its redraw (draws: a few charts per browser task, those
// on screen first, those far from it once they come near: sight.go), set
// as a merge (stable series ids, no flicker); it
// resizes with the window and disposes in OnDismount. After a slider's
// release and when a Monte Carlo band arrives, the page draws the charts
// on screen before it renders (draw_ahead.go), and the update then finds
// the option drawn. Render makes no JS
// call, so the page pre-renders natively. How often options change is the
// page's pace: a slider renders the page when still (page_pace.go), typing
// completes the view at most once per lateInterval.
type Chart struct {
	app.Compo
	ID     string
	Label  string // read by screen readers
	Option string // the ECharts option as JSON
	// Hold says that a newer option is on its way: the cumulative chart's
	// Monte Carlo band, computed after each change. A changed option then
	// waits for it, at most holdBand, so the chart is drawn once with its
	// band, not first without it (the band blinking out at every change)
	// and again a moment later (a redraw of 30 ms at CPU 4×).
	Hold bool

	host    app.Value // the element drawn in, from the mount
	chart   app.Value // its ECharts instance, made at the first draw
	applied string    // the option ECharts has
}

// holdBand is the longest a chart waits for its band (Chart.Hold). On
// workers a run takes 25–60 ms; a longer one (a slow device, 100,000
// trials) lets the chart show the new line first, its band after.
const holdBand = 300 * time.Millisecond

var (
	_ app.Mounter    = (*Chart)(nil)
	_ app.Updater    = (*Chart)(nil)
	_ app.Dismounter = (*Chart)(nil)
	_ app.Resizer    = (*Chart)(nil)
)

func (c *Chart) Render() app.UI {
	return app.Div().Class("chart").ID(c.ID).Attr("role", "img").Aria("label", c.Label)
}

func (c *Chart) OnMount(ctx app.Context) {
	ec := app.Window().Get("echarts")
	if !ec.Truthy() {
		app.Log("kpisim: ECharts is not loaded; charts are off")
		return
	}
	ctx.PreventUpdate() // nothing to render: the page is built (Page.OnMount)
	c.host = ctx.JSSrc()
	watchBox(c.host)
	draws.mount(c) // on screen first; the page is ready once those are drawn (Page.markReady)
}

// newChart makes the ECharts instance in host: 4–8 ms a chart on a cold
// start at CPU 1×, which the charts off screen spend after the page is
// ready (they are drawn then).
func newChart(host app.Value) app.Value {
	return app.Window().Get("echarts").Call("init", host, nil, map[string]any{"renderer": "canvas"})
}

func (c *Chart) OnUpdate(ctx app.Context) {
	switch {
	case c.Option == c.applied:
	case !c.Hold:
		draws.add(c)
	case draws.hold(c):
		ctx.After(holdBand, func(ctx app.Context) {
			ctx.PreventUpdate() // a draw, not a render
			if draws.isHeld(c) {
				draws.add(c)
			}
		})
	}
}

// OnResize fits the chart to its box at the window's resize, for a
// browser without ResizeObserver (chart_box.go).
func (c *Chart) OnResize(ctx app.Context) {
	if c.host != nil {
		fitBox(c.host)
	}
}

func (c *Chart) OnDismount() {
	draws.dismount(c)
	unwatchBox(c.host)
	if c.chart != nil && c.chart.Truthy() {
		c.chart.Call("dispose")
	}
	c.chart, c.host = nil, nil
}

// draw sets the option, drawn at once: in the task draws gives it, not in
// ECharts' next frame beside the other charts.
//
// ECharts calls the axis formatters, which are Go functions (revive), as
// it draws, and Go then runs what is due: go-app's render, which may give
// the chart a newer option, or a slider come to rest, whose charts the
// page draws at once (drawAhead). So the option is read once, and one that
// changed meanwhile is queued: its update found the chart's last drawn
// option, which the newer one can equal (the band of a preset chosen
// again), queued nothing, and the chart kept the line without a band it
// was drawing (TestBrowser/charts_exist_and_have_data after its presets:
// 3 of 12 runs; TestChartChangedWhileDrawn). Marking the newer option
// applied left a chart in the last language after a switch
// (TestLayoutLanguages, under load). A draw while ECharts draws the same
// chart waits in the queue: ECharts ignores that setOption without a word
// (TestBandWhileEChartsDraws).
func (c *Chart) draw() {
	option := c.Option // read once: the callbacks may change c.Option
	if option == "" && c.applied != "" && c.chart != nil {
		if busy(c.chart) {
			draws.add(c) // cleared once ECharts is done drawing
			return
		}
		// Nothing to chart now (the page cannot compute: it says why above
		// the charts): the last drawing goes, which was another scenario's
		// when this chart had been far from the window since (route
		// sales' error showed the store tree's bars and goal).
		if err := jsCall(c.chart, "clear"); err == nil {
			c.applied = ""
		}
		return
	}
	if c.host == nil || option == "" || option == c.applied {
		return
	}
	if c.chart == nil {
		c.chart = newChart(c.host)
	}
	if busy(c.chart) {
		draws.add(c)
		return
	}
	defer func() {
		if c.host != nil && c.Option != option {
			draws.add(c) // changed while ECharts drew: drawn next
		}
	}()
	opt := app.Window().Get("JSON").Call("parse", option)
	revive(opt)
	// A merge that ECharts throws on (it diffs the new option against the
	// drawn one) is drawn afresh: otherwise the chart would keep its last
	// option until the next change, which may never come.
	if err := jsCall(c.chart, "setOption", opt, map[string]any{"replaceMerge": []any{"series"}}); err != nil {
		if c.chart == nil {
			return // dismounted while it drew (Go ran a render in an axis label's callback)
		}
		app.Log("kpisim: chart", c.ID, "is redrawn:", err)
		if err := jsCall(c.chart, "setOption", opt, map[string]any{"notMerge": true}); err != nil {
			app.Log("kpisim: chart", c.ID, "could not be drawn:", err)
			return
		}
	}
	c.applied = option
}

// busy reports whether ECharts is drawing the instance inst: in a
// setOption, a resize or a frame's update (its __flagInMainProcess, in
// the ECharts the site serves: TestBandWhileEChartsDraws checks it is
// there).
func busy(inst app.Value) bool { return inst.Get("__flagInMainProcess").Truthy() }

func (c *Chart) onScreen() bool {
	return c.host != nil && inViewport(c.host)
}

func (c *Chart) element() app.Value { return c.host }

func (c *Chart) made() bool { return c.chart != nil && c.applied != "" }

// axisFuncs holds one Go callback per axis function name, made once: the
// page keeps a handful (two languages, money and counts).
var axisFuncs = map[string]app.Func{}

// revive replaces the axis label functions an option names by string
// ("__f__money:ja:JPY__f__", see chart.Text.Axis) with Go callbacks. Only
// the axes carry them; the page's Content-Security-Policy allows no eval,
// so a function's text could not be run anyway.
func revive(opt app.Value) {
	for _, axis := range []string{"xAxis", "yAxis"} {
		list := opt.Get(axis)
		if !list.Truthy() {
			continue
		}
		n := 1
		isArray := app.Window().Get("Array").Call("isArray", list).Bool()
		if isArray {
			n = list.Length()
		}
		for i := 0; i < n; i++ {
			a := list
			if isArray {
				a = list.Index(i)
			}
			label := a.Get("axisLabel")
			if !label.Truthy() || label.Get("formatter").Type() != app.TypeString {
				continue
			}
			name := axisFunc(label.Get("formatter").String())
			if name == "" {
				continue
			}
			f, ok := axisFuncs[name]
			if !ok {
				f = app.FuncOf(func(this app.Value, args []app.Value) any {
					if len(args) == 0 || args[0].Type() != app.TypeNumber {
						return ""
					}
					s, _ := axisLabel(name, args[0].Float())
					return s
				})
				axisFuncs[name] = f
			}
			label.Set("formatter", f)
		}
	}
}
