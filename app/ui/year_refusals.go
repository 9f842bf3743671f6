package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// What the year's section refused: each cell and hire typed that broke a
// rule, kept with its text until typed again, and its lines in the page's
// language, in the table's order.

// refusalOf is the index in rs of cell c's refusal, -1 when it has none.
func refusalOf(rs []refusal, c actualCell) int {
	for k, r := range rs {
		if r.cell.same(c) {
			return k
		}
	}
	return -1
}

// hireRefusal is a hire's cell whose typed text was refused.
type hireRefusal struct {
	row   int
	field string // "month", "count" or "ramp_months"
	text  string
	err   error
}

// actualRule is the message key of the rule a typed actual breaks, given
// what ParseValue made of it, or "" when it is a number from 0 to
// kpi.MaxValue.
func actualRule(v float64, err error) string {
	switch {
	case errors.Is(err, scenario.ErrTooLarge), err == nil && v > kpi.MaxValue:
		return "actuals.bad_large"
	case errors.Is(err, scenario.ErrSeveral):
		return "actuals.several" // a column pasted into one cell
	case err != nil, v < 0:
		return "actuals.bad"
	}
	return ""
}

// actualCell is a cell of the entry table: a node's month, or a week of it.
type actualCell struct {
	year  int // 0 in a plan without a year
	month time.Month
	week  int
	id    string
}

// same reports whether a and b are one cell, a year of 0 matching any (as
// SetActual matches actuals).
func (a actualCell) same(b actualCell) bool {
	return a.id == b.id && a.month == b.month && a.week == b.week && (a.year == b.year || a.year == 0 || b.year == 0)
}

// refusal is a cell's typed text refused, and why.
type refusal struct {
	cell actualCell
	bad  badActual
}

// forget drops the refusals of the cells gone says are gone. (A slice and
// loops, not a map and the slices and maps packages: their generic sort
// and iterators, instantiated for a cell, cost app.wasm 10 KB of gzip.)
func (y *yearUI) forget(gone func(actualCell) bool) {
	kept := y.refused[:0]
	for _, r := range y.refused {
		if !gone(r.cell) {
			kept = append(kept, r)
		}
	}
	y.refused = kept
}

// badActual is a typed actual refused: the node, the period, the text and
// the rule, and the value that still counts, said in the page's language
// when shown.
type badActual struct {
	node     *kpi.Node // nil when id names no node
	id       string
	month    forecast.Month
	week     int
	text     string
	rule     string // message key: actuals.bad or actuals.bad_large
	kept     float64
	hasKept  bool
	currency string
}

func (b badActual) Error() string { return b.in(i18n.En) }

func (b badActual) in(l i18n.Lang) string {
	when := report.MonthName(l, b.month)
	if b.week > 0 {
		when += " " + fmt.Sprintf(l.T("actuals.week"), b.week)
	}
	label, fm := b.id, i18n.Format{Lang: l, Currency: b.currency}
	if b.node != nil {
		label = b.node.Label.In(string(l))
	}
	var msg string
	switch {
	case b.rule == "actuals.bad_large" && b.node != nil:
		msg = fmt.Sprintf(l.T(b.rule), label, when, b.text, fm.Node(b.node, kpi.MaxValue, kpi.Month))
	case b.rule == "actuals.bad_currency":
		msg = fmt.Sprintf(l.T(b.rule), label, when, b.text, b.currency)
	case b.rule == "actuals.several", b.rule == "actuals.bad_percent", b.rule == "actuals.bad_money", b.rule == "actuals.not_whole":
		msg = fmt.Sprintf(l.T(b.rule), label, when, b.text)
	default:
		msg = fmt.Sprintf(l.T("actuals.bad"), label, when, b.text)
	}
	if b.hasKept && b.node != nil {
		msg += " " + fmt.Sprintf(l.T("actuals.bad_kept"), fm.Node(b.node, b.kept, kpi.Month))
	}
	return msg
}

// yearErrs are the year's refusals as the view shows them, in the page's
// language: the typed actuals (in the table's order, a cell at a time) and
// an import's, the seasonality, the hires.
func (m *Model) yearErrs(y *yearUI) (entry []string, season string, hire []string) {
	l := m.Lang
	for _, r := range m.refusedInOrder(y) {
		entry = append(entry, r.bad.in(l))
	}
	if e := m.errText(l.T("actuals.title"), y.entryErr); e != "" {
		entry = append(entry, e)
	}
	return entry, m.errText(l.T("plan.seasonality_label"), y.seasonErr), m.hireErrs(y)
}

// refusedInOrder are the typed actuals refused in the table's order
// (cellOrder).
func (m *Model) refusedInOrder(y *yearUI) []refusal {
	rs := append([]refusal(nil), y.refused...)
	m.sortCells(len(rs), func(i int) actualCell { return rs[i].cell }, func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
	return rs
}

// cellOrder is where cell c stands in the table: by period, then by node
// as the scenario lists them.
func (m *Model) cellOrder(c actualCell) [4]int {
	n := len(m.Scenario.Nodes)
	for i := range m.Scenario.Nodes {
		if m.Scenario.Nodes[i].ID == c.id {
			n = i
			break
		}
	}
	return [4]int{c.year, int(c.month), c.week, n}
}

// sortCells puts n items, each at a cell (at), in the table's order
// (cellOrder), keeping the order of those at one cell: an insertion sort
// of the few typed.
func (m *Model) sortCells(n int, at func(int) actualCell, swap func(i, j int)) {
	for i := 1; i < n; i++ {
		for j := i; j > 0 && cellBefore(m.cellOrder(at(j)), m.cellOrder(at(j-1))); j-- {
			swap(j, j-1)
		}
	}
}

// hiresInOrder are the refused cells of the hires in the table's order:
// by row, then by field (hireFields), up to the row a refused addition
// would have been.
func (m *Model) hiresInOrder(y *yearUI) []hireRefusal {
	var rs []hireRefusal
	for i := 0; i <= len(m.Scenario.Forecast.Hires); i++ {
		for _, field := range hireFields {
			for _, r := range y.hireBad {
				if r.row == i && r.field == field {
					rs = append(rs, r)
				}
			}
		}
	}
	return rs
}

// hireErrs says, for each refused cell of the hires in the table's order,
// its row and field, why, and the value that still counts.
func (m *Model) hireErrs(y *yearUI) []string {
	l := m.Lang
	hs := m.Scenario.Forecast.Hires
	var out []string
	for _, r := range m.hiresInOrder(y) {
		i, field := r.row, r.field
		msg := m.errText(fmt.Sprintf(l.T("plan.hire_cell"), i+1, l.T("plan.hire_"+strings.TrimSuffix(field, "_months"))), r.err)
		if i < len(hs) {
			kept := hs[i].Count
			switch field {
			case "month":
				kept = float64(hs[i].Month)
			case "ramp_months":
				kept = float64(hs[i].RampMonths)
			}
			msg += " " + fmt.Sprintf(l.T("actuals.bad_kept"), i18n.Number(kept, i18n.Decimals(kept)))
		}
		out = append(out, msg)
	}
	return out
}

// cellBefore orders a before b, field by field (year, month, week, node).
func cellBefore(a, b [4]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}
