package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *Page) levers(v *View) app.UI {
	l := v.Lang
	rows := make([]app.UI, 0, len(v.Levers))
	for _, lv := range v.Levers {
		rows = append(rows, &Lever{V: lv})
	}
	settings := make([]app.UI, 0, len(v.Settings))
	for _, lv := range v.Settings {
		settings = append(settings, &Lever{V: lv})
	}
	uncertain := make([]app.UI, 0, len(v.Uncertainty))
	for _, lv := range v.Uncertainty {
		uncertain = append(uncertain, &Lever{V: lv})
	}
	return app.Div().Class("levers-col").Body(app.Aside().Class("panel levers").Aria("label", l.T("levers.title")).Body(
		app.H2().Text(v.Title),
		app.P().Class("muted").Text(l.T("levers.hint")),
		app.Div().Class("lever-list").Body(rows...),
		app.H3().Text(l.T("goal.title")),
		app.Label().Class("inline").Body(
			app.Text(l.T("goal.period")+" "),
			app.Select().DataSet("control", "goal-period").OnChange(p.onGoalPeriod).Body(options(v.GoalPeriods)...),
		),
		app.Div().Class("lever-list").Body(settings...),
		app.If(len(uncertain) > 0, func() app.UI {
			return app.Div().Class("uncertainty").Body(
				app.H3().Text(l.T("uncertainty.title")),
				app.P().Class("muted").Text(l.T("uncertainty.hint")),
				app.Div().Class("lever-list").Body(uncertain...),
			)
		}),
	))
}
