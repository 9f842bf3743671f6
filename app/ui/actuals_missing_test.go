package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// The page's "year so far" reads as the CLI does for an export that left
// May out (web1.csv, its May row refused): May named and not graded, the
// achievement against the months with actuals, and the import counting
// the rows that gave values. It read 96 % for May and "5行" for 4.
func TestYearViewMissingMonth(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lang     i18n.Lang
		imported string
		missing  string
		note     string
	}{
		{"ja", i18n.Ja, "3行を読み込みました（値3個）。問題が1件あります。", "2026年5月は売上の実績がありません。", "2026年7月までの実績 1,800万円 / 実績のある月の目標 2,500万円"},
		{"en", i18n.En, "Read 3 rows (3 values); 1 problem", "No actuals of revenue for May 2026:", "Actual to Jul 2026 ¥18,000,000 / Goal of the months with actuals ¥25,000,000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := yearModel(t, tc.lang)
			// August 3, 2026: July over, August running (the months
			// ended after July would close without actuals too).
			m.clock = func() time.Time { return time.Date(2026, 8, 3, 9, 0, 0, 0, time.Local) }
			m.SetText(scenario.KeyStartYear, "2026")
			m.ImportActuals("gap.csv", []byte("年月,売上\n2026年4月,6000000\n,\nabc,1\n2026年6月,6000000\n2026年7月,6000000\n"))
			y := m.YearView()
			if y.Refit == nil {
				t.Fatalf("no refit: %s", y.Error)
			}
			if y.Imported != tc.imported || !strings.HasPrefix(y.Refit.Missing, tc.missing) || achievementNote(y.Refit) != tc.note {
				t.Errorf("imported %q, missing %q, note %q", y.Imported, y.Refit.Missing, achievementNote(y.Refit))
			}
			if may := y.Refit.Months[1]; may.Rate != "" || !may.Missing {
				t.Errorf("May graded %q", may.Rate)
			}
		})
	}
}
