package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/kpi"
)

// The tree editor's handlers. Each reads what it acts on from the
// element's data attributes (go-app keeps a handler whose code is
// unchanged) and, when the tree changed, recomputes the page.

func (p *Page) onEditorToggle(ctx app.Context, e app.Event) {
	p.model.ed.Open = !p.model.ed.Open
	p.model.ed.Confirm = ""
}

func (p *Page) onEditorEmpty(ctx app.Context, e app.Event) {
	p.model.ed.NewEmpty(p.model)
	p.treeChanged(ctx)
	p.recordStep(ctx) // a button fires no change event: its edit is a step of its own
	p.focus(ctx, "#editor-node")
}

func (p *Page) onEditorPick(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("pick").String()
	p.model.ed.Select(id)
	if n := p.model.Scenario.Node(id); n != nil {
		p.model.Selected = id // the tree's explanation follows
		p.refresh()
	}
}

func (p *Page) onEditorInput(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	if p.model.ed.Set(p.model, src.Get("dataset").Get("edit").String(), src.Get("value").String()) {
		p.treeChanged(ctx)
	}
}

func (p *Page) onEditorCommit(ctx app.Context, e app.Event) {
	if p.model.ed.Commit(p.model, ctx.JSSrc().Get("dataset").Get("edit").String()) {
		p.treeChanged(ctx)
	}
}

func (p *Page) onEditorChoose(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	field := src.Get("dataset").Get("edit").String()
	if p.model.ed.Set(p.model, field, src.Get("value").String()) {
		p.treeChanged(ctx)
		return
	}
	// Refused: the select goes back to what holds (go-app leaves the
	// element's value as chosen, its options' attributes unchanged).
	src.Set("value", p.model.ed.chosen(p.model, field))
}

func (p *Page) onEditorCheck(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	on := "false"
	if src.Get("checked").Bool() {
		on = "true"
	}
	if p.model.ed.Set(p.model, src.Get("dataset").Get("edit").String(), on) {
		p.treeChanged(ctx)
	}
}

// onEditorAct is a button of the panel: add, move, delete.
func (p *Page) onEditorAct(ctx app.Context, e app.Event) {
	m := p.model
	changed, focus := false, "#editor-node"
	switch act := ctx.JSSrc().Get("dataset").Get("act").String(); act {
	case "add-lever":
		changed = m.ed.Add(m, kpi.Lever)
		focus = "#edit-label_" + string(m.Lang)
	case "add-product":
		changed = m.ed.Add(m, kpi.Product)
		focus = "#edit-label_" + string(m.Lang)
	case "up", "down", "out", "in":
		changed = m.ed.Move(m, act)
		focus = `[data-act="` + act + `"]`
	case "delete":
		changed = m.ed.Delete(m, false)
		if !changed {
			focus = `[data-act="delete"]` // refused: the message is beside it
			if m.ed.Confirm != "" {
				focus = "#editor-confirm-no"
			}
		}
	case "delete-yes":
		changed = m.ed.Delete(m, true)
	case "delete-no":
		m.ed.Confirm = ""
		focus = `[data-act="delete"]`
	}
	if changed {
		p.treeChanged(ctx)
		p.recordStep(ctx) // as onEditorEmpty
	}
	p.focus(ctx, focus)
}

// onEditorConfirmKey answers a delete's question no at Esc, as a dialog.
func (p *Page) onEditorConfirmKey(ctx app.Context, e app.Event) {
	if escape(e.Value) {
		p.model.ed.Confirm = ""
		p.focus(ctx, `[data-act="delete"]`)
	}
}

// focusDelay is how long focus waits for go-app's next frame (8 ms) to
// have drawn the element.
const focusDelay = 40 * time.Millisecond

// treeChanged recomputes everything after an edit of the tree.
func (p *Page) treeChanged(ctx app.Context) {
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

// focus moves the keyboard focus to the element selector names once the
// page has rendered (a new node's name field, the confirm's answer). It
// waits with the browser's timer: the button pressed may be gone by then,
// and go-app skips a callback whose element is unmounted.
func (p *Page) focus(ctx app.Context, selector string) {
	var fn app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		fn.Release()
		if el := app.Window().Get("document").Call("querySelector", selector); el.Truthy() {
			el.Call("focus")
		}
		return nil
	})
	app.Window().Call("setTimeout", fn, focusDelay.Milliseconds())
}
