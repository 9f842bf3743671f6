package forecast

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// dlog and dexp are the portable algorithms: within an ulp or two of the
// standard library (whose amd64 assembly differs in the last bits).
func TestDlogDexp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	ulps := func(a, b float64) float64 {
		return math.Abs(a-b) / math.Abs(math.Nextafter(b, math.Inf(1))-b)
	}
	for range 100_000 {
		x := math.Ldexp(r.Float64()+0.5, r.IntN(200)-100)
		if d := ulps(dlog(x), math.Log(x)); d > 1 {
			t.Fatalf("dlog(%v) = %v, math.Log %v (%v ulps)", x, dlog(x), math.Log(x), d)
		}
		y := (r.Float64() - 0.7) * 1400
		if d := ulps(dexp(y), math.Exp(y)); d > 2 && math.Exp(y) > 1e-300 {
			t.Fatalf("dexp(%v) = %v, math.Exp %v (%v ulps)", y, dexp(y), math.Exp(y), d)
		}
	}
	if !math.IsInf(dlog(0), -1) || !math.IsNaN(dlog(-1)) || !math.IsInf(dlog(math.Inf(1)), 1) {
		t.Error("dlog special cases")
	}
	if dexp(-800) != 0 || !math.IsInf(dexp(800), 1) || dexp(0) != 1 || dexp(-750) != math.Exp(-750) {
		t.Error("dexp special cases")
	}
}

// moments returns the mean and variance of n draws.
func moments(n int, draw func() float64) (mean, variance float64) {
	var s, s2 float64
	for range n {
		x := draw()
		s += x
		s2 += x * x
	}
	mean = s / float64(n)
	return mean, s2/float64(n) - mean*mean
}

func TestDistributions(t *testing.T) {
	s := newSampler(rand.New(rand.NewPCG(7, 8)))
	const n = 200_000
	check := func(name string, gotMean, gotVar, mean, variance float64) {
		t.Helper()
		se := math.Sqrt(variance / n) // the mean's standard error
		if math.Abs(gotMean-mean) > 5*se+1e-12 {
			t.Errorf("%s: mean %v, want %v ± %v", name, gotMean, mean, 5*se)
		}
		if math.Abs(gotVar-variance) > 0.03*variance+1e-12 {
			t.Errorf("%s: variance %v, want %v", name, gotVar, variance)
		}
	}
	m, v := moments(n, s.normal)
	check("normal", m, v, 0, 1)
	tail := 0
	for range n {
		if math.Abs(s.normal()) > 1.959963985 {
			tail++
		}
	}
	if f := float64(tail) / n; math.Abs(f-0.05) > 0.003 {
		t.Errorf("normal: P(|x| > 1.96) = %v", f)
	}
	for _, k := range []float64{1, 2.5, 44.4, 1e4} {
		m, v = moments(n, func() float64 { return s.gamma(newGammaShape(k)) })
		check("gamma", m, v, k, k)
	}
	m, v = moments(n, func() float64 { return s.beta(newGammaShape(13), newGammaShape(39)) })
	check("beta(13, 39)", m, v, 13.0/52, 13.0*39/(52*52*53))
	m, v = moments(n, func() float64 { return s.triangular(0.1, 0.2, 0.5) })
	check("triangular", m, v, 0.8/3, (0.01+0.04+0.25-0.02-0.05-0.1)/18)
	if s.triangular(3, 3, 3) != 3 {
		t.Error("a degenerate triangle is not its point")
	}
	m, v = moments(n, func() float64 { return s.round(2.25) })
	check("round", m, v, 2.25, 0.25*0.75)
	if s.round(7) != 7 {
		t.Error("round(7) != 7")
	}
	for _, c := range []struct{ n, p float64 }{
		{8000, 0.001}, // inversion, mean 8
		{20, 0.5},     // inversion from both sides
		{30, 0.9},     // flipped
		{8000, 0.02},  // normal approximation
		{1, 0.3},
		{1e9, 1e-8},
	} {
		m, v = moments(n/10, func() float64 {
			dst := []float64{0}
			s.binomials(dst, []float64{c.n}, c.p)
			if dst[0] < 0 || dst[0] > c.n || dst[0] != math.Floor(dst[0]) {
				t.Fatalf("binomial(%v, %v) = %v", c.n, c.p, dst[0])
			}
			return dst[0]
		})
		mean, variance := c.n*c.p, c.n*c.p*(1-c.p)
		se := math.Sqrt(variance / (n / 10))
		if math.Abs(m-mean) > 5*se || math.Abs(v-variance) > 0.08*variance {
			t.Errorf("binomial(%v, %v): mean %v variance %v; want %v, %v", c.n, c.p, m, v, mean, variance)
		}
	}
	dst := []float64{-1, -1}
	s.binomials(dst, []float64{10, 10}, 0)
	if dst[0] != 0 || dst[1] != 0 {
		t.Errorf("p = 0: %v", dst)
	}
	s.binomials(dst, []float64{10, 0}, 1)
	if dst[0] != 10 || dst[1] != 0 {
		t.Errorf("p = 1: %v", dst)
	}
}

// quantiles agrees with a sort on data with ties, outliers beyond the
// sampled span and tiny samples.
func TestQuantiles(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ref := func(a []float64, p float64) float64 {
		s := slices.Clone(a)
		slices.Sort(s)
		h := float64(len(s)-1) * p
		lo := int(math.Floor(h))
		if lo+1 >= len(s) {
			return s[lo]
		}
		return s[lo] + (h-float64(lo))*(s[lo+1]-s[lo])
	}
	gens := map[string]func(i int) float64{
		"uniform": func(int) float64 { return r.Float64() },
		"ties":    func(int) float64 { return float64(r.IntN(12)) * 1e6 },
		"outliers": func(i int) float64 {
			return map[bool]float64{true: 1e12, false: r.NormFloat64()}[i%8 == 3 && r.IntN(50) == 0]
		},
		// Beyond the int range once scaled to the bins.
		"huge outliers": func(i int) float64 {
			return map[bool]float64{true: 1e300, false: r.NormFloat64()}[i%8 == 5 && r.IntN(20) == 0]
		},
		// Two values a bin apart from the others, sharing their bin.
		"near ties": func(int) float64 { return float64(r.IntN(3))*1e8 + float64(r.IntN(2)) },
		"constant":  func(int) float64 { return 5 },
		"one off":   func(i int) float64 { return map[bool]float64{true: 6, false: 5}[i == 1] },
		"sorted":    func(i int) float64 { return float64(i) },
	}
	for name, gen := range gens {
		for _, n := range []int{1, 2, 3, 10, 11, 1000, 10_001} {
			a := make([]float64, n)
			for i := range a {
				a[i] = gen(i)
			}
			keep := slices.Clone(a)
			q := quantiles(a, make([]uint16, n))
			if !slices.Equal(a, keep) {
				t.Errorf("%s, %d: quantiles reordered its input", name, n)
			}
			want := Quantiles{ref(a, 0.1), ref(a, 0.5), ref(a, 0.9)}
			if q != want {
				t.Errorf("%s, %d: %+v, want %+v", name, n, q, want)
			}
		}
	}
	if q := quantiles(nil, nil); q != (Quantiles{}) {
		t.Errorf("empty: %+v", q)
	}
}

func TestNth(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		n := 1 + r.IntN(300)
		a := make([]float64, n)
		for i := range a {
			a[i] = float64(r.IntN(1 + r.IntN(40)))
		}
		s := slices.Sorted(slices.Values(a))
		k := r.IntN(n)
		if got := nth(a, k); got != s[k] || a[k] != s[k] {
			t.Fatalf("nth(%d) = %v, a[k] = %v, want %v", k, got, a[k], s[k])
		}
		for i := range a {
			if i < k && a[i] > a[k] || i > k && a[i] < a[k] {
				t.Fatalf("not partitioned around %d: %v", k, a)
			}
		}
	}
}

// The sampler's generator is math/rand/v2's PCG, draw for draw.
func TestNextIsPCG(t *testing.T) {
	for _, seed := range [][2]uint64{{0, 0}, {1, 2}, {20260401, 42}, {1<<64 - 1, 1<<64 - 1}, {0x9e3779b97f4a7c15, 1 << 63}} {
		want := rand.NewPCG(seed[0], seed[1])
		s := newSampler(rand.New(&fixed{seed[:]}))
		for i := range 10_000 {
			if got, w := s.next(), want.Uint64(); got != w {
				t.Fatalf("seed %v, draw %d: %#x, want %#x", seed, i, got, w)
			}
		}
	}
}

// fixed is a rand.Source that gives its values, in order.
type fixed struct{ v []uint64 }

func (f *fixed) Uint64() uint64 {
	x := f.v[0]
	f.v = f.v[1:]
	return x
}

// invert, unrolled, walks exactly as the plain loop does, to the bit: for
// every count, including those it stops at, beyond its table's end and
// not a multiple of four.
func TestInvertIsTheWalk(t *testing.T) {
	walk := func(u, r, a, ratio float64, inv []float64) float64 {
		x := 0.0
		for _, w := range inv {
			if u <= r {
				break
			}
			u -= r
			r *= float64(a*w) - ratio
			x++
		}
		return x
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20_000 {
		n := float64(rng.IntN(60))
		p := rng.Float64() * 0.5
		q := 1 - p
		ratio := p / q
		u := rng.Float64()
		if rng.IntN(50) == 0 {
			u = 1 // walks to the end of the table
		}
		inv := inverse[1 : 1+int(n)]
		a := (n + 1) * ratio
		p0 := dexp(n * dlog(q))
		if got, want := invert(u, p0, a, ratio, inv), walk(u, p0, a, ratio, inv); got != want {
			t.Fatalf("n %v p %v u %v: invert %v, walk %v", n, p, u, got, want)
		}
	}
}
