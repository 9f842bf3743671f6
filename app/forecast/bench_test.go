package forecast_test

import (
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// benchConfig is a full run: a count-based close rate, a three-point
// meeting rate, activity variability, binomial outcomes, 10,000 trials of
// 12 months.
var benchConfig = forecast.Config{
	Ranges: map[string]forecast.Range{
		"close_rate":   {Won: 12, Of: 50},
		"meeting_rate": {Low: 0.15, Likely: 0.20, High: 0.25},
	},
	ActivityCV: map[string]float64{"calls": 0.15},
	Trials:     10_000,
	Seed:       1,
}

func BenchmarkRun(b *testing.B) {
	m := compile(b, outboundSpec())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := forecast.Run(m, benchConfig); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchConfig.Trials*b.N)/b.Elapsed().Seconds(), "trials/s")
}

// BenchmarkResult is what the page does once the last stream is in: the
// bands (quantiles of every month's revenue and revenue to date) of a run
// of 10,000 trials.
func BenchmarkResult(b *testing.B) {
	m := compile(b, outboundSpec())
	r, err := forecast.NewRunner(m, benchConfig, nil)
	if err != nil {
		b.Fatal(err)
	}
	r.Step(benchConfig.Trials)
	b.ReportAllocs()
	for b.Loop() {
		r.Result()
	}
}

func BenchmarkPlan(b *testing.B) {
	m := compile(b, outboundSpec())
	cfg := forecast.Config{Seasonality: []float64{300, 200, 2600, 500, 300, 2400, 400, 400, 1800, 300, 400, 2400}, LagMonths: 3,
		Hires: []forecast.Hire{{Month: 4, Count: 3, RampMonths: 3}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := forecast.NewPlan(m, "calls", cfg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTornado(b *testing.B) {
	m := compile(b, outboundSpec())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := forecast.Tornado(m, "calls", forecast.Config{LagMonths: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefitOn is the year so far the page builds once per change of
// the actuals or the plan: actuals to June, dated 7 December (July to
// November closed without actuals at the forecast, December to the 6th),
// without the Monte Carlo run (NoRun), then with it.
func BenchmarkRefitOn(b *testing.B) {
	m := compile(b, outboundSpec())
	cfg := benchConfig
	cfg.StartMonth, cfg.StartYear = 4, 2026
	a := forecast.Actuals{}
	for mo := time.April; mo <= time.June; mo++ {
		a = append(a, forecast.Actual{Year: 2026, Month: mo, Node: "calls", Value: 7_800},
			forecast.Actual{Year: 2026, Month: mo, Node: "opportunities", Value: 24},
			forecast.Actual{Year: 2026, Month: mo, Node: "deals", Value: 6},
			forecast.Actual{Year: 2026, Month: mo, Node: "revenue", Value: 6_000_000})
	}
	dec7 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for _, run := range []bool{false, true} {
		name, opts := "no run", []forecast.RefitOption{forecast.NoRun}
		if run {
			name, opts = "10,000 trials", nil
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, a, dec7, opts...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
