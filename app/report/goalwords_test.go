package report_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// grossProfit is a user's own tree whose goal is gross profit, with a
// one-month sales cycle for a new team.
const grossProfit = `{"version":1,"goal":{"node":"profit","value":12000000,"period":"year"},
	"nodes":[{"id":"profit","label":{"ja":"粗利","en":"Gross profit"},"unit":"currency","product":["margin","deals"]},
	{"id":"margin","label":{"ja":"1件の粗利","en":"Margin per deal"},"unit":"currency","value":100000},
	{"id":"deals","label":{"ja":"受注件数","en":"Deals"},"unit":"count","product":["rate","calls"]},
	{"id":"rate","label":{"ja":"受注率","en":"Close rate"},"unit":"rate","value":"1 in 10"},
	{"id":"calls","label":{"ja":"架電数","en":"Calls"},"unit":"count","value":10,"activity":true}],
	"forecast":{"lag_months":1,"new_team":true}}`

// Every title and sentence that names what the goal counts names it as
// the goal does (report.Table.GoalName): the forecast card and the
// cumulative chart read 売上予測 and 累計売上 above the SaaS preset's net
// new ARR. A revenue goal reads as it always did.
func TestGoalWordsInItsOwnName(t *testing.T) {
	newTeam := map[string]float64{"forecast.lag_months": 1, "forecast.new_team": 1}
	for _, c := range []struct {
		name, preset string // preset "" for the grossProfit tree
		lang         i18n.Lang
		want         [6]string // ForecastTitle, CumulativeTitle, RangeTitle, Unreachable, the pipeline, Lead
	}{
		{"revenue, ja", "outbound", i18n.Ja, [6]string{"売上予測", "累計売上：予測と目標", "各レバーを範囲の端（最小・最大）に動かしたときの売上:",
			"この計画では、行動量をどれだけ増やしても目標に届きません（商談期間内に売上が立ちません）。",
			"前提: 新しいチームでパイプラインはゼロから。商談期間（1か月）の間、売上は立ちません。",
			"商談期間のため、新しいチームの行動は1か月後に売上になります。4月からの行動が5月から売上になります。"}},
		{"revenue, en", "outbound", i18n.En, [6]string{"Revenue forecast", "Cumulative revenue: forecast vs goal", "Revenue with each lever at the ends of its range:",
			"No amount of activity reaches the goal in this plan: revenue cannot land inside the sales cycle.",
			"Assumed: a new team with no pipeline, so nothing lands in the first months of the sales cycle (1 month).",
			"With the sales cycle, a new team's activity lands 1 month later: what it does from Apr lands from May."}},
		{"net new ARR, ja", "saas-revenue", i18n.Ja, [6]string{"ARR純増予測", "累計ARR純増：予測と目標", "各レバーを範囲の端（最小・最大）に動かしたときのARR純増:",
			"この計画では、行動量をどれだけ増やしても目標に届きません（商談期間内にARR純増が立ちません）。",
			"前提: 新しいチームでパイプラインはゼロから。商談期間（1か月）の間、ARR純増は立ちません。",
			"商談期間のため、新しいチームの行動は1か月後にARR純増になります。4月からの行動が5月からARR純増になります。"}},
		{"net new ARR, en", "saas-revenue", i18n.En, [6]string{"Net new ARR forecast", "Cumulative net new ARR: forecast vs goal", "Net new ARR with each lever at the ends of its range:",
			"No amount of activity reaches the goal in this plan: net new ARR cannot land inside the sales cycle.",
			"Assumed: a new team with no pipeline, so nothing lands in the first months of the sales cycle (1 month).",
			"With the sales cycle, a new team's activity lands 1 month later: what it does from Apr lands from May."}},
		{"gross profit, ja", "", i18n.Ja, [6]string{"粗利予測", "累計粗利：予測と目標", "各レバーを範囲の端（最小・最大）に動かしたときの粗利:",
			"この計画では、行動量をどれだけ増やしても目標に届きません（商談期間内に粗利が立ちません）。",
			"前提: 新しいチームでパイプラインはゼロから。商談期間（1か月）の間、粗利は立ちません。",
			"商談期間のため、新しいチームの行動は1か月後に粗利になります。1月からの行動が2月から粗利になります。"}},
		{"gross profit, en", "", i18n.En, [6]string{"Gross profit forecast", "Cumulative gross profit: forecast vs goal", "Gross profit with each lever at the ends of its range:",
			"No amount of activity reaches the goal in this plan: gross profit cannot land inside the sales cycle.",
			"Assumed: a new team with no pipeline, so nothing lands in the first months of the sales cycle (1 month).",
			"With the sales cycle, a new team's activity lands 1 month later: what it does from Jan lands from Feb."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var tb *report.Table
			if c.preset != "" {
				tb = tableWith(t, c.preset, c.lang, newTeam)
			} else {
				s, err := scenario.ParseJSON([]byte(grossProfit), "mine")
				if err != nil {
					t.Fatal(err)
				}
				a, err := s.Answer()
				if err != nil {
					t.Fatal(err)
				}
				tb = report.New(a, c.lang, s.Currency)
			}
			got := [6]string{tb.ForecastTitle(), tb.CumulativeTitle(), tb.RangeTitle(), tb.Unreachable(), tb.Head.Pipeline, tb.Lead()}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("%d: %q, want %q", i, got[i], c.want[i])
				}
			}
			// The Japanese basis names the goal too ("activity lands" in
			// English), and no goal but revenue reads as revenue anywhere.
			words := append(got[:], tb.Basis())
			if c.lang == i18n.Ja && !strings.Contains(tb.Basis(), tb.GoalName) {
				t.Errorf("the basis %q does not name %s", tb.Basis(), tb.GoalName)
			}
			if c.preset == "outbound" {
				return
			}
			for _, w := range words {
				if strings.Contains(w, "売上") || strings.Contains(strings.ToLower(w), "revenue") {
					t.Errorf("%q reads as revenue", w)
				}
			}
		})
	}
}
