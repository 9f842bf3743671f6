package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// compareView is the comparison: up to four scenarios side by side, the
// headline answers and the required table each with its difference to the
// base in value and %, and their cumulative forecasts on one chart.
func (p *Page) compareView(l i18n.Lang) app.UI {
	on := len(p.model.Compare) > 0
	return app.Details().Class("compare").Open(on).Body(
		app.Summary().Text(l.T("compare.title")),
		app.P().Class("muted").Text(compareHint(l, p.model.Compare)),
		app.Div().Class("compare-actions").Body(
			app.If(!on, func() app.UI {
				return app.Button().ID("compare-run").Text(l.T("compare.run")).OnClick(func(ctx app.Context, e app.Event) {
					p.compareNow(ctx)
					// The button pressed is gone: the focus goes to what it
					// made, the results' heading, which a screen reader reads
					// once. It fell on the button in its place, "Make the
					// current state the base", which a second Enter pressed.
					p.focus(ctx, "#compare-results")
				})
			}),
			app.Button().ID("compare-rebase").Text(l.T("compare.rebase")).OnClick(func(ctx app.Context, e app.Event) { p.rebase() }),
			app.If(on, func() app.UI {
				return app.Button().ID("compare-clear").Text(l.T("compare.clear")).OnClick(func(ctx app.Context, e app.Event) {
					p.model.SetCompare(nil, 0)
					// The button pressed is gone and the section folds: its heading.
					p.focus(ctx, "details.compare > summary")
				})
			}),
		),
		app.If(on, func() app.UI { return p.compareBody(l, p.comparison()) }),
	)
}

func (p *Page) compareBody(l i18n.Lang, c Comparison) app.UI {
	head := []app.UI{app.Th().Scope("col").Body(app.Span().Class("sr-only").Text(l.T("a11y.measure")))} // no empty header (axe)
	for i, col := range c.Cols {
		th := app.Th().Scope("col").DataSet("compare-col", strconv.Itoa(i)).DataSet("base", strconv.FormatBool(col.Base))
		if col.Base {
			th = th.Class("compare-base")
		}
		head = append(head, th.Body(
			app.Span().Class("compare-name").Text(col.Name),
			app.If(col.Base, func() app.UI {
				// Focusable by script alone: "Make base" becomes this badge,
				// and the focus moves to it (onCompareBase).
				return app.Span().Class("compare-badge").TabIndex(-1).Text(l.T("compare.base"))
			}).Else(func() app.UI {
				return app.Button().Class("compare-make-base").DataSet("compare-col", strconv.Itoa(i)).
					Aria("label", l.T("compare.make_base")+": "+col.Name).Text(l.T("compare.make_base")).OnClick(p.onCompareBase(i))
			}),
		))
	}
	thead := app.THead().Body(app.Tr().Body(head...))
	left := p.comparedLeft()
	return app.Div().Class("compare-body").Body(
		app.If(len(left) > 0, func() app.UI {
			names := make([]string, len(left))
			for i, v := range left {
				names[i] = fmt.Sprintf(l.T("compare.left_name"), variantName(l, v))
			}
			return app.P().Class("notice").Attr("role", "status").DataSet("output", "compare-left").
				Text(fmt.Sprintf(l.T("compare.left"), maxCompare, strings.Join(names, l.T("present.list_sep"))))
		}),
		// Focusable by script alone: Compare now gives it the focus.
		app.H2().ID("compare-results").TabIndex(-1).Text(l.T("compare.headline")),
		scrollRegion("scroll", l.T("compare.headline")).Body(
			app.Table().Class("compare-table").Body(thead, app.TBody().Body(compareRows(l, c, c.Heads, true)...)),
		),
		app.Div().Class("compare-table-head").Body(
			app.H2().Text(l.T("compare.table")),
			app.Label().Class("inline").Body(
				app.Text(l.T("compare.period")+" "),
				app.Select().DataSet("control", "compare-period").OnChange(func(ctx app.Context, e app.Event) {
					p.share.period = ctx.JSSrc().Get("value").String()
				}).Body(comparePeriods(l, c.Req, p.share.period)...),
			),
		),
		scrollRegion("scroll", l.T("compare.table")).Body(
			app.Table().Class("compare-table compare-required").Body(
				app.THead().Body(app.Tr().Body(append([]app.UI{app.Th().Scope("col").Body(app.Span().Class("sr-only").Text(l.T("a11y.measure")))}, compareNames(c)...)...)),
				app.TBody().Body(compareRows(l, c, periodRows(c.Req, p.share.period), false)...),
			),
		),
		app.H2().Text(c.ChartTitle),
		app.P().Class("error").Attr("role", "alert").Hidden(c.Error == "").Text(c.Error),
		app.P().Class("muted").DataSet("output", "compare-note").Hidden(c.ChartNote == "").Text(c.ChartNote),
		&Chart{ID: "chart-compare", Label: c.ChartTitle, Option: c.Chart},
	)
}

// compareNames are the columns' heads of the required table: the names.
func compareNames(c Comparison) []app.UI {
	out := make([]app.UI, len(c.Cols))
	for i, col := range c.Cols {
		th := app.Th().Scope("col").DataSet("compare-col", strconv.Itoa(i))
		if col.Base {
			th = th.Class("compare-base")
		}
		// The name wraps in its column, as the answers table's do: one
		// line each, long names had run into one another.
		out[i] = th.Body(app.Span().Class("compare-name").Text(col.Name))
	}
	return out
}

func compareRows(l i18n.Lang, c Comparison, rows []CompareRow, errors bool) []app.UI {
	out := make([]app.UI, len(rows))
	for r, rw := range rows {
		label := app.Th().Scope("row").Text(rw.Label)
		if rw.Period != "" {
			label = app.Th().Scope("row").Body(app.Text(rw.Label), app.Span().Class("compare-period").Text(rw.Period))
		}
		cells := []app.UI{label}
		for i, cell := range rw.Cells {
			col := c.Cols[i]
			td := app.Td().DataSet("compare-col", strconv.Itoa(i)).DataSet("row", rw.Key)
			if col.Base {
				td = td.Class("compare-base")
			}
			switch {
			case col.Err != "":
				text := "—"
				if errors && r == 0 {
					text = col.Err
				}
				cells = append(cells, td.Class("error").Text(text))
				continue
			case cell.None:
				cells = append(cells, td.Text("—"))
				continue
			}
			delta := cell.Diff
			if cell.Pct != "" {
				delta += l.Aside(cell.Pct)
			}
			cells = append(cells, td.DataSet("value", strconv.FormatFloat(cell.Exact, 'g', -1, 64)).Body(
				compareValue(cell),
				app.If(cell.Diff != "", func() app.UI {
					return app.Span().Class("compare-delta").DataSet("diff", cell.Diff).DataSet("pct", cell.Pct).
						Aria("label", l.T("compare.vs_base")+" "+delta).Text(delta)
				}),
			))
		}
		out[r] = app.Tr().Body(cells...)
	}
	return out
}

// compareValue writes a cell's text: its lead (the KPI's name) where a
// narrow column may wrap it, its figure with its unit whole. At 1280 px
// four columns of 「マーケティング予算 214.4万円 /人月」 ran into one
// another.
func compareValue(cell CompareCell) app.UI {
	rest, ok := strings.CutPrefix(cell.Text, cell.Lead)
	if cell.Lead == "" || !ok {
		return app.Span().Class("compare-value").Text(cell.Text)
	}
	return app.Span().Class("compare-value").Body(
		app.Span().Class("compare-lead").Text(cell.Lead), app.Text(" "), app.Span().Class("whole").Text(strings.TrimSpace(rest)))
}

// comparePeriods are the choices of the required table's period: every
// period, or one.
func comparePeriods(l i18n.Lang, rows []CompareRow, chosen string) []app.UI {
	out := []app.UI{app.Option().Value("").Selected(chosen == "").Text(l.T("compare.all_periods"))}
	seen := map[string]bool{}
	for _, r := range rows {
		per := rowPeriod(r)
		if !seen[per] {
			seen[per] = true
			out = append(out, app.Option().Value(per).Selected(per == chosen).Text(r.Period))
		}
	}
	return out
}

// periodRows keeps the rows of period per ("": all).
func periodRows(rows []CompareRow, per string) []CompareRow {
	if per == "" {
		return rows
	}
	var out []CompareRow
	for _, r := range rows {
		if rowPeriod(r) == per {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return rows
	}
	return out
}

func rowPeriod(r CompareRow) string {
	_, per, _ := strings.Cut(r.Key, "/")
	return per
}
