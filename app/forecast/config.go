package forecast

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/kpi"
)

// Limits on what a Config accepts, so that a mistaken or hostile file cannot
// make a run slow, huge or its numbers meaningless.
const (
	DefaultTrials = 10_000    // trials when Config.Trials is 0
	MaxTrials     = 100_000   // the most trials one run may ask for
	MaxHires      = 100       // entries in Config.Hires
	MaxRampMonths = 24        // the longest ramp-up
	MaxActivityCV = 1.0       // the largest coefficient of variation of an activity
	MaxHistory    = 1_000_000 // the largest "of" in a won/of range
)

// Years the business calendar covers: the range in which the holiday rules
// (and the equinox formulas behind two of them) hold.
const (
	MinCalendarYear = 1980
	MaxCalendarYear = 2099
)

// Headcount is the name GoalSeek and Tornado use for the team size
// (the scenario's calendar.headcount), which is not a lever of the tree.
const Headcount = "calendar.headcount"

// Config is everything the forecast adds to a scenario. It is plain data: a
// scenario file carries it under a forecast: key, with the snake_case names
// given below. The zero value is the documented default: a plan starting in
// January over the scenario's calendar months, the calendar's constant
// working days, flat seasonality, no hires, no sales-cycle lag, no parameter
// uncertainty (outcomes are still drawn as binomial counts), 10,000 trials
// and seed 0.
type Config struct {
	// StartMonth (start_month) is the calendar month the plan starts in,
	// 1 (January) to 12; 0 means 1. A Japanese fiscal year starts in 4.
	StartMonth int

	// Months (months) is the plan's length; 0 means the scenario's
	// calendar.months (12 by default). At most kpi.MaxMonths.
	Months int

	// Seasonality (seasonality) is 12 non-negative weights, January first,
	// not all zero; nil is flat. The weights are relative: 300, 200, 2600,
	// ... in 万円 and the same numbers in yen spread a goal identically.
	Seasonality []float64

	// SeasonalityMode (seasonality_mode: goal | activity | both) says what
	// the weights shape: the monthly goal (the default), the planned
	// activity, or both.
	SeasonalityMode SeasonMode

	// Hires (hires: [{month, count, ramp_months}]) are reps joining the
	// team during the plan, on top of calendar.headcount.
	Hires []Hire

	// LagMonths (lag_months) is the average sales cycle: activity in month m
	// lands as deals and revenue in month m + LagMonths. It must be shorter
	// than the plan.
	LagMonths int

	// NewTeam (new_team) says the team starts the plan with an empty
	// pipeline: it does nothing before the plan, so with a sales cycle
	// nothing lands before month LagMonths, and the months whose activity
	// lands inside the plan (its first Months − LagMonths) carry the whole
	// goal. The default (false) is an ongoing business: the team
	// was already working at the plan's pace before it starts, with the
	// starting headcount, so deals from earlier meetings land in the first
	// LagMonths months.
	NewTeam bool

	// CarryIn (carry_in) is the old switch for what is now the default
	// pipeline; it is read so that older files still load, and ignored.
	CarryIn bool

	// BusinessCalendar (business_calendar: {country: jp, year: 2026}) counts
	// working days per month from a country's weekends and public holidays
	// instead of calendar.working_days. Year is the year of the plan's first
	// month.
	BusinessCalendar BusinessCalendar

	// Ranges (ranges: {close_rate: {low, likely, high} | {won, of}}) gives
	// levers an uncertain value for the Monte Carlo run, keyed by lever id.
	Ranges map[string]Range

	// Stated holds, for a lever moved since its range was set, the range
	// as set (Ranges moves with the lever: scenario's moveRange), keyed by
	// lever id. The Monte Carlo run draws from Ranges; SMART's Achievable
	// tests the lever against what the team stated. It is no part of a
	// file or a link.
	Stated map[string]Range

	// ActivityCV (activity_cv: {calls: 0.15}) is, per activity lever id,
	// the month-to-month coefficient of variation of the activity actually
	// done (standard deviation over mean), from 0 to 1.
	ActivityCV map[string]float64

	// Outcomes (outcomes: binomial | expected) says how a run turns
	// activity into counts: as binomial draws (the default) or as their
	// expected values.
	Outcomes Outcomes

	// Trials (trials) is how many simulated plans a Monte Carlo run draws;
	// 0 means DefaultTrials, at most MaxTrials.
	Trials int

	// Seed (seed) seeds the run's PCG generator, so the same scenario draws
	// the same numbers natively and in the browser.
	Seed uint64

	// StartYear (start_year) is the calendar year of the plan's first
	// month, so that months carry their year (2026年4月 … 2027年3月) and
	// actuals dated by year find their month; 0 means not stated. A
	// business calendar's year takes precedence.
	StartYear int
}

// Hire is a group of reps joining in one month of the plan.
type Hire struct {
	Month      int     // month: the plan month they join, 1 for the first
	Count      float64 // count: how many reps; more than 0
	RampMonths int     // ramp_months: months to full productivity; 0 means productive at once (see Ramp)
}

// Range is an uncertain lever value: either a three-point estimate (Low,
// Likely, High; a triangular distribution) or, for a rate, a count-based
// history (Won of Of; a Beta(Won+1, Of-Won+1) distribution). Set one form.
// Rates are fractions (0.25 for 25 %).
type Range struct {
	Low    float64 // low
	Likely float64 // likely: the mode; 0 means the lever's own value
	High   float64 // high
	Won    int     // won: successes in the history
	Of     int     // of: trials in the history; more than 0 selects this form
}

// Count reports whether r is the count-based form.
func (r Range) Count() bool { return r.Of != 0 || r.Won != 0 }

// BusinessCalendar names a country's business calendar and the year of the
// plan's first month. The zero value means none: the scenario's constant
// working days apply.
type BusinessCalendar struct {
	Country string // country: "jp" (Japan) is the one supported
	Year    int    // year: MinCalendarYear to MaxCalendarYear
}

// IsZero reports whether no business calendar is set.
func (b BusinessCalendar) IsZero() bool { return b == BusinessCalendar{} }

// SeasonMode says what seasonality weights shape. The zero value is
// SeasonGoal. New modes are only appended.
type SeasonMode uint8

const (
	SeasonGoal     SeasonMode = iota // the monthly goal
	SeasonActivity                   // the planned activity
	SeasonBoth                       // both
)

var seasonNames = [...]string{"goal", "activity", "both"}

func (s SeasonMode) String() string {
	if int(s) < len(seasonNames) {
		return seasonNames[s]
	}
	return fmt.Sprintf("SeasonMode(%d)", s)
}

// ParseSeasonMode reads a mode name: goal, activity or both.
func ParseSeasonMode(s string) (SeasonMode, error) {
	for i, n := range seasonNames {
		if n == s {
			return SeasonMode(i), nil
		}
	}
	return 0, fmt.Errorf("unknown seasonality mode %q (want goal, activity or both)", s)
}

func (s SeasonMode) goal() bool     { return s == SeasonGoal || s == SeasonBoth }
func (s SeasonMode) activity() bool { return s == SeasonActivity || s == SeasonBoth }

// Outcomes says how a Monte Carlo run turns activity into counts. The zero
// value is Binomial. New values are only appended.
type Outcomes uint8

const (
	Binomial Outcomes = iota // counts are binomial draws: 8,000 calls at 2 % give 160 meetings give or take 12.5
	Expected                 // counts are their expected values: only ranges and activity variability move the result
)

var outcomeNames = [...]string{"binomial", "expected"}

func (o Outcomes) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return fmt.Sprintf("Outcomes(%d)", o)
}

// ParseOutcomes reads an outcome model name: binomial or expected.
func ParseOutcomes(s string) (Outcomes, error) {
	for i, n := range outcomeNames {
		if n == s {
			return Outcomes(i), nil
		}
	}
	return 0, fmt.Errorf("unknown outcomes %q (want binomial or expected)", s)
}

// pcgStream is the second PCG seed word: a constant, so Seed alone names the
// stream.
const pcgStream = 0x6b70_6973_696d_2f66 // "kpisim/f"

// NewRand returns the generator a run with this config uses:
// rand.New(rand.NewPCG(c.Seed, 0x6b706973696d2f66)).
func (c Config) NewRand() *rand.Rand { return rand.New(rand.NewPCG(c.Seed, pcgStream)) }

// TrialCount is the number of trials a run draws: Trials, or DefaultTrials
// when it is 0.
func (c Config) TrialCount() int {
	if c.Trials == 0 {
		return DefaultTrials
	}
	return c.Trials
}

// Validate checks the rules that need no KPI tree and returns kpi.Errors
// naming each field ("forecast.seasonality", "forecast.ranges.close_rate",
// ...) and its rule, or nil. Plan, NewRunner, Tornado and GoalSeek also
// check the config against the tree (lever ids, lag against the plan's
// length).
func (c Config) Validate() error { return c.ValidateFor(0) }

// ValidateFor is Validate for a scenario whose calendar has calMonths
// months, the plan's length when Months is 0: a hire's month is then
// checked against that length, not the longest plan (a hire in month 40
// of a 12-month plan said "from 1 to 36").
func (c Config) ValidateFor(calMonths int) error {
	var es kpi.Errors
	months := c.Months
	if months == 0 {
		months = calMonths
	}
	c.check(&es, months)
	if len(es) > 0 {
		return es
	}
	return nil
}

func addf(es *kpi.Errors, code kpi.Code, limit float64, field, format string, args ...any) {
	*es = append(*es, kpi.Errorf("", "forecast."+field, code, limit, format, args...))
}

// check appends every problem; months is the plan length when known (0 when
// the config alone is checked and Months is 0).
func (c Config) check(es *kpi.Errors, months int) {
	if c.StartMonth < 0 || c.StartMonth > 12 {
		addf(es, kpi.Invalid, 0, "start_month", "must be a month from 1 (January) to 12; got %d", c.StartMonth)
	}
	if c.StartYear != 0 && (c.StartYear < MinCalendarYear || c.StartYear > MaxCalendarYear) {
		addf(es, kpi.Invalid, 0, "start_year", "must be a year from %d to %d (0 for none); got %d", MinCalendarYear, MaxCalendarYear, c.StartYear)
	}
	if c.Months < 0 || c.Months > kpi.MaxMonths {
		addf(es, kpi.Invalid, 0, "months", "must be a whole number from 1 to %d (0 for the scenario's calendar); got %d", kpi.MaxMonths, c.Months)
	}
	if months == 0 {
		months = c.Months
	}
	if c.Seasonality != nil {
		if len(c.Seasonality) != 12 {
			addf(es, kpi.Invalid, 0, "seasonality", "must hold 12 weights, one per month from January; got %d", len(c.Seasonality))
		} else {
			sum := 0.0
			bad := false
			for i, w := range c.Seasonality {
				if !finite(w) || w < 0 || w > kpi.MaxValue {
					// Its own words in each language (rules.go): as
					// NonNegative, 1e+300 read 「マイナスにはできません」.
					addf(es, kpi.Invalid, 0, "seasonality", "the weight for month %d (%s) must be a number from 0 to %s", i+1, fmtEcho(w), fmtNum(kpi.MaxValue))
					bad = true
				}
				sum += w
			}
			if !bad && sum == 0 {
				addf(es, kpi.Positive, 0, "seasonality", "the weights are all 0; give at least one month a weight above 0, or remove seasonality for a flat plan")
			}
		}
	}
	if c.SeasonalityMode > SeasonBoth {
		addf(es, kpi.Invalid, 0, "seasonality_mode", "must be goal, activity or both")
	}
	if len(c.Hires) > MaxHires {
		addf(es, kpi.AboveMax, MaxHires, "hires", "has %d entries; at most %d are allowed", len(c.Hires), MaxHires)
	} else {
		for i, h := range c.Hires {
			f := fmt.Sprintf("hires[%d]", i)
			maxM := kpi.MaxMonths
			if months > 0 {
				maxM = months
			}
			if h.Month < 1 || h.Month > maxM {
				addf(es, kpi.Invalid, 0, f+".month", "must be a plan month from 1 to %d; got %d", maxM, h.Month)
			}
			if !finite(h.Count) || h.Count <= 0 || h.Count > 1e6 {
				addf(es, kpi.PositiveAtMost, kpi.MaxHeadcount, f+".count", "must be more than 0 and at most 1,000,000 reps; got %s", fmtNum(h.Count))
			}
			if h.RampMonths < 0 || h.RampMonths > MaxRampMonths {
				addf(es, kpi.Invalid, 0, f+".ramp_months", "must be from 0 (productive at once) to %d months; got %d", MaxRampMonths, h.RampMonths)
			}
		}
	}
	if c.LagMonths < 0 {
		addf(es, kpi.NonNegative, 0, "lag_months", "must not be negative; got %d", c.LagMonths)
	} else if months > 0 && c.LagMonths >= months {
		addf(es, kpi.AboveMax, float64(months-1), "lag_months", "%d months is not shorter than the %d-month plan: no activity in the plan would land inside it", c.LagMonths, months)
	} else if c.LagMonths >= kpi.MaxMonths {
		addf(es, kpi.AboveMax, kpi.MaxMonths-1, "lag_months", "must be shorter than the plan (at most %d months); got %d", kpi.MaxMonths-1, c.LagMonths)
	}
	if b := c.BusinessCalendar; !b.IsZero() {
		if strings.ToLower(b.Country) != "jp" {
			addf(es, kpi.Invalid, 0, "business_calendar.country", "%q is not supported (want jp)", b.Country)
		}
		if b.Year < MinCalendarYear || b.Year > MaxCalendarYear {
			addf(es, kpi.Invalid, 0, "business_calendar.year", "must be a year from %d to %d; got %d", MinCalendarYear, MaxCalendarYear, b.Year)
		}
	}
	for _, id := range sortedKeys(c.Ranges) {
		checkRange(es, "ranges."+id, c.Ranges[id])
	}
	for _, id := range sortedKeys(c.ActivityCV) {
		cv := c.ActivityCV[id]
		if !finite(cv) || cv < 0 || cv > MaxActivityCV {
			addf(es, kpi.Invalid, 0, "activity_cv."+id, "must be from 0 to %s (a coefficient of variation; 0.15 is ±15 %%); got %s", fmtNum(MaxActivityCV), fmtNum(cv))
		}
	}
	if c.Outcomes > Expected {
		addf(es, kpi.Invalid, 0, "outcomes", "must be binomial or expected")
	}
	if c.Trials < 0 || c.Trials > MaxTrials {
		addf(es, kpi.AboveMax, MaxTrials, "trials", "must be from 1 to %s (0 for %s); got %d", fmtNum(MaxTrials), fmtNum(DefaultTrials), c.Trials)
	}
}

func checkRange(es *kpi.Errors, f string, r Range) {
	if r.Count() {
		if r.Low != 0 || r.Likely != 0 || r.High != 0 {
			addf(es, kpi.Invalid, 0, f, "give either low/likely/high or won/of, not both")
			return
		}
		if r.Of < 1 || r.Of > MaxHistory {
			addf(es, kpi.Invalid, 0, f+".of", "must be from 1 to %s; got %d", fmtNum(MaxHistory), r.Of)
		}
		if r.Won < 0 || r.Won > r.Of {
			addf(es, kpi.Invalid, 0, f+".won", "must be from 0 to of (%d); got %d", r.Of, r.Won)
		}
		return
	}
	for _, v := range []struct {
		n string
		v float64
	}{{"low", r.Low}, {"likely", r.Likely}, {"high", r.High}} {
		if !finite(v.v) || v.v < 0 || v.v > kpi.MaxValue {
			addf(es, kpi.NotNumber, 0, f+"."+v.n, "must be a number from 0 to %s; got %s", fmtNum(kpi.MaxValue), fmtNum(v.v))
			return
		}
	}
	switch {
	case r.Low == 0 && r.High == 0:
		addf(es, kpi.Invalid, 0, f, "give low and high (and optionally likely), or won and of")
	case r.Low > r.High:
		addf(es, kpi.Invalid, 0, f, "low %s is above high %s", kpi.Amount{V: r.Low}, kpi.Amount{V: r.High})
	case r.Likely != 0 && (r.Likely < r.Low || r.Likely > r.High):
		addf(es, kpi.Invalid, 0, f+".likely", "%s is outside low %s to high %s", kpi.Amount{V: r.Likely}, kpi.Amount{V: r.Low}, kpi.Amount{V: r.High})
	}
}

// checkModel appends the problems of c against the model m, with the plan
// length months resolved.
func (c Config) checkModel(es *kpi.Errors, m *kpi.Model) {
	for _, id := range sortedKeys(c.Ranges) {
		r := c.Ranges[id]
		f := "ranges." + id
		i, ok := m.Index(id)
		if !ok {
			addf(es, kpi.Invalid, 0, f, "%q is not a node of this tree", id)
			continue
		}
		nd := m.Node(i)
		if nd.Op != kpi.Lever {
			addf(es, kpi.Invalid, 0, f, "%q is computed from its children; give a range to one of its levers", id)
			continue
		}
		if r.Count() && nd.Unit != kpi.Rate {
			addf(es, kpi.Invalid, 0, f, "won/of describes a rate; %q is a %s (use low/likely/high)", id, nd.Unit)
			continue
		}
		if !r.Count() && nd.Unit == kpi.Rate && r.High > 1 {
			addf(es, kpi.RateRange, 1, f+".high", "a rate is at most 100%%; got %s", fmtVal(r.High, kpi.Rate))
		}
		if !r.Count() && r.Likely == 0 && (nd.Value < r.Low || nd.Value > r.High) {
			addf(es, kpi.Invalid, 0, f, "the lever's value %s is outside low %s to high %s; set likely", kpi.Amount{V: nd.Value, Unit: nd.Unit}, kpi.Amount{V: r.Low, Unit: nd.Unit}, kpi.Amount{V: r.High, Unit: nd.Unit})
		}
	}
	for _, id := range sortedKeys(c.ActivityCV) {
		i, ok := m.Index(id)
		if !ok {
			addf(es, kpi.Invalid, 0, "activity_cv."+id, "%q is not a node of this tree", id)
			continue
		}
		if !m.Node(i).Activity {
			addf(es, kpi.Invalid, 0, "activity_cv."+id, "%q is not an activity lever", id)
		}
	}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// fmtNum is kpi.FormatGrouped (these limits and counts run to millions).
func fmtNum(v float64) string { return kpi.FormatGrouped(v) }

// fmtEcho is a refused value as a message echoes it: grouped, but past
// the largest value any field takes in a short exponent form (1e+300 had
// been echoed as 400 characters of grouped zeros).
func fmtEcho(v float64) string {
	if math.Abs(v) > kpi.MaxValue {
		return strconv.FormatFloat(v, 'g', 6, 64)
	}
	return fmtNum(v)
}

// fmtVal is kpi.Amount's text: a rate as a percentage, anything else with
// its digits grouped.
func fmtVal(v float64, u kpi.Unit) string { return kpi.Amount{V: v, Unit: u}.String() }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
