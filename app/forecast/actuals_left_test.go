package forecast_test

import (
	"math"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// What the months left take: the goal's total is what is still needed,
// the target's is the pace over the months whose activity counts, and
// without a sales cycle each step of the funnel is the one below it at
// the rates the actuals suggest.
func TestRefitLeft(t *testing.T) {
	ids := []string{"calls", "first_meetings", "opportunities", "deals", "revenue"}
	behind := map[string]float64{"calls": 0.8, "first_meetings": 0.8, "opportunities": 0.7, "deals": 0.7, "revenue": 0.7}
	ahead := map[string]float64{"calls": 3} // and revenue on plan: three times the calls land from September on
	jp := forecast.BusinessCalendar{Country: "jp", Year: 2026}
	for _, tc := range []struct {
		name   string
		cfg    forecast.Config
		closed int
		today  time.Time
		work   float64 // months whose activity counts
		scale  map[string]float64
		done   bool // the activity done lands more than is needed
	}{
		{"seven months behind", forecast.Config{StartMonth: 4, StartYear: 2026}, 7, time.Time{}, 5, behind, false},
		{"Japan's calendar, a hire ramping up", forecast.Config{StartMonth: 4, BusinessCalendar: jp,
			Hires: []forecast.Hire{{Month: 10, Count: 2, RampMonths: 3}}}, 7, time.Time{}, 5, behind, false},
		{"a sales cycle of two months", forecast.Config{StartMonth: 4, StartYear: 2026, LagMonths: 2}, 7, time.Time{}, 3, behind, false},
		{"November in progress", forecast.Config{StartMonth: 4, StartYear: 2026}, 8, time.Date(2026, 11, 16, 9, 0, 0, 0, time.UTC), 0, behind, false},
		{"a pipeline that lands more than is needed", forecast.Config{StartMonth: 4, StartYear: 2026, LagMonths: 3}, 8, time.Time{}, 1, ahead, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Trials, cfg.Seed = 200, 1
			m := compile(t, outboundSpec())
			measured := ids
			if tc.done {
				measured = []string{"calls", "revenue"}
			}
			act := planActuals(t, m, cfg, tc.closed, tc.scale, measured...)
			rf, err := forecast.RefitOn(m, "calls", kpi.RoundNone, cfg, act, tc.today)
			if err != nil {
				t.Fatal(err)
			}
			l := rf.Left
			if !rf.PaceOK || l == nil {
				t.Fatalf("pace ok %v, left %v", rf.PaceOK, l)
			}
			at := func(id string) float64 { i, _ := m.Index(id); return l.Total[i] }
			for i, v := range l.Total {
				if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v == 0 && math.Signbit(v) {
					t.Errorf("%s: total %v", m.Node(i).ID, v)
				}
			}
			if l.Done != tc.done || tc.done && (rf.Pace != 0 || at("calls") != 0 || !(at("deals") > 0)) {
				t.Errorf("done %v, pace %v, calls left %v, deals %v; want done %v, no calls, deals", l.Done, rf.Pace, at("calls"), at("deals"), tc.done)
			}
			if tc.done && !(at("revenue") > rf.Remaining) || !tc.done && !anear(at("revenue"), rf.Remaining, 1e-9) {
				t.Errorf("revenue left %v, still needed %v", at("revenue"), rf.Remaining)
			}
			if !anear(at("calls"), rf.Pace*l.Work.Units, 1e-12) {
				t.Errorf("calls left %v, pace %v × %v rep-days", at("calls"), rf.Pace, l.Work.Units)
			}
			work := tc.work
			if tc.work == 0 { // the rest of November, and four months
				work = 4 + rf.Open
			}
			if !anear(l.Work.Months, work, 1e-12) || !anear(l.Land.Months, 12-float64(rf.Closed)+rf.Open, 1e-12) {
				t.Errorf("work %v months, land %v; want %v, %v", l.Work.Months, l.Land.Months, work, 12-float64(rf.Closed)+rf.Open)
			}
			if cfg.LagMonths > 0 {
				return
			}
			rate := func(id string) float64 { // the rate the re-forecast ran at
				r, ok := rf.Posterior[id]
				if !ok {
					i, _ := m.Index(id)
					return m.Node(i).Value
				}
				return float64(r.Won+1) / float64(r.Of+2)
			}
			for _, s := range []struct{ up, rate, down string }{
				{"first_meetings", "appointment_rate", "calls"}, {"opportunities", "meeting_rate", "first_meetings"},
				{"deals", "close_rate", "opportunities"}, {"revenue", "unit_price", "deals"},
			} {
				if !anear(at(s.up), rate(s.rate)*at(s.down), 1e-9) {
					t.Errorf("%s left %v, %s %v × %s %v", s.up, at(s.up), s.rate, rate(s.rate), s.down, at(s.down))
				}
			}
		})
	}
}
