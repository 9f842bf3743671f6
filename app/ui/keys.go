package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// composing reports whether a key event belongs to an input method's
// composition: the Enter that confirms 億 for おく, the Esc that backs out
// of a candidate. Such a key is the IME's, not a command: it had left the
// presentation, revealed a guess half typed and cancelled a rename.
// keyCode 229 is how a browser marks a key the IME took where isComposing
// is not set.
func composing(e app.Value) bool {
	return e.Get("isComposing").Bool() || e.Get("keyCode").Int() == 229
}

// escape reports whether e is the Esc key, pressed outside a composition.
func escape(e app.Value) bool {
	return e.Get("key").String() == "Escape" && !composing(e)
}
