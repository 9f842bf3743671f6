package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// focusable selects the controls Tab stops at.
const focusable = `a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`

// holdFocus keeps Tab inside a modal dialog, the element whose keydown e
// is: Tab on its last control goes to its first, Shift+Tab on its first to
// its last. Without it Tab left the share dialog for the controls hidden
// under it, where Esc no longer closed it.
func holdFocus(dialog app.Value, e app.Event) {
	if e.Get("key").String() != "Tab" {
		return
	}
	stops := dialog.Call("querySelectorAll", focusable)
	n := stops.Length()
	if n == 0 {
		return
	}
	first, last := stops.Index(0), stops.Index(n-1)
	at := app.Window().Get("document").Get("activeElement")
	switch back := e.Get("shiftKey").Bool(); {
	case back && (at.Equal(first) || at.Equal(dialog)):
		e.PreventDefault()
		last.Call("focus")
	case !back && at.Equal(last):
		e.PreventDefault()
		first.Call("focus")
	}
}
