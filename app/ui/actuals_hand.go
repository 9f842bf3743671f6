package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// An import replaces, per KPI and period, what the file holds: a value
// typed by hand into 「月別の実績を入力」 (a deal closed after the export)
// went back to the file's without a word, and the import said "no
// problems". The year's section now remembers which cells were typed
// (yearUI.hand, kept in State.Hand so that undo, a reload and a link keep
// it), and an import that replaces one with another value names it, the
// value typed and the file's, and says that undo brings it back.

// handReplaced is a cell typed by hand that an import replaced: the value
// or the refused text typed, and the file's value.
type handReplaced struct {
	cell  actualCell
	typed string // the refused text as typed; "" for a value
	was   float64
	file  float64
}

// typedByHand marks cell as typed by hand (on) or not.
func (y *yearUI) typedByHand(cell actualCell, on bool) {
	kept := y.hand[:0:0]
	for _, c := range y.hand {
		if !c.same(cell) {
			kept = append(kept, c)
		}
	}
	if on {
		kept = append(kept, cell)
	}
	y.hand = kept
}

// covering is the file's entry that replaces cell in an import of add
// (as scenario.MergeActuals replaces: a month's value every week of it),
// and whether there is one.
func covering(cell actualCell, add forecast.Actuals) (forecast.Actual, bool) {
	for _, e := range add {
		if cell.same(actualCell{e.Year, e.Month, cell.week, e.Node}) && (e.Week == 0 || cell.week == e.Week) {
			return e, true
		}
	}
	return forecast.Actual{}, false
}

// replacedByImport drops the marks of the cells typed by hand that the
// import of add replaces, and returns those it replaced with another value
// (held in acts, the actuals before it) and the refused text it replaces,
// in the table's order.
func (m *Model) replacedByImport(y *yearUI, acts, add forecast.Actuals) []handReplaced {
	var out []handReplaced
	kept := y.hand[:0:0]
	for _, c := range y.hand {
		e, ok := covering(c, add)
		if !ok {
			kept = append(kept, c)
			continue
		}
		for _, a := range acts {
			if c.same(actualCell{a.Year, a.Month, a.Week, a.Node}) && a.Value != e.Value {
				out = append(out, handReplaced{cell: c, was: a.Value, file: e.Value})
				break
			}
		}
	}
	y.hand = kept
	for _, r := range m.refusedInOrder(y) {
		if e, ok := covering(r.cell, add); ok {
			out = append(out, handReplaced{cell: r.cell, typed: r.bad.text, file: e.Value})
		}
	}
	m.sortCells(len(out), func(i int) actualCell { return out[i].cell }, func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// sayReplaced adds to the report, in every language, each value typed by
// hand that the import replaced (「2026年12月の売上 150万円→0円」) and that
// undo brings them back.
func (r *ImportReport) sayReplaced(s *scenario.Scenario, rs []handReplaced) {
	if r == nil || len(rs) == 0 {
		return
	}
	for _, l := range i18n.Langs {
		fm := i18n.Format{Lang: l, Currency: s.Currency}
		items := make([]string, len(rs))
		for i, x := range rs {
			c := x.cell
			when := report.MonthName(l, forecast.Month{Year: c.year, Month: c.month})
			if c.week > 0 {
				when += " " + fmt.Sprintf(l.T("actuals.week"), c.week)
			}
			label, was, file := c.id, x.typed, kpi.FormatNumber(x.file)
			if n := s.Node(c.id); n != nil {
				label, file = l.InSentence(n.Label.In(string(l))), fm.Node(n, x.file, kpi.Month)
				if x.typed == "" {
					was = fm.Node(n, x.was, kpi.Month)
				}
			} else if x.typed == "" {
				was = kpi.FormatNumber(x.was)
			}
			if x.typed != "" {
				was = fmt.Sprintf(l.T("import.hand_text"), x.typed)
			}
			items[i] = fmt.Sprintf(l.T("import.hand_item"), when, label, was, file)
		}
		key := "import.hand_many"
		if len(rs) == 1 {
			key = "import.hand_one"
		}
		r.say(l, fmt.Sprintf(l.T(key), strings.Join(items, l.ListSep())))
	}
}

// handKeys are the cells typed by hand as State.Hand holds them:
// year/month/week/node.
func (y *yearUI) handKeys() []string {
	var out []string
	for _, c := range y.hand {
		out = append(out, strconv.Itoa(c.year)+"/"+strconv.Itoa(int(c.month))+"/"+strconv.Itoa(c.week)+"/"+c.id)
	}
	return out
}

// restoreHand reads State.Hand; a key it cannot read is left out.
func (y *yearUI) restoreHand(keys []string) {
	y.hand = nil
	for _, k := range keys {
		f := strings.SplitN(k, "/", 4)
		if len(f) != 4 {
			continue
		}
		year, errY := strconv.Atoi(f[0])
		month, errM := strconv.Atoi(f[1])
		week, errW := strconv.Atoi(f[2])
		if errY == nil && errM == nil && errW == nil && month >= 1 && month <= 12 && week >= 0 && week <= 5 && f[3] != "" {
			y.hand = append(y.hand, actualCell{year, time.Month(month), week, f[3]})
		}
	}
}
