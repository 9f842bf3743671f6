package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// ImportNotes is what an import says beside its count and its problems,
// in language l, as the page and the CLI write it: which date column
// dates the rows (Dated), the rows a deal export's stage column read
// (Stages) or an activity log's type column (Activities), the columns it read at their
// header's unit (Scaled) and the rates of a balance at the period their
// header says (Rates), then what it added up (AddedUp). "" when none
// says anything.
func ImportNotes(l i18n.Lang, res *actuals.Result, nodes []actuals.Node) string {
	var out []string
	for _, s := range []string{Dated(l, res), RepColumn(l, res), Conventions(l, res, nodes), Stages(l, res, nodes), Activities(l, res, nodes), Scaled(l, res), Rates(l, res, nodes), CurrencyColumn(l, res), Totals(l, res), AddedUp(l, res, nodes)} {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, l.SentenceSep())
}

// Conventions says, in language l, how the import read what the file
// could have meant two ways (actuals' reading.go): dates a/b/yyyy day
// first, a rate's plain values of at most 1 as percentages (a cell's own
// unit under a header's: Scaled). "" when it
// read nothing so.
func Conventions(l i18n.Lang, res *actuals.Result, nodes []actuals.Node) string {
	var out []string
	if res.DayFirst {
		out = append(out, l.T("import.day_first"))
	}
	for _, id := range res.AsPercent {
		out = append(out, fmt.Sprintf(l.T("import.as_percent"), nodeLabel(l, nodes, id)))
	}
	return strings.Join(out, l.SentenceSep())
}

// listed is how many values added up, or groups of repeated rows, an
// import names one by one; more are summed up in one sentence.
const listed = 3

// AddedUp says, in language l, what an import added up (the rule: rows of
// one month or week and KPI are one value, as a row per rep or per deal
// needs): first the rows equal in every cell, the likeliest mistake, by
// row (「すべての列が同じ行も合計しました: 5・6行目。…」), then each value
// added up from several rows (「2026年4月の売上は2行を合計しました。」), or,
// past a few, how many and from how many rows each ("96 values of a month
// and KPI added up from 2–8 rows each, …"). nodes name the KPIs (their ids
// otherwise). "" when every value came from one row.
func AddedUp(l i18n.Lang, res *actuals.Result, nodes []actuals.Node) string {
	var out []string
	if len(res.Same) > 0 {
		out = append(out, fmt.Sprintf(l.T("import.same"), sameRows(l, res.Same)))
	}
	sums := res.Summed()
	if res.Stage != nil || res.Activity != nil {
		sums = nil // a deal export's rows are deals, an activity log's activities: a month adds them up, as Stages and Activities say
	}
	if len(sums) <= listed {
		for _, e := range sums {
			out = append(out, fmt.Sprintf(l.T("import.added_one"), periodName(l, e.Period), l.InSentence(nodeLabel(l, nodes, e.Node)), i18n.Count(float64(e.Rows))))
		}
		return strings.Join(out, l.SentenceSep())
	}
	lo, hi, weeks := sums[0].Rows, sums[0].Rows, 0
	for _, e := range sums {
		lo, hi = min(lo, e.Rows), max(hi, e.Rows)
		if e.Week > 0 {
			weeks++
		}
	}
	per := "import.added_month"
	switch weeks {
	case len(sums):
		per = "import.added_week"
	case 0:
	default:
		per = "import.added_either"
	}
	rows := strconv.Itoa(hi)
	if lo < hi {
		rows = fmt.Sprintf(l.T("refit.week_span"), lo, hi)
	}
	out = append(out, fmt.Sprintf(l.T("import.added_many"), i18n.Count(float64(len(sums))), l.T(per), rows))
	return strings.Join(out, l.SentenceSep())
}

// Dated says, in language l, which of a file's date columns dates its
// rows, when it has more than one (Close Date, not Created Date): "" when
// it has one.
func Dated(l i18n.Lang, res *actuals.Result) string {
	if len(res.Dates) == 0 {
		return ""
	}
	others := make([]string, len(res.Dates))
	for i, h := range res.Dates {
		others[i] = fmt.Sprintf(l.T("import.dated_item"), h)
	}
	return fmt.Sprintf(l.T("import.dated"), res.PeriodHeader, strings.Join(others, l.T("import.dated_sep")))
}

// RepColumn says, in language l, that a per-rep export's rep column was
// read as the rep's name and each month's rows added up into the team's
// (actuals.Result.RepHeader): 「「担当者」列は担当者の名前として読み、各月の
// 行をチームの値として合計しました。」. It had been listed as a problem. ""
// when the file has none.
func RepColumn(l i18n.Lang, res *actuals.Result) string {
	if res.RepHeader == "" {
		return ""
	}
	return fmt.Sprintf(l.T("import.rep_column"), res.RepHeader)
}

// Totals says, in language l, which total rows an import left out
// (actuals.Result.Totals): 「合計の行は…: 4・8行目。」, "…: rows 4 and 8.";
// "" when none.
func Totals(l i18n.Lang, res *actuals.Result) string {
	n := len(res.Totals)
	if n == 0 {
		return ""
	}
	if n == 1 {
		return fmt.Sprintf(l.T("import.totals"), fmt.Sprintf(l.T("import.row_one"), strconv.Itoa(res.Totals[0])))
	}
	return fmt.Sprintf(l.T("import.totals"), sameRows(l, [][]int{res.Totals}))
}

// CurrencyColumn says which column gave each row's currency, in language l:
// 「各行の通貨は「Amount Currency」列で確かめました。」. "" when none did.
func CurrencyColumn(l i18n.Lang, res *actuals.Result) string {
	if res.CurrencyHeader == "" {
		return ""
	}
	return fmt.Sprintf(l.T("import.currency_column"), res.CurrencyHeader)
}

// sameRows names groups of repeated rows: 「5・6行目、9・10・11行目」,
// "rows 5 and 6; rows 9, 10 and 11", past a few with how many more.
func sameRows(l i18n.Lang, groups [][]int) string {
	const sameListed = 5 // rows of a group named; past them, how many more
	var gs []string
	for _, g := range groups[:min(len(groups), listed)] {
		shown := g
		if len(g) > sameListed {
			shown = g[:sameListed-1]
		}
		ns := make([]string, len(shown))
		for i, r := range shown {
			ns[i] = strconv.Itoa(r)
		}
		switch {
		case len(g) > sameListed: // 「2・3・4・5行目ほか1,196行」, not 1,200 row numbers
			sep := "・"
			if l != i18n.Ja {
				sep = ", "
			}
			gs = append(gs, fmt.Sprintf(l.T("import.same_rows_more"), strings.Join(ns, sep), i18n.Count(float64(len(g)-len(shown)))))
		case l == i18n.Ja:
			gs = append(gs, fmt.Sprintf(l.T("import.same_rows"), strings.Join(ns, "・")))
		default:
			gs = append(gs, fmt.Sprintf(l.T("import.same_rows"), strings.Join(ns[:len(ns)-1], ", ")+" and "+ns[len(ns)-1]))
		}
	}
	s := strings.Join(gs, l.T("import.same_sep"))
	if more := len(groups) - listed; more > 0 {
		s = fmt.Sprintf(l.T("import.same_more"), s, i18n.Count(float64(more)))
	}
	return s
}

// periodName names an imported month or week: 「2026年4月」「2026年4月第2週」,
// "Apr 2026", "Apr 2026 week 2".
func periodName(l i18n.Lang, p actuals.Period) string {
	name := MonthName(l, forecast.Month{Year: p.Year, Month: time.Month(p.Month)})
	if p.Week == 0 {
		return name
	}
	week := fmt.Sprintf(l.T("refit.week"), strconv.Itoa(p.Week))
	if l == i18n.Ja {
		return name + week
	}
	return name + " " + week
}

// nodeLabel is node id's label in language l among nodes, or the id.
func nodeLabel(l i18n.Lang, nodes []actuals.Node, id string) string {
	for _, n := range nodes {
		if n.ID != id {
			continue
		}
		if l == i18n.Ja && n.Ja != "" {
			return n.Ja
		}
		if n.En != "" {
			return n.En
		}
	}
	return id
}
