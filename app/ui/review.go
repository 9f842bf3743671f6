package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// refitCard is the year so far in one screen: 達成率 to date, the gap, what
// the months left need per rep per day and whether that is over the
// ceiling, how likely the goal still is, the funnel step that leaks, and
// the months, actual then plan.
func (p *Page) refitCard(y *YearView) app.UI {
	l := y.Lang
	r := y.Refit
	if r == nil {
		return app.Section().Class("card refit").DataSet("section", "refit").Body(
			app.H2().Text(l.T("refit.title")),
			app.P().Class("muted").Text(l.T("refit.none")),
			app.If(y.Error != "", func() app.UI { return app.P().Class("error").Text(y.Error) }),
		)
	}
	fig := func(name, label, value, note string) app.UI {
		return app.Div().Class("refit-fig").Body(
			app.Span().Class("refit-label").Text(label),
			app.Strong().Class("refit-value").DataSet("refit", name).Text(value),
			app.If(note != "", func() app.UI { return app.Span().Class("muted").Text(note) }),
		)
	}
	pace := r.Pace
	if pace == "" {
		pace = "—"
	}
	paceClass := "refit-pace"
	if r.Over {
		paceClass += " over"
	}
	var steps []app.UI
	for _, st := range r.Steps {
		cls := ""
		if st.Leak {
			cls = "leak"
		} else if st.Short {
			cls = "below"
		}
		steps = append(steps, app.Tr().Class(cls).Body(
			app.Th().Scope("row").DataSet("path", st.From).Text(st.Label), // a phone shows the path under it (app.css)
			app.Td().Class("path").Text(st.From),
			app.Td().Text(st.Planned),
			app.Td().DataSet("step", st.Label).Text(st.Observed),
			app.Td().Text(st.Ratio),
		))
	}
	var months []app.UI
	for _, mo := range r.Months {
		cls := "plan"
		switch {
		case mo.Actual:
			cls = "actual"
		case mo.Estimated:
			cls = "estimated"
		case mo.FromDone:
			cls = "plan from-done"
		}
		if mo.Missing {
			cls = "plan missing"
		}
		// data-label: a phone shows each figure under its head's name
		// (web/app.css table.stacked); the table was 684 px wide in 336
		// and scrolled sideways to its totals and achievement.
		months = append(months, app.Tr().Class(cls).Body(
			app.Th().Scope("row").Text(mo.Label),
			app.Td().DataSet("label", l.T("refit.goal")).Text(mo.Goal),
			app.Td().DataSet("label", l.T("refit.value")).Text(mo.Value),
			app.Td().Class("kind").Text(mo.Kind),
			app.Td().DataSet("label", l.T("refit.cum")).Text(mo.Cum),
			app.Td().DataSet("label", l.T("refit.cum_goal")).Text(mo.CumGoal),
			app.Td().DataSet("label", l.T("refit.rate")).Text(mo.Rate),
		))
	}
	// tracked: the handout prints the card once there are actuals (web/app.css,
	// issue 12: the handout); the year's tracking was off paper, and a
	// handout dated in December said the goal was 五分五分 where the
	// re-forecast said 0.1 %.
	return app.Section().Class("card refit tracked").DataSet("section", "refit").Body(
		app.H2().ID(refitHeadID).TabIndex(-1).Text(l.T("refit.title")), // the summary's line of the year leads here (yearLine)
		app.Div().Class("refit-figs").Body(
			fig("achievement", l.T("refit.achievement"), r.Achievement, achievementNote(r)),
			fig("gap", l.T("refit.gap"), r.Gap, l.T("refit.forecast")+" "+r.Forecast),
			fig("prob", l.T("refit.prob"), r.Prob, ""),
			app.Div().Class("refit-fig "+paceClass).Body(
				app.Span().Class("refit-label").Text(r.PaceHead),
				app.Strong().Class("refit-value").DataSet("refit", "pace").Text(pace),
				app.Span().Class("refit-line").DataSet("refit", "pace-line").Text(r.PaceText()),
			),
		),
		app.If(r.Partial != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "partial").Text(r.Partial)
		}),
		app.If(r.Estimated != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "estimated").Text(r.Estimated)
		}),
		app.If(r.FromDone != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "from-done").Text(r.FromDone)
		}),
		app.If(r.Ahead != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "ahead").Text(r.Ahead)
		}),
		app.If(r.Beyond != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "beyond").Text(r.Beyond)
		}),
		app.If(r.Impossible != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "impossible").Text(r.Impossible)
		}),
		app.If(r.Missing != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "missing").Text(r.Missing)
		}),
		app.If(r.Outside != "", func() app.UI {
			return app.P().Class("refit-note").DataSet("refit", "outside").Text(r.Outside)
		}),
		app.If(r.Needed != "", func() app.UI { return app.P().Class("muted").Text(r.Needed + ": " + r.Remaining) }),
		app.If(r.CatchUp != nil, func() app.UI { return catchUpView(r.CatchUp) }),
		app.If(len(steps) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text(l.T("refit.steps")),
				app.P().Class("leak-line").DataSet("refit", "leak").Text(r.LeakLine),
				app.If(r.Unmeasured != "", func() app.UI { return app.P().Class("muted").DataSet("refit", "unmeasured").Text(r.Unmeasured) }),
				app.If(r.StepsLag != "", func() app.UI { return app.P().Class("muted").DataSet("refit", "steps-lag").Text(r.StepsLag) }),
				scrollRegion("scroll", l.T("refit.steps")).Body(app.Table().Class("steps").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text(l.T("refit.step")), app.Th().Scope("col").Class("path").Text(l.T("refit.path")),
						app.Th().Scope("col").Text(l.T("refit.planned")), app.Th().Scope("col").Text(l.T("refit.observed")),
						app.Th().Scope("col").Text(l.T("refit.ratio")),
					)),
					app.TBody().Body(steps...),
				)),
			)
		}),
		app.Details().Class("refit-months").Body(
			app.Summary().Text(l.T("refit.months")),
			scrollRegion("scroll", l.T("refit.months")).Body(app.Table().Class("refit-table stacked").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(l.T("refit.month")), app.Th().Scope("col").Text(l.T("refit.goal")),
					app.Th().Scope("col").Text(l.T("refit.value")), app.Td(), app.Th().Scope("col").Text(l.T("refit.cum")),
					app.Th().Scope("col").Text(l.T("refit.cum_goal")), app.Th().Scope("col").Text(l.T("refit.rate")),
				)),
				app.TBody().Body(months...),
			)),
		),
	)
}

// reviewCard is the weekly or monthly review, printable on one page.
func (p *Page) reviewCard(y *YearView) app.UI {
	l := y.Lang
	rv := y.Review
	if rv == nil {
		return app.Div()
	}
	title := l.T("review.monthly")
	if rv.Weekly {
		title = l.T("review.weekly")
	}
	var rows []app.UI
	for _, r := range rv.Rows {
		rows = append(rows, app.Tr().DataSet("review", strings.TrimSpace(r.Label)).Body(
			// data-label: a phone shows each figure under its head's name (web/app.css table.stacked).
			app.Th().Scope("row").Text(r.Label),
			cadenceCell(l, r.Cadence),
			app.Td().DataSet("label", l.T("review.actual")).Body(app.Text(r.Actual), app.If(r.Basis != "", func() app.UI {
				return app.Span().Class("muted review-basis").DataSet("review", "basis").Text(r.Basis)
			})),
			app.Td().DataSet("label", l.T("review.target")).Text(r.Target),
			app.Td().DataSet("label", l.T("review.rate")).Text(r.Rate),
			app.Td().DataSet("label", l.T("review.status")).Body(app.Span().Class("status "+statusClass(r.Status)).DataSet("status", statusClass(r.Status)).Text(r.Text)),
			app.If(rv.AheadHead != "", func() app.UI {
				if r.Ahead == "" {
					return app.Td().Class("blank")
				}
				return app.Td().Class("ahead").DataSet("label", rv.AheadHead).DataSet("review-ahead", r.Label).Text(r.Ahead)
			}),
		))
	}
	var behind []app.UI
	for _, j := range rv.Behind {
		r := rv.Rows[j]
		behind = append(behind, app.Li().Text(r.Label+" "+r.Rate))
	}
	if rv.Period != "" { // no period without actuals for it: the title alone, not "Weekly review —"
		title += " — " + rv.Period
	}
	// On paper, which plan it reviews and when (the page's header stays
	// off paper): "Outbound sales (cold calls) · 4 Dec 2026".
	of := p.model.Scenario.Title.In(string(l))
	if app.IsClient {
		of += l.FactSep() + report.DayName(l, time.Now())
	}
	return app.Section().Class("card review").DataSet("section", "review").Body(
		app.P().Class("print-only review-of").Text(of),
		app.Div().Class("review-head").Body(
			app.H2().Text(title),
			app.Div().Class("toggle").Body(
				pressed(app.Button().Type("button").DataSet("control", "review-monthly").Text(l.T("review.monthly")).
					OnClick(p.onReviewMode(false)), !rv.Weekly),
				pressed(app.Button().Type("button").DataSet("control", "review-weekly").Text(l.T("review.weekly")).
					OnClick(p.onReviewMode(true)), rv.Weekly),
				app.Button().Type("button").Class("print").DataSet("control", "review-print").Text(l.T("review.print")).
					OnClick(func(ctx app.Context, e app.Event) { printPart("review") }), // the review alone (app/ui/print.go)
			),
		),
		app.If(rv.Period == "", func() app.UI { return app.P().Class("muted").Text(l.T("review.none")) }),
		app.If(rv.Note != "" && rv.Period != "", func() app.UI { return app.P().Class("muted").DataSet("review", "note").Text(rv.Note) }),
		app.If(len(behind) > 0, func() app.UI {
			return app.Div().Class("behind").Body(app.H3().Text(l.T("review.behind")), app.Ol().DataSet("review", "behind").Body(behind...))
		}),
		app.If(len(rows) > 0, func() app.UI {
			return scrollRegion("scroll", title).Body(app.Table().Class("review-table stacked").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(l.T("review.kpi")), app.Th().Scope("col").Text(l.T("review.cadence")),
					app.Th().Scope("col").Text(l.T("review.actual")), app.Th().Scope("col").Text(l.T("review.target")),
					app.Th().Scope("col").Text(l.T("review.rate")), app.Th().Scope("col").Text(l.T("review.status")),
					app.If(rv.AheadHead != "", func() app.UI { return app.Th().Scope("col").Text(rv.AheadHead) }),
				)),
				app.TBody().Body(rows...),
			))
		}),
		app.P().Class("muted legend").Text(rv.Legend),
	)
}

// cadenceCell is a review row's cadence. Without one (a scenario that
// sets none) the cell is blank and unlabelled, and a phone leaves it out:
// each card showed 「計測タイミング」 over nothing.
func cadenceCell(l i18n.Lang, cadence string) app.UI {
	if cadence == "" {
		return app.Td().Class("blank")
	}
	return app.Td().DataSet("label", l.T("review.cadence")).Text(cadence)
}

func statusClass(s report.Status) string {
	return [...]string{"on", "risk", "off"}[min(int(s), 2)]
}

func (p *Page) onReviewMode(weekly bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.model.SetOpen(SectionWeekly, weekly)
		p.refresh()
	}
}

// achievementNote is what the achievement compares: the actual to date
// over the goal of the same months, named as the CLI names it (同期間の目標,
// the goal of the months and weeks with actuals). The page had left it
// bare where the CLI said "Goal to date".
func achievementNote(r *report.Refit) string {
	return r.ToDateLabel + " " + r.ToDate + " / " + r.GoalToDateLabel + " " + r.GoalToDate
}
