package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// scrollRegion is a box that scrolls its content sideways (a wide table,
// the tree diagram on a phone): a named region in the tab order, so that a
// keyboard user can reach it and scroll it with the arrow keys (axe-core's
// scrollable-region-focusable; issue 12).
func scrollRegion(class, label string) app.HTMLDiv {
	return app.Div().Class(class).TabIndex(0).Attr("role", "region").Aria("label", label)
}
