package report_test

import (
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// Months after the last with actuals that had ended by the report's day
// are named: they count at their plan, as months still to come. On
// December 6 with actuals through October the year so far read as if
// November were still ahead. The outbound plan runs April 2026 to March
// 2027.
func TestPassedNote(t *testing.T) {
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	octoberOn := "Month,Revenue\n2026-04,6000000\n2026-10,6000000\n"
	for _, tc := range []struct {
		name, csv string
		lang      i18n.Lang
		today     time.Time
		want      string
	}{
		{"the last day of November: none over", octoberOn, i18n.En, at(2026, 11, 30, 23), ""},
		{"December 1: November", octoberOn, i18n.En, at(2026, 12, 1, 0),
			"Nov 2026 has ended with no actuals: the forecast and what is still needed count it at its plan, as a month still to come. Import or type its actuals."},
		{"December 6, in Japanese", octoberOn, i18n.Ja, at(2026, 12, 6, 9),
			"2026年11月は終わっていますが、実績がありません。着地見込みと残りの必要量ではまだ先の月として計画どおりに数えています。実績を読み込むか入力してください。"},
		{"February 10: November to January", octoberOn, i18n.En, at(2027, 2, 10, 9),
			"Nov 2026–Jan 2027 have ended with no actuals: the forecast and what is still needed count them at their plan, as months still to come. Import or type their actuals."},
		{"after the plan, in Japanese", octoberOn, i18n.Ja, at(2027, 6, 1, 9),
			"2026年11月〜2027年3月は終わっていますが、実績がありません。着地見込みと残りの必要量ではまだ先の月として計画どおりに数えています。実績を読み込むか入力してください。"},
		{"actuals to the month before today", "Month,Revenue\n2026-04,6000000\n2026-11,6000000\n", i18n.En, at(2026, 12, 6, 9), ""},
		{"a gap before the last actual is Missing, not passed", "Month,Revenue\n2026-04,6000000\n2026-06,6000000\n", i18n.En, at(2026, 7, 1, 9), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, rf := refitOf(t, "outbound", tc.csv)
			r := report.NewRefit(rf, tc.lang, s.Currency)
			if r.Passed != "" {
				t.Fatalf("a note before the report is dated: %q", r.Passed)
			}
			r.SetToday(tc.today)
			if r.Passed != tc.want {
				t.Errorf("note:\n%s\nwant:\n%s", r.Passed, tc.want)
			}
		})
	}
}
