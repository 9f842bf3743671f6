package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// scrollRegion is a box that scrolls its content sideways (a wide table,
// the tree diagram on a phone): a named region in the tab order, so that a
// keyboard user can reach it and scroll it with the arrow keys (axe-core's
// scrollable-region-focusable; issue 12).
func scrollRegion(class, label string) app.HTMLDiv {
	return app.Div().Class(class).TabIndex(0).Attr("role", "region").Aria("label", label)
}

// invalid marks a control that holds a refused value (aria-invalid) and
// has it described by its message, the element errID (aria-describedby):
// a screen reader says why, not only "invalid". Every refusable field
// goes through it: the editor's, the actuals' and the hires' cells, the
// plan's fields and the season row.
func invalid[T interface {
	app.UI
	Aria(string, any) T
}](c T, bad bool, errID string) app.UI {
	if !bad {
		return c
	}
	return c.Aria("invalid", "true").Aria("describedby", errID)
}
