package report_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// An import says how it read a rate of a balance (a churn rate, stated per
// year): a month's multiplied by 12, a year's as the plan states it with
// how to give a month's, a week's left out; a close rate's period goes
// unsaid. Both languages.
func TestImportRates(t *testing.T) {
	nodes := []actuals.Node{{ID: "churn_rate", Ja: "解約率", En: "Churn rate", Rate: true, YearRate: true},
		{ID: "close_rate", Ja: "受注率", En: "Close rate", Rate: true}}
	for _, tc := range []struct {
		name, csv string
		want      map[i18n.Lang]string
	}{
		{"a month's", "Month,解約率（月次）\n2026-04,0.7%\n", map[i18n.Lang]string{
			i18n.Ja: "「解約率（月次）」は月の率として読み、12倍して1年あたりの率にしました（計画の解約率は1年あたりです）。",
			i18n.En: `"解約率（月次）" is read as a rate per month and multiplied by 12 into a rate per year, as the plan states the churn rate.`}},
		{"a quarter's", "Month,Quarterly churn rate\n2026-04,2%\n", map[i18n.Lang]string{
			i18n.Ja: "「Quarterly churn rate」は四半期の率として読み、4倍して1年あたりの率にしました（計画の解約率は1年あたりです）。",
			i18n.En: `"Quarterly churn rate" is read as a rate per quarter and multiplied by 4 into a rate per year, as the plan states the churn rate.`}},
		{"no period", "Month,Churn rate\n2026-04,8%\n", map[i18n.Lang]string{
			i18n.Ja: "「Churn rate」は、計画の解約率と同じく1年あたりの率として読みました。月の率なら、見出しに「月次」と書いてください（12倍して読みます）。",
			i18n.En: `"Churn rate" is read as a rate per year, as the plan states the churn rate: if it is a month's, write "monthly" in its header (it is then read ×12).`}},
		{"a long form's month", "Month,Metric,Value\n2026-04,月次解約率,0.7%\n", map[i18n.Lang]string{
			i18n.Ja: "「月次解約率」は月の率として読み、12倍して1年あたりの率にしました（計画の解約率は1年あたりです）。",
			i18n.En: `"月次解約率" is read as a rate per month and multiplied by 12 into a rate per year, as the plan states the churn rate.`}},
		{"a long form's without a period", "Month,Metric,Value\n2026-04,解約率,8%\n2026-05,解約率,8%\n", map[i18n.Lang]string{
			i18n.Ja: "「解約率」は、計画の解約率と同じく1年あたりの率として読みました。月の率なら、見出しに「月次」と書いてください（12倍して読みます）。",
			i18n.En: `"解約率" is read as a rate per year, as the plan states the churn rate: if it is a month's, write "monthly" in its header (it is then read ×12).`}},
		{"a year's said", "Month,解約率（年率）\n2026-04,8%\n", map[i18n.Lang]string{i18n.Ja: "", i18n.En: ""}},
		{"a close rate", "Month,Monthly close rate\n2026-04,20%\n", map[i18n.Lang]string{i18n.Ja: "", i18n.En: ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), nodes)
			if len(res.Problems) != 0 {
				t.Fatalf("problems %v", res.Problems)
			}
			for l, want := range tc.want {
				got := report.Rates(l, res, nodes)
				if got != want {
					t.Errorf("%s: %q, want %q", l, got, want)
				}
				if want != "" && !strings.Contains(report.ImportNotes(l, res, nodes), want) {
					t.Errorf("%s: the import's note %q does not say it", l, report.ImportNotes(l, res, nodes))
				}
				if strings.Contains(report.Scaled(l, res), "12") {
					t.Errorf("%s: said as a unit's scale too: %q", l, report.Scaled(l, res))
				}
			}
		})
	}
	res := actuals.ParseBytes([]byte("Month,Churn rate (weekly),Close rate\n2026-04,0.2%,20%\n"), nodes)
	if len(res.Problems) != 1 {
		t.Fatalf("problems %v, want the week's", res.Problems)
	}
	for l, want := range map[i18n.Lang]string{
		i18n.Ja: "2列目（Churn rate (weekly)）: 見出しは週の率（weekly）ですが、解約率のような残高の率は計画では1年あたりのため、この列は読み飛ばします。1年あたりの率か、見出しに「月次」と書いた月の率で書いてください",
		i18n.En: `column 2 (Churn rate (weekly)): the header gives a week's rate (weekly), and the plan states a rate of a balance (a churn rate) per year, so the column is left out: give the rate per year, or per month with "monthly" in the header`,
	} {
		if got := report.Problem(l, res.Problems[0]); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}
