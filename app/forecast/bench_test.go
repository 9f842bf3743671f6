package forecast_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
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
