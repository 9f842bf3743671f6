package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// compareView is the comparison: the base and up to three others side by
// side, each figure with its difference to the base in value and %.
func (p *Page) compareView(l i18n.Lang) app.UI {
	s := &p.share
	return app.Details().Class("compare").Body(
		app.Summary().Text(l.T("compare.title")),
		app.P().Class("muted").Text(l.T("compare.hint")),
		app.Div().Class("compare-actions").Body(
			app.Button().ID("compare-run").Text(l.T("compare.run")).OnClick(func(ctx app.Context, e app.Event) { p.runCompare() }),
			app.Button().ID("compare-rebase").Text(l.T("compare.rebase")).OnClick(func(ctx app.Context, e app.Event) {
				if st, err := p.model.State(); err == nil {
					s.base = &st
					p.runCompare()
				}
			}),
		),
		app.If(len(s.compared) > 0, func() app.UI {
			return p.compareTable(l)
		}),
	)
}

func (p *Page) compareTable(l i18n.Lang) app.UI {
	cols := p.share.compared
	head := []app.UI{app.Th().Scope("col").Text("")}
	for i, c := range cols {
		head = append(head, app.Th().Scope("col").DataSet("compare-col", strconv.Itoa(i)).Text(c.Name))
	}
	type row struct {
		key, label   string
		get          func(compareCol) Figure
		money, point bool
	}
	rows := []row{
		{"required", l.T("compare.required"), func(c compareCol) Figure { return c.Head }, false, false},
		{"forecast", l.T("compare.forecast"), func(c compareCol) Figure { return c.Total }, true, false},
		{"gap", l.T("compare.gap"), func(c compareCol) Figure { return c.Gap }, true, false},
		{"probability", l.T("compare.probability"), func(c compareCol) Figure { return c.Prob }, false, true},
	}
	body := make([]app.UI, len(rows))
	for r, rw := range rows {
		cells := []app.UI{app.Th().Scope("row").Text(rw.label)}
		for i, c := range cols {
			if c.Err != "" {
				cells = append(cells, app.Td().Class("error").Text(c.Err))
				continue
			}
			f := rw.get(c)
			text := f.Text
			if rw.key == "required" {
				text = c.Label + " " + f.Text + " " + c.Unit
			}
			td := app.Td().DataSet("compare-col", strconv.Itoa(i)).DataSet("row", rw.key).DataSet("value", strconv.FormatFloat(f.Exact, 'g', -1, 64)).Body(
				app.Span().Class("compare-value").Text(text),
				app.If(!c.Base, func() app.UI {
					abs, pct := delta(l, c.Currency, rw.get(cols[0]), f, rw.money && c.Currency == cols[0].Currency, rw.point)
					return app.Span().Class("compare-delta").DataSet("delta", abs).Text(abs + " " + pct)
				}),
			)
			cells = append(cells, td)
		}
		body[r] = app.Tr().Body(cells...)
	}
	return scrollRegion("scroll", l.T("compare.title")).Body(
		app.Table().Class("compare-table").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(body...)),
	)
}
