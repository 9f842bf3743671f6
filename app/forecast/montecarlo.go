package forecast

import (
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
	Months   []Band
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
}

// Quantiles are the 10th, 50th and 90th percentiles of a sample (linear
// interpolation between order statistics, as R's type 7 and NumPy's
// default).
type Quantiles struct {
	P10, P50, P90 float64
}

// Runner is a Monte Carlo run that can be advanced in slices, so that a
// browser can run it between frames: call Step until it reports done, read
// Result at any time. Step(a) then Step(b) draws exactly what Step(a+b)
// draws; a run's result depends only on the model, the config and the
// generator. A Runner is not safe for concurrent use.
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
// 0.96 MB for 10,000 trials of 12 months.
type Runner struct {
	e      *engine
	ev     *evaluator
	s      *sampler
	trials int
	done   int

	lv     []float64 // this trial's lever values
	ranged []ranged
	cv     []actCV // by activity position

	rev      []float64 // month-major: rev[k*trials+i] is trial i's revenue landing in month k
	forecast []float64 // the deterministic revenue by month
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
	ru := &Runner{e: e, s: newSampler(r), trials: cfg.TrialCount(),
		lv: append([]float64(nil), e.base...), cv: make([]actCV, len(e.acts))}
	if cfg.Outcomes == Binomial {
		ru.ev = e.evaluator(ru.s, e.months)
	} else {
		ru.ev = e.evaluator(nil, e.months)
	}
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
	ru.rev = make([]float64, e.months*ru.trials)
	return ru, nil
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
	for ; n > 0 && r.done < r.trials; n-- {
		r.trial()
	}
	return r.done == r.trials
}

// Done is the number of trials run so far.
func (r *Runner) Done() int { return r.done }

// Total is the number of trials the run draws.
func (r *Runner) Total() int { return r.trials }

// Progress is the share of the trials run, from 0 to 1.
func (r *Runner) Progress() float64 { return float64(r.done) / float64(r.trials) }

func (r *Runner) trial() {
	e, ev, s := r.e, r.ev, r.s
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
	}
	ev.run()
	for k := range e.months {
		r.rev[k*r.trials+r.done] = ev.node(e.goal, k)
	}
	r.done++
}

// Result summarises the trials run so far. It may be called between Steps.
func (r *Runner) Result() *Bands {
	e := r.e
	n := r.done
	b := &Bands{Trials: n, Goal: e.goalTotal, Months: make([]Band, e.months)}
	col := make([]float64, n)
	cum := make([]float64, n)
	idx := make([]uint16, n)
	fcum := 0.0
	for k := range b.Months {
		rw := &e.rows[k+e.lag]
		fcum += r.forecast[k]
		bd := Band{Index: k, Year: rw.year, Month: rw.month, Goal: e.goalM[k], CumGoal: e.goalCum[k],
			Forecast: r.forecast[k], CumForecast: fcum}
		if n > 0 {
			src := r.rev[k*r.trials : k*r.trials+n]
			sum := 0.0
			hit := 0
			reach := e.goalCum[k] * (1 - 1e-12)
			for i, v := range src {
				sum += v
				cum[i] += v
				if cum[i] >= reach {
					hit++
				}
			}
			bd.Mean = sum / float64(n)
			bd.OnTrack = float64(hit) / float64(n)
			copy(col, src)
			bd.Revenue = quantiles(col, idx)
			copy(col, cum)
			bd.Cumulative = quantiles(col, idx)
		}
		b.Months[k] = bd
	}
	if n > 0 && len(b.Months) > 0 {
		b.ProbGoal = b.Months[len(b.Months)-1].OnTrack
	}
	return b
}
