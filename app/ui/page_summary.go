package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// summary is the answer, first on the page: what the goal requires of the
// lever solved for (any lever: Scenario.Solve), goal seek's sentence for
// another lever, the forecast and gap, and the probability of the goal.
func (p *Page) summary(v, lv *View, y *YearView) app.UI {
	if v.Error != "" && v.Rows == nil {
		if len(v.Ask.Solve) == 0 {
			return app.Div()
		}
		// Nothing to show but the choice that may undo the error.
		return app.Section().Class("summary").Aria("label", v.Lang.T("required.title")).Body(
			app.Div().Class("card headline").Body(app.Div().Class("card-head").Body(p.solveFor(v))),
		)
	}
	return app.Section().Class("summary").Aria("label", v.Lang.T("required.title")).Body(
		p.yearLine(y),
		p.headline(v, lv),
		p.forecastCard(v, lv),
		p.probabilityCard(v),
	)
}

// solveFor is the choice of the lever solved for.
func (p *Page) solveFor(v *View) app.UI {
	return app.Label().Class("inline solve").Body(
		app.Text(v.Lang.T("solve.for")+" "),
		app.Select().DataSet("control", "solve").OnChange(p.onSolve).Body(options(v.Ask.Solve)...),
	)
}

// headline is the requirement, large, with the solve-for choice and goal
// seek's sentence.
func (p *Page) headline(v, lv *View) app.UI {
	l := v.Lang
	h := v.Head
	title := l.T("required.title")
	if h.Unit == "" { // not an activity: a rate, a price, a count of accounts
		title = l.T("required.title_value")
	}
	return app.Div().Class("card headline").Body(
		app.Div().Class("card-head").Body(
			app.H2().Text(title),
			p.solveFor(v),
		),
		app.P().Class("big").Body(
			app.Span().Class("big-label").Text(h.Label),
			bigFigure(h.Figure),
			app.Span().Class("big-unit").Text(h.Unit),
		),
		lineP(v.line("exact"), "muted"),
		app.If(h.Message != "", func() app.UI {
			// No live region: it changed at each keystroke of a field,
			// and said a half-typed value's ceiling. The change, once
			// committed, says it (Page.sayAnswer). A move patches its
			// text and data-value, 1 when over, which colours it
			// (web/app.css): its class stays the render's.
			return lineP(v.line("ceiling"), "ceiling "+map[bool]string{true: "bad", false: "good"}[h.Over])
		}),
		app.If(h.Busiest != "", func() app.UI { return lineP(v.line("busiest"), "muted").DataSet("output", "busiest") }),
		app.If(h.Reps != "", func() app.UI { return lineP(v.line("reps"), "muted").DataSet("output", "reps") }),
		app.If(h.Help != "", func() app.UI { return lineP(v.line("help"), "help") }),
		p.ask(v, lv),
	)
}

// ask is goal seek as a sentence: "With calls at [40] a rep a day,
// reaching the goal needs [Close rate] 26.04% (now 25%)." Its field sets
// the solved lever's planned value, like the lever's own field.
func (p *Page) ask(v, lv *View) app.UI {
	l := v.Lang
	g := v.Ask.Given
	field := app.Input().Type("text").ID("ask-given").Class("num ask-num").
		Attr("inputmode", "decimal").Attr("autocomplete", "off").
		DataSet("ask", g.Key).Aria("label", v.Ask.Name).Value(g.Text).OnInput(p.onAsk).OnChange(p.onAskCommit)
	if g.Error != "" {
		field = field.Aria("invalid", "true").Aria("describedby", "ask-given-err")
	}
	return app.P().Class("ask").Body(
		app.Label().For("ask-given").Text(v.Ask.With),
		app.Span().Class("ask-field").Body(field, app.Span().Class(askUnitClass(v.Ask.Unit)).Text(v.Ask.Unit)),
		app.Span().Text(v.Ask.Then),
		app.Select().DataSet("control", "seek").Aria("label", l.T("seek.lever")).OnChange(p.onSeek).Body(options(lv.Forecast.Seek)...),
		app.Span().Class("ask-answer").DataSet("output", "seek").Text(lv.Forecast.SeekText),
		// The rule the typed text breaks, under the sentence: on a phone
		// the lever's own message is screens below. Last, so that the
		// field keeps its place (go-app matches children by position)
		// and its focus; not an alert, as the lever's already speaks.
		app.If(g.Error != "", func() app.UI {
			return app.Span().ID("ask-given-err").Class("field-error ask-error").Text(g.Error)
		}),
	)
}

// forecastCard is the goal's forecast, what the plan lands, against the
// goal, titled in the goal's own words (Forecast.Title).
func (p *Page) forecastCard(v, lv *View) app.UI {
	l := v.Lang
	h := v.Head
	fc := v.Forecast
	gapClass := "bad"
	if fc.Ahead {
		gapClass = "good"
	}
	return app.Div().Class("card forecast").Body(
		app.H2().Text(p.planWords(l, fc.Title)),
		app.P().Class("big").Body(bigFigure(fc.Total)),
		app.Dl().Body(
			app.Dt().Text(l.T("forecast.goal")), app.Dd().Text(fc.Goal),
			app.Dt().Text(l.T("forecast.gap")), app.Dd().Class(gapClass).Body(
				figure(fc.Gap, ""), figure(v.line("gap-pct"), ""),
			),
		),
		lineP(v.line("from"), "muted"),
		app.If(fc.PlannedOver != "", func() app.UI {
			return app.P().Class("ceiling bad").DataSet("output", "planned-over").Text(fc.PlannedOver) // said on commit, as the ceiling
		}),
		app.If(fc.Span != "", func() app.UI { return app.P().Class("muted").DataSet("output", "plan-span").Text(fc.Span) }),
		app.If(h.Pipeline != "", func() app.UI {
			return app.P().Class("muted").Body(
				app.Span().DataSet("output", "pipeline").Text(h.Pipeline+" "),
				app.Label().Body(
					app.Input().Type("checkbox").DataSet("control", "new-team").Checked(p.model.Scenario.Forecast.NewTeam).OnChange(p.onNewTeam),
					app.Text(" "+l.T("pipeline.switch")),
				),
			)
		}),
		app.If(lv.Forecast.LeadText != "", func() app.UI { return app.P().Class("muted").Text(lv.Forecast.LeadText) }),
	)
}

// probabilityCard is the probability of the goal in a leader's words: its
// band by colour and word (the three bands shown), the run's main
// assumptions in one line, the spread of the year's revenue, and the
// jargon folded away.
func (p *Page) probabilityCard(v *View) app.UI {
	l := v.Lang
	fc := v.Forecast
	bands := make([]app.UI, len(fc.BandNames))
	for i, b := range fc.BandNames {
		li := app.Li().Class("band band-"+b.Value).Body(
			app.Span().Class("band-range").Text(b.Label),
			app.Span().Class("band-word").Text(b.Word),
		)
		if b.Selected {
			li = li.Aria("current", "true")
		}
		bands[i] = li
	}
	return app.Div().Class("card probability").DataSet("band", fc.ProbBand).Body(
		app.H2().Text(p.planWords(l, l.T("forecast.probability"))),
		app.P().Class("prob").Aria("busy", strconv.FormatBool(fc.Computing)).Body(
			figure(fc.Probability, "prob-number"),
			app.Span().Class("prob-word").DataSet("output", "prob-word").Text(fc.ProbWord),
			app.If(fc.Computing, func() app.UI {
				return app.Progress().DataSet("output", "mc-progress").Max(1).Aria("label", l.T("forecast.computing"))
			}),
		),
		app.Ol().Class("bands").Aria("label", l.T("forecast.probability")).Body(bands...),
		app.If(fc.Spread != "", func() app.UI { return app.P().DataSet("output", "spread").Body(keepWhole(fc.Spread, fc.SpreadFigs)...) }).
			ElseIf(fc.Computing, func() app.UI {
				// Its place kept while the run computes: the spread's two
				// lines came in under a phone's finger and moved every
				// slider below by 49 px, so a tap set the one above.
				return app.P().Class("spread-pending").Aria("hidden", "true").Text("\u00a0")
			}),
		app.If(fc.Lean != "", func() app.UI { return app.P().DataSet("output", "lean").Text(fc.Lean) }),
		app.P().Class("muted assumes").DataSet("output", "assumes").Text(fc.Assumes),
		app.Details().Class("how").Body(
			app.Summary().Text(l.T("prob.how")),
			app.P().Class("muted").Text(fc.How),
		),
	)
}

// strip is the answer in one line, kept in sight on a narrow screen while
// the inputs below are changed: required, forecast, gap and probability.
// The style sheet shows it only where the summary and the inputs do not
// sit side by side.
func (p *Page) strip(v *View) app.UI {
	l := v.Lang
	if v.Error != "" && v.Rows == nil {
		return app.Div()
	}
	h := v.Head
	fc := v.Forecast
	gapClass := "bad"
	if fc.Ahead {
		gapClass = "good"
	}
	cell := func(class, label string, body ...app.UI) app.UI {
		label = p.planWords(l, label)
		return app.Div().Class("strip-cell "+class).Body(
			app.Span().Class("strip-label").Text(label),
			app.Span().Class("strip-value").Body(body...),
		)
	}
	return app.Div().Class("strip").DataSet("band", fc.ProbBand).Aria("hidden", "true").Body(
		cell("strip-req", l.T("strip.required")+l.Dot()+h.Label, figure(h.Figure, "strip-number"), app.Span().Class("strip-unit").Text(h.Unit)),
		cell("strip-fc", l.T("strip.forecast"), figure(fc.Total, "strip-number")),
		cell("strip-gap "+gapClass, l.T("strip.gap"), figure(fc.Gap, "strip-number")),
		cell("strip-prob", l.T("strip.prob"), figure(fc.Probability, "strip-number"), app.Span().Class("strip-unit").Text(fc.ProbWord)),
	)
}

// planWords is label marked as the plan's ("Net new ARR forecast (plan)")
// when actuals are in: the year's own figures (the landing, the pace from
// now, the chance re-fitted) then sit in "The year so far" below, and the
// headline, its cards and the strip, which keep the plan's, say whose
// they are.
func (p *Page) planWords(l i18n.Lang, label string) string {
	if len(p.model.Scenario.Actuals) == 0 {
		return label
	}
	return fmt.Sprintf(l.T("strip.plan"), label)
}

// askUnitClass spaces the unit from the field, but not a lone comma: "[50],".
func askUnitClass(unit string) string {
	if strings.HasPrefix(unit, ",") {
		return "ask-unit"
	}
	return "ask-unit spaced"
}
