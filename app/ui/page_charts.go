package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// charts is the charts section: activity against its ceiling, the funnel,
// cumulative revenue with its band, and the tornado of sensitivities (goal
// seek is in the summary).
func (p *Page) charts(v *View) app.UI {
	l := v.Lang
	var c Charts // without options, the charts wait for them (chartsLater)
	if !p.chartsLater() {
		c = v.ChartOptions()
	}
	// A card: the button that saves the chart as PNG (issue 12), its title,
	// then the rest.
	card := func(class, id, what, title string, body ...app.UI) app.UI {
		head := []app.UI{p.pngButton(l, id, what, title), app.H3().Text(title)}
		return app.Div().Class(strings.TrimSpace("card " + class)).Body(append(head, body...)...)
	}
	return app.Section().Class("charts").Body(
		// Always there, hidden without an error: the charts after it keep
		// their place, and their ECharts instances, when one comes or goes.
		app.P().Class("error wide").Attr("role", "alert").Hidden(c.Error == "").Text(c.Error),
		card("", "chart-activity", "activity", l.T("chart.activity"), &Chart{ID: "chart-activity", Label: l.T("chart.activity"), Option: c.Activity}),
		card("", "chart-funnel", "funnel", l.T("chart.funnel"), &Chart{ID: "chart-funnel", Label: l.T("chart.funnel"), Option: c.Funnel}),
		card("wide cumulative-card", "chart-cumulative", "cumulative", l.T("chart.cumulative"),
			&Chart{ID: "chart-cumulative", Label: l.T("chart.cumulative"), Option: c.Cumulative, Hold: p.bandDue()}),
		card("wide tornado-card", "chart-tornado", "tornado", v.Forecast.Tornado,
			app.P().Class("chart-control").Body(
				app.Label().Body(
					app.Text(l.T("tornado.show")+" "),
					app.Select().DataSet("control", "tornado").OnChange(p.onSensitivity).Body(options(v.Forecast.Sensitivity)...),
				),
				app.Label().Body(
					app.Text(l.T("tornado.of")+" "),
					app.Select().DataSet("control", "tornado-of").OnChange(p.onSensitivityOf).Body(options(v.Forecast.SensitivityOf)...),
				),
			),
			&Chart{ID: "chart-tornado", Label: v.Forecast.Tornado, Option: c.Tornado},
			app.If(c.TornadoNote != "", func() app.UI {
				return app.P().Class("tornado-note").DataSet("output", "tornado-note").Text(c.TornadoNote)
			}),
		),
	)
}
