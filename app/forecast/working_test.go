package forecast_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// TestRequiredColumnsDivide: the required table's columns divide into each
// other over the months whose activity counts (Plan.Working). A new team
// with a 1-month cycle read 2,778 calls a month and 138.9 a working day
// (the year over 12 months and 240 days) beside 19 a rep a day (over the
// 11 months of work): 19 × 10 reps is not 138.9. A quarter is three
// months, a day's need a rep's times the reps, a month's the pace times a
// month's rep-days, for every node on the path.
func TestRequiredColumnsDivide(t *testing.T) {
	for _, tc := range []struct {
		name   string
		cfg    forecast.Config
		months int     // working months
		days   float64 // their working days
	}{
		{"no sales cycle", forecast.Config{}, 12, 240},
		{"2-month cycle", forecast.Config{LagMonths: 2}, 12, 240},
		{"2-month cycle, business calendar", forecast.Config{LagMonths: 2, StartMonth: 4, BusinessCalendar: forecast.BusinessCalendar{Country: "jp", Year: 2027}}, 12, 242},
		{"new team, 1-month cycle", forecast.Config{LagMonths: 1, NewTeam: true}, 11, 220},
		{"new team, 2-month cycle", forecast.Config{LagMonths: 2, NewTeam: true}, 10, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := compile(t, outboundSpec())
			a, err := forecast.Solve(m, "calls", kpi.RoundNone, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			work := a.Plan.Working()
			days := 0.0
			for _, mo := range work {
				days += mo.WorkingDays
			}
			if len(work) != tc.months || days != tc.days {
				t.Fatalf("working: %d months, %v days; want %d, %v", len(work), days, tc.months, tc.days)
			}
			reps := m.Calendar().Headcount
			for _, id := range []string{"revenue", "deals", "first_meetings", "calls"} {
				i, _ := m.Index(id)
				req := func(p kpi.Period) float64 { v, _ := a.Required(i, p); return v }
				if q, mo := req(kpi.Quarter), req(kpi.Month); !near(q, 3*mo, 1e-12) {
					t.Errorf("%s: a quarter %v, a month %v", id, q, mo)
				}
				if d, rd := req(kpi.Day), req(kpi.RepDay); !near(d, rd*reps, 1e-12) {
					t.Errorf("%s: a working day %v, a rep a day %v × %v reps", id, d, rd, reps)
				}
				if mo, d := req(kpi.Month), req(kpi.Day); !near(mo, d*tc.days/float64(tc.months), 1e-12) {
					t.Errorf("%s: a month %v, a day %v", id, mo, d)
				}
				if y := req(kpi.Year); !near(y, a.Tree.Required[i], 1e-12) {
					t.Errorf("%s: a year %v, the goal needs %v", id, y, a.Tree.Required[i])
				}
			}
			calls, _ := m.Index("calls")
			if rd, _ := a.Required(calls, kpi.RepDay); !near(rd, a.Pace, 1e-12) {
				t.Errorf("calls a rep a day %v, the pace %v", rd, a.Pace)
			}
		})
	}
}
