package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The room's game lasts across a reload: the figures hidden and the tally
// are kept in the tab's sessionStorage as the presenter acts, and a
// reload of the mode takes them back for the same tree. A reload (the
// venue's Wi-Fi dropped, the trainer pressed F5) had shown every hidden
// answer on the projector and counted the guesses from nought. The mode
// opened anew starts afresh, as it did.

// storagePresent is the room's game in the tab's sessionStorage.
const storagePresent = "kpisim.present"

// presentKept is what the tab keeps of the game: the tree it was played
// on (presentTree), the nodes hidden and the guesses counted.
type presentKept struct {
	Tree   string        `json:"tree"`
	Hidden []string      `json:"hidden,omitempty"`
	Tally  []guessResult `json:"tally,omitempty"`
}

// keepPresent writes the game to the tab's sessionStorage.
func (p *Page) keepPresent(ctx app.Context) {
	k := presentKept{Tree: p.present.tree, Tally: p.present.tally}
	for id, h := range p.present.hidden {
		if h {
			k.Hidden = append(k.Hidden, id)
		}
	}
	slices.Sort(k.Hidden)
	func() {
		defer func() { _ = recover() }() // storage refused: the game lasts for the page
		_ = ctx.SessionStorage().Set(storagePresent, k)
	}()
}

// restorePresent takes back the game the tab kept, when the page is a
// reload of the mode on the tree it was played on. The mode opened anew
// (a link, the address typed, another language's page) starts afresh.
func (p *Page) restorePresent(ctx app.Context) {
	var k presentKept
	reloaded := false
	func() {
		defer func() { _ = recover() }() // storage refused, or no Navigation Timing: nothing kept
		if nav := app.Window().Get("performance").Call("getEntriesByType", "navigation"); nav.Length() > 0 {
			reloaded = nav.Index(0).Get("type").String() == "reload"
		}
		if reloaded {
			_ = ctx.SessionStorage().Get(storagePresent, &k)
		}
	}()
	if k.Tree == "" || k.Tree != p.presentTree() {
		return
	}
	p.present.tree, p.present.tally, p.present.hidden = k.Tree, k.Tally, nil
	for _, id := range k.Hidden {
		if p.present.hidden == nil {
			p.present.hidden = map[string]bool{}
		}
		p.present.hidden[id] = true
	}
}
