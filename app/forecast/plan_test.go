package forecast_test

import (
	"math"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// seasonal is the year in 万円: 300/200/2600/500/300/2400/400/400/
// 1800/300/400/2400, 12,000 万円 (120,000,000 yen) in all.
var seasonal = []float64{300, 200, 2600, 500, 300, 2400, 400, 400, 1800, 300, 400, 2400}

func plan(t testing.TB, s kpi.Spec, target string, cfg forecast.Config) *forecast.Plan {
	t.Helper()
	p, err := forecast.NewPlan(compile(t, s), target, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The seasonal goal splits to the 万円 exactly and sums back to the annual
// goal exactly, whether the weights are written in 万円 or in yen.
func TestSeasonalitySplit(t *testing.T) {
	s := outboundSpec()
	s.Goal.Value = 120_000_000
	yen := make([]float64, 12)
	for i, w := range seasonal {
		yen[i] = w * 10_000
	}
	for name, w := range map[string][]float64{"万円": seasonal, "yen": yen} {
		t.Run(name, func(t *testing.T) {
			p := plan(t, s, "calls", forecast.Config{Seasonality: w})
			sum := 0.0
			for i, mo := range p.Months {
				if want := seasonal[i] * 10_000; mo.Goal != want {
					t.Errorf("%v goal = %v, want %v", mo.Month, mo.Goal, want)
				}
				sum += mo.Goal
			}
			if sum != 120_000_000 || p.Goal != 120_000_000 || p.Months[11].CumGoal != 120_000_000 {
				t.Errorf("goals sum to %v, plan goal %v, cumulative %v; want 120,000,000", sum, p.Goal, p.Months[11].CumGoal)
			}
		})
	}
}

// Weights that do not divide evenly still sum back exactly: the remainder
// of the spread goes to the heaviest month.
func TestSeasonalitySumsExactly(t *testing.T) {
	for _, goal := range []float64{100_000_000, 123_456_789, 1e9 / 3, 7} {
		for start := 1; start <= 12; start++ {
			s := outboundSpec()
			s.Goal.Value = goal
			p := plan(t, s, "calls", forecast.Config{StartMonth: start, Seasonality: []float64{1, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31}})
			sum := 0.0
			for _, mo := range p.Months {
				sum += mo.Goal
			}
			if sum != goal || p.Months[11].CumGoal != goal {
				t.Errorf("goal %v from month %d: months sum to %v", goal, start, sum)
			}
		}
	}
}

// A default plan's twelve months sum to the annual figures of the engine's
// one-period solve.
func TestPlanSumsToAnnual(t *testing.T) {
	for _, tc := range []struct {
		name   string
		spec   kpi.Spec
		target string
	}{
		{"outbound", outboundSpec(), "calls"},
		{"renewals on top", renewalSpec(), "meetings"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := compile(t, tc.spec)
			res, err := m.Solve(tc.target, kpi.RoundNone)
			if err != nil {
				t.Fatal(err)
			}
			p, err := forecast.NewPlan(m, tc.target, forecast.Config{})
			if err != nil {
				t.Fatal(err)
			}
			var rev, goal, req, planned float64
			for _, mo := range p.Months {
				rev += mo.Revenue
				goal += mo.Goal
				req += mo.Required
				planned += mo.Planned
				if mo.CumRevenue != rev || mo.CumGoal != goal {
					t.Errorf("%v: cumulative %v / %v, want %v / %v", mo.Month, mo.CumRevenue, mo.CumGoal, rev, goal)
				}
			}
			if rev != p.Revenue {
				t.Errorf("months' revenue %v, plan %v", rev, p.Revenue)
			}
			ti, _ := m.Index(tc.target)
			exactRep, _ := res.Exact(ti, kpi.RepDay)
			for _, c := range []struct {
				what      string
				got, want float64
			}{
				{"revenue", rev, res.ForecastTotal()},
				{"goal", goal, res.Goal()},
				{"required", req, res.Required[ti]},
				{"plan required", p.Required, res.Required[ti]},
				{"required per rep per day", p.RequiredPerRepDay, exactRep},
				{"planned", planned, res.Value[ti]},
			} {
				if !near(c.got, c.want, 1e-12) {
					t.Errorf("%s: months sum to %v, the engine says %v", c.what, c.got, c.want)
				}
			}
			if goal != res.Goal() {
				t.Errorf("goals sum to %v, not exactly %v", goal, res.Goal())
			}
		})
	}
}

func near(a, b, rel float64) bool {
	return math.Abs(a-b) <= rel*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// Activity in month m lands in month m + lag: the revenue line shifts by
// exactly lag months, and the first lag months are empty without a pipeline.
func TestLagShiftsRevenue(t *testing.T) {
	cfgs := map[string]forecast.Config{
		"flat":     {},
		"seasonal": {Seasonality: seasonal, SeasonalityMode: forecast.SeasonBoth, StartMonth: 4},
		"hires":    {Hires: []forecast.Hire{{Month: 2, Count: 5, RampMonths: 4}}},
		"business": {BusinessCalendar: forecast.BusinessCalendar{Country: "jp", Year: 2026}},
	}
	for name, cfg := range cfgs {
		t.Run(name, func(t *testing.T) {
			base := plan(t, outboundSpec(), "calls", cfg)
			for lag := 1; lag <= 5; lag++ {
				c := cfg
				c.LagMonths, c.NewTeam = lag, true
				p := plan(t, outboundSpec(), "calls", c)
				if len(p.Lead) != lag || len(p.Months) != 12 {
					t.Fatalf("lag %d: %d lead months, %d months", lag, len(p.Lead), len(p.Months))
				}
				for k, mo := range p.Months {
					want := 0.0
					if k >= lag {
						want = base.Months[k-lag].Revenue
					}
					if mo.Revenue != want {
						t.Errorf("lag %d, month %d: revenue %v, want %v", lag, k, mo.Revenue, want)
					}
					if mo.Planned != base.Months[k].Planned || mo.Lands != k+lag {
						t.Errorf("lag %d, month %d: planned %v lands %d; want %v, %d", lag, k, mo.Planned, mo.Lands, base.Months[k].Planned, k+lag)
					}
					if k >= 12-lag && mo.Required != 0 {
						t.Errorf("lag %d, month %d lands after the plan yet requires %v", lag, k, mo.Required)
					}
				}
				// A new team does nothing before the plan, and nothing is
				// required of it there (TestNewTeamPace).
				for i, mo := range p.Lead {
					if mo.Index != i-lag || mo.Planned != 0 || mo.Required != 0 || mo.Landed != nil || mo.Goal != 0 {
						t.Errorf("lag %d, lead %d: %+v", lag, i, mo)
					}
				}
			}
		})
	}
}

// With carry-in the team was working before the start: the first months
// land revenue from that pipeline, and a flat plan lands what it would
// without a lag.
func TestCarryIn(t *testing.T) {
	base := plan(t, outboundSpec(), "calls", forecast.Config{})
	p := plan(t, outboundSpec(), "calls", forecast.Config{LagMonths: 3})
	for k, mo := range p.Months {
		if mo.Revenue != base.Months[k].Revenue {
			t.Errorf("month %d: %v, want %v", k, mo.Revenue, base.Months[k].Revenue)
		}
	}
	for _, mo := range p.Lead {
		if mo.Planned != base.Months[0].Planned {
			t.Errorf("lead %d planned %v", mo.Index, mo.Planned)
		}
	}
}

func TestBusinessCalendarPlan(t *testing.T) {
	p := plan(t, outboundSpec(), "calls", forecast.Config{StartMonth: 4, BusinessCalendar: forecast.BusinessCalendar{Country: "jp", Year: 2015}})
	for i, mo := range p.Months {
		wantYear, wantMonth := 2015, time.Month(4+i)
		if wantMonth > 12 {
			wantYear, wantMonth = 2016, wantMonth-12
		}
		d, _ := forecast.BusinessDays("jp", wantYear, wantMonth)
		if mo.Year != wantYear || mo.Month != wantMonth || mo.WorkingDays != float64(d) {
			t.Errorf("month %d: %d-%v with %v days; want %d-%v with %d", i, mo.Year, mo.Month, mo.WorkingDays, wantYear, wantMonth, d)
		}
		if mo.Planned != 40*10*float64(d) {
			t.Errorf("%v: planned %v calls", mo.Month, mo.Planned)
		}
	}
	if p.Months[6].Month != time.October || p.Months[6].WorkingDays != 21 {
		t.Errorf("October 2015: %+v", p.Months[6])
	}
}

func TestHiresRamp(t *testing.T) {
	p := plan(t, outboundSpec(), "calls", forecast.Config{Hires: []forecast.Hire{{Month: 4, Count: 3, RampMonths: 3}}})
	want := []float64{10, 10, 10, 11, 12, 13, 13, 13, 13, 13, 13, 13}
	for k, mo := range p.Months {
		if !near(mo.Headcount, want[k], 1e-15) || !near(mo.Planned, 40*20*want[k], 1e-15) {
			t.Errorf("month %d: headcount %v planned %v; want %v", k, mo.Headcount, mo.Planned, want[k])
		}
		// The requirement per rep per day is shared by the effective team.
		if !near(mo.RequiredPerRepDay*mo.RepDays, mo.Required, 1e-12) {
			t.Errorf("month %d: %v per rep-day × %v rep-days is not %v", k, mo.RequiredPerRepDay, mo.RepDays, mo.Required)
		}
	}
}

// Activity seasonality moves activity between months but keeps the year's
// total.
func TestSeasonalActivity(t *testing.T) {
	flat := plan(t, outboundSpec(), "calls", forecast.Config{})
	p := plan(t, outboundSpec(), "calls", forecast.Config{Seasonality: seasonal, SeasonalityMode: forecast.SeasonActivity})
	if !near(p.Planned, flat.Planned, 1e-12) || !near(p.Revenue, flat.Revenue, 1e-12) {
		t.Errorf("planned %v revenue %v; flat %v %v", p.Planned, p.Revenue, flat.Planned, flat.Revenue)
	}
	if p.Months[2].Planned <= p.Months[1].Planned || p.Months[0].Goal != flat.Months[0].Goal {
		t.Errorf("March %v, February %v; January goal %v", p.Months[2].Planned, p.Months[1].Planned, p.Months[0].Goal)
	}
}

// Solving each month for a lever without activity: the close rate that
// makes each month's revenue meet its goal, and for the plan.
func TestRateTarget(t *testing.T) {
	p := plan(t, outboundSpec(), "close_rate", forecast.Config{})
	// 96,000,000 from 25 % against 100,000,000 needs 26.04 %.
	want := 0.25 * 100 / 96
	if !near(p.Required, want, 1e-12) || !p.Reachable || p.Planned != 0.25 {
		t.Errorf("required close rate %v (reachable %v), planned %v; want %v", p.Required, p.Reachable, p.Planned, want)
	}
	for _, mo := range p.Months {
		if !near(mo.Required, want, 1e-12) || mo.RequiredPerRepDay != mo.Required || mo.Planned != 0.25 {
			t.Errorf("%v: %+v", mo.Month, mo)
		}
	}
	// With a lag and an empty pipeline no close rate lands revenue in the
	// first months.
	p = plan(t, outboundSpec(), "close_rate", forecast.Config{LagMonths: 2, NewTeam: true})
	for _, mo := range p.Lead {
		if mo.Reachable || mo.Required != 0 {
			t.Errorf("lead month %d is reachable: %+v", mo.Index, mo)
		}
	}
	// The plan as a whole: 10 landing months carry the year, at 31.25 %.
	if !p.Months[0].Reachable || !p.Reachable || !near(p.Required, 0.3125, 1e-12) {
		t.Errorf("plan required close rate %v (reachable %v), want 0.3125", p.Required, p.Reachable)
	}
}

// Whatever the config, no number of a plan is NaN or infinite.
func TestPlanFinite(t *testing.T) {
	cfgs := []forecast.Config{
		{},
		{Seasonality: []float64{0, 0, 5, 0, 0, 5, 0, 0, 5, 0, 0, 5}, SeasonalityMode: forecast.SeasonBoth},
		{LagMonths: 11},
		{LagMonths: 3, Months: 36, Hires: []forecast.Hire{{Month: 36, Count: 1e6, RampMonths: 24}}},
		{StartMonth: 12, Months: 1, BusinessCalendar: forecast.BusinessCalendar{Country: "jp", Year: 2099}},
	}
	noActivity := kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 50_000_000, Period: kpi.Quarter},
		Calendar: kpi.DefaultCalendar(),
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Sum, Children: []string{"renewals", "upsell"}},
			{ID: "renewals", Unit: kpi.Currency, Value: 24_000_000},
			{ID: "upsell", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"accounts", "close_rate"}},
			{ID: "accounts", Unit: kpi.Currency, Value: 10_000_000},
			{ID: "close_rate", Unit: kpi.Rate, Value: 0.3},
		},
	}
	for _, spec := range []kpi.Spec{outboundSpec(), renewalSpec(), with(outboundSpec(), "calls", 0), noActivity} {
		m := compile(t, spec)
		for _, target := range []string{"calls", "meetings", "close_rate", "unit_price", "renewals"} {
			if _, ok := m.Index(target); !ok {
				continue
			}
			for i, cfg := range cfgs {
				p, err := forecast.NewPlan(m, target, cfg)
				if err != nil {
					t.Fatalf("config %d, %s: %v", i, target, err)
				}
				check := func(what string, v float64) {
					if math.IsNaN(v) || math.IsInf(v, 0) {
						t.Errorf("config %d, %s: %s = %v", i, target, what, v)
					}
				}
				check("revenue", p.Revenue)
				check("required", p.Required)
				check("required per rep-day", p.RequiredPerRepDay)
				for _, mo := range append(p.Lead, p.Months...) {
					for _, v := range []float64{mo.Required, mo.RequiredPerRepDay, mo.Planned, mo.Revenue, mo.CumRevenue, mo.Goal, mo.CumGoal, mo.RepDays} {
						check("month", v)
					}
					for _, v := range mo.Produced {
						check("produced", v)
					}
				}
			}
		}
	}
}

func TestNewPlanTarget(t *testing.T) {
	m := compile(t, outboundSpec())
	if _, err := forecast.NewPlan(m, "win_rate", forecast.Config{}); err == nil {
		t.Error("an unknown target did not fail")
	}
	if _, err := forecast.NewPlan(m, "deals", forecast.Config{}); err == nil {
		t.Error("a computed target did not fail")
	}
}

// Node values per month: the deals landing are the deals the activity of
// lag months earlier produced.
func TestPlanNodes(t *testing.T) {
	m := compile(t, outboundSpec())
	p, err := forecast.NewPlan(m, "calls", forecast.Config{LagMonths: 1})
	if err != nil {
		t.Fatal(err)
	}
	deals, _ := m.Index("deals")
	rate, _ := m.Index("close_rate")
	for k, mo := range p.Months {
		if mo.Produced[deals] != 8000*0.02*0.2*0.25 && !near(mo.Produced[deals], 8, 1e-12) {
			t.Errorf("month %d produces %v deals", k, mo.Produced[deals])
		}
		if mo.Produced[rate] != 0.25 {
			t.Errorf("month %d close rate %v", k, mo.Produced[rate])
		}
		if k > 0 && mo.Landed[deals] != p.Months[k-1].Produced[deals] {
			t.Errorf("month %d lands %v deals", k, mo.Landed[deals])
		}
		if mo.Landed[m.Goal()] != mo.Revenue {
			t.Errorf("month %d: landed revenue %v, revenue %v", k, mo.Landed[m.Goal()], mo.Revenue)
		}
	}
	if g := p.Gap(); g != p.Revenue-p.Goal {
		t.Errorf("gap %v", g)
	}
}

// The monthly plan's requirement of an activity is the steadiest schedule
// that keeps the year to date on its goal: worked as required, no month
// ends behind its goal so far, the months add up to the year's
// requirement, and the busiest month needs no more than the steepest goal
// so far demands from the start. A goal whose seasons come late reads the
// pace in every month; one without seasons too. Before, each month assumed
// the months before at the pace: a Q4-heavy goal's July to October read
// nothing required and the months added up to a third of the year.
func TestMonthsOnTrack(t *testing.T) {
	late := []float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 1.5, 2}
	early := []float64{3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	for _, c := range []struct {
		name   string
		spec   kpi.Spec
		target string
		cfg    forecast.Config
		steady bool // every month reads the pace
	}{
		{"a goal without seasons", outboundSpec(), "calls", forecast.Config{}, true},
		{"a goal heavy at the end", outboundSpec(), "calls", forecast.Config{Seasonality: late}, true},
		{"a goal heavy at the start", outboundSpec(), "calls", forecast.Config{Seasonality: early}, false},
		{"quarter-end peaks", outboundSpec(), "calls", forecast.Config{Seasonality: seasonal}, false},
		{"peaks and a base that needs no activity", renewalSpec(), "meetings", forecast.Config{Seasonality: seasonal}, false},
		{"hires ramping", outboundSpec(), "calls", forecast.Config{Hires: []forecast.Hire{{Month: 4, Count: 3, RampMonths: 3}}}, false},
		{"a 2-month cycle, peaks", outboundSpec(), "calls", forecast.Config{LagMonths: 2, Seasonality: seasonal}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := plan(t, c.spec, c.target, c.cfg)
			pace := plan(t, with(c.spec, c.target, p.RequiredPerRepDay), c.target, c.cfg)
			none := plan(t, with(c.spec, c.target, 0), c.target, c.cfg)
			rows := append(append([]forecast.Month(nil), p.Lead...), p.Months...)
			atRows := append(append([]forecast.Month(nil), pace.Lead...), pace.Months...)
			landed, sum, peak, steepest, weight, base := 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
			for k, mo := range p.Months {
				req, at, zero := rows[k], pace.Months[k], none.Months[k]
				if !req.Reachable || req.Required < 0 {
					t.Fatalf("%v: required %v, reachable %v", req.Month, req.Required, req.Reachable)
				}
				// Revenue landing in month k comes from row k, and is
				// affine in its count.
				landed += zero.Revenue + (at.Revenue-zero.Revenue)*req.Required/atRows[k].Planned
				if landed < mo.CumGoal*(1-1e-9) {
					t.Errorf("%v: worked as required, %v by its end is short of the goal so far %v", mo.Month, landed, mo.CumGoal)
				}
				sum += req.Required
				peak = max(peak, req.RequiredPerRepDay)
				// The steepest goal so far from the start, per unit of pace.
				weight += (at.Revenue - zero.Revenue) / p.RequiredPerRepDay
				base += zero.Revenue
				steepest = max(steepest, (mo.CumGoal-base)/weight)
				if c.steady && !near(req.RequiredPerRepDay, p.RequiredPerRepDay, 1e-12) {
					t.Errorf("%v needs %v a rep a day, want the pace %v", req.Month, req.RequiredPerRepDay, p.RequiredPerRepDay)
				}
			}
			if !near(landed, p.Goal, 1e-9) {
				t.Errorf("the year worked as required lands %v, want the goal %v", landed, p.Goal)
			}
			if !near(sum, p.Required, 1e-9) {
				t.Errorf("the months require %v in all, want the year's %v", sum, p.Required)
			}
			if !near(peak, steepest, 1e-9) {
				t.Errorf("the busiest month needs %v a rep a day, want the steepest goal so far %v", peak, steepest)
			}
		})
	}
}

// The requirement of an activity is the one pace that, worked in every
// month whose activity lands inside the plan, makes the forecast meet the
// goal: the plan at that pace lands the goal, goal seek needs the same, and
// no month before the plan is required of a new team, which does nothing
// there. With a new team and a 2-month cycle outbound needs 50 calls a rep
// a day (10 landing months carry the year), not the 41.7 of twelve months,
// which lands ¥83.3M.
func TestNewTeamPace(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  forecast.Config
		pace float64 // per rep per day; 0: not checked
	}{
		{"new team, 2-month cycle", forecast.Config{LagMonths: 2, NewTeam: true}, 50},
		{"new team, 5-month cycle", forecast.Config{LagMonths: 5, NewTeam: true}, 500.0 / 7},
		{"new team, seasonal goal and activity", forecast.Config{LagMonths: 3, NewTeam: true, Seasonality: seasonal, SeasonalityMode: forecast.SeasonBoth, StartMonth: 4}, 0},
		{"new team, hires", forecast.Config{LagMonths: 2, NewTeam: true, Hires: []forecast.Hire{{Month: 3, Count: 5, RampMonths: 4}}}, 0},
		{"new team, business calendar", forecast.Config{LagMonths: 1, NewTeam: true, BusinessCalendar: forecast.BusinessCalendar{Country: "jp", Year: 2026}}, 0},
		{"ongoing team, 2-month cycle", forecast.Config{LagMonths: 2}, 41.0 + 2.0/3},
		{"ongoing team, hires", forecast.Config{LagMonths: 2, Hires: []forecast.Hire{{Month: 3, Count: 5, RampMonths: 4}}}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(t, outboundSpec(), "calls", tc.cfg)
			if !p.Reachable {
				t.Fatal("unreachable")
			}
			if tc.pace > 0 && !near(p.RequiredPerRepDay, tc.pace, 1e-9) {
				t.Errorf("pace %v, want %v", p.RequiredPerRepDay, tc.pace)
			}
			sk, err := forecast.GoalSeek(compile(t, outboundSpec()), "calls", tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !near(sk.Needed, p.RequiredPerRepDay, 1e-9) {
				t.Errorf("pace %v, goal seek needs %v", p.RequiredPerRepDay, sk.Needed)
			}
			at := plan(t, with(outboundSpec(), "calls", p.RequiredPerRepDay), "calls", tc.cfg)
			if !near(at.Revenue, at.Goal, 1e-9) {
				t.Errorf("at the pace %v the plan lands %v of %v", p.RequiredPerRepDay, at.Revenue, at.Goal)
			}
			// The plan's count is what lands inside it at the pace: the
			// planned count of the months that land, at the pace.
			count := 0.0
			for _, mo := range append(append([]forecast.Month(nil), at.Lead...), at.Months...) {
				if mo.Lands < len(at.Months) {
					count += mo.Planned
				}
			}
			if !near(p.Required, count, 1e-9) {
				t.Errorf("required count %v, the plan at the pace counts %v", p.Required, count)
			}
			if tc.cfg.NewTeam {
				for _, mo := range p.Lead {
					if mo.Required != 0 || mo.RequiredPerRepDay != 0 {
						t.Errorf("lead month %d requires %v", mo.Index, mo.Required)
					}
				}
			}
			// Without seasons, every month that lands reads the pace.
			if tc.cfg.Seasonality == nil && tc.cfg.Hires == nil && tc.cfg.BusinessCalendar.IsZero() {
				for _, mo := range p.Months {
					if mo.Lands < len(p.Months) && !near(mo.RequiredPerRepDay, p.RequiredPerRepDay, 1e-9) {
						t.Errorf("month %d needs %v a rep a day, the pace %v", mo.Index, mo.RequiredPerRepDay, p.RequiredPerRepDay)
					}
				}
			}
		})
	}
}
