package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *Page) tree(v *View) app.UI {
	l := v.Lang
	if len(v.Tree) == 0 {
		return app.Div()
	}
	if p.later() {
		return app.Section().Class("card tree-card").Body(app.H2().Text(l.T("tree.title")))
	}
	items := make([]app.UI, len(v.Tree))
	for i, n := range v.Tree {
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
		items[i] = app.Li().Class(class + " depth-" + strconv.Itoa(min(n.Depth, 24))).Body( // web/app.css: no inline style under the CSP
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
			), n.Selected),
		)
	}
	e := v.Explain
	// The heading alone is a live region: it changes when the user selects
	// a node, and a screen reader says which. The panel changes on every
	// step of a slider, and as a live region it read its 590 characters
	// each time.
	lines := []app.UI{app.H3().Attr("aria-live", "polite").Text(l.T("explain.title") + ": " + e.Label)}
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
			app.Ul().Class("tree").Body(items...),
			app.Div().Class("explain").Body(lines...),
		),
	)
}
