package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chartInterval is the least time between two redraws of one chart while
// its option keeps changing (typing in a field; a slider renders the page
// only when still, page_pace.go): the numbers follow every change, the
// charts follow at the view's pace and always settle on the last option. A
// redraw of three canvases costs several milliseconds on a machine without
// a GPU; at 60 Hz it would delay the next input.
const chartInterval = lateInterval

// Chart hosts one ECharts instance. It initialises ECharts in OnMount, sets
// the option in OnUpdate as a lazy merge (stable series ids, no flicker),
// at most once per chartInterval, resizes with the window and disposes in
// OnDismount. Render makes no JS call, so the page pre-renders natively.
type Chart struct {
	app.Compo
	ID     string
	Label  string // read by screen readers
	Option string // the ECharts option as JSON

	chart   app.Value
	applied string    // the option ECharts has
	last    time.Time // when it was set
	pending bool      // a later apply is scheduled
}

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
	c.chart = ec.Call("init", ctx.JSSrc(), nil, map[string]any{"renderer": "canvas"})
	c.apply()
}

func (c *Chart) OnUpdate(ctx app.Context) {
	if c.pending {
		return
	}
	if wait := chartInterval - time.Since(c.last); wait > 0 {
		c.pending = true
		ctx.After(wait, func(ctx app.Context) {
			ctx.PreventUpdate() // the chart alone changes, not the page
			c.pending = false
			c.apply()
		})
		return
	}
	c.apply()
}

func (c *Chart) OnResize(ctx app.Context) {
	if c.chart != nil && c.chart.Truthy() {
		if err := jsCall(c.chart, "resize"); err != nil {
			app.Log("kpisim: a chart is not resized:", err)
		}
	}
}

func (c *Chart) OnDismount() {
	if c.chart != nil && c.chart.Truthy() {
		c.chart.Call("dispose")
	}
	c.chart = nil
}

func (c *Chart) apply() {
	if c.chart == nil || !c.chart.Truthy() || c.Option == "" || c.Option == c.applied {
		return
	}
	opt := app.Window().Get("JSON").Call("parse", c.Option)
	revive(opt)
	c.chart.Call("setOption", opt, map[string]any{"lazyUpdate": true, "replaceMerge": []any{"series"}})
	c.applied, c.last = c.Option, time.Now()
}

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
