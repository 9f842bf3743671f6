package ui

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// actionSelectNode: a box of the tree diagram was clicked; its value is the
// node's id.
const actionSelectNode = "kpisim/select-node"

// Level names a node's level with the article's terms: the goal is the KGI,
// its direct inputs the KFS, everything below a KPI.
func Level(depth int) string {
	switch depth {
	case 0:
		return "KGI"
	case 1:
		return "KFS"
	}
	return "KPI"
}

// diagramNodes turns the view's tree (report.Table's rows, in tree order)
// into the diagram's boxes: level, the parent's operator on the edge,
// label, required and forecast figures.
func diagramNodes(v *View) []chart.Node {
	t := v.table
	if t == nil || len(v.Tree) != len(t.Rows) {
		return nil
	}
	l := v.Lang
	m := t.Answer.Tree.Model
	pos := make(map[int]int, len(t.Rows)) // model index → row
	for i, r := range t.Rows {
		pos[r.Index] = i
	}
	out := make([]chart.Node, len(t.Rows))
	for i, r := range t.Rows {
		tn := v.Tree[i]
		n := chart.Node{ID: r.ID, Parent: -1, Level: Level(r.Depth), Label: r.Label, Selected: tn.Selected}
		if r.Depth > 0 && report.Constant(m, r.Index) { // as the presentation's KFS and KPI lists leave it out
			n.Level, n.Given = l.T("diagram.given"), true
		}
		if p := m.Parent(r.Index); p >= 0 {
			n.Parent = pos[p]
			n.Op = edgeOp(m, p, r.Index)
		}
		if tn.Required != "" {
			n.Required = l.T("diagram.required") + " " + tn.Required
		}
		switch {
		case tn.Forecast != "":
			n.Forecast = l.T("diagram.forecast") + " " + tn.Forecast
		case r.Lever:
			n.Forecast = tn.Formula // the lever's value
		}
		out[i] = n
	}
	return out
}

// edgeOp is the operator drawn on the edge from parent p to its child c:
// the parent's, except on the first term of a difference or a ratio (the
// minuend, the numerator), which nothing is applied to.
func edgeOp(m *kpi.Model, p, c int) string {
	op := m.Node(p).Op
	if kids := m.Children(p); (op == kpi.Difference || op == kpi.Ratio) && len(kids) > 0 && kids[0] == c {
		return ""
	}
	return op.Symbol()
}

// diagram is the tree diagram's card. It sits before the tree's list and
// shares its explanation (Model.Selected).
func (p *Page) diagram(v *View) app.UI {
	l := v.Lang
	nodes := v.diagramNodes()
	if len(nodes) == 0 {
		return app.Section().Class("card diagram-card").Hidden(true)
	}
	return app.Section().Class("card diagram-card").Body(
		app.H2().Text(l.T("diagram.title")),
		app.P().Class("muted").Text(l.T("diagram.hint")),
		scrollRegion("diagram-scroll", l.T("diagram.title")).Body(
			&Diagram{ID: "chart-tree", Label: l.T("diagram.title"), Nodes: nodes},
		),
		app.P().Class("diagram-tools").Body(
			app.Button().Class("present-open").DataSet("present", "open").Text("▶ "+l.T("present.button")).OnClick(p.enterPresent),
			p.printButton(l), // issue 12: the handout (app/ui/print.go)
			p.pngButton(l, "chart-tree", "tree", l.T("diagram.title")),
		),
	)
}

// onSelectNode selects the node a click on the diagram names.
func (p *Page) onSelectNode(ctx app.Context, a app.Action) {
	id, ok := a.Value.(string)
	if !ok || id == "" {
		return
	}
	p.model.Selected = id
	p.refresh()
}

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

// fitScale is what a fitted tree of nodes, focused or not, draws in the
// box around it, and the scale. On a large screen it is drawn smaller when
// it is taller or wider than the box (wideScale), so a projector shows the
// KGI and the step together without scrolling (the presentation's last
// step kept SaaS's top boxes out of sight), and larger, up to maxFitScale,
// when every step has room to spare (growScale); a step too deep for
// readable type leaves levels out (stepWindow). On a phone the page
// scrolls down the tree and the step: the tree keeps its own height and is
// drawn smaller, down to minPhoneScale, to fit the screen's width (at 390
// px the boxes at either end of a step were cut in half, and the step's
// figures were below a tree 560 px high).
func (d *Diagram) fitScale(nodes []chart.Node, scale float64) ([]chart.Node, float64) {
	box := d.host.Get("parentElement")
	width, height := box.Get("clientWidth").Float(), box.Get("clientHeight").Float()
	if oneColumn() {
		if w, _ := chart.TreeSize(nodes, scale); width > 0 && w > width+1 {
			return nodes, widthScale(nodes, scale, width, minPhoneScale)
		}
		return nodes, scale
	}
	if d.Focus == "" {
		return nodes, wideScale(nodes, scale, width, height)
	}
	if fit := wideScale(nodes, scale, width, height); fit == scale {
		return nodes, growScale(d.Nodes, scale, width, height)
	}
	return stepWindow(nodes, d.Focus, scale, width, height)
}

// wideScale is the scale, from scale down, at which the tree of nodes is
// drawn in a box of width × height on a large screen: the largest whose
// height fits the box, down to minDeepScale, so that the KGI stays in
// sight at the deepest step; then, when the tree is still wider than the
// box, the largest that fits its width, down to minFitScale (a wider tree
// scrolls sideways to the step's box, scrollTo).
func wideScale(nodes []chart.Node, scale, width, height float64) float64 {
	fit := scale
	tall := func(s float64) bool { _, h := chart.TreeSize(nodes, s); return h > height+1 }
	if floor := min(scale, minDeepScale); height > 0 && tall(scale) {
		fit = floor
		if !tall(floor) {
			fit = largest(floor, scale, func(s float64) bool { return !tall(s) })
		}
	}
	if w, _ := chart.TreeSize(nodes, fit); width > 0 && w > width+1 && fit > minFitScale {
		fit = widthScale(nodes, fit, width, minFitScale)
	}
	return fit
}

// growScale is the scale, from scale up to maxFitScale, at which the tree
// of every step of a presentation (each node in focus in turn, so that the
// steps keep one size) fills the box of width × height without scrolling:
// on a projector of 1920×1080 the boxes stayed in 17-pixel type in a
// quarter of the room the tree had, beside figures of 40 pixels.
func growScale(nodes []chart.Node, scale, width, height float64) float64 {
	if width <= 0 || height <= 0 {
		return scale
	}
	steps := make([][]chart.Node, len(nodes))
	for i := range nodes {
		steps[i] = slices.Clone(nodes)
		focus(steps[i], nodes[i].ID)
	}
	fits := func(s float64) bool {
		for _, st := range steps {
			if w, h := chart.TreeSize(st, s); w > width+1 || h > height+1 {
				return false
			}
		}
		return true
	}
	if !fits(scale) {
		return scale
	}
	if fits(maxFitScale) {
		return maxFitScale
	}
	return largest(scale, maxFitScale, fits)
}

// largest is the largest scale from lo (which fits) to hi that fits, to
// 0.01, rounded down.
func largest(lo, hi float64, fits func(float64) bool) float64 {
	for hi-lo > 0.01 {
		if mid := (lo + hi) / 2; fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return math.Floor(lo*100) / 100
}

// widthScale is the largest scale, from scale down to floor, at which the
// tree of nodes is at most width wide; floor when none is.
func widthScale(nodes []chart.Node, scale, width, floor float64) float64 {
	fits := func(s float64) bool {
		w, _ := chart.TreeSize(nodes, s)
		return w <= width+1
	}
	if !fits(floor) {
		return floor
	}
	return largest(floor, scale, fits)
}

// minPhoneScale is the smallest type the presentation's tree draws on a
// phone (10.5 px): the step's own figures, below it, are in large type.
const minPhoneScale = 0.75

// oneColumn reports whether the page is laid out in one column that
// scrolls (the style sheet's @media (max-width: 800px) for the
// presentation): a phone, or a window as narrow.
func oneColumn() bool {
	return app.Window().Call("matchMedia", "(max-width: 800px)").Get("matches").Bool()
}

// maxFitScale is the largest type a fitted diagram grows to: about the
// presentation's labels beside it (20 px).
const maxFitScale = 2.0

// minFitScale is the smallest type a fitted diagram draws to fit the
// width of its box: a little under the page's own diagram. The
// presentation's figures beside it keep their size; the tree is their
// context.
const minFitScale = 0.9

// minDeepScale is the smallest type a fitted diagram draws to fit the
// height of its box (9 px figures): Inside sales' seven rows, with boxes
// of three lines (「リード獲得単価」「（CPA）」 and its cost), need 0.75 at
// 1280×720, and were scrolled at 0.9 with the KGI out of sight. (The
// presentation now leaves levels out rather than drawing its steps so
// small: stepWindow.)
const minDeepScale = 0.7

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

// draw draws the tree now (after an update, in a task draws gives it).
func (d *Diagram) draw() {
	if d.host == nil {
		return
	}
	// A JavaScript error in ECharts (syscall/js turns it into a panic,
	// which would stop the app) costs the diagram this drawing: it is
	// drawn again at the next update.
	defer func() {
		if r := recover(); r != nil {
			app.Log("kpisim: the diagram is not updated:", r)
			d.applied = ""
		}
	}()
	opt, width, height := d.option()
	if opt == "" || opt == d.applied {
		return
	}
	if d.chart == nil {
		d.init()
	}
	// The width the boxes need, set through the CSSOM (the page's
	// Content-Security-Policy refuses style attributes, not this); the
	// box around scrolls when the screen is narrower.
	st := d.host.Get("style")
	resized := false
	if w, h := strconv.Itoa(int(width))+"px", strconv.Itoa(int(height))+"px"; st.Get("minWidth").String() != w || st.Get("minHeight").String() != h {
		resized = true
		st.Set("minWidth", w)
		st.Set("minHeight", h)
		if err := jsCall(d.chart, "resize"); err != nil {
			app.Log("kpisim: the diagram is not resized:", err)
		}
	}
	// Drawn afresh, now: the last tree cleared, then the new one set, not
	// merged, and not at the next frame (no lazyUpdate). ECharts' tree
	// series diffs a new tree against the boxes it drew for the last one;
	// without an animation it throws there ("reading '__edge'", the
	// option's treeSeries), and with one a box waited for a frame to move
	// it to its place. Cleared, every box is drawn where its layout puts
	// it, in this call.
	parsed := app.Window().Get("JSON").Call("parse", opt)
	if err := jsCall(d.chart, "clear"); err != nil {
		app.Log("kpisim: the diagram is not cleared:", err)
	}
	if err := jsCall(d.chart, "setOption", parsed, map[string]any{"notMerge": true}); err != nil {
		if d.chart != nil { // else dismounted while it drew
			app.Log("kpisim: the diagram could not be drawn:", err)
		}
		return
	}
	d.applied = opt
	if !d.mounted {
		return
	}
	// Where the box around a tree wider than the screen is scrolled to
	// (once ECharts has laid the tree out): the presentation's step; else,
	// when the tree takes another size, the box just folded or unfolded,
	// or the KGI for a new tree (which opened on its leftmost leaves).
	toggled := d.toggled
	d.toggled = ""
	target := d.Focus
	if target == "" && resized {
		target = toggled
		for _, n := range d.Nodes {
			if target == "" && n.Parent < 0 {
				target = n.ID // the root
			}
		}
	}
	if target != "" {
		d.ctx.After(60e6, func(ctx app.Context) {
			ctx.PreventUpdate() // nothing to render
			d.scrollTo(target)
		})
	}
}

// scrollTo scrolls the box around the chart so that node id is in sight,
// in the middle when it can be. When every box drawn fits in the box
// around, they are all shown, centred: the width the diagram takes
// (chart.TreeSize) is what the widest tree of its leaves could need, and
// ECharts often lays a tree out narrower, so centring the node alone cut
// boxes off at one side and left the other empty (the presentation's last
// step at 1280×720).
func (d *Diagram) scrollTo(id string) {
	if d.chart == nil || !d.chart.Truthy() || id == "" {
		return
	}
	series := d.chart.Call("getModel").Call("getSeriesByIndex", 0)
	if !series.Truthy() {
		return
	}
	data, box := series.Call("getData"), series.Get("layoutInfo")
	if !box.Truthy() {
		return
	}
	var at app.Value
	lo, hi := math.Inf(1), math.Inf(-1) // the drawn boxes' centres, across
	for i := 0; i < data.Call("count").Int(); i++ {
		l := data.Call("getItemLayout", i)
		if !l.Truthy() {
			continue // folded away
		}
		x := l.Get("x").Float()
		lo, hi = min(lo, x), max(hi, x)
		if data.Call("getId", i).String() == id {
			at = l
		}
	}
	if at == nil {
		return
	}
	el := d.chart.Call("getDom").Get("parentElement")
	width, x0 := el.Get("clientWidth").Float(), box.Get("x").Float()
	scale := d.Scale
	if d.fitted > 0 {
		scale = d.fitted
	}
	if scale <= 0 {
		scale = 1
	}
	half := chart.BoxWidth*scale/2 + 8 // a box's half and its border, at most
	left, right := x0+lo-half, x0+hi+half
	x := x0 + at.Get("x").Float() - width/2
	if right-left <= width {
		x = left - (width-(right-left))/2
	} else {
		x = min(max(x, left), right-width)
	}
	el.Call("scrollTo", map[string]any{
		"left": x,
		"top":  box.Get("y").Float() + at.Get("y").Float() - el.Get("clientHeight").Float()/2,
	})
}

// jsCall calls method on v and returns the JavaScript exception it throws,
// if any, as an error: syscall/js panics on one, which would stop the app.
func jsCall(v app.Value, method string, args ...any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", method, r)
		}
	}()
	v.Call(method, args...)
	return nil
}
