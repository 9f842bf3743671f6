package ui

import (
	"io"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *Page) months(v *View) app.UI {
	l := v.Lang
	fc := v.Forecast
	if len(fc.Months) == 0 {
		return app.Div()
	}
	// Rows exist only while the table is unfolded: a dozen rows fewer to
	// compare on every slider move.
	var rows []app.UI
	if p.model.Open(SectionMonths) {
		row := func(m MonthRow, class string) app.UI {
			cells := []string{m.HeadcountText, m.PlannedText, m.RequiredText, m.PerRepText, m.RevenueText, m.ForecastText, m.GoalText, m.BandText, m.OnTrackText}
			tds := []app.UI{app.Th().Scope("row").Text(m.Label)}
			for _, c := range cells {
				tds = append(tds, app.Td().Text(c))
			}
			return app.Tr().Class(class).Body(tds...)
		}
		for _, m := range fc.Months {
			rows = append(rows, row(m, ""))
		}
	}
	head := []app.UI{app.Th().Scope("col").Text(l.T("forecast.month"))}
	for _, k := range []string{"months.headcount", "months.planned", "months.required"} {
		head = append(head, app.Th().Scope("col").Text(l.T(k)))
	}
	head = append(head, app.Th().Scope("col").Text(fc.PerRepHead))
	for _, h := range []string{fc.LandedHead, fc.CumHead, fc.CumGoalHead, l.T("months.band"), l.T("months.on_track")} {
		head = append(head, app.Th().Scope("col").Text(h))
	}
	return app.Details().Class("card months-card").DataSet("fold", SectionMonths).Open(p.model.Open(SectionMonths)).On("toggle", p.onFold).Body(
		app.Summary().Text(l.T("forecast.monthly")),
		app.P().Class("months-tools").Body(
			p.csvButton(l.T("handout.csv_plan"), "plan", func(v *View, w io.Writer) error { return v.table.WritePlanCSV(w, p.model.Bands) }),
		),
		app.If(fc.LeadText != "", func() app.UI { return app.P().Class("muted").Text(fc.LeadText) }),
		app.If(fc.Unreachable != "", func() app.UI { return app.P().Class("error").Text(fc.Unreachable) }),
		scrollRegion("scroll", l.T("forecast.monthly")).Body(
			app.Table().Class("months").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...)),
		),
	)
}
