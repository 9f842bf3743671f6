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
	} else {
		p.model.SetText(e.Key, e.Text)
	}
	p.refresh()
	p.patchFigures()
	p.scheduleRun(ctx)
	p.catchUp(ctx)
}

// patchFigures writes the new figures into the page at once, before go-app's
// next frame (its engine renders on a 120 Hz tick, 8 ms after an event): a
// slider move shows its numbers in the same frame. It changes text nodes in
// place and data-value, exactly what the next render would write, so go-app's
// view of the DOM stays true.
func (p *Page) patchFigures() {
	figs := p.view.figures()
	if len(figs) == 0 {
		return
	}
	want := make(map[[2]string]Figure, len(figs))
	for _, f := range figs {
		want[[2]string{f.Node, f.Period}] = f
	}
	els := app.Window().Get("document").Call("querySelectorAll", "[data-node][data-period]")
	for i, n := 0, els.Length(); i < n; i++ {
		el := els.Index(i)
		ds := el.Get("dataset")
		f, ok := want[[2]string{ds.Get("node").String(), ds.Get("period").String()}]
		if !ok {
			continue
		}
		el.Call("setAttribute", "data-value", exactAttr(f.Exact))
		if t := el.Get("firstChild"); t.Truthy() && t.Get("nodeType").Int() == 3 {
			t.Set("nodeValue", f.Text)
		}
	}
}

func (p *Page) onCommit(ctx app.Context, a app.Action) {
	if key, ok := a.Value.(string); ok {
		p.model.Commit(key)
		p.refresh()
		p.patchField(key)
	}
}

// patchField writes the field key's text (grouped digits once a valid value
// is committed: "1億" reads "100,000,000") into every field of that key.
// go-app would not: the input and the commit arrive in one frame, so the
// text it renders is the one it rendered before the user typed, and it
// skips a value it believes unchanged, whatever the field holds live.
func (p *Page) patchField(key string) {
	if !app.IsClient {
		return
	}
	v := p.view
	text, ok := "", false
	for _, list := range [][]LeverView{v.Levers, v.Settings, v.Uncertainty, {v.Ask.Given}} {
		for _, lv := range list {
			if lv.Key == key {
				text, ok = lv.Text, true
			}
		}
	}
	if !ok {
		return
	}
	els := app.Window().Get("document").Call("querySelectorAll", `[data-lever="`+key+`"], [data-ask="`+key+`"]`)
	for i, n := 0, els.Length(); i < n; i++ {
		if el := els.Index(i); el.Get("value").String() != text {
			el.Set("value", text)
		}
	}
}

func (p *Page) onScenario(ctx app.Context, e app.Event) {
	p.model.Load(ctx.JSSrc().Get("value").String())
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

func (p *Page) onMonths(ctx app.Context, e app.Event) {
	p.model.SetOpen(SectionMonths, ctx.JSSrc().Get("open").Bool())
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
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "lang", string(l))
	p.refresh()
}

func (p *Page) onSelect(ctx app.Context, e app.Event) {
	p.model.Selected = ctx.JSSrc().Get("dataset").Get("tree").String()
	p.refresh()
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
