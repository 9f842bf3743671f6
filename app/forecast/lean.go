package forecast

import (
	"math"
	"sort"

	"github.com/kpisim/kpisim/app/kpi"
)

// Lean is one uncertain lever's pull on the middle of a Monte Carlo run:
// the plan's revenue with that lever at the median of its range, every
// other lever as planned. A range whose median is not the planned value
// (a cost per lead of ¥5,000–¥22,500 planned at ¥7,500 has its median at
// ¥11,044) puts half the runs on one side of a figure other than the
// forecast, which takes every planned value as it is.
type Lean struct {
	Lever   string  // the lever's id
	Range   Range   // its range, as configured
	Planned float64 // the lever's planned value
	Middle  float64 // the median of its range (Range.Median)
	Revenue float64 // the revenue over the plan with the lever at Middle
}

// Leans returns the revenue over the plan as planned (the forecast:
// Band.CumForecast of the last month) and, for each lever with a range in
// cfg, its Lean, the one moving revenue furthest from the forecast first.
func Leans(m *kpi.Model, cfg Config) (float64, []Lean, error) {
	e, err := newEngine(m, cfg)
	if err != nil {
		return 0, nil, err
	}
	total := func(lv []float64) float64 {
		var sum float64
		for _, v := range e.landing(lv) {
			sum += v
		}
		return sum
	}
	base := total(e.base)
	lv := append([]float64(nil), e.base...)
	var leans []Lean
	for _, id := range sortedKeys(cfg.Ranges) {
		i, ok := m.Index(id)
		if !ok {
			continue
		}
		r := cfg.Ranges[id]
		x := Lean{Lever: id, Range: r, Planned: e.base[i], Middle: r.Median(e.base[i])}
		lv[i] = x.Middle
		x.Revenue = total(lv)
		lv[i] = e.base[i]
		leans = append(leans, x)
	}
	sort.SliceStable(leans, func(i, j int) bool { return math.Abs(leans[i].Revenue-base) > math.Abs(leans[j].Revenue-base) })
	return base, leans, nil
}

// Median is the median of the distribution the Monte Carlo draws r from,
// for a lever planned at value: a triangular distribution's exactly (its
// mode Likely, or value when Likely is 0), a Beta(Won+1, Of−Won+1)'s by
// Kerman's approximation (α − ⅓) / (α + β − ⅔), within 0.1 % of the
// median for both shapes at least 1, as they are here.
func (r Range) Median(value float64) float64 {
	if r.Count() {
		a, b := float64(r.Won+1), float64(r.Of-r.Won+1)
		return (a - 1.0/3) / (a + b - 2.0/3)
	}
	lo, c, hi := r.Low, r.Likely, r.High
	if c == 0 {
		c = value
	}
	if hi <= lo {
		return c
	}
	if c >= (lo+hi)/2 {
		return lo + math.Sqrt((hi-lo)*(c-lo)/2)
	}
	return hi - math.Sqrt((hi-lo)*(hi-c)/2)
}
