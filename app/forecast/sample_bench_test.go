package forecast

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// The samplers' costs, one draw each: what a Monte Carlo trial is made of
// (run them under GOOS=js GOARCH=wasm too, where the ratios differ).

func BenchmarkUint64(b *testing.B) {
	s := newSampler(rand.New(rand.NewPCG(1, 2)))
	var x uint64
	for b.Loop() {
		x ^= s.next()
	}
	sinkU = x
}

func BenchmarkGamma(b *testing.B) {
	s := newSampler(rand.New(rand.NewPCG(1, 2)))
	g := newGammaShape(1 / (0.1 * 0.1))
	x := 0.0
	for b.Loop() {
		x += s.gamma(g)
	}
	sink = x
}

// BenchmarkBinomials is one trial's draws for the default preset: 12
// months of about 8,000 calls at a 0.1 % chance of a deal.
func BenchmarkBinomials(b *testing.B) {
	s := newSampler(rand.New(rand.NewPCG(1, 2)))
	n := []float64{7931.4, 8012.2, 8100.9, 7800.3, 8310.8, 7990.1, 8050.5, 7700.2, 8200.6, 7950.0, 8000.7, 8123.3}
	dst := make([]float64, len(n))
	for b.Loop() {
		s.binomials(dst, n, 0.001)
	}
	sink = dst[0]
}

var (
	sink  float64
	sinkU uint64
)

func BenchmarkBinomialMean(b *testing.B) {
	for _, mean := range []float64{1, 8, 20} {
		b.Run(strconv.Itoa(int(mean)), func(b *testing.B) {
			s := newSampler(rand.New(rand.NewPCG(1, 2)))
			n := []float64{7931.4, 8012.2, 8100.9, 7800.3, 8310.8, 7990.1, 8050.5, 7700.2, 8200.6, 7950.0, 8000.7, 8123.3}
			dst := make([]float64, len(n))
			for b.Loop() {
				s.binomials(dst, n, mean/8000)
			}
			sink = dst[0]
		})
	}
}

// BenchmarkQuantiles is one month's P10, P50 and P90 over 10,000 trials:
// revenue at a fixed price (a price times a count of deals: few values,
// many ties), and at a price that varies (no two values alike).
func BenchmarkQuantiles(b *testing.B) {
	s := newSampler(rand.New(rand.NewPCG(1, 2)))
	for _, c := range []struct {
		name  string
		value func() float64
	}{
		{"ties", func() float64 { return 1e6 * float64(int(s.gamma(newGammaShape(9)))) }},
		{"continuous", func() float64 { return 1e6 * s.gamma(newGammaShape(9)) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			a := make([]float64, 10_000)
			for i := range a {
				a[i] = c.value()
			}
			idx := make([]uint16, len(a))
			for b.Loop() {
				sinkQ = quantiles(a, idx)
			}
		})
	}
}

var sinkQ Quantiles
