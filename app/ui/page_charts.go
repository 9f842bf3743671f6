package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// The charts' element ids, which their PNG buttons, the page's tests and
// drawAhead know them by.
const (
	chartActivity   = "chart-activity"
	chartFunnel     = "chart-funnel"
	chartCumulative = "chart-cumulative"
	chartTornado    = "chart-tornado"
)

// chartHold reports whether a newer option of the chart with element id
// id is on its way (Chart.Hold): the cumulative chart's Monte Carlo band,
// while its run is due.
func (p *Page) chartHold(id string) bool { return id == chartCumulative && p.bandDue() }

// charts is the charts section: activity against its ceiling, the funnel,
// the goal's cumulative forecast with its band, and the tornado of sensitivities (goal
// seek is in the summary).
func (p *Page) charts(v *View) app.UI {
	l := v.Lang
	var c Charts // without options, the charts wait for them (chartsLater)
	if !p.chartsLater() {
		c = v.ChartOptions()
	}
	chartOf := func(id, label string) *Chart {
		return &Chart{ID: id, Label: label, Option: c.option(id), Hold: p.chartHold(id)}
	}
	// A card: the button that saves the chart as PNG (issue 12), its title,
	// then the rest.
	card := func(class, id, what, title string, body ...app.UI) app.HTMLDiv {
		head := []app.UI{p.pngButton(l, id, what, title), app.H3().Text(title)}
		return app.Div().Class(strings.TrimSpace("card " + class)).Body(append(head, body...)...)
	}
	return app.Section().Class("charts").Body(
		// Always there, hidden without an error: the charts after it keep
		// their place, and their ECharts instances, when one comes or goes.
		app.P().Class("error wide").Attr("role", "alert").Hidden(c.Error == "").Text(c.Error),
		card("", chartActivity, "activity", v.Forecast.Activity, chartOf(chartActivity, v.Forecast.Activity),
			app.If(c.ActivityNote != "", func() app.UI {
				return app.P().Class("tornado-note").DataSet("output", "activity-note").Text(c.ActivityNote)
			}),
		),
		card("", chartFunnel, "funnel", l.T("chart.funnel"), chartOf(chartFunnel, l.T("chart.funnel")),
			app.If(c.FunnelNote != "", func() app.UI {
				return app.P().Class("tornado-note").DataSet("output", "funnel-note").Text(c.FunnelNote)
			}),
		),
		card("wide cumulative-card", chartCumulative, "cumulative", v.Forecast.Cumulative,
			chartOf(chartCumulative, v.Forecast.Cumulative)),
		// Its height grows with its levers (web/app.css).
		card("wide tornado-card", chartTornado, "tornado", v.Forecast.Tornado,
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
			chartOf(chartTornado, v.Forecast.Tornado),
			tornadoTable(l, v.Forecast.Tornado, c.TornadoTable),
			app.If(c.TornadoNote != "", func() app.UI {
				return app.P().Class("tornado-note").DataSet("output", "tornado-note").Text(c.TornadoNote)
			}),
		).DataSet("rows", c.TornadoRows),
	)
}

// tornadoTable is the tornado chart's text alternative: a table, seen by a
// screen reader alone (the chart shows the same), of each lever's effect
// moved down and up, from the bars the chart draws. The chart's image
// said its title and nothing of its bars. Empty until the chart has them.
func tornadoTable(l i18n.Lang, title string, t TornadoTable) app.UI {
	// In a box of its own: a table is as wide as its cells whatever its
	// width, and .sr-only's 1 px would not hold it.
	if len(t.Rows) == 0 {
		return app.Div().Class("sr-only")
	}
	rows := make([]app.UI, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Text(r.Lever), app.Td().Text(r.Low), app.Td().Text(r.High))
	}
	return app.Div().Class("sr-only").Body(app.Table().DataSet("output", "tornado-table").Body(
		app.Caption().Text(title),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(l.T("a11y2.tornado.lever")),
			app.Th().Scope("col").Text(t.Low),
			app.Th().Scope("col").Text(t.High),
		)),
		app.TBody().Body(rows...),
	))
}
