package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// The page's event and action handlers: each changes the model and
// rebuilds the view.

func (p *Page) onInput(ctx app.Context, a app.Action) {
	e, ok := a.Value.(leverEvent)
	if !ok {
		return
	}
	if e.Slider {
		v, err := strconv.ParseFloat(e.Text, 64)
		if err != nil {
			return
		}
		p.model.SetDisplay(e.Key, v)
		// A drag: the figures and the lever's field change at once, the
		// rest of the page (plan, charts, notes) and the Monte Carlo run
		// once released or still (page_pace.go), from the whole view
		// rebuilt then (Page.fullView).
		ctx.PreventUpdate()
		p.patchFrom(p.model.Figures(e.Key), e.Key)
		p.behind = true
		p.holdRun()
		p.renderSoon(ctx)
		return
	}
	p.model.SetText(e.Key, e.Text)
	p.refresh()
	p.patch("")
	p.catchUp(ctx)
	p.scheduleRun(ctx)
}

func (p *Page) onCommit(ctx app.Context, a app.Action) {
	if key, ok := a.Value.(string); ok {
		back := p.model.Commit(key)
		p.refresh()
		p.patchField(key)
		if back { // the figures of the value last committed, and its run
			p.patch("")
			p.catchUp(ctx)
			p.scheduleRun(ctx)
		}
	}
}

func (p *Page) onScenario(ctx app.Context, e app.Event) {
	p.model.Load(ctx.JSSrc().Get("value").String())
	p.share.leftNotice()
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

func (p *Page) onSeek(ctx app.Context, e app.Event) {
	p.model.SetSeek(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
}

func (p *Page) onSensitivity(ctx app.Context, e app.Event) {
	p.model.SetSensitivity(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
}

func (p *Page) onSensitivityOf(ctx app.Context, e app.Event) {
	p.model.SetSensitivityOf(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
}

func (p *Page) onGoalPeriod(ctx app.Context, e app.Event) {
	if per, err := kpi.ParsePeriod(ctx.JSSrc().Get("value").String()); err == nil {
		p.model.SetGoalPeriod(per)
		p.fresh()
		p.refresh()
		p.scheduleRun(ctx)
	}
}

func (p *Page) onNewTeam(ctx app.Context, e app.Event) {
	p.model.SetNewTeam(ctx.JSSrc().Get("checked").Bool())
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

// onFold follows a section folded or unfolded: the <details> element names
// it in data-fold.
func (p *Page) onFold(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	p.model.SetOpen(src.Get("dataset").Get("fold").String(), src.Get("open").Bool())
}

func (p *Page) onRounding(ctx app.Context, e app.Event) {
	if r, err := kpi.ParseRounding(ctx.JSSrc().Get("value").String()); err == nil {
		p.model.SetRounding(r)
		p.fresh()
		p.refresh()
	}
}

// Event handlers read what they act on from the element's data attributes:
// go-app keeps a handler whose code is unchanged, so a closure over an id
// would keep the id of the first render.

func (p *Page) onLang(ctx app.Context, e app.Event) {
	l := i18n.Parse(ctx.JSSrc().Get("dataset").Get("lang").String())
	p.model.Lang = l
	p.fresh()
	ctx.LocalStorage().Set(storageLang, string(l))
	dropAddressLang()
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "lang", string(l))
	p.refresh()
	p.heardAnswer() // the same answer in other words: nothing to say at the next change
	// What the live regions last said was in the language left: it stayed
	// in the page, read in the new language's voice.
	say("answer-said", "")
	say("explain-said", "")
	if p.share.mounted {
		p.shareStep(ctx) // the address holds the language: a reload opens it
	}
}

func (p *Page) onSelect(ctx app.Context, e app.Event) {
	p.model.Selected = ctx.JSSrc().Get("dataset").Get("tree").String()
	p.refresh()
	p.sayExplained()
}

// sayExplained says, in the tree card's live region #explain-said, which
// node the explanation is now of: when the user selects one, and not when
// a preset or a solve-for choice changes it (the heading was the live
// region, and a preset's change said it with the ceiling and the answer).
func (p *Page) sayExplained() {
	if v := p.fullView(); v != nil {
		say("explain-said", v.Lang.T("explain.title")+": "+v.Explain.Label)
	}
}

func (p *Page) onSolve(ctx app.Context, e app.Event) {
	p.model.SetSolve(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

// onAsk and onAskCommit are the goal-seek sentence's field: the planned
// value of the lever solved for, set as its own field sets it.
func (p *Page) onAsk(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	p.onInput(ctx, app.Action{Value: leverEvent{Key: src.Get("dataset").Get("ask").String(), Text: src.Get("value").String()}})
}

func (p *Page) onAskCommit(ctx app.Context, e app.Event) {
	p.onCommit(ctx, app.Action{Value: ctx.JSSrc().Get("dataset").Get("ask").String()})
}
