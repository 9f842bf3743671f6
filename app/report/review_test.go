package report_test

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// withActuals is the outbound preset from April 2026 with a CRM export's
// seven months read in.
func withActuals(t *testing.T, file string) *scenario.Scenario {
	t.Helper()
	s := in2026(t, "outbound")
	return withFile(t, s, file)
}

// in2026 is a copy of preset id with its plan from April 2026.
// refitOf is the re-forecast of preset id in 2026 with the actuals of csv.
func refitOf(t *testing.T, id, csv string) (*scenario.Scenario, *forecast.Reforecast) {
	t.Helper()
	s := in2026(t, id)
	return s, refitWith(t, s, csv)
}

// refitWith imports csv into s as its actuals and returns the re-forecast.
func refitWith(t *testing.T, s *scenario.Scenario, csv string) *forecast.Reforecast {
	t.Helper()
	return refitWithOn(t, s, csv, time.Time{})
}

// refitOn is refitOf dated today (Scenario.RefitOn), as the page and the
// CLI make it.
func refitOn(t *testing.T, id, csv string, today time.Time) (*scenario.Scenario, *forecast.Reforecast) {
	t.Helper()
	s := in2026(t, id)
	return s, refitWithOn(t, s, csv, today)
}

// refitWithOn is refitWith dated today; undated when today is zero.
func refitWithOn(t *testing.T, s *scenario.Scenario, csv string, today time.Time) *forecast.Reforecast {
	t.Helper()
	_, a := s.ImportCSV([]byte(csv))
	if err := s.SetActuals(a); err != nil {
		t.Fatal(err)
	}
	rf, err := s.RefitOn(today)
	if err != nil {
		t.Fatal(err)
	}
	return rf
}

func in2026(t testing.TB, id string) *scenario.Scenario {
	t.Helper()
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ps.Get(id)
	s = s.Clone()
	if err := s.Set(scenario.KeyStartYear, 2026); err != nil {
		t.Fatal(err)
	}
	return s
}

// withFile is s with the actuals of testdata/actuals/file.
func withFile(t *testing.T, s *scenario.Scenario, file string) *scenario.Scenario {
	t.Helper()
	data, err := os.ReadFile("../../testdata/actuals/" + file)
	if err != nil {
		t.Fatal(err)
	}
	return withCSV(t, s, string(data))
}

// withCSV is s with the actuals of the CSV text csv.
func withCSV(t *testing.T, s *scenario.Scenario, csv string) *scenario.Scenario {
	t.Helper()
	if _, a := s.ImportCSV([]byte(csv)); s.SetActuals(a) != nil {
		t.Fatal("actuals refused")
	}
	return s
}

// The re-forecast reads: 達成率 to date, the pace from now on with its
// ceiling, the leak at the meeting rate (15 % seen against 20 % planned).
func TestRefitWords(t *testing.T) {
	s := withActuals(t, "salesforce-en.csv")
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	ja := report.NewRefit(rf, i18n.Ja, s.Currency)
	en := report.NewRefit(rf, i18n.En, s.Currency)
	if ja.Through != "2026年10月" || en.Through != "Oct 2026" || en.Left != 5 {
		t.Errorf("through %q / %q, left %d", ja.Through, en.Through, en.Left)
	}
	// 41,000,000 of 7/12 of 100,000,000.
	if en.Achievement != "70.29%" || en.ToDate != "¥41,000,000" {
		t.Errorf("achievement %s, to date %s", en.Achievement, en.ToDate)
	}
	if !strings.HasPrefix(en.PaceLine, "From now on, calls: ") || !strings.Contains(ja.PaceLine, "架電数は1人1日") {
		t.Errorf("pace: %q / %q", en.PaceLine, ja.PaceLine)
	}
	// Two sentences: a space between them in English, none after "。".
	for _, c := range []struct {
		name string
		r    *report.Refit
		want string
	}{
		{"English", en, "From now on, calls: 71.9 a rep a day (the plan needed 41.7). That pace is within the ceiling of 100 a rep a day."},
		{"Japanese", ja, "これから: 架電数は1人1日71.9件（計画時の必要量 41.7）。このペースは上限（1人1日100件）以内です。"},
	} {
		if got := c.r.PaceText(); got != c.want {
			t.Errorf("%s pace text %q, want %q", c.name, got, c.want)
		}
	}
	if ja.PaceHead != "これから必要な行動量（1人1日あたり）" || en.PaceHead != "Needed from now on, per rep per day" {
		t.Errorf("pace head %q / %q", ja.PaceHead, en.PaceHead)
	}
	if en.Steps[rf.Leak].Label != "Meeting conversion" || !strings.HasPrefix(en.LeakLine, "The worst leak: Meeting conversion (7") {
		t.Errorf("leak: %q", en.LeakLine)
	}
	if len(en.Months) != 12 || !en.Months[6].Actual || en.Months[7].Actual || en.Months[0].Rate == "" {
		t.Errorf("months %+v", en.Months)
	}
}

// The review's edges: a goal the actuals already meet is met in every
// trial (it read ">99.9%" beside "The goal is already met."), and a plan
// moved off the actuals' months has no achievement to date (it read "0%"
// of ¥0 / ¥0).
func TestRefitEdges(t *testing.T) {
	for _, c := range []struct {
		name        string
		set         map[string]float64
		prob, achv  string
		pace, needs string
	}{
		{"the goal met by the actuals", map[string]float64{"goal.value": 30_000_000}, "100%", "", "The goal is already met.", "Still needed in the 5 months left"},
		{"no month of the plan closed", map[string]float64{scenario.KeyStartYear: 2024}, "", "—", "", "Still needed in the 12 months left"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := withActuals(t, "salesforce-en.csv")
			for k, v := range c.set {
				if err := s.Set(k, v); err != nil {
					t.Fatal(err)
				}
			}
			rf, err := s.Refit()
			if err != nil {
				t.Fatal(err)
			}
			r := report.NewRefit(rf, i18n.En, s.Currency)
			if c.prob != "" && r.Prob != c.prob {
				t.Errorf("chance %q, want %q", r.Prob, c.prob)
			}
			if c.achv != "" && r.Achievement != c.achv {
				t.Errorf("achievement %q, want %q", r.Achievement, c.achv)
			}
			if c.pace != "" && r.PaceLine != c.pace {
				t.Errorf("pace %q, want %q", r.PaceLine, c.pace)
			}
			if r.Needed != c.needs {
				t.Errorf("needed %q, want %q", r.Needed, c.needs)
			}
		})
	}
}

// An activity stated per week reads its pace per week, as its field and
// the headline do: five working days of the daily pace, never a day's
// figure under a week's label.
func TestRefitPaceInItsSpan(t *testing.T) {
	s := withActuals(t, "salesforce-en.csv")
	calls := s.Node("calls")
	calls.Per = kpi.PerWeek
	calls.Value *= 5
	calls.Ceiling *= 5
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		lang       i18n.Lang
		head, text string
	}{
		{"English", i18n.En, "Needed from now on, per rep per week", "From now on, calls: 359.2 / rep / week (the plan needed 208.4). That pace is within the ceiling of 500 / rep / week."},
		{"Japanese", i18n.Ja, "これから必要な行動量（1人1週あたり）", "これから: 架電数は359.2件/人週（計画時の必要量 208.4）。このペースは上限（500件/人週）以内です。"},
	} {
		r := report.NewRefit(rf, c.lang, s.Currency)
		if r.PaceHead != c.head || r.PaceText() != c.text {
			t.Errorf("%s: %q %q, want %q %q", c.name, r.PaceHead, r.PaceText(), c.head, c.text)
		}
	}
}

// The monthly review grades October's KPIs against what the goal needs;
// the weekly one the last week of a weekly export.
func TestReview(t *testing.T) {
	s := withActuals(t, "salesforce-ja.csv")
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	rv := report.NewReview(rf, s.Actuals, false, i18n.Ja, s.Currency)
	if rv.Legend != i18n.Ja.T("review.legend")+i18n.Ja.T("review.ahead_legend") { // no most among its rows: the grades and what is needed from now
		t.Errorf("legend %q", rv.Legend)
	}
	if rv.Period != "2026年10月" || len(rv.Rows) != 8 || len(rv.Behind) != 3 { // 5 counts and amounts, 3 conversion rates
		t.Fatalf("review %+v", rv)
	}
	for _, r := range rv.Rows {
		if r.Status != report.StatusOf(r.Ratio) || r.Text == "" {
			t.Errorf("row %+v", r)
		}
	}
	worst := rv.Rows[rv.Behind[0]]
	for _, r := range rv.Rows {
		if r.Ratio < worst.Ratio {
			t.Errorf("%s (%v) is further behind than %s (%v)", r.Label, r.Ratio, worst.Label, worst.Ratio)
		}
	}
	if worst.Status != report.OffTrack {
		t.Errorf("worst %+v", worst)
	}
	// A count's rate is against the target as shown: 6 deals of 9 (8.33
	// exactly, rounded up) is 66.67 %, not the 72 % of 6 ÷ 8.33.
	deals := slices.IndexFunc(rv.Rows, func(r report.ReviewRow) bool { return r.Label == "受注件数" })
	if deals < 0 || rv.Rows[deals].Actual != "6" || rv.Rows[deals].Target != "9" || rv.Rows[deals].Rate != "66.67%" {
		t.Errorf("deals' row %+v, want 6 of 9: 66.67%%", rv.Rows)
	}
	w := withActuals(t, "hubspot-ja.csv")
	rf, err = w.Refit()
	if err != nil {
		t.Fatal(err)
	}
	wk := report.NewReview(rf, w.Actuals, true, i18n.En, w.Currency)
	if wk.Period != "Week 4 of Oct 2026" || len(wk.Rows) == 0 {
		t.Errorf("weekly %+v", wk)
	}
	// A week's target is its share of the month's working days: 5 of
	// October 2026's 22 weekdays fall in days 22–28. The month needs
	// 8,333.3 calls (100,000,000 ÷ 12 at 1,000,000 × 25 % × 20 % × 2 %).
	calls := slices.IndexFunc(wk.Rows, func(r report.ReviewRow) bool { return r.Label == "Calls" })
	if calls < 0 || wk.Rows[calls].Target != "1,894" {
		t.Errorf("weekly rows %+v: want Calls with the target 1,894 (8,333.3 × 5/22, rounded up)", wk.Rows)
	}
	// The appointment rate, measured weekly (the article's 新規開拓営業
	// 週次), is reviewed too: the week's 47 first meetings of its 2,340
	// calls, 2.01 %, against the plan's 2 %. The monthly rates are not.
	appt := slices.IndexFunc(wk.Rows, func(r report.ReviewRow) bool { return r.Label == "Appointment rate" })
	if appt < 0 || wk.Rows[appt].Actual != "2.01%" || wk.Rows[appt].Target != "2%" || wk.Rows[appt].Status != report.OnTrack {
		t.Errorf("weekly rows %+v: want Appointment rate 2.01%% of 2%%, on track", wk.Rows)
	}
	if slices.ContainsFunc(wk.Rows, func(r report.ReviewRow) bool { return r.Label == "Close rate" }) {
		t.Errorf("weekly rows %+v: the monthly close rate is in the weekly review", wk.Rows)
	}
	// It says so, as the required table's week is a plan's 5 days of 20,
	// after what the targets are (TestReviewReadsThePlan).
	plan := "Targets are the monthly plan's: Revenue is the month's goal; Calls is the plan's Required for the month, " +
		"and each KPI between them is what that requirement brings at the plan's rates."
	if want := plan + " A week's target is the month's times the week's share of the month's working days (22.73%)."; wk.Note != want {
		t.Errorf("weekly note %q, want %q", wk.Note, want)
	}
	if want := "目標は月次計画の値です。売上は月の目標、架電数は月次計画の「必要」、その間の各KPIはその「必要」が計画の転換率でもたらす値です。"; rv.Note != want {
		t.Errorf("monthly note %q, want %q", rv.Note, want)
	}
	for ratio, want := range map[float64]report.Status{1: report.OnTrack, 0.95: report.AtRisk, 0.9: report.AtRisk, 0.89: report.OffTrack} {
		if got := report.StatusOf(ratio); got != want {
			t.Errorf("StatusOf(%v) = %v", ratio, got)
		}
	}
}

// An import problem reads in English as the importer writes it, and in
// Japanese with its row and column.
func TestProblemWords(t *testing.T) {
	s := withActuals(t, "salesforce-en.csv")
	res, _ := s.ImportCSV([]byte("Month,Calls,Visits\n2026-13,1\n2026-05,x\n2026-06,-1\n"))
	if len(res.Problems) != 4 {
		t.Fatalf("problems %v", res.Problems)
	}
	for _, p := range res.Problems {
		if got := report.Problem(i18n.En, p); got != p.Error() {
			t.Errorf("en %q, importer %q", got, p.Error())
		}
	}
	if got := report.Problem(i18n.Ja, res.Problems[2]); got != "3行目・2列目（Calls）: 「x」は数値ではないため、この行は読み込みません" {
		t.Errorf("ja %q", got)
	}
	// Every code has its words in both languages, its argument in place.
	for c := actuals.BadFile; c <= actuals.NoRows; c++ {
		p := actuals.Problem{Row: 3, Column: 2, Header: "Calls", Text: "7", Code: c}
		en, ja := report.Problem(i18n.En, p), report.Problem(i18n.Ja, p)
		if en != p.Error() || ja == en || strings.Contains(ja+en, "%!") || !strings.HasPrefix(ja, "3行目・2列目（Calls）: ") {
			t.Errorf("code %d: en %q, ja %q, importer %q", c, en, ja, p.Error())
		}
	}
}

// A weekly export through week 4 of October (its 29th–31st are week 5)
// reviews October to date: the month's targets to that week, 20 of its 22
// weekdays, and the months table splits October into the weeks entered and
// the rest at the plan.
func TestReviewMonthToDate(t *testing.T) {
	w := withActuals(t, "hubspot-ja.csv")
	rf, err := w.Refit()
	if err != nil {
		t.Fatal(err)
	}
	if rf.PartialWeek != 4 || math.Abs(rf.Done-20.0/22) > 1e-12 {
		t.Fatalf("partial week %d, done %v; want 4, 20/22", rf.PartialWeek, rf.Done)
	}
	rv := report.NewReview(rf, w.Actuals, false, i18n.En, w.Currency)
	if rv.Period != "Oct 2026, through week 4" {
		t.Errorf("period %q", rv.Period)
	}
	var revenue *report.ReviewRow
	for j := range rv.Rows {
		if rv.Rows[j].Label == "Revenue" {
			revenue = &rv.Rows[j]
		}
	}
	// 100,000,000 ÷ 12 × 20/22.
	if revenue == nil || revenue.Target != "¥7,575,758" {
		t.Errorf("revenue row %+v, want the target ¥7,575,758", revenue)
	}
	r := report.NewRefit(rf, i18n.En, w.Currency)
	if len(r.Months) != 13 || r.Months[6].Label != "Oct 2026, through week 4" || r.Months[6].Goal != "¥7,575,758" ||
		r.Months[7].Label != "Oct 2026, the rest" || r.Months[7].Actual || r.Months[7].Rate != "" {
		t.Errorf("months %+v", r.Months[5:9])
	}
	if ja := report.NewRefit(rf, i18n.Ja, w.Currency); r.ToDateLabel != "Actual to week 4 of Oct 2026" || ja.ToDateLabel != "2026年10月第4週までの実績" {
		t.Errorf("to date: %q / %q", r.ToDateLabel, ja.ToDateLabel)
	}
	if last := r.Months[12]; last.Cum != r.Forecast || last.CumGoal != r.Goal {
		t.Errorf("the months end at %s of %s; the forecast is %s of %s", last.Cum, last.CumGoal, r.Forecast, r.Goal)
	}
}

// Weeks 1–2 of the plan's last month: what is still needed is the rest of
// that month, with a pace for it, not "the plan's months are over".
func TestRefitLastMonthToDate(t *testing.T) {
	s := withActuals(t, "salesforce-en.csv")
	acts := append(s.Actuals.Clone(),
		forecast.Actual{Year: 2027, Month: 3, Week: 1, Node: "calls", Value: 1500},
		forecast.Actual{Year: 2027, Month: 3, Week: 2, Node: "calls", Value: 1500})
	if err := s.SetActuals(acts); err != nil {
		t.Fatal(err)
	}
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	en, ja := report.NewRefit(rf, i18n.En, s.Currency), report.NewRefit(rf, i18n.Ja, s.Currency)
	if rf.PartialWeek != 2 || en.Left != 0 || en.Needed != "Still needed in the rest of Mar 2027" || ja.Needed != "2027年3月の残りで必要" {
		t.Errorf("partial week %d, left %d: %q / %q", rf.PartialWeek, en.Left, en.Needed, ja.Needed)
	}
	if !rf.PaceOK || en.Pace == "" || en.PaceLine == i18n.En.T("refit.plan_over") {
		t.Errorf("no pace for the rest of March: %q", en.PaceLine)
	}
}

// With a sales cycle the months to come first land the activity done: the
// sample export's 6,900, 7,700 and 7,800 calls of August to October land
// in November to January at the rates seen, and say so; the rows add up
// to the forecast. They read ¥8,000,000 "plan" each, to a forecast of
// ¥81,000,000 beside a pace that had counted the calls done. February and
// March are the plan's calls at the same rates, as the pace counts them
// (¥6.48M each, not the plan's ¥8M): "forecast", not "plan".
func TestRefitFromDone(t *testing.T) {
	s := withActuals(t, "salesforce-en.csv")
	if err := s.Set(scenario.KeyLag, 3); err != nil {
		t.Fatal(err)
	}
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang     i18n.Lang
		kinds    []string // Nov to Mar
		note     string
		forecast string
	}{
		{i18n.En, []string{"from activity", "from activity", "from activity", "forecast", "forecast"},
			"from activity: Nov 2026–Jan 2027 land the activity done in Aug–Oct 2026 (its actuals) at the plan's rates updated with those seen so far, not the plan's activity.", "¥72,083,293"},
		{i18n.Ja, []string{"行動実績から", "行動実績から", "行動実績から", "見込み", "見込み"},
			"行動実績から：2026年11月〜2027年1月の売上は、2026年8月〜10月に行った行動（実績）が、実績で更新した転換率で着地する分です。計画の行動量ではありません。", "7,208万円"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			r := report.NewRefit(rf, tc.lang, s.Currency)
			var kinds []string
			for _, mo := range r.Months[7:] {
				kinds = append(kinds, mo.Kind)
			}
			if strings.Join(kinds, ",") != strings.Join(tc.kinds, ",") {
				t.Errorf("kinds %q, want %q", kinds, tc.kinds)
			}
			if r.FromDone != tc.note {
				t.Errorf("note %q, want %q", r.FromDone, tc.note)
			}
			if r.Forecast != tc.forecast || r.Months[11].Cum != r.Forecast {
				t.Errorf("forecast %s, the rows sum to %s; want %s", r.Forecast, r.Months[11].Cum, tc.forecast)
			}
		})
	}
}

// A smaller deal is no funnel leak: every rate on plan, deals at ¥500k of
// the planned ¥1,000,000. It read "The worst leak: Average deal size (50%
// of plan)"; the price stays a step, and no conversion is below plan.
func TestLeakIsAConversion(t *testing.T) {
	s := withActuals(t, "salesforce-en.csv")
	csv := "月,架電数,初回商談数（アポ）,商談数,受注件数,売上\n2026年4月,8000,160,32,8,4000000\n2026年5月,8000,160,32,8,4000000\n"
	rf := refitWith(t, s, csv)
	for _, l := range i18n.Langs {
		r := report.NewRefit(rf, l, s.Currency)
		price := slices.IndexFunc(r.Steps, func(st report.StepRow) bool { return st.Ratio == "50%" })
		if price < 0 || r.Steps[price].Leak || !r.Steps[price].Short {
			t.Errorf("%s: steps %+v, want the deal size at 50%% shown, not the leak", l, r.Steps)
		}
		want := map[i18n.Lang]string{i18n.Ja: "転換率はどれも計画どおりか、計画より良い結果です。平均単価は計画比 50% です（転換の漏れではありません）。",
			i18n.En: "Every conversion rate is at plan or better; average deal size is 50% of plan (no conversion leak)."}[l]
		if rf.Leak >= 0 || r.LeakLine != want {
			t.Errorf("%s: leak %d %q, want none: %q", l, rf.Leak, r.LeakLine, want)
		}
	}
}

// TestReviewReadsThePlan: the monthly review's target for the activity is
// the monthly plan's Required for the same month, in both languages,
// whatever the headcount, hires, seasons and sales cycle make of it (a
// hire of 2 in month 7, August's goal at 0.8: August read 7,452 calls
// in the review, spread as the goal is, and 8,733 in the table); and the
// counts above it are what those calls bring at the plan's rates.
func TestReviewReadsThePlan(t *testing.T) {
	for _, c := range []struct {
		name string
		lag  float64
	}{
		{"no sales cycle", 0},
		{"a two-month sales cycle", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := preset(t, "outbound")
			for k, v := range map[string]float64{scenario.KeyStartYear: 2026, "calendar.headcount": 12, "close_rate": 0.22, "calls": 45, "forecast.lag_months": c.lag} {
				if err := s.Set(k, v); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.SetSeasonality([]float64{1, 1, 1.2, 1, 1, 1, 1, 0.8, 1, 1, 1, 1.2}); err != nil {
				t.Fatal(err)
			}
			if err := s.SetHires([]forecast.Hire{{Month: 7, Count: 2, RampMonths: 3}}); err != nil {
				t.Fatal(err)
			}
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for k, mo := range a.Plan.Months {
				year := 2026 // the plan runs April 2026 to March 2027
				if mo.Month < 4 {
					year = 2027
				}
				acts := forecast.Actuals{{Year: year, Month: mo.Month, Node: "calls", Value: 9_000}, {Year: year, Month: mo.Month, Node: "deals", Value: 7}}
				w := s.Clone()
				if err := w.SetActuals(acts); err != nil {
					t.Fatal(err)
				}
				rf, err := w.Refit()
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
					rv := report.NewReview(rf, w.Actuals, false, l, w.Currency)
					want := report.New(a, l, s.Currency).Months()[k] // the plan table, as shown before any actual
					row := func(label string) *report.ReviewRow {
						for j := range rv.Rows {
							if rv.Rows[j].Label == label {
								return &rv.Rows[j]
							}
						}
						return nil
					}
					calls := row(map[i18n.Lang]string{i18n.Ja: "架電数", i18n.En: "Calls"}[l])
					if want.Required == "" {
						continue // the plan needs no calls this month
					}
					checked++
					if calls == nil || calls.Target != want.Required {
						t.Errorf("%s %s: the review's calls %+v, the table's Required %q", l, want.Label, calls, want.Required)
					}
					if deals := row(map[i18n.Lang]string{i18n.Ja: "受注件数", i18n.En: "Deals won"}[l]); deals == nil || deals.Target == "" {
						t.Errorf("%s %s: no deals' target in %+v", l, want.Label, rv.Rows)
					}
				}
			}
			if checked < 2*(12-int(c.lag)) {
				t.Errorf("%d months checked", checked/2)
			}
		})
	}
}

// The weekly review lists the KPIs measured daily or weekly that the week
// has, and the KPIs it has when it has none of them: inside sales counts
// MQLs weekly and calls daily, and a HubSpot export's weeks hold only
// revenue, deals and opportunities. Its weekly review was a title over no
// table.
func TestReviewWeekOfMonthlyKPIs(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		want         []string // the weekly review's rows
	}{
		{"monthly KPIs in a tree with daily ones", "inside-sales", []string{"Revenue", "Deals won", "Close rate", "Opportunities"}},
		{"daily and weekly KPIs alone when the week has them", "outbound", []string{"First meetings", "Appointment rate", "Calls"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := withFile(t, in2026(t, c.preset), "hubspot-ja.csv")
			rf, err := s.Refit()
			if err != nil {
				t.Fatal(err)
			}
			wk := report.NewReview(rf, s.Actuals, true, i18n.En, s.Currency)
			var got []string
			for _, r := range wk.Rows {
				got = append(got, r.Label)
			}
			if wk.Period != "Week 4 of Oct 2026" || !slices.Equal(got, c.want) {
				t.Errorf("%s: rows %q, want %q", wk.Period, got, c.want)
			}
		})
	}
}
