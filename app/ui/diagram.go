package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/chart"
)

// Diagram hosts the tree diagram's ECharts instance. A click on a box
// selects its node (actionSelectNode); a click on the node already
// selected folds or unfolds its branches. What is folded is the diagram's
// own state and survives every redraw.
type Diagram struct {
	app.Compo
	ID    string
	Label string
	Nodes []chart.Node
	Scale float64 // type size; 0 is 1 (the presentation mode uses 1.4)
	// Focus, when set, shows the path from the KGI to this node and the
	// terms beside it: every other branch is folded (the presentation's
	// step). The diagram's own folds are then left aside.
	Focus string
	// Fit draws the tree smaller (down to minFitScale) when it is taller
	// than the box around it, and larger (up to maxFitScale) when the
	// whole tree has room to spare.
	Fit    bool
	fitted float64 // the scale drawn at when Fit made it smaller; 0 otherwise

	host    app.Value // the element drawn in, from the mount
	chart   app.Value // its ECharts instance, made at the first draw
	ctx     app.Context
	mounted bool
	click   app.Func
	folded  map[string]bool
	toggled string // the box last folded or unfolded, which the box around keeps in sight
	applied string
}

var (
	_ app.Mounter    = (*Diagram)(nil)
	_ app.Updater    = (*Diagram)(nil)
	_ app.Dismounter = (*Diagram)(nil)
	_ app.Resizer    = (*Diagram)(nil)
)

func (d *Diagram) Render() app.UI {
	return app.Div().Class("chart tree-diagram").ID(d.ID).Attr("role", "img").Aria("label", d.Label).
		DataSet("nodes", len(d.Nodes))
}

// nodes are the boxes with the folded branches.
func (d *Diagram) nodes() []chart.Node {
	nodes := make([]chart.Node, len(d.Nodes))
	copy(nodes, d.Nodes)
	if d.Focus == "" {
		for i := range nodes {
			nodes[i].Folded = d.folded[nodes[i].ID]
		}
		return nodes
	}
	focus(nodes, d.Focus)
	return nodes
}

// focus folds every branch of nodes but the path from the KGI to the node
// id and the terms beside it: a presentation's step.
func focus(nodes []chart.Node, id string) {
	open := map[int]bool{}
	for i := range nodes {
		if nodes[i].ID == id {
			for j := i; j >= 0; j = nodes[j].Parent {
				open[j] = true
			}
		}
	}
	parent := map[int]bool{}
	for _, n := range nodes {
		parent[n.Parent] = true
	}
	for i := range nodes {
		nodes[i].Folded = !open[i] && parent[i] // a leaf has nothing to fold
	}
}

// option is the ECharts option of the boxes and the size they need, in
// CSS pixels.
func (d *Diagram) option() (string, float64, float64) {
	nodes := d.nodes()
	scale := d.Scale
	if scale <= 0 {
		scale = 1
	}
	d.fitted = 0
	fit := scale
	if d.Fit && d.host != nil {
		nodes, fit = d.fitScale(nodes, scale)
		if fit != scale {
			d.fitted = fit
		}
	}
	b, err := chart.TreeScaled(nodes, chart.Text{}, fit)
	if err != nil {
		app.Log("kpisim: tree diagram:", err)
		return "", 0, 0
	}
	w, h := chart.TreeSize(nodes, fit)
	return string(b), w, h
}

func (d *Diagram) OnMount(ctx app.Context) {
	ctx.PreventUpdate() // nothing to render: the page is built (Page.OnMount)
	ec := app.Window().Get("echarts")
	if !ec.Truthy() {
		return
	}
	d.host, d.ctx, d.mounted = ctx.JSSrc(), ctx, true
	draws.mount(d) // its instance is made at the first draw (Diagram.init)
}

// init makes the diagram's ECharts instance, which a box's click selects
// or folds.
func (d *Diagram) init() {
	d.chart = newChart(d.host)
	ctx := d.ctx
	d.click = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		data := args[0].Get("data")
		if !data.Truthy() || data.Get("id").Type() != app.TypeString {
			return nil
		}
		id := data.Get("id").String()
		ctx.Dispatch(func(ctx app.Context) { d.onClick(ctx, id) })
		return nil
	})
	d.chart.Call("on", "click", d.click)
}

func (d *Diagram) onClick(ctx app.Context, id string) {
	for _, n := range d.Nodes {
		if n.ID == id && n.Selected {
			if d.folded == nil {
				d.folded = map[string]bool{}
			}
			d.folded[id] = !d.folded[id]
			d.toggled = id
			d.draw()
			return
		}
	}
	ctx.NewActionWithValue(actionSelectNode, id)
}

func (d *Diagram) OnUpdate(ctx app.Context) {
	draws.add(d) // draw compares the tree with the one drawn
}

func (d *Diagram) OnResize(ctx app.Context) {
	if d.Fit && d.applied != "" {
		// The box around took another height (a projector's window made
		// full screen, or smaller): the fitted scale is found again, and
		// the tree drawn afresh if it changes.
		draws.add(d)
	}
	if d.chart != nil && d.chart.Truthy() {
		if err := jsCall(d.chart, "resize"); err != nil {
			app.Log("kpisim: the diagram is not resized:", err)
			d.applied = "" // the next update draws it afresh
		}
	}
}

func (d *Diagram) OnDismount() {
	draws.dismount(d)
	if d.chart != nil && d.chart.Truthy() {
		d.chart.Call("dispose")
	}
	if d.click != nil {
		d.click.Release()
	}
	d.chart, d.click, d.host, d.mounted = nil, nil, nil, false
}

func (d *Diagram) onScreen() bool {
	return d.host != nil && inViewport(d.host)
}

func (d *Diagram) element() app.Value { return d.host }

// made reports whether the diagram has been drawn, and so may wait far
// from the viewport (sight) like the charts: it is drawn afresh as it
// comes near, every box in its place in the draw's own call (draw).
func (d *Diagram) made() bool { return d.chart != nil && d.applied != "" }
