package report_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// An activity stated per rep per week reads in weeks: the headline, its
// ceiling and goal seek's answer; the required table has a week column.
func TestActivityPerWeek(t *testing.T) {
	tb := table(t, "saas-revenue", i18n.En)
	h := tb.Head
	if h.Unit != "/ rep / week" || h.Figure.Period != "rep_week" {
		t.Errorf("headline unit %q period %q", h.Unit, h.Figure.Period)
	}
	// 1.6319 a rep a week, rounded up at tenths.
	if h.Figure.Text != "1.7" || !strings.Contains(h.Message, "10 / rep / week") {
		t.Errorf("headline %q, message %q", h.Figure.Text, h.Message)
	}
	if f, ok := tb.Required("deals", kpi.Week); !ok || f.Period != "week" || f.Text == "" {
		t.Errorf("deals a week: %+v %v", f, ok)
	}
	if r := tb.Row("acv"); r.Periodic() || r.Formula != "Total contract value ÷ Contract years" || r.Cadence != "monthly" {
		t.Errorf("acv row: periodic %v, formula %q, cadence %q", r.Periodic(), r.Formula, r.Cadence)
	}
	if r := tb.Row("net_new_arr"); r.Formula != "New and expansion ARR − Churned ARR" {
		t.Errorf("formula %q", r.Formula)
	}
}

// Money as an activity, per rep per month: the marketing budget MQLs need.
func TestMoneyActivityPerMonth(t *testing.T) {
	tb := table(t, "inside-sales", i18n.Ja)
	h := tb.Head
	if h.Unit != "/人月" || !strings.HasSuffix(h.Figure.Text, "円") {
		t.Errorf("headline %q %q", h.Figure.Text, h.Unit)
	}
	if r := tb.Row("mqls"); r.Cadence != "週次" || !strings.Contains(r.Formula, "÷") {
		t.Errorf("mqls row %+v", r)
	}
	// Under round-up a budget reads on the safe side in 万円 too: the
	// exact ¥1,923,076.92 a rep a month is 192.4万円 (192.3万円 falls
	// short), its row's week and day likewise.
	if h.Exact != "1,923,076.92円" {
		t.Errorf("the exact budget reads %q, want an amount to the hundredth (1,923,076.92円)", h.Exact)
	}
	if h.Figure.Text != "192.4万円" || h.Figure.Value < h.Figure.Exact {
		t.Errorf("headline %q (%v for %v), want 192.4万円", h.Figure.Text, h.Figure.Value, h.Figure.Exact)
	}
	for _, f := range tb.Row("marketing_budget").Required {
		if f.Value < f.Exact {
			t.Errorf("marketing budget %s reads %q (%v), short of %v", f.Period, f.Text, f.Value, f.Exact)
		}
	}
}

// A count goal is named and written as a count, never as money.
func TestCountGoalInItsOwnWords(t *testing.T) {
	s, err := scenario.ParseJSON([]byte(`{"version":1,"goal":{"node":"deals","value":14,"period":"month"},
		"nodes":[{"id":"deals","label":{"ja":"受注件数","en":"Deals"},"unit":"count","product":["rate","calls"]},
		{"id":"rate","unit":"rate","value":"1 in 10"},{"id":"calls","unit":"count","value":10,"activity":true}]}`), "x")
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	ja := report.New(a, i18n.Ja, s.Currency)
	if ja.GoalName != "受注件数" || ja.Goal.Text != "168件" || strings.Contains(ja.Total.Text, "円") {
		t.Errorf("ja: %q %q %q", ja.GoalName, ja.Goal.Text, ja.Total.Text)
	}
	en := report.New(a, i18n.En, s.Currency)
	if en.GoalName != "Deals" || en.Goal.Text != "168" || strings.ContainsAny(en.Total.Text, "¥$") {
		t.Errorf("en: %q %q %q", en.GoalName, en.Goal.Text, en.Total.Text)
	}
	// The monthly plan's goal columns name the count, not revenue.
	for _, c := range []struct {
		tb   *report.Table
		want [3]string
	}{
		{ja, [3]string{"受注件数", "累計（受注件数）", "累計目標"}},
		{en, [3]string{"Deals", "Deals to date", "Cumulative goal"}},
	} {
		if a, b, g := c.tb.MonthHeads(); [3]string{a, b, g} != c.want {
			t.Errorf("%s: month heads %q %q %q, want %q", c.tb.Format.Lang, a, b, g, c.want)
		}
	}
	if a, b, g := table(t, "outbound", i18n.Ja).MonthHeads(); a != "売上" || b != "累計売上" || g != "累計目標" {
		t.Errorf("money goal: month heads %q %q %q", a, b, g)
	}
}

// A money goal that is not revenue (saas-revenue's net new ARR) is named
// by its own label, as the tree's KGI box and calc's "Goal:" read, never
// as 売上 / Revenue.
func TestMoneyGoalInItsOwnWords(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		want [4]string // GoalName, then the monthly plan's three heads
	}{
		{i18n.Ja, [4]string{"ARR純増", "ARR純増", "累計（ARR純増）", "累計目標"}},
		{i18n.En, [4]string{"Net new ARR", "Net new ARR", "Net new ARR to date", "Cumulative goal"}},
	} {
		tb := table(t, "saas-revenue", c.lang)
		a, b, g := tb.MonthHeads()
		if got := [4]string{tb.GoalName, a, b, g}; got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
}

// Selling hours add an hour column; a week goal reads per week.
func TestWeekGoalAndHours(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ps.Get("outbound")
	s.Calendar.HoursPerDay = 5
	if err := s.SetGoalPeriod(kpi.Week); err != nil {
		t.Fatal(err)
	}
	// 100,000,000 a year over 48 five-day weeks.
	if got := s.Goal.Value; got < 2_083_333 || got > 2_083_334 {
		t.Errorf("goal a week = %v", got)
	}
	a, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	tb := report.New(a, i18n.En, s.Currency)
	if n := len(tb.Periods); n != len(kpi.Periods)+1 || tb.Periods[n-1] != kpi.Hour {
		t.Fatalf("periods %v", tb.Periods)
	}
	day, _ := tb.Required("calls", kpi.RepDay)
	hour, ok := tb.Required("calls", kpi.Hour)
	if !ok || hour.Exact*5-day.Exact > 1e-9*day.Exact || hour.Text != "8.4" {
		t.Errorf("calls an hour %+v, a day %+v", hour, day)
	}
}
