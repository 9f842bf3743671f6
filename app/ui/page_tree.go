package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

func (p *Page) tree(v *View) app.UI {
	l := v.Lang
	if len(v.Tree) == 0 {
		return app.Div()
	}
	if p.later() {
		return app.Section().Class("card tree-card").Body(app.H2().Text(l.T("tree.title")))
	}
	folds := foldList(v.Tree, p.treeFolds)
	items := make([]app.UI, 0, len(v.Tree))
	for i, n := range v.Tree {
		if !folds[i].Shown {
			continue
		}
		class := "node"
		if n.OnPath {
			class += " on-path"
		}
		if n.Lever {
			class += " lever-node"
		}
		if n.Selected {
			class += " selected"
		}
		items = append(items, app.Li().Class(class+" depth-"+strconv.Itoa(min(n.Depth, 24))).Body( // web/app.css: no inline style under the CSP
			app.If(folds[i].Foldable, func() app.UI { return p.foldButton(l, n, folds[i]) }),
			pressed(app.Button().Class("node-box").DataSet("tree", n.ID).
				OnClick(p.onSelect).Body(
				app.Span().Class("node-label").Text(n.Label),
				app.If(n.Cadence != "", func() app.UI { return app.Span().Class("cadence").Text(n.Cadence) }),
				app.Span().Class("node-formula").Text(n.Formula),
				app.If(n.Required != "", func() app.UI {
					return app.Span().Class("node-req").Text(l.T("tree.required") + " " + n.Required)
				}),
				app.If(n.Forecast != "", func() app.UI {
					return app.Span().Class("node-fc").Text(l.T("tree.forecast") + " " + n.Forecast)
				}),
				app.If(n.Value != "", func() app.UI { return app.Span().Class("node-fc").Text("= " + n.Value) }),
			), n.Selected),
		))
	}
	listClass := "tree"
	if len(v.Tree) > foldAbove {
		listClass += " folding" // web/app.css: a gutter for the fold buttons
	}
	e := v.Explain
	// No live region: the panel changes on every step of a slider, and as
	// one it read its 590 characters each time; its heading changes with a
	// preset too, where the answer says the change. The node the user
	// selects is said in #explain-said (Page.sayExplained).
	lines := []app.UI{
		app.H3().Text(l.T("explain.title") + ": " + e.Label),
		app.P().ID("explain-said").Class("sr-only").Aria("live", "polite"),
	}
	if e.Forward != "" {
		lines = append(lines, app.P().Body(app.Strong().Text(l.T("explain.forward")), app.Br(), app.Code().Text(e.Forward)))
	}
	if e.Backward != "" {
		lines = append(lines, app.P().Body(app.Strong().Text(l.T("explain.backward")), app.Br(), app.Code().Text(e.Backward)))
	}
	if len(e.Periods) > 0 {
		lis := make([]app.UI, len(e.Periods))
		for i, s := range e.Periods {
			lis[i] = app.Li().Text(s)
		}
		lines = append(lines, app.Ul().Class("periods").Body(lis...))
	}
	if e.Note != "" {
		lines = append(lines, app.P().Class("muted").Text(e.Note))
	}
	return app.Section().Class("card tree-card").Body(
		app.H2().Text(l.T("tree.title")),
		app.P().Class("muted").Text(l.T("tree.hint")),
		app.Div().Class("tree-layout").Body(
			app.Ul().Class(listClass).Body(items...),
			app.Div().Class("explain").Body(lines...),
		),
	)
}

// foldButton folds or unfolds node n's branches in the list, saying how
// many nodes lie below it: 「▸ 6」 folded, 「▾」 open (the triangles are the
// style sheet's, out of the button's name, which its label gives).
func (p *Page) foldButton(l i18n.Lang, n TreeNode, f listFold) app.UI {
	text, label := "", fmt.Sprintf(l.T("tree.fold"), n.Label)
	if f.Folded {
		text, label = strconv.Itoa(f.Below), fmt.Sprintf(l.T("tree.unfold"), n.Label, f.Below)
	}
	return app.Button().Type("button").Class("fold").DataSet("fold-node", n.ID).Aria("expanded", !f.Folded).
		Aria("label", label).Title(label).Text(text).OnClick(func(ctx app.Context, e app.Event) {
		if p.treeFolds == nil {
			p.treeFolds = map[string]bool{}
		}
		p.treeFolds[n.ID] = !f.Folded
	})
}
