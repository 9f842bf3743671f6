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
		{"November 1, a Sunday: the gap alone", octoberOn, i18n.En, at(2026, 11, 1, 9),
			"No actuals of revenue for May–Sep 2026: the forecast and what is still needed take the forecast for them at the rates seen so far (¥40,000,000 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the 5 months left"},
		{"the last day of November: November to the 29th", octoberOn, i18n.En, at(2026, 11, 30, 23),
			"No actuals of revenue for May–Sep 2026, Nov 2026, through day 29: the forecast and what is still needed take the forecast for them at the rates seen so far (¥47,619,048 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the rest of Nov 2026 and the 4 months left"},
		{"December 1: November too", octoberOn, i18n.En, at(2026, 12, 1, 0),
			"No actuals of revenue for May–Sep 2026, Nov 2026: the forecast and what is still needed take the forecast for them at the rates seen so far (¥48,000,000 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the 4 months left"},
		{"December 6, a Sunday, in Japanese", octoberOn, i18n.Ja, at(2026, 12, 6, 9),
			"2026年5月〜9月、2026年11月、2026年12月（5日まで）は売上の実績がありません。着地見込みと残りの必要量ではこれらの月をこれまでの転換率による見込み（計4,939万円）で計算し、達成率は実績のある月だけをその目標と比べています。実績を読み込むか入力してください。",
			"2026年12月の残りと残り3か月で必要"},
		{"February 10: November to January, one span", "Month,Revenue\n2026-04,6000000\n2026-10,6000000\n2026-09,6000000\n2026-08,6000000\n2026-07,6000000\n2026-06,6000000\n2026-05,6000000\n", i18n.En, at(2027, 2, 10, 9),
			"No actuals of revenue for Nov 2026–Jan 2027, Feb 2027, through day 9: the forecast and what is still needed take the forecast for them at the rates seen so far (¥26,800,000 in all), and the achievement compares only the months with actuals with their goal. Import or type their actuals.",
			"Still needed in the rest of Feb 2027 and the month left"},
		{"actuals to the month before today", "Month,Revenue\n2026-04,6000000\n2026-05,6000000\n2026-06,6000000\n2026-07,6000000\n2026-08,6000000\n2026-09,6000000\n2026-10,6000000\n2026-11,6000000\n", i18n.En, at(2026, 12, 6, 9),
			"No actuals of revenue for Dec 2026, through day 5: the forecast and what is still needed take the forecast for it at the rates seen so far (¥1,391,304), and the achievement compares only the months with actuals with their goal. Import or type its actuals.",
			"Still needed in the rest of Dec 2026 and the 3 months left"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, rf := refitOn(t, "outbound", tc.csv, tc.today)
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

// The summary's line of the year names what its forecast takes without
// actuals: the weeks left out as well as the months. November with weeks
// 1–2, on 1 December, had its weeks 3–5 in the forecast and unsaid.
func TestWithoutActuals(t *testing.T) {
	csv := "Month,Week,Revenue\n2026-10,0,6000000\n2026-11,1,1000000\n2026-11,2,1500000\n"
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.En, "weeks 3–5 of Nov 2026"},
		{i18n.Ja, "2026年11月の第3〜5週"},
	} {
		s, rf := refitOn(t, "outbound", csv, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
		if got := report.NewRefit(rf, tc.lang, s.Currency).WithoutActuals; !strings.HasSuffix(got, tc.want) {
			t.Errorf("%s: %q, want it to end with %q", tc.lang, got, tc.want)
		}
	}
}
