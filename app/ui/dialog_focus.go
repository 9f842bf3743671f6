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

// showModal shows the <dialog> id as modal (HTMLDialogElement.showModal),
// unless it is open: the browser makes the page behind it inert, to a
// click and a tap as to Tab and a screen reader, until it is closed or
// leaves the page. An aria-modal <div> with holdFocus alone kept Tab in,
// but a click behind it moved the focus out and worked a slider there.
func showModal(id string) {
	if d := app.Window().GetElementByID(id); d.Truthy() && !d.Get("open").Bool() {
		d.Call("showModal")
	}
}

// closeModal closes the <dialog> id, if open: the page behind it takes the
// focus again (focus() on an element behind a modal dialog does nothing).
func closeModal(id string) {
	if d := app.Window().GetElementByID(id); d.Truthy() && d.Get("open").Bool() {
		d.Call("close")
	}
}

// keepModalFocus keeps the focus where it is when a modal dialog's
// backdrop (the page behind it, whose mousedown the dialog itself
// receives) or its padding is pressed: the focus left the control it was
// on (the share link, selected to copy) for the dialog itself.
func keepModalFocus(ctx app.Context, e app.Event) {
	if e.Get("target").Equal(ctx.JSSrc()) {
		e.PreventDefault()
	}
}
