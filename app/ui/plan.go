package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/scenario"
)

// year is the year's view for a render of view v: nil while the sections
// below the first screen wait (Page.later). The render builds it once for
// the year so far and the summary's line of it.
func (p *Page) year(v *View) *YearView {
	if p.later() {
		return nil
	}
	return p.model.yearView(p.done != v) // p.done: the view whose plan and charts show (lateView)
}

// yearSoFar is the year as it happens (issue 13): the plan's settings, the
// actuals in, the re-forecast and the review. The page calls it once,
// after the monthly plan, with the render's year view (nil: not yet).
func (p *Page) yearSoFar(y *YearView) app.UI {
	if y == nil {
		return app.Div().Class("year")
	}
	return app.Div().Class("year").Body(
		p.planCard(y),
		p.actualsCard(y),
		p.refitCard(y),
		p.reviewCard(y),
	)
}

// planCard holds the plan's settings: start year and month, length, Japan's
// business calendar, the sales cycle and the pipeline before the plan,
// hires and seasonality.
func (p *Page) planCard(y *YearView) app.UI {
	l := y.Lang
	year := ""
	if y.StartYear != 0 {
		year = strconv.Itoa(y.StartYear)
	}
	startYearKey := scenario.KeyStartYear
	if y.BusinessCalendar {
		startYearKey = scenario.KeyCalendarYear
	}
	// Not set (January is taken) is an option of its own, so that choosing
	// January is a change that sets it (it showed January selected, and
	// picking it fired nothing), and one the user can choose again once a
	// month is set (it was a disabled placeholder, gone once a month was
	// chosen): forecast.start_month=0, saved as no start_month at all.
	months := []Option{{Value: "0", Label: l.T("plan.start_unset"), Selected: y.StartMonth == 0}}
	for i, name := range y.MonthNames {
		months = append(months, Option{Value: strconv.Itoa(i + 1), Label: name, Selected: i+1 == y.StartMonth})
	}
	var hires []app.UI
	for i, h := range y.Hires {
		hires = append(hires, app.Tr().Body(
			// data-label: a phone shows each field under its head's name (web/app.css table.stacked).
			app.Td().DataSet("label", l.T("plan.hire_month")).Body(p.hireInput(y, i, "month", strconv.Itoa(h.Month), l.T("plan.hire_month"))),
			app.Td().DataSet("label", l.T("plan.hire_count")).Body(p.hireInput(y, i, "count", strconv.FormatFloat(h.Count, 'f', -1, 64), l.T("plan.hire_count"))),
			app.Td().DataSet("label", l.T("plan.hire_ramp")).Body(p.hireInput(y, i, "ramp_months", strconv.Itoa(h.RampMonths), l.T("plan.hire_ramp"))),
			app.Td().Body(app.Button().Type("button").Class("link").DataSet("control", "hire-remove-"+strconv.Itoa(i)).
				Text(l.T("plan.hire_remove")).OnClick(p.onHireRemove(i))),
		))
	}
	return app.Section().Class("card plan-settings").DataSet("section", "plan").Body(
		app.H2().Text(l.T("plan.title")),
		app.P().Class("muted").Text(l.T("plan.hint")),
		app.Div().Class("plan-grid").Body(
			p.planField(l.T("plan.start_year"), startYearKey, year, "start-year", "number"),
			app.Label().Class("plan-field").Body(
				app.Span().Text(l.T("plan.start_month")),
				app.Select().DataSet("control", "start-month").OnChange(p.onPlanKey(scenario.KeyStartMonth)).Body(options(months)...),
			),
			p.planField(l.T("plan.months"), scenario.KeyPlanMonths, strconv.Itoa(y.Months), "plan-months", "number"),
			p.planField(l.T("plan.lag"), scenario.KeyLag, strconv.Itoa(y.Lag), "lag", "number"),
			app.Label().Class("plan-field check").Body(
				app.Input().Type("checkbox").DataSet("control", "business-calendar").Checked(y.BusinessCalendar).OnChange(p.onBusinessCalendar),
				app.Span().Text(l.T("plan.business_calendar")),
			),
			app.Label().Class("plan-field check").Body(
				app.Input().Type("checkbox").DataSet("control", "plan-new-team").Checked(y.NewTeam).OnChange(p.onNewTeam),
				app.Span().Text(l.T("plan.new_team")),
			),
		),
		app.H3().Text(l.T("plan.hires")),
		// No hires, no table: its heads over no row read as a table left empty.
		app.If(len(hires) > 0, func() app.UI {
			return app.Table().Class("hires stacked").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(l.T("plan.hire_month")), app.Th().Scope("col").Text(l.T("plan.hire_count")),
					app.Th().Scope("col").Text(l.T("plan.hire_ramp")), app.Td(),
				)),
				app.TBody().Body(hires...),
			)
		}),
		app.Button().Type("button").DataSet("control", "hire-add").Text(l.T("plan.hire_add")).OnClick(p.onHireAdd),
		app.If(len(y.HireErrs) > 0, func() app.UI {
			lines := make([]app.UI, len(y.HireErrs))
			for k, e := range y.HireErrs {
				lines[k] = app.P().ID(hireErrID(k)).Class("field-error").Text(e)
			}
			return app.Div().Attr("role", "alert").DataSet("plan", "hire-errors").Body(lines...)
		}),
		app.Label().Class("plan-field season").Body(
			app.Span().Text(y.SeasonLabel),
			invalid(app.Input().Type("text").DataSet("control", "seasonality").Value(y.Season).
				Placeholder(l.T("plan.seasonality_hint")).OnChange(p.onSeasonality), y.SeasonErr != "", seasonErrID),
		),
		app.If(y.SeasonErr != "", func() app.UI {
			return app.P().ID(seasonErrID).Class("field-error").Attr("role", "alert").Text(y.SeasonErr)
		}),
	)
}

// planField is a number field of the plan, set through the key grammar.
func (p *Page) planField(label, key, value, control, typ string) app.UI {
	if t, ok := p.model.raw[key]; ok {
		value = t
	}
	e := p.model.errs[key]
	errID := "plan-" + control + "-err"
	return app.Label().Class("plan-field").Body(
		app.Span().Text(label),
		invalid(app.Input().Type(typ).Attr("inputmode", "numeric").DataSet("control", control).Value(value).
			OnChange(p.onPlanKey(key)), e != nil, errID),
		app.If(e != nil, func() app.UI {
			return app.Span().ID(errID).Class("field-error").Attr("role", "alert").Text(p.model.errText(label, e))
		}),
	)
}

// hireInput is field of hire i: its value, or the text typed and refused,
// marked invalid and described by its message.
func (p *Page) hireInput(y *YearView, i int, field, value, label string) app.UI {
	key := strconv.Itoa(i) + "/" + field
	typed, bad := y.HireTyped[key]
	if bad {
		value = typed
	}
	return invalid(app.Input().Type("number").Aria("label", label).DataSet("control", "hire-"+field+"-"+strconv.Itoa(i)).
		Value(value).OnChange(func(ctx app.Context, e app.Event) {
		p.model.SetHire(i, field, ctx.JSSrc().Get("value").String())
		p.planChanged(ctx)
	}), bad, y.HireErr[key])
}

// planChanged redraws everything after a change to the plan.
func (p *Page) planChanged(ctx app.Context) {
	p.model.year().force = true
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

func (p *Page) onPlanKey(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		text := ctx.JSSrc().Get("value").String()
		if key == scenario.KeyStartYear || key == scenario.KeyCalendarYear {
			p.model.SetStartYear(text)
			key = scenario.KeyStartYear
			if !p.model.Scenario.Forecast.BusinessCalendar.IsZero() {
				key = scenario.KeyCalendarYear
			}
		} else {
			p.model.SetText(key, text)
		}
		p.model.Commit(key)
		p.planChanged(ctx)
	}
}

func (p *Page) onBusinessCalendar(ctx app.Context, e app.Event) {
	p.model.SetBusinessCalendar(ctx.JSSrc().Get("checked").Bool(), time.Now().Year())
	p.planChanged(ctx)
}

func (p *Page) onSeasonality(ctx app.Context, e app.Event) {
	p.model.SetSeasonalityText(ctx.JSSrc().Get("value").String())
	p.planChanged(ctx)
}

func (p *Page) onHireAdd(ctx app.Context, e app.Event) {
	p.model.SetHire(len(p.model.Scenario.Forecast.Hires), "count", "1")
	p.planChanged(ctx)
}

func (p *Page) onHireRemove(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.model.RemoveHire(i)
		p.planChanged(ctx)
	}
}
