package forecast

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRangeMedian: the median of each range's distribution, against the
// formula's known values and against a large sample of the sampler's own
// draws, so the Monte Carlo and the sentence about its middle agree.
func TestRangeMedian(t *testing.T) {
	cases := []struct {
		name  string
		r     Range
		value float64
		want  float64
	}{
		{"symmetric triangle", Range{Low: 0.2, Likely: 0.25, High: 0.3}, 0.25, 0.25},
		{"leaning right (inside sales' CPA)", Range{Low: 5000, Likely: 7500, High: 22500}, 7500, 22500 - math.Sqrt(17500*15000/2)},
		{"leaning left", Range{Low: 0, Likely: 9, High: 10}, 9, math.Sqrt(10 * 9 / 2)},
		{"mode from the planned value", Range{Low: 0, High: 10}, 9, math.Sqrt(10 * 9 / 2)},
		{"no width", Range{Low: 5, Likely: 5, High: 5}, 5, 5},
		{"history 40 of 2,000", Range{Won: 40, Of: 2000}, 0.02, (41 - 1.0/3) / (2002 - 2.0/3)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.r.Median(c.value); math.Abs(got-c.want) > 1e-9*math.Max(1, math.Abs(c.want)) {
				t.Errorf("Median = %v, want %v", got, c.want)
			}
			// The sampler's draws: half fall below the median.
			s := newSampler(rand.New(rand.NewPCG(1, 2)))
			const n = 40001
			draws := make([]float64, n)
			for i := range draws {
				if c.r.Count() {
					draws[i] = s.beta(newGammaShape(float64(c.r.Won+1)), newGammaShape(float64(c.r.Of-c.r.Won+1)))
				} else {
					mode := c.r.Likely
					if mode == 0 {
						mode = c.value
					}
					draws[i] = s.triangular(c.r.Low, mode, c.r.High)
				}
			}
			slices.Sort(draws)
			got, want := draws[n/2], c.r.Median(c.value)
			if math.Abs(got-want) > 0.01*math.Abs(want) {
				t.Errorf("the sampler's median %v, Median %v", got, want)
			}
		})
	}
}
