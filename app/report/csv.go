package report

import (
	"encoding/csv"
	"io"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// WriteCSV writes the required table as CSV, one row per node in the
// model's order: id, label, unit, formula (in ids), the lever's value, then
// the exact requirement, the requirement after rounding and the forecast in
// each period (year, quarter, month, day, rep_day, then week and hour, the
// hour empty unless the calendar sets selling hours, then rep_week and
// rep_month, empty unless the activity solved for is stated in that span),
// and last the year's gap on the solve path: the forecast minus the target
// as both read (Row.Gap), the required table's GAP column. Numbers are exact to
// 12 significant digits, in plain digits (i18n.Plain, as every -json and
// -csv number); a cell the node does not have is empty. The columns are a
// stable interface: a new one comes at the end.
func (t *Table) WriteCSV(w io.Writer) error {
	a := t.Answer
	m := a.Tree.Model
	cw := csv.NewWriter(w)
	head := []string{"id", "label", "unit", "formula", "value"}
	// The columns keep their places: new periods come after the old ones.
	periods := []kpi.Period{kpi.Year, kpi.Quarter, kpi.Month, kpi.Day, kpi.RepDay, kpi.Week, kpi.Hour, kpi.RepWeek, kpi.RepMonth}
	data := t.DataPeriods()
	shown := func(p kpi.Period) bool { return slices.Contains(data, p) } // the hour, one rep's week or month: when the table has them
	for _, kind := range []string{"required", "target", "forecast"} {
		for _, p := range periods {
			head = append(head, kind+"_"+p.String())
		}
	}
	head = append(head, "gap_year")
	cw.Write(head)
	num := i18n.Plain
	lang := string(t.Format.Lang)
	for i := range m.Len() {
		n := m.Node(i)
		formula, value := "lever", ""
		if n.Op == kpi.Lever {
			value = num(n.Value)
		} else {
			formula = strings.Join(n.Children, " "+n.Op.Symbol()+" ")
		}
		row := []string{n.ID, TextCell(n.Label.In(lang)), n.Unit.String(), formula, value}
		for _, get := range []func(p kpi.Period) (float64, bool){
			func(p kpi.Period) (float64, bool) { return a.Required(i, p) },
			func(p kpi.Period) (float64, bool) { return t.Target(i, p) }, // as -json's target and the table read it
			func(p kpi.Period) (float64, bool) { return a.Planned(i, p), n.Periodic() },
		} {
			for _, p := range periods {
				if v, ok := get(p); ok && (n.Periodic() || p == kpi.Year) && (p < kpi.Hour || shown(p)) {
					row = append(row, num(v))
				} else {
					row = append(row, "")
				}
			}
		}
		gap := ""
		if r := t.Row(n.ID); r != nil && r.Periodic() && r.OnPath {
			gap = num(r.Gap.Value)
		}
		row = append(row, gap)
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// TextCell is a name as a CSV cell: one a spreadsheet would read as a
// formula (=, +, -, @, a tab or a return first: a label "=SUM(A1)" in a
// file shared) starts with an apostrophe, which the spreadsheet shows as
// text; any other is as written. Numbers are written by i18n.Plain, never
// through it: -400 stays a number.
func TextCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
