package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/i18n"
)

// The presentation mode drawn: its bar, the tree with the step's node
// outlined, the step's words and arithmetic in large type, the guess and
// the keys' line. present.go keeps the mode's state and what its keys and
// buttons do; present_steps.go what each step says.

// presentKeys are the items of the keys' line ("→ next", "Esc leave"),
// each kept on one line (a span each: as one text, on a phone 「Esc 終了」
// broke between 終 and 了), and each where its key does something at step i
// of n: "← back" not on the first step, "→ next" not on the last, H where
// the step has a figure (on steps 2 and 3 the line read 「H 隠す」 beside a
// greyed Hide button, and H did nothing), reading "H show" while it is
// hidden, and R where a figure is there to reveal.
func presentKeys(l i18n.Lang, s Step, i, n int, hidden map[string]bool) []app.UI {
	var keys []string
	if i < n-1 {
		keys = append(keys, "present.key.next")
	}
	if i > 0 {
		keys = append(keys, "present.key.back")
	}
	switch {
	case len(s.Lines) == 0:
	case hidden[s.Node]:
		keys = append(keys, "present.key.show")
	default:
		keys = append(keys, "present.key.hide")
	}
	if guessed(s, hidden) != "" {
		keys = append(keys, "present.key.reveal")
	}
	keys = append(keys, "present.key.leave")
	out := make([]app.UI, len(keys))
	for k, key := range keys {
		out[k] = app.Span().Class("present-key").DataSet("key", strings.TrimPrefix(key, "present.key.")).Text(l.T(key))
	}
	return out
}

// firstGuess is the first of steps that takes a guess whatever is hidden:
// the first node's, after the article's four design steps (the KGI's own
// figure, set, takes one only when hidden).
func firstGuess(steps []Step) int {
	for i, s := range steps {
		if len(s.Lines) > 1 {
			return i
		}
	}
	return len(steps) - 1
}

// presentNodes are the boxes of the presentation's tree: node outlined,
// the required figure alone where there is one, and a "?" for each figure
// hidden.
func presentNodes(v *View, node string, hidden map[string]bool) []chart.Node {
	l := v.Lang
	nodes := diagramNodes(v)
	for k := range nodes {
		nodes[k].Selected = nodes[k].ID == node
		if nodes[k].Required != "" {
			// The room sees what is required, 「必要 100件」 as the step
			// reads it; the step states the rest.
			nodes[k].Forecast = ""
			nodes[k].Required += counter(v.table, v.table.Rows[k].Node)
		}
		if hidden[nodes[k].ID] {
			if nodes[k].Required != "" {
				nodes[k].Required = l.T("diagram.required") + " ?"
			}
			if nodes[k].Forecast != "" {
				nodes[k].Forecast = "?"
			}
		}
	}
	return nodes
}

// presentation renders the mode: a bar of controls, the tree with the
// step's node outlined, and the step in large type.
func (p *Page) presentation(v *View) app.UI {
	l := v.Lang
	steps := []Step(nil)
	if v.table != nil {
		steps = Steps(v.table)
	}
	if len(steps) == 0 {
		return app.Div().Class("present").Body(app.P().Text(v.Error),
			app.Button().DataSet("present", "leave").Text(l.T("present.leave")).OnClick(func(ctx app.Context, e app.Event) { p.leavePresent(ctx) }))
	}
	i := max(0, min(len(steps)-1, p.present.step))
	s := steps[i]
	hidden := p.present.hidden
	nodes := presentNodes(v, nodeOf(s.Node), hidden)
	terms := make([]app.UI, 0, len(s.Lines))
	// The sentence above and the note below name the figure too ("A
	// year: 100,000 → 41.7 / rep / day"): hidden there as well.
	words, note := s.Words.Hiding(hidden), s.Note.Hiding(hidden)
	for k, tm := range s.Lines {
		text := tm.Value.Text
		if hidden[tm.Node] {
			text = "?"
		}
		cls := "present-term"
		if k == 0 {
			cls += " present-lhs"
		}
		// The operator belongs to its term, beside its figure: a sibling of
		// the terms, it was left at a line's end when the next term
		// wrapped ("1,500万円 ÷" over "平均受注単価"), level with the labels.
		terms = append(terms, app.Span().Class(cls).Body(
			app.Span().Class("present-label").Text(tm.Label),
			app.If(tm.Op != "", func() app.UI { return app.Span().Class("present-op").Text(tm.Op) }),
			app.Span().Class("present-figure").DataSet("present-node", nodeOf(tm.Node)).DataSet("hidden", hidden[tm.Node]).Text(text),
		))
	}
	btn := func(key, text string, h app.EventHandler) app.HTMLButton {
		return app.Button().Class("present-btn").DataSet("present", key).Text(text).OnClick(func(ctx app.Context, e app.Event) {
			h(ctx, e)
			p.presentActed(ctx)
		})
	}
	var guess app.UI = app.Div().Class("present-guess").Hidden(true)
	if guessed(s, hidden) != "" { // a step with a figure to guess
		guess = app.Div().Class("present-guess").Body(
			app.Label().Body(
				app.Span().Text(l.T("present.guess")+" "),
				app.Input().Type("text").Attr("inputmode", "decimal").DataSet("present", "guess").Value(p.present.guess).
					Aria("invalid", p.present.bad != "").
					OnInput(func(ctx app.Context, e app.Event) { p.present.guess = ctx.JSSrc().Get("value").String() }),
			),
			btn("reveal", l.T("present.reveal"), func(ctx app.Context, e app.Event) { p.presentReveal() }),
			app.If(p.present.bad != "", func() app.UI {
				return app.P().Class("field-error").DataSet("present", "bad-guess").Attr("role", "alert").
					Text(fmt.Sprintf(l.T("present.bad_guess"), p.present.bad))
			}),
		)
	}
	var result app.UI = app.P().Class("present-result").Hidden(true)
	if r := p.present.shown; r != nil && s.shows(r.Node) {
		parts := []app.UI{app.Span().Text(l.T("present.truth") + " "), app.Strong().Text(r.TruthText)}
		if r.Guessed {
			sep := l.T("present.result_sep") // an ideographic space in Japanese, a middle dot in English
			// Each label keeps its figure on its line ("Difference -" wrapped
			// away from "¥14,999,940").
			parts = append(parts, app.Span().Text(sep), app.Span().Class("present-pair").Text(l.T("present.guess")+" "+r.GuessText),
				app.Span().Text(sep), app.Span().Class("present-pair").Text(l.T("present.diff")+" "+r.DiffText))
		}
		result = app.P().Class("present-result").DataSet("present", "result").Body(parts...)
	}
	within := 0
	for _, r := range p.present.tally {
		if r.Within {
			within++
		}
	}
	// The step's figure in sight: H hides it; hidden, H shows it, as the
	// button and the keys' line below both say (the line read 「H 隠す」
	// beside a button reading 「表示 (H)」).
	hideKey := "present.hide"
	if hidden[s.Node] {
		hideKey = "present.show"
	}
	// Show while any figure is hidden, as H shows the step's: a reveal
	// leaves the others hidden.
	someHidden := anyHidden(hidden)
	hideAllKey := "present.hide_all"
	if someHidden {
		hideAllKey = "present.show_all"
	}
	tally := strings.NewReplacer("{n}", strconv.Itoa(len(p.present.tally)), "{k}", strconv.Itoa(within)).Replace(l.T("present.tally"))
	return app.Div().Class("present").DataSet("present-step", i).
		Attr("role", "dialog").Aria("modal", true).Aria("label", fmt.Sprintf(l.T("present.label"), v.Title)).TabIndex(-1).Body(
		app.Header().Class("present-bar").Body(
			app.Span().Class("present-title").Text(v.Title),
			app.Span().Class("present-count").DataSet("present", "count").Text(strconv.Itoa(i+1)+" / "+strconv.Itoa(len(steps))),
			// At the first and last steps Back and Next say they do nothing
			// (aria-disabled), and keep the focus: a disabled button drops
			// it to the page's body.
			btn("back", l.T("present.back"), func(ctx app.Context, e app.Event) { p.presentGo(-1) }).Aria("disabled", i == 0),
			btn("next", l.T("present.next"), func(ctx app.Context, e app.Event) { p.presentGo(1) }).Aria("disabled", i == len(steps)-1),
			// A step without a figure (the KFS, the KPIs) has nothing to
			// hide: H did nothing there and the button did not say so.
			btn("hide", l.T(hideKey), func(ctx app.Context, e app.Event) { p.presentHide() }).Aria("pressed", hidden[s.Node]).Aria("disabled", len(s.Lines) == 0),
			pressed(btn("hide-all", l.T(hideAllKey), func(ctx app.Context, e app.Event) { p.presentHideAll() }), someHidden),
			btn("leave", l.T("present.leave"), func(ctx app.Context, e app.Event) { p.leavePresent(ctx) }),
		),
		app.Main().Class("present-grid").Body(
			scrollRegion("present-tree", l.T("diagram.title")).Body(
				&Diagram{ID: "present-tree", Label: l.T("diagram.title"), Nodes: nodes, Scale: 1.4, Focus: s.focus(), Fit: true},
			),
			app.Section().Class("present-step").Attr("aria-live", "polite").Body(
				// The path from the KGI: the tree of a deep step leaves
				// the levels between the KGI and the step's parent out.
				app.If(len(s.Path) > 0, func() app.UI {
					return app.P().Class("present-path").DataSet("present", "path").Text(strings.Join(s.Path, " › ") + " ›")
				}),
				app.H1().DataSet("present", "title").Text(s.Title),
				app.If(s.Cadence != "", func() app.UI {
					return app.P().Class("present-cadence").DataSet("present", "cadence").Text(fmt.Sprintf(l.T("present.cadence"), s.Cadence))
				}),
				app.If(words != "", func() app.UI { return app.P().Class("present-words").DataSet("present", "words").Text(words) }),
				app.Div().Class("present-math").DataSet("present", "math").Body(terms...),
				app.If(note != "", func() app.UI { return app.P().Class("present-note").Text(note) }),
				guess,
				result,
				// No tally on the steps where no guess can be made (the
				// article's design steps read "Guesses: 0"): from the first
				// that takes one, or once one is counted.
				app.If(len(p.present.tally) > 0 || i >= firstGuess(steps) || guessed(s, hidden) != "", func() app.UI {
					return app.P().Class("present-tally").DataSet("present", "tally").Text(tally)
				}),
				app.If(len(p.present.tally) > 0, func() app.UI {
					// The next group starts afresh: the tally had stayed
					// through leaving the mode and a change of language.
					return btn("reset-tally", l.T("present.reset_tally"), func(ctx app.Context, e app.Event) { p.resetTally() })
				}),
			),
		),
		app.Footer().Class("present-keys").Body(presentKeys(l, s, i, len(steps), hidden)...),
	)
}
