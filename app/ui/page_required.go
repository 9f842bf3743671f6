package ui

import (
	"io"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *Page) required(v *View) app.UI {
	l := v.Lang
	if len(v.Rows) == 0 {
		return app.Div()
	}
	head := []app.UI{app.Th().Scope("col").Body(app.Span().Class("sr-only").Text(l.T("a11y.measure")))}
	for _, per := range v.Periods {
		head = append(head, app.Th().Scope("col").Text(l.T("period."+per.String())))
	}
	rows := make([]app.UI, len(v.Rows))
	for i, r := range v.Rows {
		cells := []app.UI{app.Th().Scope("row").Text(r.Label)}
		for _, c := range r.Cells {
			if c.Node == "" { // a level's periods: it has one figure, at any time
				cells = append(cells, app.Td())
				continue
			}
			cells = append(cells, app.Td().Body(figure(c, "")))
		}
		rows[i] = app.Tr().Body(cells...)
	}
	return app.Section().Class("card required-card").Body(
		app.Div().Class("card-head").Body(
			app.H2().Text(l.T("required.table")),
			app.Label().Class("inline").Body(
				app.Text(l.T("required.rounding")+" "),
				app.Select().DataSet("control", "rounding").OnChange(p.onRounding).Body(options(v.Roundings)...),
			),
			p.csvButton(l.T("handout.csv_required"), "required", func(v *View, w io.Writer) error { return v.table.WriteCSV(w) }),
		),
		scrollRegion("scroll", l.T("required.table")).Body(
			app.Table().Class("required").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...)),
		),
		app.If(v.Basis != "", func() app.UI { return app.P().Class("muted").DataSet("output", "basis").Text(v.Basis) }),
	)
}
