package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// The KPI tree's card: the diagram's boxes from the view's tree, with
// their levels (KGI, KFS, KPI) and operators, and the card's tools.

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
// how often it is measured (the article's cadence: 日次・週次・月次),
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
		n := chart.Node{ID: r.ID, Parent: -1, Level: Level(r.Depth), Label: r.Label, Selected: tn.Selected,
			Cadence: t.Format.Cadence(r.Node.Cadence)}
		if r.Depth > 0 && report.Constant(m, r.Index) { // as the presentation's KFS and KPI lists leave it out
			n.Level, n.Given, n.Cadence = l.T("diagram.given"), true, ""
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
		case tn.Value != "":
			n.Forecast = tn.Value // what the levers make of a stock
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
	if p.view != nil && len(p.view.Tree) > foldAbove {
		if p.treeFolds == nil {
			p.treeFolds = map[string]bool{}
		}
		reveal(p.view.Tree, p.treeFolds, id) // the list shows what the diagram selects
	}
	p.refresh()
	p.sayExplained()
}
