package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// maxCompare is how many scenarios the comparison shows side by side.
const maxCompare = 4

// compareInput is one scenario of the comparison, solved: its view as the
// page shows it opened alone (completed, Monte Carlo run included), or why
// it cannot be solved.
type compareInput struct {
	Name    string
	Current bool
	View    *View
	Err     string
}

// Comparison is the comparison as the page shows it: the scenarios side by
// side, each figure with its difference to the base in value and %.
type Comparison struct {
	Cols  []CompareCol
	Base  int          // the index of the base in Cols
	Heads []CompareRow // required activity, forecast, gap, probability
	Req   []CompareRow // the required table: each node of a solve path in each period
	Chart string       // the cumulative forecasts, one line each (chart.Compare)
	// ChartTitle names the chart and the forecast's row label names the
	// forecast in the goal's own words, the base's (report.Table
	// CompareTitle and ForecastTitle): 累計予測ARR純増, ARR純増予測.
	ChartTitle string
	Error      string // why the chart could not be drawn
	// ChartNote names the scenarios the chart leaves out: their goal is
	// counted in another currency or unit than the one it draws.
	ChartNote string
}

// CompareCol is one scenario's column.
type CompareCol struct {
	Name    string
	Base    bool
	Current bool
	Err     string // the scenario cannot be solved: why
}

// CompareRow is one figure of every scenario.
type CompareRow struct {
	Key    string // data-row: "required", "forecast", "gap", "probability", or "node/period"
	Label  string
	Period string // the required table's period, in words
	Cells  []CompareCell
}

// CompareCell is one scenario's figure: its exact value (data-value), its
// text, and its difference to the base in value and %; Diff is "" for the
// base, a scenario without the figure, or figures that do not compare (two
// currencies, two activities); Pct is "" besides when the base is 0.
type CompareCell struct {
	None  bool // the scenario has no such figure
	Exact float64
	Text  string
	// Lead is the words Text begins with before its figure (the KPI the
	// required activity is: 「マーケティング予算」), which a narrow column
	// wraps; the figure and its unit do not break.
	Lead      string
	Diff, Pct string
}

// compare builds the comparison of the solved scenarios in, the one at base
// the base, in language l.
func compare(l i18n.Lang, in []compareInput, base int) Comparison {
	if base < 0 || base >= len(in) {
		base = 0
	}
	c := Comparison{Base: base, Cols: make([]CompareCol, len(in))}
	for i, s := range in {
		c.Cols[i] = CompareCol{Name: s.Name, Base: i == base, Current: s.Current, Err: s.Err}
		if s.Err == "" && (s.View == nil || s.View.table == nil) {
			c.Cols[i].Err = "—"
			if s.View != nil && s.View.Error != "" {
				c.Cols[i].Err = s.View.Error
			}
		}
	}
	if len(in) == 0 {
		return c
	}
	tables := make([]*report.Table, len(in))
	for i, s := range in {
		if c.Cols[i].Err == "" {
			tables[i] = s.View.table
		}
	}
	bt := tables[base]

	// The headline answers.
	type head struct {
		key string
		get func(t *report.Table) (report.Figure, *kpi.Node, kpi.Period)
	}
	goal := func(t *report.Table) *kpi.Node { m := t.Answer.Tree.Model; return m.Node(m.Goal()) }
	heads := []head{
		{"required", func(t *report.Table) (report.Figure, *kpi.Node, kpi.Period) {
			m := t.Answer.Tree.Model
			p := kpi.Year
			if strings.HasPrefix(t.Head.Figure.Period, "rep_") {
				p = kpi.RepDay
			}
			return t.Head.Figure, m.Node(t.Answer.Target), p
		}},
		{"forecast", func(t *report.Table) (report.Figure, *kpi.Node, kpi.Period) { return t.Total, goal(t), kpi.Year }},
		{"gap", func(t *report.Table) (report.Figure, *kpi.Node, kpi.Period) { return t.Gap, goal(t), kpi.Year }},
	}
	for _, h := range heads {
		row := CompareRow{Key: h.key, Label: l.T("compare." + h.key), Cells: make([]CompareCell, len(in))}
		if h.key == "forecast" && bt != nil {
			row.Label = bt.ForecastTitle()
		}
		var bf report.Figure
		var bn *kpi.Node
		if bt != nil {
			bf, bn, _ = h.get(bt)
		}
		for i, t := range tables {
			if t == nil {
				row.Cells[i] = CompareCell{None: true}
				continue
			}
			f, n, p := h.get(t)
			cell := CompareCell{Exact: f.Exact, Text: f.Text}
			if h.key == "required" {
				cell.Text, cell.Lead = strings.TrimSpace(t.Head.Label+" "+f.Text+" "+t.Head.Unit), t.Head.Label
			}
			if i != base && bt != nil && comparable(bt, t, bn, n) && f.Text != "—" && bf.Text != "—" && f.Period == bf.Period {
				cell.Diff, cell.Pct = change(t.Format, n, bf, f, p)
				if h.key == "gap" {
					// The gap is a difference already: its change in % of
					// the base's gap read "-480%" for a gap of -¥4M grown to
					// -¥23.2M, and nothing where it crossed zero.
					cell.Pct = ""
				}
			}
			row.Cells[i] = cell
		}
		c.Heads = append(c.Heads, row)
	}
	prob := CompareRow{Key: "probability", Label: l.T("compare.probability"), Cells: make([]CompareCell, len(in))}
	for i, s := range in {
		if tables[i] == nil {
			prob.Cells[i] = CompareCell{None: true}
			continue
		}
		f := s.View.Forecast.Probability
		prob.Cells[i] = CompareCell{Exact: f.Exact, Text: f.Text}
		if i != base && bt != nil {
			if b := in[base].View.Forecast.Probability; b.Exact >= 0 && f.Exact >= 0 && sameGoal(bt, tables[i]) { // -1: not computed yet
				prob.Cells[i].Diff = i18n.PointChange(b.Exact, f.Exact) // in points alone
			}
		}
	}
	c.Heads = append(c.Heads, prob)

	c.Req = requiredRows(l, tables, base)
	c.Chart, c.Error, c.ChartNote = compareChart(l, in, tables, base)
	c.ChartTitle = l.T("compare.chart")
	if bt != nil {
		c.ChartTitle = bt.CompareTitle()
	}
	return c
}

// comparable reports whether figures of node n of table t and node bn of
// the base's table bt read in the same unit: the same node (by id and
// unit), money in the same currency.
func comparable(bt, t *report.Table, bn, n *kpi.Node) bool {
	if bn == nil || n == nil || bn.ID != n.ID && bn.Label != n.Label || bn.Unit != n.Unit || !sameGoal(bt, t) {
		return false
	}
	return n.Unit != kpi.Currency || bt.Format.Currency == t.Format.Currency
}

// goalCounted is what table t's goal is counted in: its unit and, for an
// amount, its currency ("JPY"); another unit's name in language l.
func goalCounted(l i18n.Lang, t *report.Table) (kpi.Unit, string) {
	m := t.Answer.Tree.Model
	if u := m.Node(m.Goal()).Unit; u != kpi.Currency {
		return u, l.T("editor.unit." + u.String())
	}
	return kpi.Currency, t.Format.Currency
}

// sameGoal reports whether t's goal is counted as bt's is. A scenario
// whose goal is not (a plan in dollars beside one in yen) gets no
// difference to the base in any row, as it is left off the chart: calls
// read "-82.5 %" and the chance "+55.3 pt" between two businesses.
func sameGoal(bt, t *report.Table) bool {
	u1, c1 := goalCounted(i18n.En, bt)
	u2, c2 := goalCounted(i18n.En, t)
	return u1 == u2 && c1 == c2
}

// requiredRows lines up the scenarios' required tables: each node of a
// solve path (the base's first) in each period, with the difference to the
// base's same node and period.
func requiredRows(l i18n.Lang, tables []*report.Table, base int) []CompareRow {
	type cellAt struct {
		fig report.Figure
		n   *kpi.Node
		p   kpi.Period
	}
	var keys []string
	rows := map[string]*CompareRow{}
	at := map[string][]*cellAt{}
	named := map[string]string{} // a row's node name, unit and period → its key
	name := func(n *kpi.Node, period string) string {
		return n.Label.Ja + "\x00" + n.Label.En + "\x00" + n.Unit.String() + "\x00" + period
	}
	order := append([]int{base}, func() []int {
		var o []int
		for i := range tables {
			if i != base {
				o = append(o, i)
			}
		}
		return o
	}()...)
	// One rep's week or month, when a scenario's activity is stated so,
	// is a row for every scenario: a week beside a scenario stated per day
	// read "—", though its week is as much an answer.
	var spans []kpi.Period
	for _, p := range []kpi.Period{kpi.RepWeek, kpi.RepMonth} {
		if slices.ContainsFunc(tables, func(t *report.Table) bool { return t != nil && t.RepSpan() == p }) {
			spans = append(spans, p)
		}
	}
	for _, i := range order {
		t := tables[i]
		if t == nil {
			continue
		}
		for _, r := range t.Rows {
			if !r.OnPath || !r.Periodic() {
				continue
			}
			figs := append([]report.Figure(nil), r.Required...)
			pers := append([]kpi.Period(nil), report.Periods(r.Node)...)
			for _, p := range spans {
				if f, ok := t.FigureIn(&r, p); ok {
					figs, pers = append(figs, f), append(pers, p)
				}
			}
			if r.Hour.Period != "" {
				figs, pers = append(figs, r.Hour), append(pers, kpi.Hour)
			}
			for k, f := range figs {
				key := r.ID + "/" + f.Period
				if k2, ok := named[name(r.Node, f.Period)]; rows[key] == nil && ok && at[k2][i] == nil {
					// A node of the same name and unit under another id
					// (field sales' meetings, named Opportunities) is the
					// same row: two rows read "Opportunities", each with
					// one scenario's figure.
					key = k2
				}
				if rows[key] == nil {
					named[name(r.Node, f.Period)] = key
					keys = append(keys, key)
					rows[key] = &CompareRow{Key: key, Label: r.Label, Period: l.T("period." + f.Period), Cells: make([]CompareCell, len(tables))}
					at[key] = make([]*cellAt, len(tables))
				}
				at[key][i] = &cellAt{f, r.Node, pers[k]}
			}
		}
	}
	out := make([]CompareRow, 0, len(keys))
	for _, key := range keys {
		row := rows[key]
		b := at[key][base]
		for i, a := range at[key] {
			if a == nil {
				row.Cells[i] = CompareCell{None: true, Text: "—"}
				continue
			}
			cell := CompareCell{Exact: a.fig.Exact, Text: a.fig.Text}
			if i != base && b != nil && comparable(tables[base], tables[i], b.n, a.n) {
				cell.Diff, cell.Pct = change(tables[i].Format, a.n, b.fig, a.fig, a.p)
			}
			row.Cells[i] = cell
		}
		out = append(out, *row)
	}
	return out
}

// compareChart draws each scenario's cumulative forecast, in the base's
// money (or count) format, on one calendar (compareCalendar): a month of
// one plan sits under the same month of another. A scenario whose goal is
// in another currency or unit is left out, and note names it: its line
// would have read dollars as yen on the base's axis.
func compareChart(l i18n.Lang, in []compareInput, tables []*report.Table, base int) (option, errText, note string) {
	ref := base
	if tables[ref] == nil {
		ref = slices.IndexFunc(tables, func(t *report.Table) bool { return t != nil })
	}
	if ref < 0 {
		return "", "", ""
	}
	goalUnit := func(t *report.Table) (kpi.Unit, string) { return goalCounted(l, t) }
	refUnit, refName := goalUnit(tables[ref])
	var lines []chart.Line
	var plans [][]MonthRow
	var left []string
	lineBase := -1
	for i, t := range tables {
		if t == nil {
			continue
		}
		if u, name := goalUnit(t); u != refUnit || name != refName {
			left = append(left, fmt.Sprintf(l.T("compare.not_drawn_one"), in[i].Name, name))
			continue
		}
		ln := chart.Line{Name: in[i].Name, Base: i == base}
		if ln.Base {
			lineBase = len(lines)
		}
		months := in[i].View.Forecast.Months
		for _, mr := range months {
			ln.Values = append(ln.Values, mr.Forecast)
		}
		lines = append(lines, ln)
		plans = append(plans, months)
	}
	if len(left) > 0 {
		note = fmt.Sprintf(l.T("compare.not_drawn"), strings.Join(left, l.ListSep()), refName)
	}
	months, start := compareCalendar(l, plans, lineBase)
	for i := range lines {
		lines[i].Start = start[i]
	}
	text := chart.Text{Format: i18n.Count, Axis: axisName(l, false, "")}
	if refUnit == kpi.Currency {
		text.Format = func(x float64) string { return l.Money(x, refName) }
		text.Axis = axisName(l, true, refName)
	}
	data, err := chart.Compare(lines, months, text)
	if err != nil {
		return "", err.Error(), note
	}
	return string(data), "", note
}

// variantName is the name a column shows: the user's, or what the variant
// is.
func variantName(l i18n.Lang, v Variant) string {
	switch {
	case v.Current:
		return l.T("compare.current")
	case v.Name == "" && v.Rebased:
		return l.T("compare.rebased")
	case v.Name == "":
		return l.T("compare.start")
	case v.Names != nil && v.Names.In(string(l)) != "":
		return v.Names.In(string(l))
	}
	return v.Name
}

// compareHint says what the base is: the state before the first change,
// or the work as it stood when it was made the base (it had said "the
// state before the first change" beside a base the user had just set).
func compareHint(l i18n.Lang, vs []Variant) string {
	if slices.ContainsFunc(vs, func(v Variant) bool { return v.Rebased && v.Name == "" }) {
		return l.T("compare.hint_rebased")
	}
	return l.T("compare.hint")
}

// solveVariant solves a compared copy as the page would open it alone, the
// Monte Carlo run included.
func solveVariant(ps scenario.Presets, l i18n.Lang, v Variant) (*View, error) {
	m := NewModel(ps, "", l)
	if err := m.Restore(State{Version: StateVersion, Preset: v.Preset, Scenario: v.Scenario, Lang: string(l)}); err != nil {
		return nil, err
	}
	if mod, err := m.Scenario.Model(); err == nil {
		if b, err := forecast.Run(mod, m.Scenario.Forecast); err == nil {
			m.Bands = b
		}
	}
	return m.View().Complete(), nil
}

// change is how far figure v is from base: the difference of the figures
// as they read (9 → 17 deals a month is +8), and the share by their exact
// values, which is the same in every period (+100 %: 0.1 → 0.3 deals a
// rep a day, both rounded up, read +200 %, and a month's 9 → 17 +88.9 %).
func change(f i18n.Format, n *kpi.Node, base, v report.Figure, p kpi.Period) (diff, pct string) {
	diff, pct = f.Change(n, base.Value, v.Value, p)
	if pct == "" {
		return diff, pct
	}
	_, exact := f.Change(n, base.Exact, v.Exact, p)
	if base.Value == v.Value {
		// The same figure shown, of values apart (0.1667 and 0.1447 a rep
		// a day both read 0.2): "≈0 (-13.2%)", where "0 (0%)" stood
		// beside a row of the same change read "-13.2%".
		if exact != "0%" && exact != "" {
			return "≈0", exact
		}
		return diff, pct
	}
	return diff, exact
}
