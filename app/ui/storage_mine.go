package ui

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// "My scenarios" live in localStorage, which every tab of the page shares.
// A tab never writes its own copy of the list over the stored one: each
// change (a save, a delete, a mark to compare) reads the list as it is now,
// applies that one change by the item's id and writes the result
// (changeMine); the other tabs hear of it by the window's storage event
// and show the list again (mountMine). A tab that wrote the list it had
// in memory lost what another tab had saved meanwhile.

// maxMine is how many "My scenarios" are kept. Past it the oldest work
// the page kept by itself goes (Kept), never a save the user named: a
// named save that finds maxMine named ones is refused with a word, and
// work kept by itself then still finds room, one past maxMine.
const maxMine = 30

// mine is one of "My scenarios": a state kept under a name.
type mine struct {
	// ID tells it apart in every tab (newMineID). A list saved before
	// items had one gets ids made from their content (withIDs), the same
	// in every tab.
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
	// Names is the name in both languages when the page made it (work it
	// kept: "Work before a shared link", "Outbound sales (edited) 12/8
	// 12:58"), nil for a name the user gave. The list and the comparison
	// read it in the page's language: a name made on the Japanese page
	// had stayed Japanese on the English one.
	Names *kpi.Label `json:"names,omitempty"`
	Saved string     `json:"saved"` // RFC 3339
	State State      `json:"state"`
	// Compare marks it for the comparison.
	Compare bool `json:"compare,omitempty"`
	// Kept marks work the page kept by itself (keepMine: the work a
	// preset, a link or another item replaced), which goes first when the
	// list is full; a save the user named (saveMine), and every item of a
	// list stored before the mark, never goes without them.
	Kept bool `json:"kept,omitempty"`
	// Tab is, for work kept from another tab (keepTab), the id of the
	// page that saved it (savedFrom.Page): that page's later work takes
	// the item's place.
	Tab string `json:"tab,omitempty"`
}

// nameIn is the item's name in language l.
func (m mine) nameIn(l i18n.Lang) string {
	if m.Names != nil {
		if s := m.Names.In(string(l)); s != "" {
			return s
		}
	}
	return m.Name
}

// newMineID is an id for a new item: the time in nanoseconds and a random
// number, so that two tabs saving at once do not pick the same.
func newMineID(now time.Time) string {
	return strconv.FormatInt(now.UnixNano(), 36) + "-" + strconv.FormatUint(rand.Uint64()%(36*36*36*36), 36)
}

// withIDs gives each item without an id (saved before they had one) an id
// made from its content, and a second item with the same content its
// place too: every tab reading the same list gives the same ids.
func withIDs(ms []mine) []mine {
	seen := map[string]bool{}
	for i := range ms {
		if ms[i].ID == "" {
			data, _ := json.Marshal(ms[i]) // a State always marshals: it was just read from JSON
			h := fnv.New64a()
			h.Write(data)
			ms[i].ID = "c" + strconv.FormatUint(h.Sum64(), 36)
			if seen[ms[i].ID] {
				ms[i].ID += "-" + strconv.Itoa(i)
			}
		}
		seen[ms[i].ID] = true
	}
	return ms
}

// mineIndex is where the item id is in ms, -1 when it is not there.
func mineIndex(ms []mine, id string) int {
	return slices.IndexFunc(ms, func(m mine) bool { return m.ID == id })
}

// addMine appends m to ms, dropping the oldest work kept by itself beyond
// maxMine items, never m. When that leaves too many, the rest the user's
// named saves, a named m is not added: ok is false and ms is as it was.
// A kept m is added, one past maxMine at most, so that no work is lost.
func addMine(ms []mine, m mine) (out []mine, ok bool) {
	out = append(slices.Clone(ms), m)
	for len(out) > maxMine {
		i := slices.IndexFunc(out[:len(out)-1], func(x mine) bool { return x.Kept })
		if i < 0 {
			break
		}
		out = slices.Delete(out, i, i+1)
	}
	if len(out) > maxMine && !m.Kept {
		return ms, false
	}
	return out, true
}

// distinctName is name, or name with the first number from 2 that no
// item of ms has ("Plan A (2)"): two items saved as "Plan A", or twice in
// a minute without a name, stood in the list with nothing to tell them
// apart.
func distinctName(ms []mine, name string) string {
	taken := func(n string) bool { return slices.ContainsFunc(ms, func(m mine) bool { return m.Name == n }) }
	if !taken(name) {
		return name
	}
	for k := 2; ; k++ {
		if n := fmt.Sprintf("%s (%d)", name, k); !taken(n) {
			return n
		}
	}
}

// othersThan is ms without its item i: the names an item's new name must
// differ from (distinctName).
func othersThan(ms []mine, i int) []mine { return slices.Delete(slices.Clone(ms), i, i+1) }

// renameMine names the item id name, trimmed, made distinct from the
// other items' (distinctName) and marked as the user's (no longer Kept:
// work the page kept by itself and then named goes only when deleted).
// It returns the list and the name given, "" when the item is gone (another
// tab deleted it) or name is blank: the list is then as it was.
func renameMine(ms []mine, id, name string) ([]mine, string) {
	i := mineIndex(ms, id)
	name = strings.TrimSpace(name)
	if i < 0 || name == "" {
		return ms, ""
	}
	ms[i].Name = distinctName(othersThan(ms, i), name)
	ms[i].Kept, ms[i].Tab, ms[i].Names = false, "", nil
	return ms, ms[i].Name
}

// storedMine is My scenarios as storage holds them now; ok is false where
// storage cannot be read.
func storedMine(ctx app.Context) (ms []mine, ok bool) {
	if storageGet(ctx, storageMine, &ms) != nil {
		return nil, false
	}
	return withIDs(ms), true
}

// loadMine shows My scenarios as storage holds them now; a delete waiting
// for its yes is dropped when another tab deleted the item.
func (p *Page) loadMine(ctx app.Context) {
	if ms, ok := storedMine(ctx); ok {
		p.share.mine = ms
	}
	if mineIndex(p.share.mine, p.share.confirm) < 0 {
		p.share.confirm = ""
	}
}

// mountMine loads My scenarios and shows them again whenever another tab
// changes them (the storage event fires in the tabs that did not write).
func (p *Page) mountMine(ctx app.Context) {
	p.loadMine(ctx)
	app.Window().Call("addEventListener", "storage", app.FuncOf(func(this app.Value, args []app.Value) any {
		// A key of null is storage cleared altogether.
		if k := args[0].Get("key"); k.Type() == app.TypeString && k.String() != storageMine {
			return nil
		}
		ctx.Dispatch(func(ctx app.Context) {
			p.loadMine(ctx)
			p.restoreLost(ctx) // an item this tab just added, lost under the other's write
		})
		return nil
	}))
}

// changeMine applies change to My scenarios as storage holds them now,
// not to this tab's copy, which may miss what another tab saved since,
// and writes the result. Where storage cannot be read the tab's copy is
// changed.
func (p *Page) changeMine(ctx app.Context, change func([]mine) []mine) {
	ms, ok := storedMine(ctx)
	if !ok {
		ms = slices.Clone(p.share.mine)
	}
	p.share.mine = change(ms)
	if err := ctx.LocalStorage().Set(storageMine, p.share.mine); err != nil {
		p.storageFailed(ctx)
	}
	ctx.Update()
}

// keepMine adds st to "My scenarios" under names, in both languages (by
// default the scenario's title, marked edited, and when: keptName), and
// says under which name it is, in the page's language: the name given, or
// the item's that held st already.
func (p *Page) keepMine(ctx app.Context, st State, names kpi.Label) (kept string) {
	return p.keep(ctx, st, names, "")
}

// keepTab keeps st, the work the page tab (another tab's) saved, in My
// scenarios, in the place of the work of that page kept before: two tabs
// changed in turns keep each other's latest work, not an item a turn.
func (p *Page) keepTab(ctx app.Context, st State, tab string) {
	p.keep(ctx, st, kpi.Label{}, tab)
}

// keep is keepMine, the work kept being the page tab's when tab is not "".
func (p *Page) keep(ctx app.Context, st State, names kpi.Label, tab string) (kept string) {
	now := time.Now()
	if names == (kpi.Label{}) {
		names = kpi.Label{Ja: keptName(i18n.Ja, st, now), En: keptName(i18n.En, st, now)}
	}
	l := p.model.Lang
	name := names.In(string(l))
	kept = name
	// Both languages take the mark that tells the name apart: " (2)".
	distinct := func(ms []mine) (string, *kpi.Label) {
		n := distinctName(ms, name)
		mark := strings.TrimPrefix(n, name)
		return n, &kpi.Label{Ja: names.Ja + mark, En: names.En + mark}
	}
	p.changeMine(ctx, func(ms []mine) []mine {
		for _, m := range ms { // the same scenario twice is kept once
			if sameScenario(m.State, st) {
				kept = m.nameIn(l)
				return ms
			}
		}
		if i := slices.IndexFunc(ms, func(m mine) bool { return tab != "" && m.Kept && m.Tab == tab }); i >= 0 {
			var both *kpi.Label
			kept, both = distinct(othersThan(ms, i))
			ms[i].Name, ms[i].Names, ms[i].Saved, ms[i].State = kept, both, now.Format(time.RFC3339), st
			return ms
		}
		kept, both := distinct(ms)
		m := mine{ID: newMineID(now), Name: kept, Names: both, Saved: now.Format(time.RFC3339), State: st, Kept: true, Tab: tab}
		p.share.added(m, now)
		out, _ := addMine(ms, m)
		return out // a kept item always finds room
	})
	return kept
}

// saveMine keeps the current work under the name typed.
func (p *Page) saveMine(ctx app.Context, e app.Event) {
	e.PreventDefault()
	field := app.Window().GetElementByID("mine-name")
	name := strings.TrimSpace(field.Get("value").String())
	st, err := p.model.State()
	if err != nil {
		return
	}
	now := time.Now()
	if name == "" {
		name = mineName(p.model, now)
	}
	full := false
	p.changeMine(ctx, func(ms []mine) []mine {
		name = distinctName(ms, name)
		m := mine{ID: newMineID(now), Name: name, Saved: now.Format(time.RFC3339), State: st}
		out, ok := addMine(ms, m)
		if full = !ok; ok {
			p.share.added(m, now)
		}
		return out
	})
	if full { // the name typed stays in its field
		p.share.notice, p.share.alert = func(l i18n.Lang) string { return fmt.Sprintf(l.T("mine.full"), maxMine) }, true
		return
	}
	field.Set("value", "") // saved: the field is free for the next name
	p.share.notice, p.share.alert = func(l i18n.Lang) string { return fmt.Sprintf(l.T("mine.saved"), name) }, false
}

// markMineCompare marks the item id for the comparison, or unmarks it.
func (p *Page) markMineCompare(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		on := ctx.JSSrc().Get("checked").Bool()
		p.changeMine(ctx, func(ms []mine) []mine {
			if i := mineIndex(ms, id); i >= 0 {
				ms[i].Compare = on
			}
			return ms
		})
		if i := mineIndex(p.share.mine, id); i >= 0 {
			p.markMine(p.share.mine[i])
		}
	}
}

// openMine restores the item id; the work it replaces is kept if edited.
// The status line says which it opened, and where the work went.
func (p *Page) openMine(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		i := mineIndex(p.share.mine, id)
		if i < 0 {
			return
		}
		st, name := p.share.mine[i].State, p.share.mine[i].Name
		st.Lang = string(p.model.Lang) // the reader's language, not the one it was saved in (storageLang)
		cur, err := p.model.State()
		kept := ""
		if err == nil && p.edited(cur) {
			kept = p.keepMine(ctx, cur, kpi.Label{})
		}
		p.recordStep(ctx) // issue 11: opening one is an undoable step
		p.share.leftNotice()
		if err := p.model.Restore(st); err != nil {
			p.share.notice, p.share.alert = said("storage.unreadable"), true
		} else {
			p.share.notice, p.share.alert = openedWords(name, kept), false
		}
		p.recordStep(ctx)
		p.fresh()
		p.refresh()
		p.scheduleRun(ctx)
	}
}

// openedWords says that the item name was opened and, when the work it
// replaced was kept, under which name.
func openedWords(name, kept string) words {
	return func(l i18n.Lang) string {
		if kept == "" {
			return fmt.Sprintf(l.T("mine.opened"), name)
		}
		return fmt.Sprintf(l.T("mine.opened_kept"), name, kept)
	}
}

// askRenameMine shows the item id's name field, its name selected.
func (p *Page) askRenameMine(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.share.renaming, p.share.confirm = id, ""
		ctx.Defer(func(app.Context) {
			if f := app.Window().Get("document").Call("querySelector", mineSelector(id, ".mine-rename-name")); f.Truthy() {
				f.Call("focus")
				f.Call("select")
			}
		})
	}
}

// renameMineItem gives the item id the name typed in its field, says so,
// and gives the focus back to its Rename. A blank name renames nothing.
func (p *Page) renameMineItem(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		i := mineIndex(p.share.mine, id)
		field := app.Window().Get("document").Call("querySelector", mineSelector(id, ".mine-rename-name"))
		if i < 0 || !field.Truthy() {
			p.share.renaming = ""
			return
		}
		before, name := p.share.mine[i], ""
		old := before.Name
		p.changeMine(ctx, func(ms []mine) []mine {
			ms, name = renameMine(ms, id, field.Get("value").String())
			return ms
		})
		p.share.renaming = ""
		if name != "" && name != old {
			p.renameCompared(before, name) // its column follows it
			p.share.notice, p.share.alert = func(l i18n.Lang) string { return fmt.Sprintf(l.T("mine.renamed"), old, name) }, false
		}
		p.focus(ctx, mineSelector(id, ".mine-rename"))
	}
}

// cancelRenameMine closes the item id's name field (its Cancel, or Esc),
// the name as it was.
func (p *Page) cancelRenameMine(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.share.renaming = ""
		p.focus(ctx, mineSelector(id, ".mine-rename"))
	}
}

// askDeleteMine asks before deleting the item id, as the tree editor asks
// before deleting a branch: the question and its answers show in the
// item, the focus on "Keep it".
func (p *Page) askDeleteMine(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.share.confirm, p.share.renaming = id, ""
		p.focus(ctx, mineSelector(id, ".mine-confirm-no"))
	}
}

// keepMineItem answers no: nothing is deleted, the focus goes back to the
// item's Delete.
func (p *Page) keepMineItem(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.share.confirm = ""
		p.focus(ctx, mineSelector(id, ".mine-delete"))
	}
}

// deleteMine answers yes: the item id goes from storage, the status line
// says so, and the focus goes to the Delete of the item that takes its
// place (or of the one before, the last gone), else to the list's heading.
func (p *Page) deleteMine(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.share.confirm = ""
		p.share.dropped(id) // deleted here: not to be added again (restoreLost)
		i := mineIndex(p.share.mine, id)
		if i < 0 {
			return
		}
		gone := p.share.mine[i]
		name := gone.Name
		next := "details.mine > summary"
		if i+1 < len(p.share.mine) {
			next = mineSelector(p.share.mine[i+1].ID, ".mine-delete")
		} else if i > 0 {
			next = mineSelector(p.share.mine[i-1].ID, ".mine-delete")
		}
		p.changeMine(ctx, func(ms []mine) []mine {
			if j := mineIndex(ms, id); j >= 0 {
				ms = slices.Delete(ms, j, j+1)
			}
			return ms
		})
		gone.Compare = false
		p.markMine(gone) // its column goes with it, another marked one in its place
		p.share.notice, p.share.alert = func(l i18n.Lang) string { return fmt.Sprintf(l.T("mine.deleted"), name) }, false
		p.focus(ctx, next)
	}
}

// mineSelector is the CSS selector of the element sel in the item id of
// My scenarios (ids are letters, digits and '-': no quoting needed).
func mineSelector(id, sel string) string {
	return `.mine-list [data-mine="` + id + `"] ` + sel
}
