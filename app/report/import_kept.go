package report

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// KeptNote says, in language l, which months the actuals held before an
// import (old) have values for and the import (added) has none for, when
// the import starts at or before the first month held (a year to date
// exported again): they stay as they were. A summary of April to July
// imported over one of April to August kept August's first import with
// "no problems" said, and the achievement counted it. An import of later
// months, or of one month put right, says nothing. "" when the import
// covers every month held, or adds nothing.
//
// A month among left, the periods of rows the import refused
// (actuals.Result.Left), is in the file: the note says its row was left
// out. 「2026年9月はこのファイルにないため…」 was said of a September whose
// 売上 read #VALUE!.
func KeptNote(l i18n.Lang, old, added forecast.Actuals, left []actuals.Period) string {
	if len(added) == 0 || len(old) == 0 {
		return ""
	}
	first := func(a forecast.Actuals) int {
		lo := a[0].Year*12 + int(a[0].Month)
		for _, x := range a {
			lo = min(lo, x.Year*12+int(x.Month))
		}
		return lo
	}
	if first(added) > first(old) {
		return ""
	}
	in := map[[2]int]bool{}
	for _, x := range added {
		in[[2]int{x.Year, int(x.Month)}] = true
	}
	seen := map[[2]int]bool{}
	var months []forecast.Month
	for _, x := range old {
		k := [2]int{x.Year, int(x.Month)}
		sameMonth := func(a forecast.Actual) bool { return a.Month == x.Month }
		if in[k] || in[[2]int{0, int(x.Month)}] || x.Year == 0 && slices.ContainsFunc(added, sameMonth) || seen[k] {
			continue
		}
		seen[k] = true
		months = append(months, forecast.Month{Year: x.Year, Month: x.Month})
	}
	if len(months) == 0 {
		return ""
	}
	sort.SliceStable(months, func(i, j int) bool { // SliceStable: sort.Slice links its own 10 KB of wasm
		return months[i].Year < months[j].Year || months[i].Year == months[j].Year && months[i].Month < months[j].Month
	})
	refused := func(mo forecast.Month) bool {
		return slices.ContainsFunc(left, func(p actuals.Period) bool {
			return p.Month == int(mo.Month) && (p.Year == mo.Year || p.Year == 0 || mo.Year == 0)
		})
	}
	var missing, gone []string
	for _, mo := range months {
		if refused(mo) {
			gone = append(gone, MonthName(l, mo))
		} else {
			missing = append(missing, MonthName(l, mo))
		}
	}
	var out []string
	if len(missing) > 0 {
		out = append(out, fmt.Sprintf(l.T("import.kept"), strings.Join(missing, l.ListSep())))
	}
	if len(gone) > 0 {
		out = append(out, fmt.Sprintf(l.T("import.kept_left"), strings.Join(gone, l.ListSep())))
	}
	return strings.Join(out, l.SentenceSep())
}

// UnderTotalNote says, in language l, which months the import (added)
// gives weeks of while the actuals after it (merged) hold a month total
// for them: a month with a total counts the total, and its weeks are kept
// but count for nothing. A weekly export of November over a month total
// read "no problems", November unchanged. "" when there is none.
func UnderTotalNote(l i18n.Lang, merged, added forecast.Actuals) string {
	type ym struct {
		y int
		m time.Month
	}
	total := map[ym]bool{}
	for _, x := range merged {
		if x.Week == 0 {
			total[ym{x.Year, x.Month}] = true
		}
	}
	seen := map[ym]bool{}
	var months []forecast.Month
	for _, x := range added {
		k := ym{x.Year, x.Month}
		if x.Week > 0 && total[k] && !seen[k] {
			seen[k] = true
			months = append(months, forecast.Month{Year: x.Year, Month: x.Month})
		}
	}
	if len(months) == 0 {
		return ""
	}
	sort.SliceStable(months, func(i, j int) bool {
		return months[i].Year < months[j].Year || months[i].Year == months[j].Year && months[i].Month < months[j].Month
	})
	names := make([]string, len(months))
	for i, mo := range months {
		names[i] = MonthName(l, mo)
	}
	return fmt.Sprintf(l.T("import.under_total"), strings.Join(names, l.ListSep()))
}
