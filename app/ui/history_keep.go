package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Undo and redo reach across a reload: the tab keeps its history in its
// sessionStorage (its own, kept across its reloads, copied to a duplicated
// tab), and the page reloaded on the same work takes it back. It had
// started afresh at every reload, the steps before it out of reach.

// storageHistory is the tab's history in its sessionStorage (History.Kept).
const storageHistory = "kpisim.history"

// keptHistory is the history the tab kept, when it showed cur last (see
// KeptHistory), else a new one at cur.
func keptHistory(ctx app.Context, cur State) *History {
	var k Kept
	func() {
		defer func() { _ = recover() }() // storage refused: nothing kept
		_ = ctx.SessionStorage().Get(storageHistory, &k)
	}()
	if h := KeptHistory(k, cur, HistorySize); h != nil {
		return h
	}
	return NewHistory(cur, HistorySize)
}

// keepHistory writes the history to the tab's sessionStorage once the
// browser is idle: a release records its step as the charts draw, and
// the history's JSON (some 50 states) is no part of that. Steps made
// before then are in the one write.
func (p *Page) keepHistory(ctx app.Context) {
	if p.history.keepDue || p.history.h == nil {
		return
	}
	p.history.keepDue = true
	whenIdle(func() {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			p.history.keepDue = false
			if err := ctx.SessionStorage().Set(storageHistory, p.history.h.Kept()); err != nil {
				// Over the tab's quota: the steps that fit, from the one shown back.
				h := *p.history.h
				h.steps = h.steps[h.at/2:]
				h.at -= h.at / 2
				_ = ctx.SessionStorage().Set(storageHistory, h.Kept())
			}
		})
	})
}

// keepStepNow records the work shown as a step, when it is one, and keeps
// the history at once, as the tab goes (saveNow): a value typed and not
// yet committed, then a reload, came back with Undo disabled, the tab
// having kept no history to go back in (keepHistory waits for the
// browser to be idle, and for a step).
func (p *Page) keepStepNow(ctx app.Context) {
	p.opened(ctx) // the first step: the work as the page opened it
	if p.history.h == nil {
		return
	}
	st, err := p.model.State()
	if err != nil {
		return
	}
	if !p.history.h.Record(st) && !p.history.keepDue {
		return // nothing new to keep
	}
	func() {
		defer func() { _ = recover() }() // storage refused: nothing kept
		_ = ctx.SessionStorage().Set(storageHistory, p.history.h.Kept())
	}()
}
