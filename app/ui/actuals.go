package ui

import (
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/actuals"
)

// actualsCard takes the actuals: a CSV export from a CRM or SFA (a file
// picker and a drop zone), the import's per-row messages, and a table of
// the plan's months to type them into.
func (p *Page) actualsCard(y *YearView) app.UI {
	l := y.Lang
	first := l.T("refit.month")
	if y.EntryMonth >= 0 {
		first = l.T("actuals.week_col")
	}
	head := []app.UI{app.Th().Scope("col").Text(first)}
	for _, c := range y.Columns {
		head = append(head, app.Th().Scope("col").Text(c.Label))
	}
	open := p.model.Open(SectionActuals)
	var rows []app.UI
	for _, r := range y.Rows {
		if !open {
			break // folded: no rows to build
		}
		tds := []app.UI{app.Th().Scope("row").Text(r.Label)}
		for j, c := range y.Columns {
			// The cell says which it is: go-app keeps an element's first
			// handler when a closure of the same code replaces it, so a
			// handler must not capture its row.
			bad, errID := false, ""
			if r.Bad != nil {
				bad, errID = r.Bad[j], r.Err[j]
			}
			field := app.Input().Type("text").Attr("inputmode", "decimal").Class("actual").
				DataSet("actual", c.ID).DataSet("year", strconv.Itoa(r.Year)).DataSet("month", strconv.Itoa(int(r.Month))).
				DataSet("week", strconv.Itoa(r.Week)).
				Aria("label", r.Label+" "+c.Label).Placeholder(r.Plan[j]).Value(r.Cells[j]).
				OnChange(p.onActual)
			// Read with its message, as a lever's field is.
			tds = append(tds, app.Td().Body(invalid(field, bad, errID)))
		}
		rows = append(rows, app.Tr().Body(tds...))
	}
	return app.Section().Class("card actuals").DataSet("section", "actuals").Body(
		app.H2().Text(l.T("actuals.title")),
		app.P().Class("muted").Text(l.T("actuals.hint")),
		app.Div().Class("drop").DataSet("control", "drop").
			On("dragover", func(ctx app.Context, e app.Event) { e.PreventDefault() }).
			On("drop", p.onDrop).Body(
			// As the scenario file's picker (share_view.go): the field lies
			// unseen over a button in the page's words.
			app.Label().Class("file-choose").Body(
				app.Text(l.T("actuals.choose")),
				app.Input().Class("file-field").Type("file").Accept(".csv,.tsv,.txt,text/csv").DataSet("control", "actuals-file").OnChange(p.onActualsFile),
			),
			app.Span().Class("muted").Text(l.T("actuals.drop")),
		),
		// The import's result and the refusals are always there, empty
		// when there is nothing to say: go-app matches children by
		// position, and one that came or went before the table rebuilt
		// it, the cell typed in with it, and the focus fell to <body>.
		app.Div().Attr("role", "status").Body(
			app.If(p.reading != "", func() app.UI {
				return app.Div().Class("import-result").DataSet("import", "reading").Body(
					app.P().Body(app.Strong().Text(p.reading), app.Text(" — "+l.T("actuals.reading"))),
				)
			}).ElseIf(y.Imported != "", func() app.UI {
				return app.Div().Class("import-result").DataSet("import", "result").Body(
					app.P().Body(app.Strong().Text(y.File), app.Text(" — "+y.Imported)),
					app.If(len(y.Problems) > 0, func() app.UI {
						var lis []app.UI
						for _, t := range y.Problems {
							lis = append(lis, app.Li().Text(t))
						}
						return app.Ul().Class("problems").Body(lis...)
					}),
				)
			}),
		),
		app.Div().Class("entry-errors").Attr("role", "alert").Body(entryErrLines(y.EntryErrs)...),
		app.Details().Class("actuals-table").DataSet("fold", SectionActuals).Open(open).On("toggle", p.onFold).Body(
			p.actualsTable(y, open, head, rows)...,
		),
	)
}

// onActual takes a typed actual for the node, month and week its cell
// names.
func (p *Page) onActual(ctx app.Context, e app.Event) {
	el := ctx.JSSrc()
	data := el.Get("dataset")
	num := func(k string) int { n, _ := strconv.Atoi(data.Get(k).String()); return n }
	p.model.SetActual(num("year"), time.Month(num("month")), num("week"), data.Get("actual").String(), el.Get("value").String())
	p.planChanged(ctx)
}

// onActualsFile imports the file chosen, and empties the picker: a file
// fixed and chosen again under its name is then a change, and read again
// (the picker kept it, and choosing it once more did nothing).
func (p *Page) onActualsFile(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if files.Truthy() && files.Length() > 0 {
		p.readFile(ctx, files.Index(0))
	}
	ctx.JSSrc().Set("value", "")
}

func (p *Page) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	files := e.Get("dataTransfer").Get("files")
	if files.Truthy() && files.Length() > 0 {
		p.readFile(ctx, files.Index(0))
	}
}

// readFile reads a dropped or chosen file's bytes (as they are: the
// importer decodes a BOM or UTF-16 itself; Shift_JIS is decoded here, by
// the browser) and imports them.
func (p *Page) readFile(ctx app.Context, file app.Value) {
	name := file.Get("name").String()
	p.readGen++
	gen := p.readGen
	readBytes(ctx, file, func(ctx app.Context, data []byte, err error) {
		if gen != p.readGen {
			return // another file came since: the last one chosen is imported
		}
		p.reading = "" // a file read before this one is no longer awaited
		if err != nil {
			p.model.year().entryErr = errors.New(name + ": " + err.Error())
			return
		}
		if len(data) < readingAbove {
			p.importFile(ctx, name, data)
			return
		}
		// A large export takes a while to read (100,000 rows some 1.4 s
		// at CPU 1×): the page says so, and a worker reads it while the
		// page goes on working (workers_parse.go).
		p.reading = name
		if p.parseOnWorker(gen, name, data) {
			return
		}
		// No worker: the parse holds the page's thread. The note is on
		// screen before it begins: go-app renders at its next frame, after
		// this dispatch; the paint waited for is the one after that render.
		p.page(ctx).Defer(func(app.Context) {
			afterPaint(func() {
				p.own.Dispatch(func(ctx app.Context) {
					if gen == p.readGen {
						p.reading = ""
						p.importFile(ctx, name, data)
					}
				})
			})
		})
	})
}

// parseOnWorker has a Monte Carlo worker parse file name's bytes, the
// gen-th file read, and imports what it read; false when no worker is
// ready. Should the workers fail, or the tree or currency change while
// the file is read (the page works meanwhile), the page parses the file
// itself, against the tree as it then is.
func (p *Page) parseOnWorker(gen int, name string, data []byte) bool {
	s := p.model.Scenario
	nodes, currency := s.ImportNodes(), s.ImportCurrency()
	return p.pool.parse(data, nodes, currency, func(res *actuals.Result, err error) {
		p.own.Dispatch(func(ctx app.Context) {
			if gen != p.readGen {
				return // another file came since
			}
			p.reading = ""
			s := p.model.Scenario
			if err != nil || !slices.EqualFunc(nodes, s.ImportNodes(), actuals.Node.Same) || currency != s.ImportCurrency() {
				p.importFile(ctx, name, data)
				return
			}
			p.importStep(ctx, func() { p.model.ImportParsed(name, res) })
		})
	})
}

// readingAbove is the size of a file whose import the page announces
// before reading it (p.reading): some 7,000 rows of a deal export, read
// in about 0.1 s at CPU 1×.
const readingAbove = 512 << 10

// importFile imports file name's bytes, parsed in the page, as one
// undoable step.
func (p *Page) importFile(ctx app.Context, name string, data []byte) {
	data, _ = actuals.FromShiftJIS(data, browserShiftJIS)
	p.importStep(ctx, func() { p.model.ImportActuals(name, data) })
}

// importStep makes an import one undoable step, which Undo shows at once:
// the file's change event came before its bytes, and recorded nothing.
func (p *Page) importStep(ctx app.Context, do func()) {
	p.recordStep(ctx)
	do()
	p.recordStep(ctx)
	p.planChanged(ctx)
}

// actualsTable is the folded table's content: its summary, and once
// unfolded the month to type weeks of, the table and the clear button.
func (p *Page) actualsTable(y *YearView, open bool, head, rows []app.UI) []app.UI {
	l := y.Lang
	summary := app.Summary().Text(l.T("actuals.table"))
	if !open {
		return []app.UI{summary}
	}
	return []app.UI{
		summary,
		app.Label().Class("inline").Body(
			app.Text(l.T("actuals.entry")+" "),
			app.Select().DataSet("control", "actuals-entry").OnChange(func(ctx app.Context, e app.Event) {
				k, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
				if err != nil {
					k = -1
				}
				p.model.SetEntryMonth(k)
				p.planChanged(ctx)
			}).Body(options(y.EntryOptions)...),
		),
		// Always there, empty without totals: a child that came or went
		// before the table would rebuild it (actualsCard).
		app.Div().DataSet("actuals", "week-totals").Body(app.If(y.WeekTotals != "", func() app.UI {
			return app.P().Class("refit-note").Text(y.WeekTotals)
		})),
		scrollRegion("scroll", l.T("actuals.table")).Body(
			app.Table().Class("entry").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...)),
		),
		app.Button().Type("button").Class("link").DataSet("control", "actuals-clear").Text(l.T("actuals.clear")).
			OnClick(func(ctx app.Context, e app.Event) { p.model.ClearActuals(); p.planChanged(ctx) }),
	}
}

// entryErrLines are the refusals' messages, each with the id its cell is
// described by.
func entryErrLines(errs []string) []app.UI {
	ps := make([]app.UI, len(errs))
	for k, e := range errs {
		ps[k] = app.P().ID(entryErrID(k)).Class("field-error").Text(e)
	}
	return ps
}
