package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A tab's address holds a link to its work, written by the page every
// 400 ms at most (shareTick) and later still while the browser is busy
// (whenIdle); work changed since is saved as the tab goes (saveNow), to
// storage alone. A reload then found a link in the address older than the
// saved work: it opened the link and kept the newer work in My scenarios,
// saying a shared link was opened. The page now tells an address of its own
// from a link it was opened with, and opens the saved work over its own.

// storageFrom is where the saved work was saved from (savedFrom).
const storageFrom = "kpisim.from"

// entryKey names, in history.state, the id the page gives its history
// entry (markEntry).
const entryKey = "kpisim"

// savedFrom is where the working state was saved from: the page's history
// entry and the address that entry held. Saved work without it (a build
// before it) reads as saved from elsewhere.
type savedFrom struct {
	Entry   string `json:"entry"`
	Address string `json:"address"`
}

// ownSave reports whether the saved work, rather than the link in the
// address, is the work the tab last showed: this very history entry (entry,
// kept in history.state across a reload, back and forward, none in a page
// opened anew) saved it while holding this address (href). The page saves
// before each address it writes, so such work is never older than the
// address, and newer when the tab went before the address followed a
// change. A link opened, pasted or clicked (a new entry), another tab's
// save, or a duplicated tab's own address since changed by its twin, is
// not the tab's own: the link opens, and the saved work is kept as ever.
func ownSave(from savedFrom, entry, href string) bool {
	return entry != "" && from.Entry == entry && from.Address == href
}

// markEntry returns the id of the page's history entry as history.state
// held it at load ("" when it held none: the page was opened anew), and the
// id the entry holds now, given one if it had none. go-app keeps no state
// in history (it pushes null), and the page's own replaceState calls carry
// history.state over (writeAddress, present.go).
func markEntry() (was, id string) {
	defer func() { // syscall/js panics on a JavaScript exception
		if recover() != nil {
			was, id = "", ""
		}
	}()
	h := app.Window().Get("history")
	if !app.IsClient || !h.Truthy() {
		return "", ""
	}
	if st := h.Get("state"); st.Type() == app.TypeObject {
		if v := st.Get(entryKey); v.Type() == app.TypeString && v.String() != "" {
			return v.String(), v.String()
		}
	}
	id = newMineID(time.Now())
	h.Call("replaceState", map[string]any{entryKey: id}, "", app.Window().Get("location").Get("href").String())
	return "", id
}
