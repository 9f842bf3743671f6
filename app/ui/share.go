package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
)

// shareState is the page's part of issue 11: the address that always holds
// the state, the saved work and the share dialog.
type shareState struct {
	forms    *linkForms       // each preset's JSON forms, the bases of a link's diff
	last     string           // the state JSON last written to the address and storage
	lastSt   State            // the same, decoded
	link     string           // the address that holds it
	entry    string           // the id of the page's history entry (markEntry)
	at       string           // the address the tab holds: the link the page opened with, then each it wrote (savedFrom)
	was      []string         // the addresses it held before at, latest first (savedFrom.Was)
	page     string           // the page's own id (savedFrom.Page)
	seen     string           // the saved work as this page last read or wrote it: another tab's since is kept before this page saves over it (Page.save)
	dialog   bool             // the share dialog is open
	qr       string           // the QR code of link, as SVG markup made here (numbers only)
	copied   words            // what copying the link said, in the page's language (nil: nothing yet)
	notice   words            // a link opened, or could not be: said once at the top (nil: nothing to say)
	alert    bool             // notice is an error
	stored   bool             // a storage failure was said already
	mine     []mine           // "My scenarios" (app/ui/storage_mine.go)
	confirm  string           // the id of the one of My scenarios whose delete waits for a yes
	recent   []recentMine     // what this tab added to My scenarios lately (storage_mine_race.go)
	renaming string           // the id of the one of My scenarios being renamed (its field shows)
	base     *State           // the comparison's base: the state before the first change, or as rebased
	rebased  bool             // base is the work as it stood at "Make the current state the base"
	solved   map[string]*View // each compared copy solved, by language and scenario (app/ui/compare_page.go)
	period   string           // the period the comparison's required table shows; "": every period
	mounted  bool
	anchor   bool // the page opened on a fragment that is not a link (#top): kept until the first change
	// addressDue: the address is written once the charts are drawn (awaitDrawn),
	// not at mount, where the link's encoding (the presets' JSON as the
	// diff's base, then the compression: 30 ms in a cold page) would delay
	// the first figures and charts.
	addressDue bool
	idleDue    bool // the tick's write waits for the browser to be idle (whenIdle)
	// early is the saved work the page was built with (Page.OnInit, as
	// read from storage): the mount finds the same there and restores
	// nothing, without reading it again.
	early string
	// opening is the work the page opened with (Model.snapshot at the
	// mount), until Page.opened records it: its state's JSON (20–110 ms of
	// a cold start, encoding/json's first use) waits until the page is
	// drawn, or until something needs it first.
	opening *Model
	// plain holds the states (their JSON, in each language) that show
	// what the pre-rendered page shows (Page.plain), once one is asked for;
	// plainNoted is the last link to one noted in storage (notePlainLink).
	plain      map[string]bool
	plainNoted string
}

// shareInterval is how often the address and the saved work catch up with
// the page: a slider's drag makes one write per interval, never a history
// entry.
const shareInterval = 400 * time.Millisecond

// shareBases gives the presets' JSON forms to the link codec.
func (p *Page) shareBases() share.Bases { return p.share.forms.bases() }

// stateJSON is the model's state as JSON.
func (p *Page) stateJSON() (string, State, error) {
	st, err := p.model.State()
	if err != nil {
		return "", st, err
	}
	data, err := json.Marshal(st)
	return string(data), st, err
}

// mountShare opens the link in the address, else the saved work, then keeps
// both up to date; the tab's own address reloaded gives way to the newer
// work it saved (ownSave). OnMount calls it once the language is known.
func (p *Page) mountShare(ctx app.Context) {
	p.share.mounted = true
	p.mountMine(ctx)
	loc := app.Window().Get("location")
	href := loc.Get("href").String()
	payload, isLink := share.FromURL(href)
	var saved State
	hasSaved := false
	data := p.savedData(ctx)
	p.share.seen = data // kept below, restored or shown: this page's to save over
	if data != "" && (isLink || data != p.share.early) {
		saved, hasSaved = parseSaved(data)
	}
	was, entry := markEntry()
	p.share.entry, p.share.page = entry, newMineID(time.Now())
	at := lastLoad(ctx, was, href)
	p.share.anchor = !isLink && len(loc.Get("hash").String()) > 1
	switch {
	case isLink && hasSaved && ownSave(p.savedFrom(ctx), at) && p.model.Restore(saved) == nil:
		// The tab's own address, and its newer work saved as it went (a
		// reload right after a change): the work, not the address, opens.
		p.share.at = href
	case isLink:
		st, err := p.decodeLink(payload)
		if err == nil {
			if picked(ctx) {
				st.Lang = string(p.model.Lang) // the reader's language, not the sender's (storageLang)
			}
			if err = p.model.Restore(st); err == nil {
				p.share.at = href
				if hasSaved && !sameScenario(saved, st) && p.edited(saved) {
					// The link never silently replaces saved work: it is
					// kept. A preset as it came is no work: every reader of
					// a link kept one, and was told so.
					name, notice := "mine.before_link", "share.opened_kept"
					if at.Entry != "" {
						// This tab's own entry, reloaded or gone back to,
						// its work newer elsewhere (another tab saved last,
						// or this tab at a later entry): no link was opened,
						// as the notice and the name had said.
						name, notice = "mine.saved_last", "share.reopened_kept"
					}
					p.keepMine(ctx, saved, kpi.Label{Ja: i18n.Ja.T(name), En: i18n.En.T(name)})
					p.share.notice = said(notice)
				}
				break
			}
		}
		if hasSaved {
			_ = p.model.Restore(saved)
		}
		p.share.notice, p.share.alert = linkError(err), true
	case hasSaved && p.showing(saved):
		// The saved work is what the page shows (the preset as it was):
		// restoring it would only build the page again, a render of the
		// whole page before it is ready. The work the page was built with
		// (share.early) is not even read again.
		hasSaved = false
	case hasSaved:
		if err := p.model.Restore(saved); err != nil {
			p.share.notice, p.share.alert = said("storage.unreadable"), true
		}
	}
	if isLink || hasSaved { // else the page shows what it was built with
		p.fresh()
		p.refresh()
	}
	p.share.addressDue = !p.share.anchor
	p.share.opening = p.model.snapshot()
	p.shareLater(ctx)
	// A link pasted into this tab's address changes the fragment alone:
	// save the work as it is now, then open the page on the link.
	app.Window().Call("addEventListener", "hashchange", app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			loc := app.Window().Get("location")
			href := loc.Get("href").String()
			if _, isLink := share.FromURL(href); !isLink || href == p.share.link {
				return // an anchor, or the address this page wrote
			}
			p.opened(ctx)
			// The link is no address this page held, even one it opened
			// with: saved as held before, the reload read the saved work
			// as the tab's own (ownSave) and kept it over the link pasted.
			p.share.was = slices.DeleteFunc(p.share.was, func(a string) bool { return a == href })
			if p.share.at == href {
				p.share.at = ""
			}
			if data, _, err := p.stateJSON(); err == nil && p.share.last != "" {
				p.save(ctx, data)
			}
			loc.Call("reload")
		})
		return nil
	}))
	// The tick saves every 400 ms: work changed just before the tab goes
	// (a reload right after picking the language brought the other one
	// back) is saved as it goes. This runs in the event itself, not in a
	// dispatch, which would come too late; Go runs nothing else meanwhile.
	// beforeunload saves it too: Chromium 156 loses what a page writes to
	// localStorage in its pagehide when it goes into the back-forward
	// cache, in some navigations (a page's own write in pagehide was lost
	// in 5 of 8 runs of TestShareKeptOnLeaving's steps, its write in
	// beforeunload in none). pagehide and a hidden tab still count where
	// beforeunload does not come (a phone's tab closed from the switcher).
	// A beforeunload listener keeps no page out of the back-forward cache
	// of Chromium or Firefox (153 ESR, measured: an unload listener would),
	// so it is always there. Never listen for unload.
	leave := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		switch args[0].Get("type").String() {
		case "beforeunload", "pagehide":
			p.saveNow(ctx)
		default:
			if app.Window().Get("document").Get("visibilityState").String() == "hidden" {
				p.saveNow(ctx)
			}
		}
		return nil
	})
	app.Window().Call("addEventListener", "beforeunload", leave)
	app.Window().Call("addEventListener", "pagehide", leave)
	app.Window().Get("document").Call("addEventListener", "visibilitychange", leave)
}

// saveNow saves the work at once when it changed since the last tick,
// which does the rest (the address, the comparison's base) if the page
// stays.
func (p *Page) saveNow(ctx app.Context) {
	p.keepStepNow(ctx)
	data, _, err := p.stateJSON()
	if err != nil || data == p.share.last {
		return
	}
	p.save(ctx, data)
}

// decodeLink reads a link's state.
func (p *Page) decodeLink(payload string) (State, error) {
	var st State
	data, err := share.Decode(payload, p.shareBases())
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return st, &share.Error{Code: share.CodeMalformed, Detail: err.Error()}
	}
	return st, nil
}

// linkError says in the page's language why a link did not open: a
// scenario that breaks a rule with each field and rule, as a file's are
// said (a 0% close rate read only "The link's scenario breaks a rule.").
func linkError(err error) words {
	key := "share.error.invalid"
	var se *share.Error
	var es scenario.Errors
	switch {
	case errors.As(err, &se):
		key = "share.error." + se.Code
	case errors.As(err, &es) && len(es) > 0:
		return func(l i18n.Lang) string {
			return l.T("share.error.title") + " " + fmt.Sprintf(l.T("share.error.rules"), problems(l, es, false)) + " " + l.T("share.error.kept")
		}
	}
	return func(l i18n.Lang) string {
		return l.T("share.error.title") + " " + l.T(key) + " " + l.T("share.error.kept")
	}
}

// words is what the page says in the language it shows when it shows it:
// a notice written once stayed in the language it was made in, after the
// reader switched.
type words func(i18n.Lang) string

// in says w in l; nil says nothing.
func (w words) in(l i18n.Lang) string {
	if w == nil {
		return ""
	}
	return w(l)
}

// said is the message key's words.
func said(key string) words { return func(l i18n.Lang) string { return l.T(key) } }

// shareTick writes the state to the address (replaceState: no history
// entry) and to storage when it changed, then waits for the next tick.
// While a slider is dragged (the page's render is pending, page_pace.go)
// it waits: encoding the link and writing storage would hold up the next
// move, and the tick after the drag writes its last value. The write
// itself waits for the browser to be idle (whenIdle): after a change the
// page renders, joins the Monte Carlo run and redraws the charts, and the
// tick (the state's JSON, the link compressed: 30 ms at CPU 4×) landed
// among them, delaying the charts.
func (p *Page) shareTick(ctx app.Context) {
	defer p.shareLater(ctx)
	if p.pace.due || p.share.idleDue {
		return
	}
	p.share.idleDue = true
	whenIdle(func() {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			p.share.idleDue = false
			if !p.pace.due {
				p.shareStep(ctx)
			}
		})
	})
}

// shareLater runs the next tick shareInterval from now.
func (p *Page) shareLater(ctx app.Context) {
	ctx.After(shareInterval, func(ctx app.Context) {
		ctx.PreventUpdate() // nothing on the page changes
		p.shareTick(ctx)
	})
}

// opened records the work the page opened with (shareState.opening), once:
// it is the address until the first change is written, the state that
// change is told from (shareStep), and the undo history's first step.
// Whatever reads those calls it first. It saves that work only while the
// page still shows it: a change made since is saved by the step that
// writes it, or as the tab goes (a value typed at once, then the tab
// left: beforeunload saved it, and this could run after and save over
// it).
func (p *Page) opened(ctx app.Context) {
	m := p.share.opening
	if m == nil {
		return
	}
	p.share.opening = nil
	st, err := m.State()
	if err != nil {
		return // as a mount whose state could not be written: no history, the next step writes
	}
	p.history.h = keptHistory(ctx, st) // the tab's steps before a reload (history_keep.go)
	data, err := json.Marshal(st)
	if err != nil {
		return
	}
	p.share.last, p.share.lastSt = string(data), st
	if now, _, err := p.stateJSON(); err == nil && now == p.share.last {
		p.save(ctx, now)
	}
}

// idleWait is the longest whenIdle waits for the browser to be idle.
const idleWait = 2000 // ms

// whenIdle calls f once the browser is idle (requestIdleCallback), or
// after idleWait at the latest; at once where there is no such call.
func whenIdle(f func()) {
	ric := app.Window().Get("requestIdleCallback")
	if !app.IsClient || !ric.Truthy() {
		f()
		return
	}
	var fn app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		fn.Release()
		f()
		return nil
	})
	app.Window().Call("requestIdleCallback", fn, map[string]any{"timeout": idleWait})
}

// shareStep is the tick's work: the address and the saved work brought up
// to the state now. A change a reload may follow at once (the language)
// calls it rather than wait for the tick, or the reload would open the
// leftNotice drops a notice that spoke of the work left for another
// scenario ("the link opened; what you had is in My scenarios"): it
// stayed over the preset picked after it. An error stays until closed.
func (s *shareState) leftNotice() {
	if !s.alert {
		s.notice = nil
	}
}

// address as it was.
func (p *Page) shareStep(ctx app.Context) {
	p.opened(ctx)
	data, st, err := p.stateJSON()
	if err != nil || data == p.share.last {
		return
	}
	prev, had := p.share.lastSt, p.share.last != ""
	anchor := p.share.anchor && !had
	if had && p.share.base == nil {
		b := prev // the base is kept at the first change
		p.share.base = &b
	}
	p.share.last, p.share.lastSt = data, st
	// Switching preset never discards edits: the edited one is kept.
	if had && prev.Preset != st.Preset && p.edited(prev) {
		p.keepMine(ctx, prev, kpi.Label{})
	}
	// The address first: the save records it (savedFrom). The address
	// keeps its anchor until the state changes; before the page is ready
	// Page.awaitDrawn writes it.
	write := !anchor && (had || !p.share.addressDue)
	if write {
		p.writeAddress(data)
	}
	p.save(ctx, data)
	if write && p.share.dialog {
		p.share.qr = qrSVG(p.share.link)
		ctx.Update()
	}
}

// readyAddress writes the address the mount left for after the charts'
// first drawing (shareState.addressDue), unless a change has written it
// since.
func (p *Page) readyAddress(ctx app.Context) {
	p.opened(ctx)
	if p.share.addressDue && p.share.last != "" {
		p.writeAddress(p.share.last)
	}
}

// edited reports whether st's scenario differs from its preset.
func (p *Page) edited(st State) bool {
	if len(st.Typed) > 0 {
		return true
	}
	s, err := p.model.Presets.Get(st.Preset) // as the page dates it
	if err != nil {
		return true
	}
	base, err := scenario.EncodeJSON(s)
	return err != nil || !sameJSON(base, st.Scenario)
}

func sameScenario(a, b State) bool { return sameJSON(a.Scenario, b.Scenario) }

// showing reports whether st is the state the page shows.
func (p *Page) showing(st State) bool {
	cur, err := p.model.State()
	if err != nil {
		return false
	}
	a, errA := json.Marshal(cur)
	b, errB := json.Marshal(st)
	return errA == nil && errB == nil && bytes.Equal(a, b)
}

func sameJSON(a, b []byte) bool {
	if bytes.Equal(a, b) {
		return true // most often: both from Model.State
	}
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y) // maps, slices, strings, float64s, bools and nils
}

// writeAddress puts the state JSON data in the address (replaceState: no
// history entry).
func (p *Page) writeAddress(data string) {
	p.share.addressDue = false
	payload, err := share.Encode([]byte(data), p.shareBases())
	if err != nil {
		return
	}
	loc := app.Window().Get("location")
	p.share.link = loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String() + share.Fragment(payload)
	h := app.Window().Get("history")
	h.Call("replaceState", h.Get("state"), "", p.share.link)
	p.share.moved(loc.Get("href").String())
	if p.plain(data) {
		p.notePlainLink(payload)
	}
}
