package forecast_test

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

func run(t testing.TB, s kpi.Spec, cfg forecast.Config) *forecast.Bands {
	t.Helper()
	b, err := forecast.Run(compile(t, s), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A run in slices is the same run: Step(a) then Step(b) draws what
// Step(a+b) draws, and the result equals Run's.
func TestStepMatchesRun(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := benchConfig
	cfg.Trials = 1000
	want, err := forecast.Run(m, cfg)
	if err != nil {
		t.Fatal(err)
	}
	r, err := forecast.NewRunner(m, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	steps := 0
	for !r.Step(7) {
		steps++
		if r.Done() != 7*steps || r.Progress() != float64(r.Done())/1000 {
			t.Fatalf("after %d steps: done %d, progress %v", steps, r.Done(), r.Progress())
		}
		if steps == 50 {
			if mid := r.Result(); mid.Trials != 350 { // a look mid-run must not disturb it
				t.Fatalf("mid-run result of %d trials", mid.Trials)
			}
		}
	}
	if r.Done() != 1000 || r.Total() != 1000 || r.Progress() != 1 || !r.Step(10) {
		t.Fatalf("done %d of %d", r.Done(), r.Total())
	}
	if got := r.Result(); !reflect.DeepEqual(got, want) {
		t.Errorf("stepped run differs from Run:\n%+v\n%+v", got.Months[11], want.Months[11])
	}
	// The generator can be injected; nil is the config's own.
	r2, _ := forecast.NewRunner(m, cfg, cfg.NewRand())
	r2.Step(cfg.Trials)
	if !reflect.DeepEqual(r2.Result(), want) {
		t.Error("cfg.NewRand() differs from nil")
	}
	r3, _ := forecast.NewRunner(m, cfg, rand.New(rand.NewPCG(1, 1)))
	r3.Step(cfg.Trials)
	if reflect.DeepEqual(r3.Result(), want) {
		t.Error("another generator gives the same run")
	}
}

// A run's streams can run anywhere, in any order, and be joined: a browser
// runs them on its workers. The joined run is Run's, to the bit.
func TestStreamsJoin(t *testing.T) {
	m := compile(t, outboundSpec())
	for _, trials := range []int{1000, 5, 1} {
		cfg := benchConfig
		cfg.Trials = trials
		want, err := forecast.Run(m, cfg)
		if err != nil {
			t.Fatal(err)
		}
		// As values, and as the bytes a worker posts (odd streams).
		join, _ := forecast.NewRunner(m, cfg, nil)
		for i := forecast.Streams - 1; i >= 0; i-- {
			if join.Result().Trials != join.Done() {
				t.Fatal("a partial join's result is not of the trials joined")
			}
			worker, _ := forecast.NewRunner(m, cfg, nil) // another thread's own Runner
			worker.RunStream(i)
			err := join.SetStreamRevenue(i, worker.StreamRevenue(i))
			if i%2 == 1 {
				err = join.SetStreamBytes(i, worker.StreamBytes(i))
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if join.Done() != trials || !join.Step(1) {
			t.Fatalf("%d trials: joined %d", trials, join.Done())
		}
		if got := join.Result(); !reflect.DeepEqual(got, want) {
			t.Errorf("%d trials: joined streams differ from Run:\n%+v\n%+v", trials, got.Months[11], want.Months[11])
		}
	}
	r, _ := forecast.NewRunner(m, benchConfig, nil)
	for _, tc := range []struct {
		name   string
		stream int
		rev    []float64
		want   string
	}{
		{"no such stream", forecast.Streams, nil, "stream 8 of 8"},
		{"too few values", 0, make([]float64, 12), "has 12 values, want 1250 trials × 12 months"},
		{"not a number", 0, append(make([]float64, 1250*12-1), nan()), "revenue NaN"},
		{"negative", 0, append(make([]float64, 1250*12-1), -1), "revenue -1"},
		{"infinite", 0, append([]float64{math.Inf(1)}, make([]float64, 1250*12-1)...), "revenue +Inf"},
		{"beyond 1e300", 0, append(make([]float64, 1250*12-1), 2e300), "revenue 2e+300"},
	} {
		if err := r.SetStreamRevenue(tc.stream, tc.rev); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
		b := make([]byte, 0, 8*len(tc.rev))
		for _, v := range tc.rev {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
		if err := r.SetStreamBytes(tc.stream, b); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s, as bytes: %v, want %q", tc.name, err, tc.want)
		}
	}
	if err := r.SetStreamBytes(0, make([]byte, 8*1250*12+4)); err == nil || !strings.Contains(err.Error(), "are not float64s") {
		t.Errorf("bytes not a whole number of float64s: %v", err)
	}
	if r.Done() != 0 {
		t.Error("a rejected stream counts as done")
	}
}

// A goal that is a difference may land below 0 in a trial, and such a
// stream joins; a tree of sums and products may not.
func TestStreamsJoinSigned(t *testing.T) {
	spec := outboundSpec()
	spec.Goal.Node = "profit"
	spec.Nodes = append(spec.Nodes,
		kpi.Node{ID: "profit", Unit: kpi.Currency, Op: kpi.Difference, Children: []string{"revenue", "costs"}},
		kpi.Node{ID: "costs", Unit: kpi.Currency, Value: 40_000_000})
	spec.Goal.Value = 10_000_000
	m := compile(t, spec)
	neg := make([]float64, 1250*12)
	neg[7] = -2_000_000
	signed, _ := forecast.NewRunner(m, benchConfig, nil)
	if err := signed.SetStreamRevenue(0, neg); err != nil {
		t.Errorf("a difference's trial below 0 is refused: %v", err)
	}
	plain, _ := forecast.NewRunner(compile(t, outboundSpec()), benchConfig, nil)
	if err := plain.SetStreamRevenue(0, neg); err == nil {
		t.Error("a product's trial below 0 is joined")
	}
}

// P10 ≤ P50 ≤ P90 in every month, for revenue and for revenue to date, and
// revenue to date never falls.
func TestBandsOrdered(t *testing.T) {
	for name, cfg := range map[string]forecast.Config{
		"counts only": {Trials: 2000},
		"everything":  benchConfig,
		"seasonal lag": {Trials: 2000, Seasonality: seasonal, SeasonalityMode: forecast.SeasonBoth, LagMonths: 2,
			Ranges: map[string]forecast.Range{"unit_price": {Low: 800_000, High: 1_500_000}}},
	} {
		t.Run(name, func(t *testing.T) {
			b := run(t, outboundSpec(), cfg)
			for k, bd := range b.Months {
				for _, q := range []forecast.Quantiles{bd.Revenue, bd.Cumulative} {
					if !(q.P10 <= q.P50 && q.P50 <= q.P90) {
						t.Errorf("month %d: %+v", k, q)
					}
				}
				if k > 0 {
					prev := b.Months[k-1].Cumulative
					if bd.Cumulative.P10 < prev.P10 || bd.Cumulative.P50 < prev.P50 || bd.Cumulative.P90 < prev.P90 {
						t.Errorf("month %d: revenue to date falls: %+v after %+v", k, bd.Cumulative, prev)
					}
				}
				if bd.OnTrack < 0 || bd.OnTrack > 1 {
					t.Errorf("month %d on track %v", k, bd.OnTrack)
				}
			}
		})
	}
}

// A wide run centres on the deterministic forecast: the year's P50 within
// 2 % of the plan, the mean within 1 %.
func TestP50NearForecast(t *testing.T) {
	cfg := forecast.Config{
		Trials: 20_000, Seed: 3,
		Ranges: map[string]forecast.Range{
			"close_rate":       {Low: 0.20, High: 0.30},
			"meeting_rate":     {Low: 0.16, High: 0.24},
			"appointment_rate": {Low: 0.016, High: 0.024},
		},
		ActivityCV: map[string]float64{"calls": 0.2},
	}
	b := run(t, outboundSpec(), cfg)
	last := b.Months[11]
	if r := last.Cumulative.P50 / last.CumForecast; math.Abs(r-1) > 0.02 {
		t.Errorf("P50 %v is %.2f%% off the forecast %v", last.Cumulative.P50, (r-1)*100, last.CumForecast)
	}
	mean := 0.0
	for _, bd := range b.Months {
		mean += bd.Mean
	}
	if r := mean / last.CumForecast; math.Abs(r-1) > 0.01 {
		t.Errorf("mean %v is %.2f%% off the forecast %v", mean, (r-1)*100, last.CumForecast)
	}
	if !(last.Cumulative.P90-last.Cumulative.P10 > 0.1*last.CumForecast) {
		t.Errorf("a wide run gives a narrow band: %+v", last.Cumulative)
	}
}

// The probability of reaching the goal rises with the close rate.
func TestProbGoalRisesWithCloseRate(t *testing.T) {
	prev := -1.0
	for _, rate := range []float64{0.20, 0.24, 0.26, 0.28, 0.32, 0.40} {
		cfg := forecast.Config{Trials: 4000, Seed: 11, ActivityCV: map[string]float64{"calls": 0.1},
			Ranges: map[string]forecast.Range{"meeting_rate": {Low: 0.15, High: 0.25}}}
		b := run(t, with(outboundSpec(), "close_rate", rate), cfg)
		if b.ProbGoal < prev {
			t.Errorf("close rate %v: P(goal) %v, below %v at a lower rate", rate, b.ProbGoal, prev)
		}
		prev = b.ProbGoal
	}
	if prev < 0.95 {
		t.Errorf("a 40%% close rate reaches the goal only %v of the time", prev)
	}
}

// With no variance anywhere the band collapses onto the deterministic line.
func TestZeroVarianceCollapses(t *testing.T) {
	for name, tc := range map[string]struct {
		spec kpi.Spec
		cfg  forecast.Config
		prob float64
	}{
		"short of the goal": {outboundSpec(), forecast.Config{}, 0},
		"exactly the goal":  {with(outboundSpec(), "unit_price", 1_250_000), forecast.Config{}, 1},
		"seasonal, lag, hires, renewals": {renewalSpec(), forecast.Config{Seasonality: seasonal, SeasonalityMode: forecast.SeasonBoth,
			LagMonths: 2, Hires: []forecast.Hire{{Month: 3, Count: 2, RampMonths: 3}}}, 1},
		"no activity": {kpi.Spec{
			Goal:     kpi.Goal{Node: "revenue", Value: 20_000_000},
			Calendar: kpi.DefaultCalendar(),
			Nodes: []kpi.Node{
				{ID: "revenue", Unit: kpi.Currency, Op: kpi.Sum, Children: []string{"renewals", "upsell"}},
				{ID: "renewals", Unit: kpi.Currency, Value: 24_000_000},
				{ID: "upsell", Unit: kpi.Currency, Value: 3_000_000},
			},
		}, forecast.Config{Seasonality: seasonal}, 1},
		"degenerate ranges": {outboundSpec(), forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Low: 0.25, High: 0.25}}}, 0},
	} {
		t.Run(name, func(t *testing.T) {
			tc.cfg.Outcomes = forecast.Expected
			tc.cfg.Trials = 500
			b := run(t, tc.spec, tc.cfg)
			p, err := forecast.NewPlan(compile(t, tc.spec), tc.spec.Nodes[len(tc.spec.Nodes)-1].ID, tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			for k, bd := range b.Months {
				mo := p.Months[k]
				if bd.Forecast != mo.Revenue || bd.CumForecast != mo.CumRevenue || bd.Goal != mo.Goal || bd.CumGoal != mo.CumGoal {
					t.Errorf("month %d: band %+v, plan %+v", k, bd, mo)
				}
				want := forecast.Quantiles{P10: mo.Revenue, P50: mo.Revenue, P90: mo.Revenue}
				cum := forecast.Quantiles{P10: mo.CumRevenue, P50: mo.CumRevenue, P90: mo.CumRevenue}
				if bd.Revenue != want || bd.Cumulative != cum || bd.Mean != mo.Revenue {
					t.Errorf("month %d: %+v / %+v, mean %v; want %v / %v", k, bd.Revenue, bd.Cumulative, bd.Mean, mo.Revenue, mo.CumRevenue)
				}
			}
			if b.ProbGoal != tc.prob {
				t.Errorf("P(goal) = %v, want %v", b.ProbGoal, tc.prob)
			}
			// Every trial alike: the share is certain, and says so.
			if !b.Alike || !b.Months[len(b.Months)-1].Alike {
				t.Errorf("every trial lands the plan's revenue, but the run is not Alike (P(goal) %v)", b.ProbGoal)
			}
		})
	}
}

// A run whose trials vary is not Alike, even when none of them reaches the
// goal: 0 of 4,000 is a chance under 1 in 4,000, not none (i18n.Chance
// reads it "<0.1%"). A month in which nothing lands yet (a sales cycle of
// two months, a new team) is alike in every trial.
func TestAlikeOnlyWhenCertain(t *testing.T) {
	for _, c := range []struct {
		name      string
		spec      kpi.Spec
		cfg       forecast.Config
		wantAlike bool
	}{
		{"nothing drawn", outboundSpec(), forecast.Config{Outcomes: forecast.Expected}, true},
		{"calls vary, the goal out of reach", with(outboundSpec(), "close_rate", 0.10),
			forecast.Config{ActivityCV: map[string]float64{"calls": 0.1}}, false},
		{"deals drawn", outboundSpec(), forecast.Config{Outcomes: forecast.Binomial}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.cfg.Trials, c.cfg.Seed = 4000, 3
			b := run(t, c.spec, c.cfg)
			if b.Alike != c.wantAlike {
				t.Errorf("Alike %v (P(goal) %v), want %v", b.Alike, b.ProbGoal, c.wantAlike)
			}
		})
	}
	cfg := forecast.Config{Trials: 1000, LagMonths: 2, NewTeam: true, ActivityCV: map[string]float64{"calls": 0.1}}
	b := run(t, outboundSpec(), cfg)
	if !b.Months[0].Alike || b.Months[0].OnTrack != 0 || b.Alike {
		t.Errorf("nothing lands in the first month of a 2-month cycle: month 1 alike %v (%v), the year alike %v",
			b.Months[0].Alike, b.Months[0].OnTrack, b.Alike)
	}
}

// The same seed gives the same numbers natively and in WebAssembly: this
// test pins a seeded run's numbers, and runs under both (GOOS=js
// GOARCH=wasm go test ./app/forecast).
func TestSeededRunPinned(t *testing.T) {
	cfg := benchConfig
	cfg.Ranges = map[string]forecast.Range{
		"close_rate":   {Won: 12, Of: 50},
		"meeting_rate": {Low: 0.15, Likely: 0.20, High: 0.25},
		"unit_price":   {Low: 800_000, High: 1_300_000},
	}
	cfg.Trials = 2000
	cfg.Seed = 42
	cfg.LagMonths = 1
	cfg.CarryIn = true
	b := run(t, outboundSpec(), cfg)
	got := []float64{
		b.ProbGoal,
		b.Months[0].Revenue.P10, b.Months[0].Revenue.P50, b.Months[0].Revenue.P90,
		b.Months[11].Cumulative.P10, b.Months[11].Cumulative.P50, b.Months[11].Cumulative.P90,
		b.Months[5].Mean, b.Months[5].OnTrack,
	}
	want := pinned
	if !reflect.DeepEqual(got, want) {
		t.Errorf("seeded run:\n got %#v\nwant %#v", got, want)
	}
}

func TestRunErrors(t *testing.T) {
	m := compile(t, outboundSpec())
	_, err := forecast.Run(m, forecast.Config{Trials: forecast.MaxTrials + 1})
	checkErr(t, err, "forecast.trials", "from 1 to 100,000")
	r, err := forecast.NewRunner(m, forecast.Config{Trials: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b := r.Result(); b.Trials != 0 || len(b.Months) != 12 || b.ProbGoal != 0 || b.Months[0].Forecast == 0 {
		t.Errorf("result before any trial: %+v", b)
	}
}
