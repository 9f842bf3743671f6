package ui

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// TestExplainActivityCounts: the tree's explanation of an activity names
// the rep-days (or months) whose activity the forecast counts, so that
// the product it prints is the result. With a sales cycle it read every
// plan month's: "15 a rep a day × 1,220 rep-days a year = 18,225" (15 ×
// 1,220 is 18,300), and a new team's "18 a rep a day × 8 reps × 20 days ×
// 12 months = 31,680" (the product is 34,560).
func TestExplainActivityCounts(t *testing.T) {
	jp := forecast.BusinessCalendar{Country: "jp", Year: 2027}
	for _, c := range []struct {
		name    string
		lang    i18n.Lang
		cfg     func(*forecast.Config)
		forward string
	}{
		{"no sales cycle, en", i18n.En, func(*forecast.Config) {},
			"Calls = 40 a rep a day × 10 reps × 20 days × 12 months = 96,000"},
		{"no sales cycle, ja", i18n.Ja, func(*forecast.Config) {},
			"架電数 = 1人1日40件 × 10人 × 20営業日 × 12か月 = 96,000"},
		// Feb 2027 to Jan 2028 land in the plan (242 working days), not
		// Apr 2027 to Mar 2028 (243).
		{"2-month cycle, business calendar, en", i18n.En, func(c *forecast.Config) { c.LagMonths, c.StartMonth, c.BusinessCalendar = 2, 4, jp }, "Calls = 40 a rep a day × 2,420 rep-days a year = 96,800"},
		{"2-month cycle, business calendar, ja", i18n.Ja, func(c *forecast.Config) { c.LagMonths, c.StartMonth, c.BusinessCalendar = 2, 4, jp }, "架電数 = 1人1日40件 × 年間延べ2,420人日 = 96,800"},
		{"new team, 2-month cycle, en", i18n.En, func(c *forecast.Config) { c.LagMonths, c.NewTeam = 2, true },
			"Calls = 40 a rep a day × 10 reps × 20 days × 10 months = 80,000"},
		{"new team, 2-month cycle, ja", i18n.Ja, func(c *forecast.Config) { c.LagMonths, c.NewTeam = 2, true },
			"架電数 = 1人1日40件 × 10人 × 20営業日 × 10か月 = 80,000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load("outbound")
			c.cfg(&m.Scenario.Forecast)
			m.Selected = "calls"
			v := m.View().Complete()
			if v.Error != "" {
				t.Fatal(v.Error)
			}
			if v.Explain.Forward != c.forward {
				t.Errorf("explanation %q, want %q", v.Explain.Forward, c.forward)
			}
		})
	}
}

// The explanation counts reps, days, weeks and months in their number:
// a one-rep tree (the empty tree's) read "10 a rep a day × 1 reps × 20
// days". Japanese counts have no plural.
func TestExplainCountsInTheirNumber(t *testing.T) {
	for _, c := range []struct {
		name    string
		lang    i18n.Lang
		edit    func(s *scenario.Scenario)
		forward string
	}{
		{"one rep, en", i18n.En, func(s *scenario.Scenario) { s.Calendar.Headcount = 1 },
			"Calls = 40 a rep a day × 1 rep × 20 days × 12 months = 9,600"},
		{"one rep, ja", i18n.Ja, func(s *scenario.Scenario) { s.Calendar.Headcount = 1 },
			"架電数 = 1人1日40件 × 1人 × 20営業日 × 12か月 = 9,600"},
		{"one working day a month, en", i18n.En, func(s *scenario.Scenario) { s.Calendar.WorkingDays = 1 },
			"Calls = 40 a rep a day × 10 reps × 1 day × 12 months = 4,800"},
		{"one month of activity landing, en", i18n.En, func(s *scenario.Scenario) { s.Forecast.LagMonths, s.Forecast.NewTeam = 11, true },
			"Calls = 40 a rep a day × 10 reps × 20 days × 1 month = 8,000"},
		{"one week a month, en", i18n.En, func(s *scenario.Scenario) {
			s.Calendar.WorkingDays, s.Calendar.DaysPerWeek = 5, 5
			s.Node("calls").Per = kpi.PerWeek
		}, "Calls = 40 / rep / week × 10 reps × 1 week × 12 months = 4,800"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load("outbound")
			c.edit(m.Scenario)
			m.Selected = "calls"
			v := m.View().Complete()
			if v.Error != "" {
				t.Fatal(v.Error)
			}
			if v.Explain.Forward != c.forward {
				t.Errorf("explanation %q\nwant %q", v.Explain.Forward, c.forward)
			}
		})
	}
}

// The tree's unrounded money reads as the headline's exact value: solving
// for the deal size, the headline read ¥1,041,666.67 and the tree's
// explanation ¥1,041,667 for the same figure.
func TestExplainExactAsHeadline(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.En, i18n.Ja} {
		m := newModel(t, l)
		m.Load("outbound")
		m.Scenario.Solve = "unit_price"
		m.Selected = "unit_price"
		v := m.View().Complete()
		if v.Error != "" {
			t.Fatal(v.Error)
		}
		want := v.Head.Exact
		if want == "" || len(v.Explain.Periods) == 0 {
			t.Fatalf("%s: no exact value (%q) or no periods %q", l, want, v.Explain.Periods)
		}
		if got := v.Explain.Periods[0]; !strings.Contains(got, " "+want+" ") {
			t.Errorf("%s: the tree reads %q, the headline's exact value %q", l, got, want)
		}
	}
}

// A computed node that is no flow shows what the levers make of it, in the
// tree's list and in the diagram as the presentation does: SaaS's annual
// contract value read ¥1,200,000 on the presentation's step and nothing in
// the tree or the diagram. Solving through it, its box shows what it
// requires instead.
func TestTreeStockValue(t *testing.T) {
	for _, c := range []struct {
		name, solve string
		lang        i18n.Lang
		want        string
	}{
		{"en", "", i18n.En, "¥1,200,000"},
		{"ja", "", i18n.Ja, "120万円"},
		{"on the path", "contract_value", i18n.En, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load("saas-revenue")
			if c.solve != "" {
				m.SetSolve(c.solve)
			}
			v := m.View().Complete()
			for i, tn := range v.Tree {
				if tn.ID != "acv" {
					continue
				}
				if tn.Value != c.want {
					t.Errorf("the tree's ACV reads %q, want %q", tn.Value, c.want)
				}
				if d := diagramNodes(v)[i]; c.want != "" && d.Forecast != c.want || c.want == "" && d.Required == "" {
					t.Errorf("the diagram's ACV box reads %q %q", d.Required, d.Forecast)
				}
			}
		})
	}
}

// The explanation's rounding lists the required table's columns: inside
// sales' budget per rep per month, the table's last column and the
// headline's span, where it had listed one rep's day (¥96,153.85 →
// ¥96,154) beside them.
func TestExplainPeriodsAsTheTable(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			m := newModel(t, lang)
			m.Load("inside-sales")
			v := m.View().Complete()
			if len(v.Explain.Periods) != len(v.Periods) {
				t.Fatalf("%d lines for %d columns: %q", len(v.Explain.Periods), len(v.Periods), v.Explain.Periods)
			}
			last := v.Explain.Periods[len(v.Explain.Periods)-1]
			want := lang.T("period." + v.Periods[len(v.Periods)-1].String())
			if !strings.HasPrefix(last, want+":") || !strings.Contains(last, v.Head.Figure.Text) {
				t.Errorf("the last line %q: want the table's last column %q and the headline's %s", last, want, v.Head.Figure.Text)
			}
		})
	}
}
