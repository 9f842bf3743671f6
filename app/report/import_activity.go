package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// Activities says, in language l, what an activity log's type column did
// (actuals.Activity): which types it counted for which KPI and how many
// rows each (a row one activity, or its count in a summary report); the
// types, statuses and calls received it left out; how the months count,
// through which week the file's last month counts, and the columns it did
// not read (a subject, an owner: no problem in an activity log). "" when
// the file has no type column.
func Activities(l i18n.Lang, res *actuals.Result, nodes []actuals.Node) string {
	a := res.Activity
	if a == nil {
		return ""
	}
	rows := func(n int) string { return l.Counted("unit.rows", i18n.Count(float64(n))) }
	var counted []actuals.TypeCount // a summary's rows whose counts were all refused go unsaid: the problems name them
	for _, c := range a.Counted {
		if c.Rows > 0 {
			counted = append(counted, c)
		}
	}
	var out []string
	switch {
	case a.Calls && len(counted) > 0:
		c := counted[0]
		out = append(out, fmt.Sprintf(l.T("import.calls_counted"), a.Header, fmt.Sprintf(l.T("import.stage_count"), nodeLabel(l, nodes, c.Node), rows(c.Rows))))
	case len(counted) > 0:
		items := make([]string, len(counted))
		for i, c := range counted {
			items[i] = fmt.Sprintf(l.T("import.type_counted_item"), c.Type, nodeLabel(l, nodes, c.Node), rows(c.Rows))
		}
		if a.Count != "" {
			out = append(out, fmt.Sprintf(l.T("import.type_counted_by"), a.Header, strings.Join(items, l.T("import.same_sep")), a.Count))
		} else {
			out = append(out, fmt.Sprintf(l.T("import.type_counted"), a.Header, strings.Join(items, l.T("import.same_sep"))))
		}
		if len(a.Others) > 0 {
			out = append(out, fmt.Sprintf(l.T("import.type_others"), typeList(l, a.Others, rows)))
		}
	case len(a.Counted) > 0, len(a.Others) == 0:
		// Every count refused (the problems name them), or every row left
		// out by its status or direction (said below).
	case a.Calls: // a log of calls, and no KPI counts calls
		out = append(out, fmt.Sprintf(l.T("import.calls_none"), a.Header, rows(a.Others[0].Rows)))
	default:
		out = append(out, fmt.Sprintf(l.T("import.type_none"), a.Header, typeList(l, a.Others, rows)))
	}
	if !a.Calls && len(out) > 0 && len(a.Others) > 0 {
		out = append(out, l.T("import.type_aliases")) // how to count them (Scenario.SetAliases)
	}
	if len(a.Planned) > 0 {
		out = append(out, fmt.Sprintf(l.T("import.type_planned"), a.Status, stageCounts(l, a.Planned)))
	}
	if len(a.Inbound) > 0 {
		out = append(out, fmt.Sprintf(l.T("import.type_inbound"), a.Direction, stageCounts(l, a.Inbound)))
	}
	if len(counted) > 0 {
		out = append(out, l.T("import.type_months"))
		if t := a.Through; t.Week > 0 {
			month := MonthName(l, forecast.Month{Year: t.Year, Month: time.Month(t.Month)})
			out = append(out, fmt.Sprintf(l.T("import.type_through"), month, t.Week))
		}
	}
	return strings.Join(append(out, unreadColumns(l, a.Unread)...), l.SentenceSep())
}

// typeList lists activity types left out, each with its rows, as the
// import's note writes them.
func typeList(l i18n.Lang, ts []actuals.TypeCount, rows func(int) string) string {
	items := make([]string, len(ts))
	for i, t := range ts {
		name := t.Type
		if name == "" {
			name = l.T("import.stage_blank")
		}
		items[i] = fmt.Sprintf(l.T("import.stage_count"), name, rows(t.Rows))
		if t.Many != "" {
			items[i] = fmt.Sprintf(l.T("import.type_many"), name, rows(t.Rows), t.Many)
		}
	}
	return strings.Join(items, l.T("import.same_sep"))
}
