package scenario

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// MaxFileSize is the largest scenario file Parse reads.
const MaxFileSize = 1 << 20

// Version is the scenario file format this package writes and the newest it
// reads.
const Version = 1

// Scenario is a KPI tree with everything needed to solve it. Its zero value
// is not valid; get one from Parse or a preset.
type Scenario struct {
	Version     int
	ID          string    // a short name: the preset's file name without .yaml
	Title       kpi.Label // shown in the scenario selector
	Description kpi.Label // where the numbers come from
	Currency    string    // ISO 4217 code of currency values; JPY when unset
	Goal        kpi.Goal
	Calendar    kpi.Calendar
	Solve       string       // the lever solved for; the first activity lever when unset
	Rounding    kpi.Rounding // how required counts become targets
	Nodes       []kpi.Node
	Forecast    forecast.Config // the monthly plan, uncertainty and seed
}

// Clone returns a deep copy of s, safe to change.
func (s *Scenario) Clone() *Scenario {
	c := *s
	c.Nodes = make([]kpi.Node, len(s.Nodes))
	for i, n := range s.Nodes {
		n.Children = slices.Clone(n.Children)
		c.Nodes[i] = n
	}
	c.Forecast = cloneForecast(s.Forecast)
	return &c
}

// cloneForecast copies the slices and maps of a forecast config.
func cloneForecast(f forecast.Config) forecast.Config {
	f.Seasonality = slices.Clone(f.Seasonality)
	f.Hires = slices.Clone(f.Hires)
	f.Ranges = maps.Clone(f.Ranges)
	f.ActivityCV = maps.Clone(f.ActivityCV)
	return f
}

// Spec is the scenario as the engine sees it.
func (s *Scenario) Spec() kpi.Spec {
	return kpi.Spec{Nodes: s.Nodes, Goal: s.Goal, Calendar: s.Calendar}
}

// Model compiles the scenario's tree.
func (s *Scenario) Model() (*kpi.Model, error) { return kpi.Compile(s.Spec()) }

// Target is the id of the lever to solve for: Solve, or the first activity
// lever when Solve is empty.
func (s *Scenario) Target() string {
	if s.Solve != "" {
		return s.Solve
	}
	for _, n := range s.Nodes {
		if n.Activity {
			return n.ID
		}
	}
	return ""
}

// Result compiles and solves the scenario under its own target and rounding.
func (s *Scenario) Result() (*kpi.Result, error) {
	m, err := s.Model()
	if err != nil {
		return nil, err
	}
	t := s.Target()
	if t == "" {
		return nil, &kpi.Error{Field: "solve", Rule: "name the lever to solve for; the tree has no activity lever"}
	}
	return m.Solve(t, s.Rounding)
}

// Answer compiles the scenario and answers its goal through the one model,
// the monthly plan (forecast.Solve): the requirement of its target under
// its rounding and the forecast of its plan. Every figure the page and the
// CLI show comes from it.
func (s *Scenario) Answer() (*forecast.Answer, error) {
	m, err := s.Model()
	if err != nil {
		return nil, err
	}
	t := s.Target()
	if t == "" {
		return nil, &kpi.Error{Field: "solve", Rule: "name the lever to solve for; the tree has no activity lever"}
	}
	return forecast.Solve(m, t, s.Rounding, s.Forecast)
}

// Node returns the node with the given id, or nil.
func (s *Scenario) Node(id string) *kpi.Node {
	for i := range s.Nodes {
		if s.Nodes[i].ID == id {
			return &s.Nodes[i]
		}
	}
	return nil
}

// Settable names, beside lever ids, that Set accepts.
const (
	KeyGoal        = "goal.value"
	KeyHeadcount   = "calendar.headcount"
	KeyWorkingDays = "calendar.working_days"
	KeyMonths      = "calendar.months"
	KeyTrials      = "forecast.trials" // Monte Carlo trials a run draws

	// A lever's uncertainty: KeyRange + id + ".low", ".high" (a three-point
	// range; its likely value stays the lever's) or ".of" (the size of a
	// won-of history, whose wins follow the lever's value); and
	// KeyActivityCV + id, an activity's month-to-month variability.
	KeyRange      = "forecast.ranges."
	KeyActivityCV = "forecast.activity_cv."
)

// Set changes one input: a lever's value (by its id), the goal's value or a
// calendar field (by the Key names). The value is checked against the same
// rules Parse applies; on error s is unchanged.
func (s *Scenario) Set(key string, v float64) error {
	bad := func(code kpi.Code, limit float64, rule string) error {
		return &kpi.Error{Field: key, Rule: rule, Code: code, Limit: limit}
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return bad(kpi.NotNumber, 0, "must be a number")
	}
	switch key {
	case KeyGoal:
		if v <= 0 || v > kpi.MaxValue {
			return bad(kpi.Positive, 0, "must be greater than 0")
		}
		s.Goal.Value = v
	case KeyHeadcount:
		if v <= 0 {
			return bad(kpi.Positive, 0, "must be more than 0 and at most 1,000,000")
		}
		if v > 1e6 {
			return bad(kpi.AboveMax, 1e6, "must be more than 0 and at most 1,000,000")
		}
		s.Calendar.Headcount = v
	case KeyWorkingDays:
		if v <= 0 {
			return bad(kpi.Positive, 0, "must be more than 0 and at most 31 days a month")
		}
		if v > 31 {
			return bad(kpi.AboveMax, 31, "must be more than 0 and at most 31 days a month")
		}
		s.Calendar.WorkingDays = v
	case KeyMonths:
		if !whole(v, kpi.MaxMonths) {
			return bad(kpi.WholeRange, kpi.MaxMonths, fmt.Sprintf("must be a whole number from 1 to %d", kpi.MaxMonths))
		}
		s.Calendar.Months = int(v)
	case KeyTrials:
		if !whole(v, forecast.MaxTrials) {
			return bad(kpi.WholeRange, forecast.MaxTrials, fmt.Sprintf("must be a whole number from 1 to %s", kpi.FormatNumber(forecast.MaxTrials)))
		}
		s.Forecast.Trials = int(v)
	default:
		if rest, ok := strings.CutPrefix(key, KeyRange); ok {
			return s.setRange(key, rest, v)
		}
		if id, ok := strings.CutPrefix(key, KeyActivityCV); ok {
			return s.setActivityCV(key, id, v)
		}
		n := s.Node(key)
		if n == nil {
			return &kpi.Error{Field: key, Rule: "is not a lever of this scenario"}
		}
		if n.Op != kpi.Lever {
			return &kpi.Error{Node: key, Rule: "is computed from its children; set one of its levers instead"}
		}
		if e := kpi.CheckValue(n, v); e != nil {
			return e
		}
		s.moveRange(n, v)
		n.Value = v
	}
	return nil
}

// whole reports whether v is a whole number from 1 to max.
func whole(v float64, max int) bool { return v >= 1 && v <= float64(max) && v == math.Trunc(v) }

// setRange sets one end of a lever's three-point range, or the size of its
// history ("close_rate.low", "appointment_rate.of"; see KeyRange). The
// range must still hold the lever's likely value.
func (s *Scenario) setRange(key, rest string, v float64) error {
	notRange := &kpi.Error{Field: key, Rule: "is not a range of this scenario"}
	dot := strings.LastIndexByte(rest, '.')
	if dot < 0 {
		return notRange
	}
	id, part := rest[:dot], rest[dot+1:]
	n := s.Node(id)
	r, ok := s.Forecast.Ranges[id]
	if n == nil || !ok {
		return notRange
	}
	bad := func(code kpi.Code, limit float64, rule string) error {
		return &kpi.Error{Field: key, Code: code, Limit: limit, Rule: rule}
	}
	likely := r.Likely
	if likely == 0 {
		likely = n.Value
	}
	switch {
	case part == "low" && !r.Count():
		if v < 0 {
			return bad(kpi.NonNegative, 0, "must not be negative")
		}
		if v > likely {
			return bad(kpi.AboveMax, likely, "cannot be above the likely value "+kpi.FormatValue(likely, n.Unit))
		}
		r.Low = v
	case part == "high" && !r.Count():
		if n.Unit == kpi.Rate && v > 1 {
			return bad(kpi.RateRange, 1, "must be more than 0% and at most 100%")
		}
		if v < likely {
			return bad(kpi.BelowMin, likely, "cannot be below the likely value "+kpi.FormatValue(likely, n.Unit))
		}
		if v > kpi.MaxValue {
			return bad(kpi.NotNumber, 0, "must be a number")
		}
		r.High = v
	case part == "of" && r.Count():
		if !whole(v, forecast.MaxHistory) {
			return bad(kpi.WholeRange, forecast.MaxHistory, fmt.Sprintf("must be a whole number from 1 to %s", kpi.FormatNumber(forecast.MaxHistory)))
		}
		r.Of = int(v)
		r.Won = min(max(int(math.Round(n.Value*v)), 0), r.Of)
	default:
		return notRange
	}
	ranges := maps.Clone(s.Forecast.Ranges)
	ranges[id] = r
	return s.setForecast(func(c *forecast.Config) { c.Ranges = ranges })
}

// setActivityCV sets an activity's month-to-month variability, 0 to 1.
func (s *Scenario) setActivityCV(key, id string, v float64) error {
	if n := s.Node(id); n == nil || !n.Activity {
		return &kpi.Error{Field: key, Rule: "is not an activity of this scenario"}
	}
	if v < 0 || v > 1 {
		return &kpi.Error{Field: key, Code: kpi.ShareRange, Rule: "must be from 0% to 100%"}
	}
	cv := maps.Clone(s.Forecast.ActivityCV)
	if cv == nil {
		cv = map[string]float64{}
	}
	cv[id] = v
	return s.setForecast(func(c *forecast.Config) { c.ActivityCV = cv })
}

// setForecast applies change to the forecast config if the result still
// passes every forecast rule; otherwise s is unchanged.
func (s *Scenario) setForecast(change func(*forecast.Config)) error {
	old := s.Forecast
	change(&s.Forecast)
	m, err := s.Model()
	if err == nil {
		err = checkForecast(s, m)
	}
	if err != nil {
		s.Forecast = old
		return err
	}
	return nil
}

// moveRange keeps a lever's uncertainty centred on its value when the value
// changes: a three-point range scales with it (a close rate of 20–25–30 %
// becomes 24–30–36 % when the rate goes from 25 % to 30 %; a rate stays at
// most 100 %), and a history of won-of-trials keeps its size and moves its
// wins to the new rate. The range describes how sure the team is, not
// where the lever is.
func (s *Scenario) moveRange(n *kpi.Node, v float64) {
	r, ok := s.Forecast.Ranges[n.ID]
	if !ok || n.Value == 0 || v == n.Value {
		return
	}
	if r.Count() {
		r.Won = int(math.Round(v * float64(r.Of)))
		r.Won = min(max(r.Won, 0), r.Of)
	} else {
		k := v / n.Value
		r.Low, r.High = r.Low*k, r.High*k
		if r.Likely != 0 {
			r.Likely *= k
		}
		if n.Unit == kpi.Rate {
			r.Low, r.Likely, r.High = min(r.Low, 1), min(r.Likely, 1), min(r.High, 1)
		}
	}
	ranges := maps.Clone(s.Forecast.Ranges)
	ranges[n.ID] = r
	s.Forecast.Ranges = ranges
}

// ErrNotFound is returned by Presets.Get for an unknown preset id.
var ErrNotFound = errors.New("no such preset")
