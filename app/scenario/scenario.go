package scenario

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
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
	Forecast    forecast.Config  // the monthly plan, uncertainty and seed
	Actuals     forecast.Actuals // what happened, month by month (actuals:)

	// anchors holds each range as last set, with its lever's value then,
	// so that moving a lever scales the range from there (see moveRange).
	anchors map[string]anchor
	// widened holds each lever's slider ends, min and max, from before a
	// typed value widened them (SetTyped), until a typed value within them
	// narrows them back.
	widened map[string][2]float64
	// unitByHand holds the formulas whose unit the user set in the editor
	// since they became that formula: their terms no longer change it
	// (followUnits).
	unitByHand map[string]bool
}

// Clone returns a deep copy of s, safe to change.
func (s *Scenario) Clone() *Scenario {
	c := *s
	c.Nodes = make([]kpi.Node, len(s.Nodes))
	for i, n := range s.Nodes {
		n.Children = slices.Clone(n.Children)
		n.Aliases = slices.Clone(n.Aliases)
		c.Nodes[i] = n
	}
	c.Forecast = cloneForecast(s.Forecast)
	c.anchors = maps.Clone(s.anchors)
	c.widened = maps.Clone(s.widened)
	c.unitByHand = maps.Clone(s.unitByHand)
	c.Actuals = s.Actuals.Clone()
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

// Result compiles and solves the scenario's annual tree under its own
// target and rounding: the special case of Answer without timing.
func (s *Scenario) Result() (*kpi.Result, error) {
	m, t, err := s.modelAndTarget()
	if err != nil {
		return nil, err
	}
	return m.Solve(t, s.Rounding)
}

// modelAndTarget compiles the tree and names the lever to solve for.
func (s *Scenario) modelAndTarget() (*kpi.Model, string, error) {
	m, err := s.Model()
	if err != nil {
		return nil, "", err
	}
	t := s.Target()
	if t == "" {
		return nil, "", &kpi.Error{Field: "solve", Rule: "name the lever to solve for; the tree has no activity lever"}
	}
	return m, t, nil
}

// Answer compiles the scenario and answers its goal through the one model,
// the monthly plan (forecast.Solve): the requirement of its target under
// its rounding and the forecast of its plan. Every figure the page and the
// CLI show comes from it.
func (s *Scenario) Answer() (*forecast.Answer, error) {
	m, t, err := s.modelAndTarget()
	if err != nil {
		return nil, err
	}
	cfg := s.Forecast
	cfg.Stated = s.stated()
	return forecast.Solve(m, t, s.Rounding, cfg)
}

// stated is each range moved with its lever (moveRange) as it was set, by
// lever id; nil when none has moved.
func (s *Scenario) stated() map[string]Range {
	var out map[string]Range
	for id, st := range s.StatedRanges() {
		if out == nil {
			out = map[string]Range{}
		}
		out[id] = st.anchor().r
	}
	return out
}

// Stated is lever id's range as the team set it, when the lever has moved
// since and its range with it (moveRange); false otherwise.
func (s *Scenario) Stated(id string) (Range, bool) {
	r, ok := s.stated()[id]
	return r, ok
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

// Set changes one input named by key (see ParseKey): a lever's value, the
// goal's value, a calendar field, a Monte Carlo assumption or an activity's
// ceiling. The change is made on a copy and checked against every rule a
// file must pass, and the copy must still give finite figures; only then
// is it committed. On error s is unchanged and the error names the key.
func (s *Scenario) Set(key string, v float64) error {
	k, err := ParseKey(key)
	if err != nil {
		return err
	}
	return s.SetKey(k, v)
}

// SetKey is Set for a parsed key.
func (s *Scenario) SetKey(k Key, v float64) error {
	key := k.String()
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return &kpi.Error{Field: key, Rule: "must be a number", Code: kpi.NotNumber}
	}
	c := s.Clone()
	if err := c.assign(k, key, v); err != nil {
		return err
	}
	if err := c.check(k, key); err != nil {
		return err
	}
	*s = *c
	return nil
}

// SetGoalPeriod states the goal per year, quarter, month, week or working
// day, re-expressing the same goal: 100,000,000 a year reads 8,333,333.33 a
// month, and 30,000,000 a year 625,000 a week of 5 days in 20-day months.
func (s *Scenario) SetGoalPeriod(p kpi.Period) error {
	if !kpi.GoalPeriod(p) {
		return &kpi.Error{Field: "goal.period", Rule: "must be year, quarter, month, week or day"}
	}
	old := s.Goal.Period
	if p == old {
		return nil
	}
	c := s.Clone()
	c.Goal.Period = p
	if p <= kpi.Month && old <= kpi.Month {
		c.Goal.Value = s.Goal.Value * monthsIn(p) / monthsIn(old)
	} else {
		c.Goal.Value = s.Goal.Value * s.Calendar.PerMonth(old) / s.Calendar.PerMonth(p)
	}
	if err := c.check(Key{Field: FieldGoal}, KeyGoal); err != nil {
		return err
	}
	*s = *c
	return nil
}

func monthsIn(p kpi.Period) float64 {
	switch p {
	case kpi.Quarter:
		return 3
	case kpi.Month:
		return 1
	}
	return 12
}

// assign writes v into the field k names, with the rules that belong to
// the field alone.
func (s *Scenario) assign(k Key, key string, v float64) error {
	bad := func(code kpi.Code, limit float64, rule string) error {
		return &kpi.Error{Field: key, Rule: rule, Code: code, Limit: limit}
	}
	switch k.Field {
	case FieldGoal:
		if v <= 0 {
			return bad(kpi.Positive, 0, "must be greater than 0")
		}
		if v > kpi.MaxValue {
			return bad(kpi.AboveMax, kpi.MaxValue, "must be greater than 0 and at most "+i18n.Count(kpi.MaxValue))
		}
		s.Goal.Value = v
	case FieldHeadcount:
		if v <= 0 || v > kpi.MaxHeadcount {
			return bad(kpi.PositiveAtMost, kpi.MaxHeadcount, kpi.PositiveAtMostRule(kpi.MaxHeadcount))
		}
		s.Calendar.Headcount = v
	case FieldWorkingDays:
		if v <= 0 || v > kpi.MaxWorkingDays {
			return bad(kpi.PositiveAtMost, kpi.MaxWorkingDays, kpi.PositiveAtMostRule(kpi.MaxWorkingDays))
		}
		s.Calendar.WorkingDays = v
	case FieldMonths:
		if !whole(v, kpi.MaxMonths) {
			return bad(kpi.WholeRange, kpi.MaxMonths, fmt.Sprintf("must be a whole number from 1 to %d", kpi.MaxMonths))
		}
		s.Calendar.Months = int(v)
	case FieldTrials:
		if !whole(v, forecast.MaxTrials) {
			return bad(kpi.WholeRange, forecast.MaxTrials, fmt.Sprintf("must be a whole number from 1 to %s", kpi.FormatNumber(forecast.MaxTrials)))
		}
		s.Forecast.Trials = int(v)
	case FieldRangeLow, FieldRangeHigh, FieldRangeOf:
		return s.setRange(k, key, v)
	case FieldDaysPerWeek:
		if v <= 0 {
			return bad(kpi.Positive, 0, "must be more than 0 and at most 7 days a week")
		}
		if v > 7 {
			return bad(kpi.AboveMax, 7, "must be more than 0 and at most 7 days a week")
		}
		s.Calendar.DaysPerWeek = v
	case FieldHoursPerDay:
		if v < 0 {
			return bad(kpi.NonNegative, 0, "must be from 0 (not stated) to 24 hours a day")
		}
		if v > 24 {
			return bad(kpi.AboveMax, 24, "must be from 0 (not stated) to 24 hours a day")
		}
		s.Calendar.HoursPerDay = v
	case FieldStartMonth, FieldPlanMonths, FieldLag, FieldCalYear, FieldStartYear, FieldNewTeam:
		return s.assignPlan(k, key, v)
	case FieldActivityCV:
		if n := s.Node(k.ID); n == nil || !n.Activity {
			return &kpi.Error{Field: key, Code: kpi.NotActivity, Rule: "is not an activity of this scenario"}
		}
		if v < 0 || v > 1 {
			return bad(kpi.ShareRange, 1, "must be from 0% to 100%")
		}
		cv := maps.Clone(s.Forecast.ActivityCV)
		if cv == nil {
			cv = map[string]float64{}
		}
		cv[k.ID] = v
		s.Forecast.ActivityCV = cv
	case FieldCeiling:
		n := s.Node(k.ID)
		if n == nil || !n.Activity {
			return &kpi.Error{Field: key, Code: kpi.NotActivity, Rule: "is not an activity of this scenario"}
		}
		if v <= 0 {
			return &kpi.Error{Node: k.ID, Field: "ceiling", Code: kpi.Positive, Rule: "must be greater than 0"}
		}
		if v > kpi.MaxValue {
			return &kpi.Error{Node: k.ID, Field: "ceiling", Code: kpi.AboveMax, Limit: kpi.MaxValue, Rule: "must be greater than 0 and at most " + i18n.Count(kpi.MaxValue)}
		}
		n.Ceiling = v
	default:
		n := s.Node(k.ID)
		if n == nil {
			return &kpi.Error{Field: key, Code: kpi.NotLever, Rule: "is not a lever of this scenario"}
		}
		if n.Op != kpi.Lever {
			return &kpi.Error{Node: k.ID, Code: kpi.Computed, Rule: "is computed from its children; set one of its levers instead"}
		}
		if e := s.checkLever(n, v); e != nil {
			return e
		}
		s.moveRange(n, v)
		n.Value = v
	}
	return nil
}

// checkLever is kpi.CheckValue for lever n at v, in its tree when v is a
// 0 the node alone refuses (kpi.Model.CheckLever: a churn rate of 0 is
// taken, a close rate of 0 refused); only then is the tree compiled.
func (s *Scenario) checkLever(n *kpi.Node, v float64) *kpi.Error {
	e := kpi.CheckValue(n, v)
	if e == nil || v != 0 {
		return e
	}
	if m, err := s.Model(); err == nil {
		if i, ok := m.Index(n.ID); ok {
			return m.CheckLever(i, v)
		}
	}
	return e
}

// check validates the scenario after a change to k: the tree compiles, the
// forecast config passes its rules, and the answer's figures are finite (a
// value of 5e-324 working days or a goal of 1e-300 would make them
// infinite). A change that makes the goal unreachable (a factor of 0) is
// not refused: the page says why.
func (s *Scenario) check(k Key, key string) error {
	name := func(err error) error {
		var ke *kpi.Error
		if errors.As(err, &ke) && ke.Field == "" && ke.Node == "" {
			ke.Field = key
		}
		return err
	}
	m, err := s.Model()
	if err != nil {
		return name(err)
	}
	t := s.Target()
	if t == "" {
		return name(checkForecast(s, m))
	}
	if err := s.Forecast.ValidateFor(s.Calendar.Months); err != nil {
		return name(err)
	}
	// Solve plans the year as checkForecast does, then solves the tree: a
	// success says the plan holds, and a slider's move (this runs for
	// each) plans once. A failure is the plan's (refused, as by
	// checkForecast) or the tree's (the answer shows it, unless it is an
	// overflow).
	a, err := forecast.Solve(m, t, s.Rounding, s.Forecast)
	if err != nil {
		if err := checkForecast(s, m); err != nil {
			return name(err)
		}
	}
	var ke *kpi.Error
	if err != nil && errors.As(err, &ke) && ke.Code == kpi.Overflow || err == nil && !a.Finite() {
		field, node := key, ""
		if k.Field == FieldLever || k.Field == FieldCeiling {
			field, node = "value", k.ID
		}
		return &kpi.Error{Node: node, Field: field, Code: kpi.Overflow,
			Rule: "this value makes a figure too large or too small to compute; choose a value closer to the others"}
	}
	return nil
}

// whole reports whether v is a whole number from 1 to max.
func whole(v float64, max int) bool { return v >= 1 && v <= float64(max) && v == math.Trunc(v) }

// setRange sets one end of a lever's three-point range, or the size of its
// history ("close_rate.low", "appointment_rate.of"; see KeyRange). The
// range must still hold the lever's likely value.
func (s *Scenario) setRange(k Key, key string, v float64) error {
	notRange := &kpi.Error{Field: key, Code: kpi.NotRange, Rule: "is not a range of this scenario"}
	n := s.Node(k.ID)
	r, ok := s.Forecast.Ranges[k.ID]
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
	case k.Field == FieldRangeLow && !r.Count():
		if v < 0 {
			return bad(kpi.NonNegative, 0, "must not be negative")
		}
		if v > likely {
			return bad(kpi.AboveMax, likely, "cannot be above the likely value "+kpi.FormatValue(likely, n.Unit))
		}
		r.Low = v
	case k.Field == FieldRangeHigh && !r.Count():
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
	case k.Field == FieldRangeOf && r.Count():
		if !whole(v, forecast.MaxHistory) {
			return bad(kpi.WholeRange, forecast.MaxHistory, fmt.Sprintf("must be a whole number from 1 to %s", kpi.FormatNumber(forecast.MaxHistory)))
		}
		r.Of = int(v)
		r.Won = min(max(int(math.Round(n.Value*v)), 0), r.Of)
	default:
		return notRange
	}
	ranges := maps.Clone(s.Forecast.Ranges)
	ranges[k.ID] = r
	s.Forecast.Ranges = ranges
	// The user set this range at this value: moves start from it now.
	delete(s.anchors, k.ID)
	return nil
}

// anchor is a range as the user set it, with the lever's value then.
type anchor struct {
	r Range
	v float64
}

// Range is a lever's uncertainty (forecast.Range).
type Range = forecast.Range

// moveRange keeps a lever's uncertainty centred on its value when the value
// changes: a three-point range scales with it (a close rate of 20–25–30 %
// becomes 24–30–36 % when the rate goes from 25 % to 30 %; a rate stays at
// most 100 %), and a history of won-of-trials keeps its size and moves its
// wins to the new rate. The range describes how sure the team is, not
// where the lever is. Every move starts from the range as last set (its
// anchor), so a rate moved to 100 % and back gets its range back exactly.
func (s *Scenario) moveRange(n *kpi.Node, v float64) {
	r, ok := s.Forecast.Ranges[n.ID]
	if !ok || v == n.Value {
		return
	}
	a, ok := s.anchors[n.ID]
	if !ok {
		if n.Value == 0 {
			return // a range set at 0 stays where it was set
		}
		a = anchor{r: r, v: n.Value}
		if s.anchors == nil {
			s.anchors = map[string]anchor{}
		}
		s.anchors[n.ID] = a
	}
	ranges := maps.Clone(s.Forecast.Ranges)
	ranges[n.ID] = a.moved(n.Unit, v)
	s.Forecast.Ranges = ranges
}

// moved is the range a, set at its lever's value a.v, moved to the value
// v of a lever in unit u (moveRange).
func (a anchor) moved(u kpi.Unit, v float64) Range {
	r := a.r
	if v == a.v {
		return r
	}
	if r.Count() {
		r.Won = int(math.Round(v * float64(r.Of)))
		r.Won = min(max(r.Won, 0), r.Of)
		return r
	}
	if v == 0 {
		// Nothing scales to 0 (a churn rate of 0): the range keeps its
		// spread above the value, from 0 (5–8–12 % at 8 % is 0–0–4 %).
		if high := tidy(r.High - max(r.Likely, a.v)); high > 0 {
			r.Low, r.High = 0, high
			if r.Likely != 0 {
				r.Likely = 0
			}
		}
		return r
	}
	// Scaled to 12 significant digits: 20 % × 0.84 is 16.8 %, not
	// 16.799999999999997 %, which would cost a share link 20 characters
	// and read as noise in the file.
	k := v / a.v
	r.Low, r.High = tidy(r.Low*k), tidy(r.High*k)
	if r.Likely != 0 {
		r.Likely = tidy(r.Likely * k)
	}
	if u == kpi.Rate {
		r.Low, r.Likely, r.High = min(r.Low, 1), min(r.Likely, 1), min(r.High, 1)
	}
	return r
}

// StatedRange is a lever's range as the team set it, in the file's terms
// (low, likely, high; or won of), with the lever's value then (At): the
// range it holds now is that one moved with the lever (moveRange).
type StatedRange struct {
	Low    float64 `json:"low,omitempty"`
	Likely float64 `json:"likely,omitempty"`
	High   float64 `json:"high,omitempty"`
	Won    int     `json:"won,omitempty"`
	Of     int     `json:"of,omitempty"`
	At     float64 `json:"at"`
}

func (st StatedRange) anchor() anchor {
	return anchor{r: Range{Low: st.Low, Likely: st.Likely, High: st.High, Won: st.Won, Of: st.Of}, v: st.At}
}

// StatedRanges returns, by lever id, each range moved with its lever since
// it was set, as it was set; nil when none has moved. A scenario's file
// holds the ranges as moved (the Monte Carlo run draws around the plan);
// the page keeps these beside it (ui.State.Stated), so that Achievable
// tests a lever against what was stated after a reload, an undo or a link
// too, where the range as moved had counted as stated.
func (s *Scenario) StatedRanges() map[string]StatedRange {
	var out map[string]StatedRange
	for id, a := range s.anchors {
		if n := s.Node(id); n == nil || n.Value == a.v {
			continue
		}
		if out == nil {
			out = map[string]StatedRange{}
		}
		out[id] = StatedRange{Low: a.r.Low, Likely: a.r.Likely, High: a.r.High, Won: a.r.Won, Of: a.r.Of, At: a.v}
	}
	return out
}

// StatedBeyond is StatedRanges less what base (the preset s was made
// from) states already (Implied): a link moving a preset's lever stays as
// short as it was.
func (s *Scenario) StatedBeyond(base *Scenario) map[string]StatedRange {
	out, implied := s.StatedRanges(), Implied(base)
	for id, st := range out {
		if im, ok := implied[id]; ok && im == st {
			delete(out, id)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Implied is what base states of its levers: each range at its lever's
// value, by lever id; nil without a base. RestoreStated keeps those that
// move to the ranges a scenario made from base holds: the ranges of a
// preset's levers as shipped, moved since.
func Implied(base *Scenario) map[string]StatedRange {
	if base == nil {
		return nil
	}
	var out map[string]StatedRange
	for id, r := range base.Forecast.Ranges {
		if n := base.Node(id); n != nil && n.Op == kpi.Lever {
			if out == nil {
				out = map[string]StatedRange{}
			}
			out[id] = StatedRange{Low: r.Low, Likely: r.Likely, High: r.High, Won: r.Won, Of: r.Of, At: n.Value}
		}
	}
	return out
}

// RestoreStated takes back the ranges as stated (StatedRanges). Each must
// be a lever's with a range, moved since (its value is not At), that moves
// to the very range the lever holds: any other (a link altered by hand, a
// file edited since) is left out, and the range held counts as stated.
func (s *Scenario) RestoreStated(stated map[string]StatedRange) {
	for id, st := range stated {
		n := s.Node(id)
		r, ok := s.Forecast.Ranges[id]
		a := st.anchor()
		if n == nil || n.Op != kpi.Lever || !ok || !(st.At > 0) || n.Value == st.At || a.moved(n.Unit, n.Value) != r {
			continue
		}
		if s.anchors == nil {
			s.anchors = map[string]anchor{}
		}
		s.anchors[id] = a
	}
}

// tidy rounds x to 12 significant digits, far below any figure's display
// precision and above binary floating point's noise.
func tidy(x float64) float64 {
	y, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	if err != nil {
		return x
	}
	return y
}

// ErrNotFound is returned by Presets.Get for an unknown preset id.
var ErrNotFound = errors.New("no such preset")
