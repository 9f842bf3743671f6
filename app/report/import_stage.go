package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// Stages says, in language l, what a deal export's stage column did
// (actuals.Stage): which rows it read as won deals and how many, those it
// left out by their stage, how the deal count came, through which week
// the file's last month counts, and the columns it did not read (a deal's
// name and owner: no problem in a deal export). "" when the file has no stage column.
func Stages(l i18n.Lang, res *actuals.Result, nodes []actuals.Node) string {
	st := res.Stage
	if st == nil {
		return ""
	}
	foreign := l.Counted("unit.rows", i18n.Count(float64(st.Foreign)))
	if st.Won == 0 {
		none := fmt.Sprintf(l.T("import.stage_none"), st.Header)
		if st.Foreign > 0 { // there were won deals: the problems name their amounts
			none = fmt.Sprintf(l.T("import.stage_foreign_all"), st.Header, foreign)
		}
		return strings.Join(append([]string{none}, unreadColumns(l, st.Unread)...), l.SentenceSep())
	}
	out := []string{fmt.Sprintf(l.T("import.stage_won"), st.Header, l.Counted("unit.rows", i18n.Count(float64(st.Won))))}
	if st.Foreign > 0 {
		out = append(out, fmt.Sprintf(l.T("import.stage_foreign"), foreign))
	}
	if len(st.Others) > 0 {
		out = append(out, fmt.Sprintf(l.T("import.stage_others"), stageCounts(l, st.Others)))
	}
	if st.Node != "" {
		deals := nodeLabel(l, nodes, st.Node)
		if st.Counted != "" {
			out = append(out, fmt.Sprintf(l.T("import.stage_counted"), deals, st.Counted))
		} else {
			out = append(out, fmt.Sprintf(l.T("import.stage_deals"), deals))
		}
	}
	out = append(out, l.T("import.stage_months"))
	if t := st.Through; t.Week > 0 {
		month := MonthName(l, forecast.Month{Year: t.Year, Month: time.Month(t.Month)})
		out = append(out, fmt.Sprintf(l.T("import.stage_through"), month, t.Week))
	}
	return strings.Join(append(out, unreadColumns(l, st.Unread)...), l.SentenceSep())
}

// stageCounts lists stages (or statuses, or a call's directions) and the
// rows of each, as the import's notes write them: 「失注 1行、商談中 2行」,
// "Closed Lost: 1 row; Open: 2 rows"; a blank one as such.
func stageCounts(l i18n.Lang, cs []actuals.StageCount) string {
	items := make([]string, len(cs))
	for i, c := range cs {
		name := c.Stage
		if name == "" {
			name = l.T("import.stage_blank")
		}
		items[i] = fmt.Sprintf(l.T("import.stage_count"), name, l.Counted("unit.rows", i18n.Count(float64(c.Rows))))
	}
	return strings.Join(items, l.T("import.same_sep"))
}

// unreadColumns names the columns of a deal export or an activity log
// that name no KPI, in a sentence of language l; none when there are none.
func unreadColumns(l i18n.Lang, headers []string) []string {
	if len(headers) == 0 {
		return nil
	}
	items := make([]string, len(headers))
	for i, h := range headers {
		items[i] = fmt.Sprintf(l.T("import.dated_item"), h)
	}
	return []string{fmt.Sprintf(l.T("import.stage_unread"), strings.Join(items, l.T("import.stage_unread_sep")))}
}
