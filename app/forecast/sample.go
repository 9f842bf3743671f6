package forecast

import (
	"math"
	"math/rand/v2"
)

// The samplers below use only +, −, ×, ÷, square root and floor, which
// IEEE 754 defines exactly, and never math.Log, math.Exp or the generator's
// NormFloat64: on amd64 math.Log and math.Exp are assembly whose last bit
// may differ from the pure Go code the WebAssembly build runs. Products
// feeding a sum are wrapped in float64(...), which the Go spec says rounds
// there, so no platform may fuse them into one multiply-add. Together this
// makes a seeded run draw the same numbers natively and in the browser.

// sampler draws the distributions a run needs from one generator.
type sampler struct {
	pcg pcg
	buf [64]uint64 // the generator's next values, from buf[pos] on
	pos int

	half    uint32 // the unused half of the last Uint64 drawn by short
	hasHalf bool

	jobs []inversion // binomials' scratch
}

// newSampler draws from a PCG seeded by two draws of r.
func newSampler(r *rand.Rand) *sampler {
	return &sampler{pcg: pcg{hi: r.Uint64(), lo: r.Uint64()}, pos: len(sampler{}.buf)}
}

// next is the generator's next value. The values are made 64 at a time,
// so that this is inlined where it is used: in WebAssembly a call costs
// about as much as the generator's arithmetic.
func (s *sampler) next() uint64 {
	if s.pos == len(s.buf) {
		s.refill()
	}
	x := s.buf[s.pos]
	s.pos++
	return x
}

//go:noinline (so that next is inlined)
func (s *sampler) refill() {
	for i := range s.buf {
		s.buf[i] = s.pcg.next()
	}
	s.pos = 0
}

// pcg is math/rand/v2's PCG-DXSM generator: a 128-bit linear congruential
// state and a "double xorshift multiply" output.
type pcg struct{ hi, lo uint64 }

// next is the generator's next value: exactly what rand.NewPCG(hi, lo)
// draws (TestNextIsPCG checks it). It is written out here, with the 128-bit
// product split into 32-bit halves by hand, because in WebAssembly, where
// bits.Mul64 is not an instruction, *rand.PCG's Uint64 costs 26 ns a draw
// and this 13 ns (natively both take under 3 ns).
func (s *pcg) next() uint64 {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
		m0    = mulLo & (1<<32 - 1)
		m1    = mulLo >> 32
	)
	// state = state × mul + inc, modulo 2**128; the high half of
	// lo × mulLo is computed from 32-bit pieces.
	x0, x1 := s.lo&(1<<32-1), s.lo>>32
	w0 := x0 * m0
	t := x1*m0 + w0>>32
	w1 := t&(1<<32-1) + x0*m1
	hi := x1*m1 + t>>32 + w1>>32
	lo := s.lo * mulLo
	hi += s.hi*mulLo + s.lo*mulHi
	lo += incLo
	if lo < incLo {
		hi++ // the carry
	}
	hi += incHi
	s.lo, s.hi = lo, hi
	// The DXSM output: double xorshift multiply.
	hi ^= hi >> 32
	hi *= 0xda942042e4dd58b5
	hi ^= hi >> 48
	hi *= lo | 1
	return hi
}

// uniform is a uniform deviate in [0, 1), as rand.Rand.Float64 draws it.
func (s *sampler) uniform() float64 { return float64(s.next()<<11>>11) / (1 << 53) }

// short is a uniform deviate in [0, 1) with 32 random bits, two from one
// draw of the generator (which is costly in WebAssembly): enough for an
// accept/reject test or a rounding.
func (s *sampler) short() float64 {
	if s.hasHalf {
		s.hasHalf = false
		return float64(s.half) * 0x1p-32
	}
	x := s.next()
	s.half, s.hasHalf = uint32(x>>32), true
	return float64(uint32(x)) * 0x1p-32
}

// The ziggurat of Marsaglia and Tsang (2000) for normal deviates, with 128
// layers. The tables are computed once, by dlog and dexp, so they hold the
// same bits on every platform.
const zigR = 3.442619855899 // the start of the tail

var (
	zigK [128]uint32
	zigW [128]float64
	zigF [128]float64
)

func init() {
	const m1 = 1 << 31
	const v = 9.91256303526217e-3 // the area of each layer
	dn := zigR
	tn := dn
	q := v / dexp(float64(-0.5*dn)*dn)
	zigK[0] = uint32(dn / q * m1)
	zigK[1] = 0
	zigW[0] = q / m1
	zigW[127] = dn / m1
	zigF[0] = 1
	zigF[127] = dexp(float64(-0.5*dn) * dn)
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * dlog(v/dn+dexp(float64(-0.5*dn)*dn)))
		zigK[i+1] = uint32(dn / tn * m1)
		tn = dn
		zigF[i] = dexp(float64(-0.5*dn) * dn)
		zigW[i] = dn / m1
	}
}

// normal is a standard normal deviate.
func (s *sampler) normal() float64 {
	x, _ := s.normal2()
	return x
}

// normal2 is a standard normal deviate x and a uniform deviate u in (0, 1)
// independent of it, made from the 24 bits of the ziggurat's first draw
// that it leaves unused: a gamma deviate needs both, from one draw.
func (s *sampler) normal2() (x, u float64) {
	b := s.next()
	u = (float64(b>>40) + 0.5) * 0x1p-24
	for {
		j := int32(b)
		i := b >> 32 & 0x7F
		x = float64(j) * zigW[i]
		a := uint32(j)
		if j < 0 {
			a = uint32(-int64(j))
		}
		if a < zigK[i] {
			return x, u // more than 98 % of draws
		}
		if i == 0 {
			// The tail beyond zigR.
			for {
				x = -dlog(s.uniform()) / zigR
				y := -dlog(s.uniform())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return zigR + x, u
			}
			return -zigR - x, u
		}
		if zigF[i]+float64(s.uniform()*(zigF[i-1]-zigF[i])) < dexp(float64(-0.5*x)*x) {
			return x, u
		}
		b = s.next()
	}
}

// gammaShape holds the constants of Marsaglia and Tsang's method for a
// gamma distribution of shape k ≥ 1.
type gammaShape struct{ d, c float64 }

func newGammaShape(k float64) gammaShape {
	d := k - 1.0/3
	return gammaShape{d: d, c: 1 / math.Sqrt(9*d)}
}

// gamma is a Gamma(k, 1) deviate for the shape g (k ≥ 1).
func (s *sampler) gamma(g gammaShape) float64 {
	for {
		x, u := s.normal2()
		v := 1 + float64(g.c*x)
		if v <= 0 {
			continue
		}
		v = v * v * v
		x2 := x * x
		if u < 1-float64(0.0331*float64(x2*x2)) {
			return g.d * v
		}
		if dlog(u) < float64(0.5*x2)+float64(g.d*(1-v+dlog(v))) {
			return g.d * v
		}
	}
}

// beta is a Beta(a, b) deviate for a, b ≥ 1.
func (s *sampler) beta(a, b gammaShape) float64 {
	x := s.gamma(a)
	y := s.gamma(b)
	if x+y == 0 {
		return 0
	}
	return x / (x + y)
}

// triangular is a deviate of the triangular distribution from lo to hi
// with mode mode, by inversion.
func (s *sampler) triangular(lo, mode, hi float64) float64 {
	if hi <= lo {
		return lo
	}
	u := s.uniform()
	w := hi - lo
	if u < (mode-lo)/w {
		return lo + math.Sqrt(float64(u*w)*(mode-lo))
	}
	return hi - math.Sqrt(float64((1-u)*w)*(hi-mode))
}

// round rounds x ≥ 0 to a neighbouring whole number at random, up with
// probability equal to its fraction, so the mean is kept: 64.3 is 65 three
// times in ten.
func (s *sampler) round(x float64) float64 {
	f := math.Floor(x)
	if x > f && s.short() < x-f {
		f++
	}
	return f
}

// binomialNormal is the variance n·p·(1−p) from which binomial draws use
// the normal approximation (with continuity correction) instead of exact
// inversion.
const binomialNormal = 25

// binomials sets dst[k] to a Binomial(round(n[k]), p) draw for each k
// (n[k] ≥ 0: node values are never negative),
// rounding each count at random (round). A p of 1 or more (a computed
// "rate" above 100 %) gives the expected count.
func (s *sampler) binomials(dst, n []float64, p float64) {
	n = n[:len(dst)]
	if p <= 0 {
		for k := range dst {
			dst[k] = 0
		}
		return
	}
	if p >= 1 {
		for k := range dst {
			dst[k] = s.round(n[k]) * p
		}
		return
	}
	flip := p > 0.5
	if flip {
		p = 1 - p
	}
	q := 1 - p
	ratio := p / q
	logQ := dlog(q)
	// Two passes: the first rounds every month's count, draws the normal
	// approximations and computes P(X = 0) for the months left to
	// inversion; the second inverts. The first pass's months do not depend
	// on each other, so the processor overlaps their exponentials, which it
	// cannot do across the inversion loop's unpredictable exits. The
	// generator is drawn in the same order as in one pass.
	jobs := s.jobs[:0]
	for k := range dst {
		// One draw of the generator gives the month its two uniforms: one
		// rounds the count, the other inverts the distribution.
		bits := s.next()
		nk := math.Floor(n[k] + float64(uint32(bits))*0x1p-32)
		x := 0.0
		if v := float64(nk*p) * q; v >= binomialNormal {
			x = math.Floor(float64(nk*p) + float64(math.Sqrt(v)*s.normal()) + 0.5)
			// (No float min or max here: in WebAssembly they are calls.)
			if x < 0 {
				x = 0
			} else if x > nk {
				x = nk
			}
		} else if nk > 0 {
			// The mean is below 50 here, so P(0) = q**n is above 1e-44.
			jobs = append(jobs, inversion{k: k, n: nk, u: float64(bits>>32) * 0x1p-32, p0: dexp(nk * logQ)})
			continue
		}
		if flip {
			x = nk - x
		}
		dst[k] = x
	}
	for _, j := range jobs {
		inv := inverse[1:]
		if j.n < float64(len(inv)) {
			inv = inv[:int(j.n)]
		}
		x := invert(j.u, j.p0, (j.n+1)*ratio, ratio, inv)
		if flip {
			x = j.n - x
		}
		dst[j.k] = x
	}
	s.jobs = jobs
}

// invert is the binomial count at which the cumulative probability, from
// P(X = 0) = p0 on, reaches u: it walks P(x)/P(x−1) = (n−x+1)/x · p/q =
// a·(1/x) − p/q, with a = (n+1)·p/q and inv[x−1] = 1/x, up to x = len(inv).
// The loop is unrolled four times: in WebAssembly each turn of a Go loop
// goes through a dispatch, while the exits are plain branches.
func invert(u, p0, a, ratio float64, inv []float64) float64 {
	r, x := p0, 0.0
	for len(inv) >= 4 {
		if u <= r {
			return x
		}
		u -= r
		r *= float64(a*inv[0]) - ratio
		if u <= r {
			return x + 1
		}
		u -= r
		r *= float64(a*inv[1]) - ratio
		if u <= r {
			return x + 2
		}
		u -= r
		r *= float64(a*inv[2]) - ratio
		if u <= r {
			return x + 3
		}
		u -= r
		r *= float64(a*inv[3]) - ratio
		x += 4
		inv = inv[4:]
	}
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

// inversion is a month a binomial draw inverts: its count n, its uniform u
// and P(X = 0), p0.
type inversion struct {
	k        int
	n, u, p0 float64
}

// inverse holds 1/k, so the inversion loop multiplies instead of dividing.
var inverse [1024]float64

func init() {
	for k := 1; k < len(inverse); k++ {
		inverse[k] = 1 / float64(k)
	}
}

// dlog is the natural logarithm of x > 0: the standard library's portable
// algorithm (FreeBSD's e_log.c), written so that every platform computes the
// same bits.
func dlog(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01 // 3fe62e42 fee00000
		ln2Lo = 1.90821492927058770002e-10 // 3dea39ef 35793c76
		l1    = 6.666666666666735130e-01   // 3FE55555 55555593
		l2    = 3.999999999940941908e-01   // 3FD99999 9997FA04
		l3    = 2.857142874366239149e-01   // 3FD24924 94229359
		l4    = 2.222219843214978396e-01   // 3FCC71C5 1D8E78AF
		l5    = 1.818357216161805012e-01   // 3FC74664 96CB03DE
		l6    = 1.531383769920937332e-01   // 3FC39A09 D078C69F
		l7    = 1.479819860511658591e-01   // 3FC2F112 DF3E5244
	)
	switch {
	case x == 0:
		return math.Inf(-1)
	case x < 0 || x != x:
		return math.NaN()
	case math.IsInf(x, 1):
		return x
	}
	f1, ki := math.Frexp(x)
	if f1 < math.Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + float64(s4*(l3+float64(s4*(l5+float64(s4*l7))))))
	t2 := s4 * (l2 + float64(s4*(l4+float64(s4*l6))))
	r := t1 + t2
	hfsq := float64(0.5*f) * f
	return float64(k*ln2Hi) - ((hfsq - (float64(s*(hfsq+r)) + float64(k*ln2Lo))) - f)
}

// dexp is e**x: the standard library's portable algorithm (FreeBSD's
// e_exp.c), written so that every platform computes the same bits.
func dexp(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)
		p1        = 1.66666666666666657415e-01
		p2        = -2.77777777770155933842e-03
		p3        = 6.61375632143793436117e-05
		p4        = -1.65339022054652515390e-06
		p5        = 4.13813679705723846039e-08
	)
	switch {
	case x != x:
		return x
	case x > overflow:
		return math.Inf(1)
	case x < underflow:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	var k int
	switch {
	case x < 0:
		k = int(float64(log2e*x) - 0.5)
	case x > 0:
		k = int(float64(log2e*x) + 0.5)
	}
	hi := x - float64(float64(k)*ln2Hi)
	lo := float64(k) * ln2Lo
	r := hi - lo
	t := r * r
	c := r - float64(t*(p1+float64(t*(p2+float64(t*(p3+float64(t*(p4+float64(t*p5)))))))))
	y := 1 - ((lo - float64(r*c)/(2-c)) - hi)
	if k > -1021 && k < 1024 {
		// y is in [0.5, 2): scale it by adding k to its exponent.
		return math.Float64frombits(math.Float64bits(y) + uint64(int64(k))<<52)
	}
	return math.Ldexp(y, k)
}
