package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// coach is the SMART check, the failure patterns and the checklist (issue
// 12): one card after the tree, a component of its own (CoachCard).
func (p *Page) coach(v *View) app.UI {
	if p.later() {
		return &CoachCard{Lang: v.Lang, Later: true}
	}
	open := p.model.Open(SectionReasons)
	c := v.coach(p.model.Checklist)
	if !open {
		c = c.folded()
	}
	return &CoachCard{Lang: v.Lang, C: c, ReasonsOpen: open}
}

// folded is the coach as its card shows it with every reason folded: the
// passed tests' reasons, which only the unfolded list reads, left out.
// They name figures ("最も多い月で41.7件/人日が必要"), so with them every slider's
// release changed the card's fields, and go-app rendered and compared a
// third of the page's elements to change none of them.
func (c Coach) folded() Coach {
	rows := make([]CoachRow, len(c.Rows))
	for i, r := range c.Rows {
		for k := range r.Badges {
			r.Badges[k].Reason = ""
		}
		rows[i] = r
	}
	c.Rows = rows
	return c
}

// CoachCard renders the coach section. Every reason a test fails is visible
// text, and a badge reads ✓ or ✗ besides its colour; web/app.css styles
// it. As a component it renders again only when its fields change: a
// third of the page's elements, which a render that leaves the coach as
// it was (a Monte Carlo result, a fold elsewhere) neither builds nor
// compares. Its ticks and fold reach the Page as actions (actionCheck,
// actionFold).
type CoachCard struct {
	app.Compo
	Lang        i18n.Lang
	C           Coach
	ReasonsOpen bool
	// Later: only the card and its title, the rest built once the page has
	// drawn its charts (Page.below): the start-up mounts a third fewer
	// elements.
	Later bool
}

// longSmart is the most KPIs a SMART table has for its card to be kept on
// one sheet of the handout, as every card is. A longer one flows on from
// the page before: kept whole, a tree of 140 KPIs left most of a page
// blank under the cumulative chart, and its table began on the next.
const longSmart = 20

func (cc *CoachCard) Render() app.UI {
	l, c := cc.Lang, cc.C
	if cc.Later {
		return app.Section().Class("card coach-card").ID("coach").Body(app.H2().Text(l.T("coach.title")))
	}
	class := "card coach-card"
	if len(c.Rows) > longSmart {
		class += " long" // on paper it may break across pages (web/app.css)
	}
	return app.Section().Class(class).ID("coach").Body(
		app.H2().Text(l.T("coach.title")),
		app.If(len(c.Rows) > 0, func() app.UI { // without an answer, the checklist stands alone
			return app.Div().Body(
				app.P().Class("muted").Text(l.T("coach.intro")),
				smartTable(c, l.T("coach.title"), l.T("coach.kpi"), l.T("coach.why"), l.T("coach.all_pass")),
				app.P().Class("coach-summary").Text(c.Summary),
				cc.allReasons(l.T("coach.all_reasons")),
				app.H3().Text(l.T("coach.patterns")),
				patternList(c, l.T("coach.no_patterns")),
				checkedList(c, l.T("coach.patterns_checked")),
			)
		}),
		app.H3().Text(l.T("coach.checklist")),
		app.P().Class("muted").Text(l.T("coach.check_intro")),
		app.P().Class("coach-score").ID("coach-score").DataSet("score", strconv.Itoa(c.Score)).
			Attr("aria-live", "polite").Text(c.Scored),
		app.Div().Class("coach-lists").Body(
			cc.checklist(),
			app.Div().Class("coach-next").Body(
				app.H4().Text(l.T("coach.next")),
				app.If(len(c.Next) == 0, func() app.UI { return app.P().Text(l.T("coach.next_none")) }).
					Else(func() app.UI { return nextList(c, l.T("coach.next_met")) }),
			),
		),
	)
}

func smartTable(c Coach, title, kpi, why, allPass string) app.UI {
	head := []app.UI{app.Th().Scope("col").Text(kpi)}
	for _, h := range c.Heads {
		letter, name, _ := strings.Cut(h, " ") // "S 具体的": the letter, then its name under it
		head = append(head, app.Th().Scope("col").Class("smart-letter").Body(
			app.Span().Class("smart-l").Text(letter), app.Span().Class("smart-name").Text(name)))
	}
	head = append(head, app.Th().Scope("col").Class("smart-why").Text(why))
	rows := make([]app.UI, len(c.Rows))
	for i, r := range c.Rows {
		cells := []app.UI{app.Th().Scope("row").Text(r.Label)}
		for _, b := range r.Badges {
			class := "badge pass"
			if !b.Pass {
				class = "badge fail"
			}
			cells = append(cells, app.Td().Class("smart-cell").Body(
				app.Span().Class(class).DataSet("test", b.Letter).DataSet("pass", strconv.FormatBool(b.Pass)).Body(
					app.Span().Aria("hidden", "true").Text(b.Symbol),
					app.Span().Class("sr-only").Text(b.Words),
				),
			))
		}
		var reasons app.UI = app.Span().Class("smart-ok").Text(allPass)
		if len(r.Why) > 0 {
			items := make([]app.UI, len(r.Why))
			for k, w := range r.Why {
				items[k] = app.Li().Text(w)
			}
			reasons = app.Ul().Class("smart-reasons").Body(items...)
		}
		cells = append(cells, app.Td().Class("smart-why").Body(reasons))
		rows[i] = app.Tr().DataSet("smart", r.ID).Body(cells...)
	}
	return scrollRegion("scroll", title).Body(
		app.Table().Class("smart").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...)),
	)
}

// allReasons lists every test's reason, passed ones too, folded: what a
// trainer reads out when the room asks why a badge is a ✓. The list is
// built once unfolded (SectionReasons).
func (cc *CoachCard) allReasons(summary string) app.UI {
	c := cc.C
	fold := app.Details().Class("smart-all").DataSet("fold", SectionReasons).Open(cc.ReasonsOpen).On("toggle", cc.onFold)
	if !cc.ReasonsOpen {
		return fold.Body(app.Summary().Text(summary))
	}
	items := make([]app.UI, 0, len(c.Rows))
	for _, r := range c.Rows {
		lines := make([]app.UI, len(r.Badges))
		for k, b := range r.Badges {
			lines[k] = app.Li().Body(
				app.Span().Class("reason-mark").Text(b.Symbol+" "+c.Heads[k]+": "),
				app.Text(b.Reason),
			)
		}
		items = append(items, app.Li().DataSet("reasons", r.ID).Body(app.Strong().Text(r.Label), app.Ul().Body(lines...)))
	}
	return fold.Body(
		app.Summary().Text(summary),
		app.Ul().Class("smart-all-list").Body(items...),
	)
}

func patternList(c Coach, none string) app.UI {
	if len(c.Patterns) == 0 {
		return app.P().Class("coach-clear").Text("✓ " + none)
	}
	items := make([]app.UI, len(c.Patterns))
	for i, p := range c.Patterns {
		items[i] = app.Li().Class("pattern").DataSet("pattern", p.Key).Body(
			app.Strong().Text("⚠ "+p.Title),
			app.P().Text(p.Reason),
		)
	}
	return app.Ul().Class("patterns").Body(items...)
}

// checkedList is the failure patterns not found, each with what was
// checked, under a heading of its own.
func checkedList(c Coach, title string) app.UI {
	if len(c.Checked) == 0 {
		return app.Text("")
	}
	items := make([]app.UI, len(c.Checked))
	for i, p := range c.Checked {
		items[i] = app.Li().Class("pattern-ok").DataSet("pattern", p.Key).Body(
			app.Strong().Text("✓ "+p.Title),
			app.Span().Class("muted").Text(p.Reason),
		)
	}
	return app.Div().Class("patterns-ok").Body(
		app.H4().Text(title),
		app.Ul().Class("patterns").Body(items...),
	)
}

// checklist is the article's fifteen items as checkboxes, in its order,
// each with what the scenario says of it where it can tell.
func (cc *CoachCard) checklist() app.UI {
	c := cc.C
	items := make([]app.UI, len(c.Items))
	for i, it := range c.Items {
		hintClass := "check-hint"
		if !it.HintMet {
			hintClass += " unmet"
		}
		box := app.Input().Type("checkbox").DataSet("check", strconv.Itoa(it.N)).Checked(it.Ticked).OnChange(cc.onCheck)
		items[i] = app.Li().Class("check-item").Body(
			app.Label().Body(
				box,
				app.Span().Class("check-mark print-only").Aria("hidden", "true").Text(tickMark(it.Ticked)), // on paper, where inputs are hidden
				app.Span().Class("check-n").Text(strconv.Itoa(it.N)+"."),
				app.Span().Text(it.Text),
			),
			app.If(it.Hint != "", func() app.UI { return app.P().Class(hintClass).Text(it.Hint) }),
		)
	}
	return app.Ul().Class("checklist").Body(items...)
}

// tickMark is a checklist item's state as text, for the printed handout.
func tickMark(ticked bool) string {
	if ticked {
		return "☑"
	}
	return "☐"
}

// nextList is what to do next; an item the scenario judges met comes last
// and says so (met), to be confirmed with a tick.
func nextList(c Coach, met string) app.UI {
	items := make([]app.UI, len(c.Next))
	for i, it := range c.Next {
		li := app.Li().DataSet("next", strconv.Itoa(it.N))
		if it.HintMet { // last in the list: to confirm with a tick, not to do
			items[i] = li.Body(app.Text(it.Text), app.Span().Class("muted next-met").Text(" — "+met))
			continue
		}
		items[i] = li.Text(it.Text)
	}
	return app.Ol().Class("next-list").Body(items...)
}

// The coach's actions: a checklist item ticked or unticked, a section
// folded or unfolded.
const (
	actionCheck = "kpisim/check" // checkEvent
	actionFold  = "kpisim/fold"  // foldEvent
)

type checkEvent struct {
	N  int
	On bool
}

type foldEvent struct {
	Name string
	Open bool
}

// onCheck sends the item ticked or unticked to the Page. It reads the item
// from the element (go-app keeps a handler whose code is unchanged, so a
// closure over the item would keep the first render's).
func (cc *CoachCard) onCheck(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	n, err := strconv.Atoi(src.Get("dataset").Get("check").String())
	if err != nil {
		return
	}
	ctx.NewActionWithValue(actionCheck, checkEvent{N: n, On: src.Get("checked").Bool()})
}

// onFold sends the reasons' fold to the Page.
func (cc *CoachCard) onFold(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	ctx.NewActionWithValue(actionFold, foldEvent{Name: src.Get("dataset").Get("fold").String(), Open: src.Get("open").Bool()})
}

// onCheckAction ticks or unticks a checklist item. The state, and with it
// the saved work and the address, catch up on the share tick.
func (p *Page) onCheckAction(ctx app.Context, a app.Action) {
	if e, ok := a.Value.(checkEvent); ok {
		p.model.SetCheck(e.N, e.On)
	}
}

// onFoldAction folds or unfolds a component's section.
func (p *Page) onFoldAction(ctx app.Context, a app.Action) {
	if e, ok := a.Value.(foldEvent); ok {
		p.model.SetOpen(e.Name, e.Open)
	}
}
