package forecast

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/kpisim/kpisim/app/kpi"
)

// Bands is the result of a Monte Carlo run: per plan month, the spread of
// revenue and cumulative revenue over the trials, and the probability of
// reaching the goal.
type Bands struct {
	Trials   int     // trials run
	Goal     float64 // the plan's goal
	ProbGoal float64 // the share of trials whose revenue over the plan reaches the goal
	// Alike reports that every trial's revenue over the plan is the same
	// (nothing is drawn): ProbGoal, 0 or 1, is then certain, where 0 of
	// 10,000 trials that vary is a chance under 1 in 10,000, not none.
	Alike  bool
	Months []Band
}

// Band is one plan month of a run.
type Band struct {
	Index int        // plan month, 0 for the first
	Year  int        // calendar year with a business calendar, else 0
	Month time.Month // calendar month

	Goal, CumGoal         float64 // the plan's goal for the month and to date
	Forecast, CumForecast float64 // the deterministic plan's revenue (Plan.Months[i].Revenue)

	Mean       float64   // mean revenue over the trials
	Revenue    Quantiles // revenue landing in the month
	Cumulative Quantiles // revenue to date
	OnTrack    float64   // share of trials whose revenue to date reaches the goal to date
	Alike      bool      // every trial's revenue to date is the same: OnTrack is certain (as Bands.Alike)
}

// Quantiles are the 10th, 50th and 90th percentiles of a sample (linear
// interpolation between order statistics, as R's type 7 and NumPy's
// default).
type Quantiles struct {
	P10, P50, P90 float64
}

// Streams is how many streams a run's trials are dealt into. Stream s
// holds trials s·T/Streams to (s+1)·T/Streams − 1 of a run of T and draws
// them, in order, from its own generator, seeded from the run's generator
// before any trial is drawn. So a stream's trials depend only on the model,
// the config and the seed: streams can be run in any order, in slices, or
// on other threads (the browser's workers) and joined, and the run's
// result is the same, to the bit.
const Streams = 8

// Runner is a Monte Carlo run that can be advanced in slices, so that a
// browser can run it between frames: call Step until it reports done, read
// Result at any time. Step(a) then Step(b) draws exactly what Step(a+b)
// draws; a run's result depends only on the model, the config and the
// generator. Its streams can also be run elsewhere (RunStream,
// StreamRevenue) and joined (SetStreamRevenue). A Runner is not safe for
// concurrent use.
//
// Each trial draws every ranged lever once (the trial's "true" rate or
// price: Beta for won/of, triangular for low/likely/high), then for each
// month the activity actually done (a gamma distribution with the planned
// count as mean and activity_cv as coefficient of variation) and, with
// binomial outcomes, the counts it leads to: 8,000 calls at a 0.1 % chance
// of a deal each give Binomial(8000, 0.001) deals. Rates along a chain of
// counts are combined first (Binomial(Binomial(n, p), q) is Binomial(n, pq)),
// so one draw serves the chain.
//
// A Runner keeps every trial's monthly revenue, 8 bytes × trials × months:
// 0.96 MB for 10,000 trials of 12 months (only for the streams it has).
type Runner struct {
	e      *engine
	ev     *evaluator
	trials int

	streams [Streams]stream
	cur     int // the stream Step draws from

	binomial bool      // outcomes are drawn
	lv       []float64 // this trial's lever values
	ranged   []ranged
	cv       []actCV // by activity position

	forecast []float64 // the deterministic revenue by month

	// done, for a re-forecast, fixes the activity done in closed months:
	// a trial's count in row r of activity position pos is
	// done.add[pos][r] + done.scale[pos][r] × its draw (engine.doneRows);
	// nil for a plan's run.
	done *doneActivity
}

// doneActivity is engine.doneRows' answer.
type doneActivity struct{ add, scale [][]float64 }

// stream is one stream of a run: trials lo to hi−1, of which the first
// done have been drawn. rev holds their revenue, month-major: rev[k*n+j] is
// the revenue of its trial j landing in month k, for its n = hi−lo trials;
// it is made when the stream's first trial is drawn.
type stream struct {
	s            *sampler
	lo, hi, done int
	rev          []float64
}

type ranged struct {
	i             int
	count         bool
	lo, mode, hi  float64
	alpha, betaSh gammaShape
}

type actCV struct {
	on  bool
	g   gammaShape
	cv2 float64
}

// NewRunner prepares a run of cfg.TrialCount() trials. r is the source of
// randomness; nil means cfg.NewRand(), the PCG seeded from cfg.Seed. The
// run draws from a PCG seeded by r's first two Uint64 values.
func NewRunner(m *kpi.Model, cfg Config, r *rand.Rand) (*Runner, error) {
	e, err := newEngine(m, cfg)
	if err != nil {
		return nil, err
	}
	if r == nil {
		r = cfg.NewRand()
	}
	ru := &Runner{e: e, trials: cfg.TrialCount(),
		lv: append([]float64(nil), e.base...), cv: make([]actCV, len(e.acts))}
	for i := range ru.streams {
		ru.streams[i] = stream{s: newSampler(r), lo: ru.trials * i / Streams, hi: ru.trials * (i + 1) / Streams}
	}
	ru.ev = e.evaluator(nil, e.months)
	ru.binomial = cfg.Outcomes == Binomial
	for _, id := range sortedKeys(cfg.Ranges) {
		rg := cfg.Ranges[id]
		i, _ := m.Index(id)
		x := ranged{i: i, count: rg.Count(), lo: rg.Low, mode: rg.Likely, hi: rg.High}
		if x.count {
			x.alpha = newGammaShape(float64(rg.Won + 1))
			x.betaSh = newGammaShape(float64(rg.Of - rg.Won + 1))
		} else if x.mode == 0 {
			x.mode = e.base[i]
		}
		ru.ranged = append(ru.ranged, x)
	}
	for pos, a := range e.acts {
		if cv := cfg.ActivityCV[m.Node(a).ID]; cv > 0 {
			ru.cv[pos] = actCV{on: true, g: newGammaShape(1 / (cv * cv)), cv2: cv * cv}
		}
	}
	ru.forecast = e.landing(e.base)
	for _, v := range ru.forecast {
		if tooBig(v) {
			return nil, overflow(e, e.goal)
		}
	}
	return ru, nil
}

// constants is the value of every node without activity for lever values lv.
func (e *engine) constants(lv []float64) []float64 {
	ev := e.evaluator(nil, 1)
	ev.setLevers(lv)
	return ev.c
}

// landing is the deterministic revenue landing in each plan month for the
// lever values lv: the same arithmetic as Plan.
func (e *engine) landing(lv []float64) []float64 {
	ev := e.evaluator(nil, e.months)
	ev.setLevers(lv)
	ev.fill(lv, 0)
	ev.run()
	out := make([]float64, e.months)
	for k := range out {
		out[k] = ev.node(e.goal, k)
	}
	return out
}

// Run is a whole Monte Carlo run at once, with the generator cfg.NewRand().
func Run(m *kpi.Model, cfg Config) (*Bands, error) {
	r, err := NewRunner(m, cfg, nil)
	if err != nil {
		return nil, err
	}
	r.Step(r.trials)
	return r.Result(), nil
}

// Step runs up to n more trials and reports whether the run is complete.
func (r *Runner) Step(n int) (done bool) {
	for n > 0 && r.cur < Streams {
		st := &r.streams[r.cur]
		if st.done == st.hi-st.lo {
			r.cur++
			continue
		}
		k := min(n, st.hi-st.lo-st.done)
		r.draw(st, k)
		n -= k
	}
	return r.Done() == r.trials
}

// RunStream draws the rest of stream i's trials.
func (r *Runner) RunStream(i int) {
	st := &r.streams[i]
	r.draw(st, st.hi-st.lo-st.done)
}

// StreamRevenue is stream i's trials' revenue by month, as SetStreamRevenue
// takes it: month-major, rev[k*n+j] the revenue landing in month k of the
// stream's trial j, for its n trials. Call it once the stream is run.
func (r *Runner) StreamRevenue(i int) []float64 {
	return append([]float64(nil), r.streams[i].rev...)
}

// SetStreamRevenue sets stream i's trials' revenue, run elsewhere (see
// StreamRevenue), and marks the stream done. The Runner keeps rev.
func (r *Runner) SetStreamRevenue(i int, rev []float64) error {
	st, err := r.streamOf(i, len(rev))
	if err != nil {
		return err
	}
	lo := r.lowest()
	for _, v := range rev {
		if !(v >= lo && v <= maxValue) {
			return fmt.Errorf("forecast: stream %d: revenue %v", i, v)
		}
	}
	st.rev, st.done = rev, st.hi-st.lo
	return nil
}

// StreamBytes is StreamRevenue as bytes, each value a float64,
// little-endian: how a stream crosses from a Web Worker to the page.
func (r *Runner) StreamBytes(i int) []byte {
	rev := r.streams[i].rev
	b := make([]byte, 0, 8*len(rev))
	for _, v := range rev {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	return b
}

// SetStreamBytes is SetStreamRevenue for the bytes StreamBytes wrote,
// decoded and checked in one pass (a run's streams are 120,000 values,
// joined on the page's thread).
func (r *Runner) SetStreamBytes(i int, b []byte) error {
	if len(b)%8 != 0 {
		return fmt.Errorf("forecast: stream %d: %d bytes are not float64s", i, len(b))
	}
	st, err := r.streamOf(i, len(b)/8)
	if err != nil {
		return err
	}
	lo := r.lowest()
	rev := make([]float64, len(b)/8)
	for k := range rev {
		v := math.Float64frombits(binary.LittleEndian.Uint64(b[8*k:]))
		if !(v >= lo && v <= maxValue) {
			return fmt.Errorf("forecast: stream %d: revenue %v", i, v)
		}
		rev[k] = v
	}
	st.rev, st.done = rev, st.hi-st.lo
	return nil
}

// lowest is the least revenue a trial may carry: 0, unless the goal node
// is a difference, which may land below 0 (−maxValue then).
func (r *Runner) lowest() float64 {
	if r.e.signed {
		return -maxValue
	}
	return 0
}

// streamOf is stream i, checked to take n values: its trials × the months.
func (r *Runner) streamOf(i, n int) (*stream, error) {
	if i < 0 || i >= Streams {
		return nil, fmt.Errorf("forecast: stream %d of %d", i, Streams)
	}
	st := &r.streams[i]
	if want := st.hi - st.lo; n != want*r.e.months {
		return nil, fmt.Errorf("forecast: stream %d has %d values, want %d trials × %d months", i, n, want, r.e.months)
	}
	return st, nil
}

// Done is the number of trials run so far.
func (r *Runner) Done() int {
	n := 0
	for _, st := range r.streams {
		n += st.done
	}
	return n
}

// Total is the number of trials the run draws.
func (r *Runner) Total() int { return r.trials }

// Progress is the share of the trials run, from 0 to 1.
func (r *Runner) Progress() float64 { return float64(r.Done()) / float64(r.trials) }

// draw runs the next n trials of stream st.
func (r *Runner) draw(st *stream, n int) {
	e, ev := r.e, r.ev
	ev.s = nil
	if r.binomial {
		ev.s = st.s
	}
	size := st.hi - st.lo
	if st.rev == nil {
		st.rev = make([]float64, size*e.months)
	}
	for range n {
		r.trial(st.s)
		for k := range e.months {
			st.rev[k*size+st.done] = ev.node(e.goal, k)
		}
		st.done++
	}
}

func (r *Runner) trial(s *sampler) {
	e, ev := r.e, r.ev
	for _, x := range r.ranged {
		if x.count {
			r.lv[x.i] = s.beta(x.alpha, x.betaSh)
		} else {
			r.lv[x.i] = s.triangular(x.lo, x.mode, x.hi)
		}
	}
	ev.setLevers(r.lv)
	ev.fill(r.lv, 0) // landing month k comes from row k
	for pos, a := range e.acts {
		if c := &r.cv[pos]; c.on {
			row := ev.row(a)
			for k, x := range row {
				if x > 0 {
					row[k] = s.gamma(c.g) * (x * c.cv2)
				}
			}
		}
		if d := r.done; d != nil {
			row := ev.row(a)
			for k := range row {
				row[k] = d.add[pos][k] + d.scale[pos][k]*row[k]
			}
		}
	}
	ev.run()
}

// Result summarises the trials run so far. It may be called between Steps.
func (r *Runner) Result() *Bands {
	e := r.e
	n := r.Done()
	b := &Bands{Trials: n, Goal: e.goalTotal, Months: make([]Band, e.months)}
	col := make([]float64, 0, n)
	cum := make([]float64, n)
	idx := make([]uint16, n)
	fcum := 0.0
	for k := range b.Months {
		rw := &e.rows[k+e.lag]
		fcum += r.forecast[k]
		bd := Band{Index: k, Year: rw.year, Month: rw.month, Goal: e.goalM[k], CumGoal: e.goalCum[k],
			Forecast: r.forecast[k], CumForecast: fcum}
		if n > 0 {
			// The trials drawn, in order: the first done of each stream.
			src := col[:0]
			for _, st := range r.streams {
				if st.done > 0 {
					src = append(src, st.rev[k*(st.hi-st.lo):][:st.done]...)
				}
			}
			sum := 0.0
			hit := 0
			reach := e.goalCum[k] * (1 - 1e-12)
			bd.Alike = true
			for i, v := range src {
				sum += v
				cum[i] += v
				if cum[i] >= reach {
					hit++
				}
				bd.Alike = bd.Alike && cum[i] == cum[0]
			}
			bd.Mean = sum / float64(n)
			bd.OnTrack = float64(hit) / float64(n)
			bd.Revenue = quantiles(src, idx)
			bd.Cumulative = quantiles(append(src[:0], cum...), idx)
		}
		b.Months[k] = bd
	}
	if n > 0 && len(b.Months) > 0 {
		b.ProbGoal, b.Alike = b.Months[len(b.Months)-1].OnTrack, b.Months[len(b.Months)-1].Alike
	}
	return b
}
