package ui

import (
	"slices"
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

// storagePage is, in the tab's sessionStorage (its own, kept across its
// reloads, copied to a duplicated tab), the id of the page that last saved
// in the tab (savedFrom.Page).
const storagePage = "kpisim.page"

// savedFrom is where the working state was saved from: the page's history
// entry, the address that entry held and those it held before, and the
// page itself. Saved work without it (a build before it) reads as saved
// from elsewhere.
type savedFrom struct {
	Entry   string `json:"entry"`
	Address string `json:"address"`
	// Was is the addresses the entry held before Address, latest first
	// (heldSize at most): a reload begun just before the page wrote
	// Address loads one of them (the browser reloads the address the tab
	// held when the reload began).
	Was []string `json:"was,omitempty"`
	// Page is the id of the page (one document, one load) that saved.
	Page string `json:"page,omitempty"`
	// Plain says the work saved shows what the pre-rendered page shows
	// (Page.plain): web/lang.js lets the page's figures show while
	// app.wasm loads only then, or on a first visit.
	Plain bool `json:"plain,omitempty"`
}

// loadedAt is where a page loads: what ownSave tells the saved work's
// origin from.
type loadedAt struct {
	Entry  string // the entry's id in history.state at load, "" for none
	Href   string // the address
	Page   string // the id of the page that last saved in this tab (storagePage), "" for none
	Reload bool   // the load is a reload (Navigation Timing's type)
}

// ownSave reports whether the saved work, rather than the link in the
// address, is the work the tab last showed: this very history entry (its
// id kept in history.state across a reload, back and forward, none in a
// page opened anew) saved it while holding this address. The page saves
// before each address it writes, so such work is never older than the
// address, and newer when the tab went before the address followed a
// change. A link opened, pasted or clicked (a new entry), another tab's
// save, or a duplicated tab's own address since changed by its twin, is
// not the tab's own: the link opens, and the saved work is kept as ever.
//
// A reload begun as the page wrote the address (the tick's, every 400 ms
// at most) loads the address the tab held when it began, and Chromium 156
// drops the entry's id from history.state when the write lands before
// the page goes: the link opened, the change just made left in My
// scenarios (2 reloads in 20 right after a change). The page the tab showed last saved the work if
// the tab's sessionStorage names it (Page: a twin saves under its own):
// the work is this entry's own, the entry's id kept, or dropped by a
// reload that loads an address the page held.
func ownSave(from savedFrom, at loadedAt) bool {
	same := at.Entry != "" && at.Entry == from.Entry
	if same && from.Address == at.Href {
		return true
	}
	if from.Page == "" || from.Page != at.Page {
		return false // another page saved last: another tab's, or a build before Page
	}
	return same || at.Entry == "" && at.Reload && (at.Href == from.Address || slices.Contains(from.Was, at.Href))
}

// heldSize is how many addresses held before the one it holds a page's
// save names (savedFrom.Was): a reload under way as the page goes may miss
// more than one write (the address of the work opened, written once the
// charts are drawn, then a change's, a few ms apart, were both lost).
const heldSize = 4

// moved records that the tab's address went from at to href.
func (s *shareState) moved(href string) {
	if s.at != "" && s.at != href {
		s.was = append([]string{s.at}, s.was...)[:min(heldSize, len(s.was)+1)]
	}
	s.at = href
}

// lastLoad is where the page loads (loadedAt), its entry's id at load being
// entry.
func lastLoad(ctx app.Context, entry, href string) loadedAt {
	at := loadedAt{Entry: entry, Href: href}
	func() {
		defer func() { _ = recover() }() // storage refused, or no Navigation Timing: nothing known
		_ = ctx.SessionStorage().Get(storagePage, &at.Page)
		if nav := app.Window().Get("performance").Call("getEntriesByType", "navigation"); nav.Length() > 0 {
			at.Reload = nav.Index(0).Get("type").String() == "reload"
		}
	}()
	return at
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
