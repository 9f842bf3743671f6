package report_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// The months ended by the day of the re-forecast with no actuals since the
// last entered are closed, as a gap in an export is: their plan counts
// (Missing), the note names them and asks for their actuals, and what is
// still needed spreads over the months left from today only. On December 6
// with actuals through October, November had counted as a month still to
// come, and the pace spread over time gone. The outbound plan runs April
// 2026 to March 2027; the export has April and October (May to September
// are a gap in it).
func TestEndedMonthsMissing(t *testing.T) {
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	octoberOn := "Month,Revenue\n2026-04,6000000\n2026-10,6000000\n"
	for _, tc := range []struct {
		name, csv     string
		lang          i18n.Lang
		today         time.Time
		missing, left string
	}{
		{"the last day of November: the gap alone", octoberOn, i18n.En, at(2026, 11, 30, 23),
			"No actuals of revenue for May–Sep 2026: the forecast and what is still needed take their plan (¥40,000,000 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the 5 months left"},
		{"December 1: November too", octoberOn, i18n.En, at(2026, 12, 1, 0),
			"No actuals of revenue for May–Sep 2026, Nov 2026: the forecast and what is still needed take their plan (¥48,000,000 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the 4 months left"},
		{"December 6, in Japanese", octoberOn, i18n.Ja, at(2026, 12, 6, 9),
			"2026年5月〜9月、2026年11月は売上の実績がありません。着地見込みと残りの必要量ではこれらの月を計画値（計4,800万円）で見込み、達成率は実績のある月だけをその目標と比べています。実績を読み込むか入力してください。",
			"残り4か月で必要"},
		{"February 10: November to January, one span", "Month,Revenue\n2026-04,6000000\n2026-10,6000000\n2026-09,6000000\n2026-08,6000000\n2026-07,6000000\n2026-06,6000000\n2026-05,6000000\n", i18n.En, at(2027, 2, 10, 9),
			"No actuals of revenue for Nov 2026–Jan 2027: the forecast and what is still needed take their plan (¥24,000,000 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the 2 months left"},
		{"actuals to the month before today", "Month,Revenue\n2026-04,6000000\n2026-05,6000000\n2026-06,6000000\n2026-07,6000000\n2026-08,6000000\n2026-09,6000000\n2026-10,6000000\n2026-11,6000000\n", i18n.En, at(2026, 12, 6, 9),
			"", "Still needed in the 4 months left"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := in2026(t, "outbound")
			_, a := s.ImportCSV([]byte(tc.csv))
			if err := s.SetActuals(a); err != nil {
				t.Fatal(err)
			}
			rf, err := s.RefitOn(tc.today)
			if err != nil {
				t.Fatal(err)
			}
			r := report.NewRefit(rf, tc.lang, s.Currency)
			// The actual to date, and the review, run to the last month
			// with actuals: October, not a month ended since without.
			wantTo := map[i18n.Lang]string{i18n.En: "Actual to Oct 2026", i18n.Ja: "2026年10月までの実績"}[tc.lang]
			if strings.HasPrefix(tc.name, "actuals to") {
				wantTo = "Actual to Nov 2026"
			}
			rv := report.NewReview(rf, s.Actuals, false, tc.lang, s.Currency)
			if r.ToDateLabel != wantTo || !strings.Contains(wantTo, rv.Period) || len(rv.Rows) == 0 {
				t.Errorf("actual to date %q, review of %q (%d rows); want %q", r.ToDateLabel, rv.Period, len(rv.Rows), wantTo)
			}
			if r.Missing != tc.missing || r.Needed[:min(len(r.Needed), len(tc.left))] != tc.left {
				t.Errorf("note:\n%s\nwant:\n%s\nneeded %q, want %q…", r.Missing, tc.missing, r.Needed, tc.left)
			}
		})
	}
}
