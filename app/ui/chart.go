package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Chart hosts one ECharts instance. It initialises ECharts in OnMount, sets
// the option in OnUpdate as a lazy merge (one render per frame, stable
// series ids, no flicker while a slider is dragged), resizes with the
// window and disposes in OnDismount. Render makes no JS call, so the page
// pre-renders natively.
type Chart struct {
	app.Compo
	ID     string
	Label  string // read by screen readers
	Option string // the ECharts option as JSON

	chart app.Value
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

func (c *Chart) OnUpdate(ctx app.Context) { c.apply() }

func (c *Chart) OnResize(ctx app.Context) {
	if c.chart != nil && c.chart.Truthy() {
		c.chart.Call("resize")
	}
}

func (c *Chart) OnDismount() {
	if c.chart != nil && c.chart.Truthy() {
		c.chart.Call("dispose")
	}
	c.chart = nil
}

func (c *Chart) apply() {
	if c.chart == nil || !c.chart.Truthy() || c.Option == "" {
		return
	}
	opt := app.Window().Get("JSON").Call("parse", c.Option)
	c.chart.Call("setOption", opt, map[string]any{"lazyUpdate": true, "replaceMerge": []any{"series"}})
}
