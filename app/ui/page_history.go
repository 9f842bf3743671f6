package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// historyState is the page's undo and redo (issue 11): the History, what
// the live region last said, and the listeners that feed it.
type historyState struct {
	h    *History
	said *saidStep // what the polite live region says: the step undone or redone
	// answer is what #answer-said last said (sayAnswer), or the answer
	// the page showed when it became ready or changed language: said
	// again, it was news to no one (saving to My scenarios said it).
	answer string
	// over is whether the answer last said was beyond a ceiling.
	over bool
	keys app.Func
	chg  app.Func
	// keepDue is set while the history waits to be kept (keepHistory).
	keepDue bool
}

// A change event records a step twice: at once, which keeps what the
// moves and keys before it applied (a slider's drag, a field's typing), so
// a change that follows within moments is a step of its own; and again
// after recordDelay, which lets the change's own handlers (go-app runs
// them on its loop: a select's, a box's) apply first. A record of an
// unchanged state adds no step. Recording only after the delay merged a
// slider's release and a field committed right after it into one step,
// which undo then skipped (TestUndoQuickSteps).
const recordDelay = 30 * time.Millisecond

// mountHistory listens, on the whole document, for committed changes (the
// "change" event: a field committed, a slider released, a select or box
// changed) and for the undo and redo keys. The history starts at the state
// the page opened on, once Page.opened records it.
func (p *Page) mountHistory(ctx app.Context) {
	w := app.Window()
	p.history.chg = app.FuncOf(func(this app.Value, args []app.Value) any {
		changed := time.Now() // the event's time, not the dispatch's: a drag's moves may be handled first
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			p.recordStep(ctx)
			ctx.After(recordDelay, func(ctx app.Context) { p.recordLate(ctx, changed) })
		})
		return nil
	})
	w.Get("document").Call("addEventListener", "change", p.history.chg)
	p.history.keys = app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		redo, ok := historyKey(e.Get("key").String(), e.Get("ctrlKey").Bool(), e.Get("metaKey").Bool(), e.Get("shiftKey").Bool(), e.Get("altKey").Bool())
		if !ok || ownUndo(e.Get("target")) {
			return nil
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) {
			if redo {
				p.redo(ctx)
			} else {
				p.undo(ctx)
			}
		})
		return nil
	})
	w.Call("addEventListener", "keydown", p.history.keys)
}

// historyKey reads a key press: Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and
// Ctrl+Y redo; ok is false for any other key.
func historyKey(key string, ctrl, meta, shift, alt bool) (redo, ok bool) {
	if !(ctrl || meta) || alt {
		return false, false
	}
	switch strings.ToLower(key) {
	case "z":
		return shift, true
	case "y":
		return true, ctrl && !shift
	}
	return false, false
}

// ownUndo reports whether el is a text field, whose own undo (of what was
// typed in it) the browser keeps: the app's undo acts elsewhere.
func ownUndo(el app.Value) bool {
	if !el.Truthy() {
		return false
	}
	if ce := el.Get("isContentEditable"); ce.Truthy() && ce.Bool() {
		return true
	}
	switch strings.ToUpper(el.Get("tagName").String()) {
	case "TEXTAREA":
		return true
	case "INPUT":
		switch strings.ToLower(el.Get("type").String()) {
		case "text", "search", "number", "email", "url", "tel", "password":
			return true
		}
	}
	return false
}

// recordStep adds the state shown as a step when it changed, and reports
// whether it did.
func (p *Page) recordStep(ctx app.Context) bool {
	p.opened(ctx) // the first step
	if p.history.h == nil {
		return false
	}
	st, err := p.model.State()
	if err != nil || !p.history.h.Record(st) {
		return false
	}
	p.history.said = nil
	p.keepHistory(ctx)
	return true
}

// recordLate is a change's second record (recordDelay), of the change
// made at changed: the page renders for it only when it added a step (the
// undo button then shows it) and no slider's release is about to render.
// A slider moved since the change is a drag under way, which its release
// records: recorded here, its first move became a step of its own, and
// undo returned to it (a close rate committed, then a drag of the meeting
// rate from 20 % to 25 % undone to 21 %: TestFilesUndoRedo, on a busy
// machine whose 30 ms timer came between the drag's moves). That render draws the charts on
// screen first (draw_ahead.go); rendering here, 30 ms after the release,
// came before it in up to one release of five (TestChartsBeforeRender
// failed 8 times in 36), and the charts followed the figures by a render.
// The release's render may now come after the Monte Carlo run's result:
// the probability then goes from its last value to the new one without
// the busy "…" between (TestBandBeforeRender).
func (p *Page) recordLate(ctx app.Context, changed time.Time) {
	if p.pace.lastMove.After(changed) {
		ctx.PreventUpdate()
		return
	}
	p.sayAnswer()
	if !p.recordStep(ctx) || p.pace.due {
		ctx.PreventUpdate()
	}
}

// undo goes back one step; a change not yet recorded is recorded first, so
// undo always returns to the state before the last change.
func (p *Page) undo(ctx app.Context) {
	p.opened(ctx)
	if p.history.h == nil {
		return
	}
	p.recordStep(ctx)
	to, from, ok := p.history.h.Undo()
	if ok {
		p.showStep(ctx, to, &saidStep{key: "files.undone", from: from, to: to})
		p.keepHistory(ctx)
	}
}

// redo goes forward one step.
func (p *Page) redo(ctx app.Context) {
	p.opened(ctx)
	if p.history.h == nil {
		return
	}
	p.recordStep(ctx)
	to, from, ok := p.history.h.Redo()
	if ok {
		p.showStep(ctx, to, &saidStep{key: "files.redone", from: from, to: to})
		p.keepHistory(ctx)
	}
}

// showStep restores st in the language shown now, with the sections
// unfolded as they are (neither is a step), and says what happened.
func (p *Page) showStep(ctx app.Context, st State, said *saidStep) {
	st.Lang = string(p.model.Lang)
	if cur, err := p.model.State(); err == nil {
		st.Open = cur.Open
	}
	if err := p.model.Restore(st); err != nil {
		return
	}
	p.history.said = said
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

// onUndo is the Undo button. When nothing is left to undo the button is
// disabled, which drops the focus to <body>: it goes to Redo instead.
func (p *Page) onUndo(ctx app.Context, e app.Event) {
	p.undo(ctx)
	if h := p.history.h; h != nil && !h.CanUndo() {
		p.focus(ctx, "#redo")
	}
}

// onRedo is the Redo button; when nothing is left to redo, the focus goes
// to Undo, as onUndo's to Redo.
func (p *Page) onRedo(ctx app.Context, e app.Event) {
	p.redo(ctx)
	if h := p.history.h; h != nil && !h.CanRedo() {
		p.focus(ctx, "#undo")
	}
}

// historyButtons are the header's Undo and Redo (named by aria-label, so
// the arrow is not read; on a phone the arrow alone shows), with the live
// region that says what they did.
func (p *Page) historyButtons(v *View) app.UI {
	l := v.Lang
	h := p.history.h
	canUndo, canRedo := h != nil && h.CanUndo(), h != nil && h.CanRedo()
	return app.Div().Class("history").Attr("role", "group").Aria("label", l.T("files.undo")+" / "+l.T("files.redo")).Body(
		app.Button().ID("undo").Class("history-button").Disabled(!canUndo).
			Aria("keyshortcuts", "Control+Z Meta+Z").Aria("label", l.T("files.undo")).Title(l.T("files.undo")+" (Ctrl+Z)").
			Body(app.Span().Class("history-icon").Text("↶"), app.Span().Class("history-label").Text(l.T("files.undo"))).
			OnClick(p.onUndo),
		app.Button().ID("redo").Class("history-button").Disabled(!canRedo).
			Aria("keyshortcuts", "Control+Shift+Z Meta+Shift+Z Control+Y").Aria("label", l.T("files.redo")).Title(l.T("files.redo")+" (Ctrl+Shift+Z)").
			Body(app.Span().Class("history-icon").Text("↷"), app.Span().Class("history-label").Text(l.T("files.redo"))).
			OnClick(p.onRedo),
		app.P().ID("history-said").Class("sr-only").Attr("role", "status").Aria("live", "polite").Text(p.history.said.in(l)),
		// The answer after a change, written by sayAnswer straight into the
		// element: go-app, whose text for it never changes, leaves it.
		app.P().ID("answer-said").Class("sr-only").Aria("live", "polite"),
	)
}

// sayAnswer says the answer after a committed change (a field, a slider
// released, a choice), once, in the polite live region #answer-said: the
// requirement and the forecast, as the strip reads them. A screen reader
// heard nothing when a lever changed the answer. It writes the element's
// text itself: no render of its own, nothing on a drag's moves.
// It is the one voice of a change (answerWords): the ceiling's status and
// a field's refusal, said by live regions of their own, spoke at each
// keystroke and three times for one preset.
func (p *Page) sayAnswer() {
	v := p.fullView()
	if v == nil {
		return
	}
	text, over := answerWords(v, p.history.over)
	if text == "" || text == p.history.answer {
		return
	}
	p.history.answer, p.history.over = text, over
	say("answer-said", text)
}

// heardAnswer takes the answer shown as said: the page ready, or in
// another language, has nothing new to say until a change.
func (p *Page) heardAnswer() {
	if v := p.fullView(); v != nil {
		p.history.answer, p.history.over = answerWords(v, false)
	}
}

// answerWords is what a committed change says: a refused field's rule, in
// place of the last valid answer (which sounded accepted); or the answer,
// and the ceiling's status while it is passed or when it no longer is
// (wasOver), not at every answer within it. It reports whether the answer
// is beyond a ceiling. "" when there is nothing to say (an error the page
// shows in its own alert).
func answerWords(v *View, wasOver bool) (string, bool) {
	l, fc := v.Lang, v.Forecast
	var rules []string
	for _, list := range [][]LeverView{v.Levers, v.Settings, v.Uncertainty} {
		for _, lv := range list {
			if lv.Error != "" {
				rules = append(rules, lv.Error)
			}
		}
	}
	if len(rules) > 0 {
		return fmt.Sprintf(l.T("a11y2.refused"), strings.Join(rules, " ")), wasOver
	}
	if v.Error != "" || v.Head.Label == "" {
		return "", wasOver
	}
	text := fmt.Sprintf(l.T("a11y.answer"), v.Head.Label, strings.TrimSpace(v.Head.Figure.Text+" "+v.Head.Unit), l.T("strip.forecast"), fc.Total.Text, l.T("strip.gap"), fc.Gap.Text)
	over := v.Head.Over || fc.PlannedOver != ""
	if over || wasOver {
		for _, s := range []string{v.Head.Message, fc.PlannedOver} {
			if s != "" {
				text += " " + s
			}
		}
	}
	return text, over
}

// say writes text into the live region id itself: go-app, whose text for
// the element never changes, leaves it.
func say(id, text string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Set("textContent", text)
	}
}
