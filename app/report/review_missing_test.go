package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// A closed month without actuals is named, not graded: May, left out of an
// export of April to July, read "800万円 計画 … 96%" and its plan counted
// in 実績 (達成率 78%, 2,600万円). Page and CLI write these fields.
func TestRefitMissingWords(t *testing.T) {
	for _, tc := range []struct {
		name, csv   string
		lang        i18n.Lang
		note        string
		achievement string
		goalLabel   string
		mayRate     string
	}{
		{"ja, May left out", "年月,売上\n2026年4月,6000000\n2026年6月,6000000\n2026年7月,6000000\n", i18n.Ja,
			"2026年5月は売上の実績がありません。着地見込みと残りの必要量ではこの月をこれまでの転換率による見込み（800万円）で計算し、達成率は実績のある月だけをその目標と比べています。実績を読み込むか入力してください。",
			"72%", "実績のある月の目標", ""},
		{"en, May left out", "Month,Revenue\n2026-04,6000000\n2026-06,6000000\n2026-07,6000000\n", i18n.En,
			"No actuals of revenue for May 2026: the forecast and what is still needed take the forecast for it at the rates seen so far (¥8,000,000), and the achievement compares only the months with actuals with their goal. Import or type its actuals.",
			"72%", "Goal of the months with actuals", ""},
		{"ja, two left out", "年月,売上\n2026年4月,6000000\n2026年7月,6000000\n", i18n.Ja,
			"2026年5月〜6月は売上の実績がありません。着地見込みと残りの必要量ではこれらの月をこれまでの転換率による見込み（計1,600万円）で計算し、達成率は実績のある月だけをその目標と比べています。実績を読み込むか入力してください。",
			"72%", "実績のある月の目標", ""},
		{"en, none left out", "Month,Revenue\n2026-04,6000000\n2026-05,6000000\n", i18n.En, "", "72%", "Goal to date", "72%"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, rf := refitOf(t, "outbound", tc.csv)
			r := report.NewRefit(rf, tc.lang, s.Currency)
			if r.Missing != tc.note {
				t.Errorf("note:\n%s\nwant:\n%s", r.Missing, tc.note)
			}
			if r.Achievement != tc.achievement || r.GoalToDateLabel != tc.goalLabel {
				t.Errorf("achievement %s against %q, want %s against %q", r.Achievement, r.GoalToDateLabel, tc.achievement, tc.goalLabel)
			}
			if may := r.Months[1]; may.Rate != tc.mayRate || may.Missing != (tc.note != "") {
				t.Errorf("May: rate %q, missing %v; want %q", may.Rate, may.Missing, tc.mayRate)
			}
		})
	}
}

// The monthly review's note reads right whatever the target's label is:
// an amount (inside sales' marketing budget) or a count (outbound's
// calls). It read "each count between them is what those marketing
// budget bring".
func TestReviewPlanNoteAnyLabel(t *testing.T) {
	for _, tc := range []struct {
		name, preset string
		lang         i18n.Lang
		want         string
	}{
		{"en, an amount", "inside-sales", i18n.En, "Targets are the monthly plan's: Revenue is the month's goal; Marketing budget is the plan's Required for the month, and each KPI between them is what that requirement brings at the plan's rates."},
		{"en, a count", "outbound", i18n.En, "Targets are the monthly plan's: Revenue is the month's goal; Calls is the plan's Required for the month, and each KPI between them is what that requirement brings at the plan's rates."},
		{"ja, an amount", "inside-sales", i18n.Ja, "目標は月次計画の値です。売上は月の目標、マーケティング予算は月次計画の「必要」、その間の各KPIはその「必要」が計画の転換率でもたらす値です。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := in2026(t, tc.preset)
			_, a := s.ImportCSV([]byte("Month,Revenue\n2026-04,4000000\n"))
			if err := s.SetActuals(a); err != nil {
				t.Fatal(err)
			}
			rf, err := s.Refit()
			if err != nil {
				t.Fatal(err)
			}
			if got := report.NewReview(rf, s.Actuals, false, tc.lang, s.Currency).Note; got != tc.want {
				t.Errorf("note:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
