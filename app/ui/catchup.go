package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/report"
)

// catchUpView is what the months left take, KPI by KPI (report.CatchUp):
// the still-needed total, the same per month, week, working day and rep,
// and the plan's month beside it. On a phone each row stacks its figures
// under their heads' names (table.stacked).
func catchUpView(c *report.CatchUp) app.UI {
	head := []app.UI{app.Th().Scope("col").Text("")}
	for _, col := range c.Columns {
		head = append(head, app.Th().Scope("col").Text(col))
	}
	var rows []app.UI
	for _, r := range c.Rows {
		cells := []app.UI{
			app.Th().Scope("row").Text(r.Label),
			app.Td().DataSet("label", c.Columns[0]).DataSet("period", r.Total.Period).Text(r.Total.Text),
		}
		for j, f := range r.Figures {
			cells = append(cells, app.Td().DataSet("label", c.Columns[j+1]).DataSet("period", f.Period).Text(f.Text))
		}
		n := len(c.Columns)
		cells = append(cells,
			app.Td().Class("plan").DataSet("label", c.Columns[n-2]).DataSet("period", "plan_month").Text(r.Plan.Text),
			app.Td().DataSet("label", c.Columns[n-1]).DataSet("period", "ratio").Text(r.Ratio))
		cls := ""
		if r.Activity {
			cls = "activity"
		}
		rows = append(rows, app.Tr().Class(cls).DataSet("catchup", r.ID).Body(cells...))
	}
	return app.Div().Class("catchup").DataSet("refit", "catchup").Body(
		app.H3().Text(c.Head),
		scrollRegion("scroll", c.Head).Body(app.Table().Class("catchup-table stacked").Body(
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(rows...),
		)),
		app.If(c.Note != "", func() app.UI { return app.P().Class("muted").DataSet("refit", "catchup-note").Text(c.Note) }),
	)
}
