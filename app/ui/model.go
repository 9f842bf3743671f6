package ui

import (
	"errors"
	"strconv"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// Model is the session: which preset, the scenario as edited, the language
// and the state of the fields. It is plain data, so it can be saved or put
// in a link.
type Model struct {
	Presets  scenario.Presets
	Scenario *scenario.Scenario // the single source of truth for every number
	Lang     i18n.Lang
	Selected string // the node whose explanation is shown

	Seek string // the lever goal seek solves for; empty: the first rate

	// Sensitivity is what the tornado chart moves each lever by:
	// SensitivityStep (±10 %) or SensitivityRange (to its min and max);
	// empty: the range when some lever has one, else ±10 % (byRange).
	Sensitivity string
	// SensitivityOf is what the tornado chart shows the change of:
	// SensitivityRevenue (the default when empty) or SensitivityRequired
	// (the target's requirement per rep per day).
	SensitivityOf string

	// Bands is the Monte Carlo run for the scenario as it is now, or nil
	// while none has finished; every change drops it (see Changed).
	Bands *forecast.Bands
	// Changed counts changes to the scenario, so a run started before one
	// can tell that its result is stale.
	Changed int

	// Compare is the comparison on show (see State.Compare), CompareBase
	// the index of its base.
	Compare     []Variant
	CompareBase int
	// clock is the time of day (tests fix it); nil: the browser's.
	clock func() time.Time
	// Checklist holds the items of the article's checklist the user
	// ticked (report.Checklist numbers, 1 to 15, in order): kept with the
	// scenario in saved work and share links (issue 12, app/ui/coach.go).
	Checklist []int

	yr   *yearUI               // the year's section: imports and text typed there (actuals_view.go)
	ed   Editor                // the tree editor (editor.go): its refused text is kept with the work (editor_typed.go)
	raw  map[string]string     // field text that is not (yet) a valid value
	errs map[string]*kpi.Error // the rule each such field breaks
	// typed is, for each field whose value was last set by typing a
	// number in its unit, that value: a rate typed as 0.25 keeps saying
	// "(for 25%, type 25)" after the edit ends, until the value changes.
	typed map[string]float64
	open  map[string]bool // the sections unfolded (see State.Open)
	// start is, for each field being typed into, the scenario as it was
	// before the first keystroke: an edit that ends refused (Commit) goes
	// back to it, not to what a half-typed value made ("1" of "1,2,0").
	start map[string]editStart
}

// editStart is the scenario when a field's edit began, and Changed then;
// and the scenario and Changed after its last key (at, on). An edit whose
// last key is no longer the last change is over: a value typed again as
// it stood fires no change event, so its edit was never committed, and a
// refusal in the same field later went back to the scenario before it,
// undoing every change made since in other fields.
type editStart struct {
	s       *scenario.Scenario
	changed int
	at      int
	on      *scenario.Scenario
}

// current reports whether st is the edit in progress: no change came
// since its last key.
func (st editStart) current(m *Model) bool { return st.at == m.Changed && st.on == m.Scenario }

// NewModel starts a session on the preset id (the default when empty or
// unknown).
func NewModel(ps scenario.Presets, id string, lang i18n.Lang) *Model {
	m := &Model{Presets: ps, Lang: lang}
	m.Load(id)
	return m
}

// Load switches to the preset id, dropping every edit and field error so
// that nothing stale remains.
func (m *Model) Load(id string) {
	s, err := m.Presets.Get(id)
	if err != nil {
		s, _ = m.Presets.Get(scenario.DefaultPreset)
	}
	m.Scenario = s
	m.Selected = s.Target()
	m.Seek = ""
	m.changed()
	m.raw = map[string]string{}
	m.errs = map[string]*kpi.Error{}
	m.start, m.typed = nil, nil
	m.year().refused, m.year().hireBad = nil, nil
}

// SetText applies what the user typed into the field key, in the unit shown
// (25 means 25 % for a rate; 100万 and 1,000,000 are read too). An invalid
// value keeps the text and records the rule; the scenario keeps its last
// valid value until the edit ends (Commit).
func (m *Model) SetText(key, text string) {
	if st, ok := m.start[key]; !ok || !st.current(m) {
		if m.start == nil {
			m.start = map[string]editStart{}
		}
		m.start[key] = editStart{s: m.Scenario.Clone(), changed: m.Changed}
	}
	defer func() {
		if st, ok := m.start[key]; ok {
			st.at, st.on = m.Changed, m.Scenario
			m.start[key] = st
		}
	}()
	// The field is in the unit shown: 25 means 25 % for a rate, so a
	// typed % (or ％) is the unit, not a fraction.
	if k, err := scenario.ParseKey(key); err == nil && k.RefusesCurrency(m.Scenario, text) != "" {
		// Before the number is read: "US$1,000,000" said "not a number".
		m.raw[key] = text // $1,000,000 for a goal in yen: refused, not ¥1,000,000
		m.errs[key] = scenario.OtherCurrency(key, "value", text, m.Scenario.Currency)
		return
	}
	if k, err := scenario.ParseKey(key); err == nil && k.RefusesMoney(m.Scenario, text) {
		m.raw[key] = text // 12万円 for the calls a day: refused, not 120,000 calls
		m.errs[key] = scenario.NotMoney(key, "value")
		return
	}
	v, fraction, err := scenario.ParseField(text)
	if err != nil {
		m.raw[key] = text
		m.errs[key] = &kpi.Error{Node: key, Field: "value", Code: scenario.TypedCode(err), Rule: err.Error()}
		return
	}
	if k, err := scenario.ParseKey(key); err == nil && !fraction && k.RefusesPercent(m.Scenario, text) {
		m.raw[key] = text // 25% for a goal in yen: refused, not ¥25
		m.errs[key] = scenario.NotRate(key, "value")
		return
	}
	if fraction {
		m.set(key, v, text) // odds ("1/3", "1 in 3") are a fraction whatever the unit shown
		return
	}
	v = m.fromDisplay(key, v)
	m.set(key, v, text)
	if m.errs[key] == nil {
		if m.typed == nil {
			m.typed = map[string]float64{}
		}
		m.typed[key] = v
	}
}

// SetDisplay applies a slider's value, in the unit shown.
func (m *Model) SetDisplay(key string, v float64) {
	m.set(key, m.fromDisplay(key, v), "")
}

// Commit ends editing of a field: valid text is replaced by the canonical
// value; invalid text stays, with its error, until it is fixed, and the
// scenario is again what it was before the edit, the last value the user
// committed: typing "1,2,0" for a deal size applied "1" at its first
// keystroke, and the page showed the figures of a ¥1 deal as "the last
// valid result". It reports whether the scenario went back.
func (m *Model) Commit(key string) bool {
	st, editing := m.start[key]
	delete(m.start, key)
	if m.errs[key] == nil {
		delete(m.raw, key)
		return false
	}
	if !editing || m.Changed == st.changed || !st.current(m) {
		return false
	}
	m.Scenario = st.s
	m.changed()
	return true
}

// set applies v to the field key. A lever's slider ends are not limits: a
// typed value beyond them widens them when the engine can use it
// (Scenario.SetTyped).
func (m *Model) set(key string, v float64, text string) {
	var was *scenario.Scenario
	if v == 0 { // not on a slider's every move: a key's parse allocates
		if k, err := scenario.ParseKey(key); err == nil && k.Field == scenario.FieldLever {
			was = m.Scenario.Clone()
		}
	}
	err := m.Scenario.SetTyped(key, v)
	if err == nil && was != nil {
		err = zeroRefused(m.Scenario, was, key)
	}
	if err != nil {
		var ke *kpi.Error
		if !errors.As(err, &ke) {
			ke = &kpi.Error{Node: key, Rule: err.Error()}
		}
		m.raw[key] = text
		if text == "" {
			m.raw[key] = strconv.FormatFloat(m.toDisplay(key, v), 'f', -1, 64)
		}
		if id := rangeLever(key); id != "" && ke.Node == "" {
			ke.Node = id // a limit is shown in the lever's unit
		}
		m.errs[key] = ke
		return
	}
	delete(m.errs, key)
	m.changed()
	if text == "" {
		delete(m.raw, key)
	} else {
		m.raw[key] = text
	}
}

// zeroRefused is the rule a lever id, just set to 0 in s, breaks when the
// tree answered before (was) and answers no more: a 0 off the solve's path
// (a trial-to-paid rate beside the churn solved for) left no figure on the
// page, the forecast with them, where a 0 on it is refused at its field.
// s is then put back as it was, and the 0 stays in its field, marked.
func zeroRefused(s, was *scenario.Scenario, id string) error {
	if _, err := s.Answer(); err == nil {
		return nil
	}
	if _, err := was.Answer(); err != nil {
		return nil // the tree answered no more before the 0: not the 0's doing
	}
	*s = *was
	return &kpi.Error{Node: id, Field: "value", Code: kpi.ZeroFactor, Rule: "is 0, so the goal can never be reached: raise it above 0"}
}

// SetGoalPeriod states the goal per year, quarter or month, re-expressing
// the same goal: 100,000,000 a year reads 8,333,333 a month.
func (m *Model) SetGoalPeriod(p kpi.Period) {
	if m.Scenario.SetGoalPeriod(p) == nil {
		delete(m.raw, scenario.KeyGoal)
		delete(m.errs, scenario.KeyGoal)
		m.changed()
	}
}

// SetNewTeam chooses the pipeline before the plan: empty (a new team) or
// an ongoing business at the plan's pace (the default).
func (m *Model) SetNewTeam(on bool) {
	if m.Scenario.Forecast.NewTeam != on {
		m.Scenario.Forecast.NewTeam = on
		m.changed()
	}
}

// changed records a change to the scenario: the bands no longer hold.
func (m *Model) changed() {
	m.Bands = nil
	m.Changed++
}

// Runner starts a Monte Carlo run of the scenario as it is now, or returns
// nil when it cannot run (the scenario does not solve).
func (m *Model) Runner() *forecast.Runner {
	mod, err := m.Scenario.Model()
	if err != nil {
		return nil
	}
	r, err := forecast.NewRunner(mod, m.Scenario.Forecast, nil)
	if err != nil {
		return nil
	}
	return r
}

// SetRounding switches the rounding policy.
func (m *Model) SetRounding(r kpi.Rounding) { m.Scenario.Rounding = r }

// SetSeek chooses the lever goal seek solves for.
func (m *Model) SetSeek(id string) { m.Seek = id }

// SetSolve chooses the lever the headline solves for (the scenario's
// Solve): the activity, a rate, a price, any lever. An id that is not a
// lever of the scenario is ignored.
func (m *Model) SetSolve(id string) {
	n := m.Scenario.Node(id)
	if n == nil || n.Op != kpi.Lever || id == m.Scenario.Target() {
		return
	}
	m.Scenario.Solve = id
	if m.Seek == id {
		m.Seek = ""
	}
	if m.errs[id] == nil {
		delete(m.raw, id)
	}
	m.changed()
}

// byRange reports whether the tornado moves each lever to its min and max:
// the user's choice, or by default whenever some lever has a range (each
// lever across its plausible range differs between levers, where ±10 % of
// each factor of a product moves revenue by the same share).
func (m *Model) byRange() bool {
	switch m.Sensitivity {
	case SensitivityRange:
		return true
	case SensitivityStep:
		return false
	}
	for id := range m.Scenario.Forecast.Ranges {
		if n := m.Scenario.Node(id); n != nil && n.Op == kpi.Lever {
			return true
		}
	}
	return false
}

// Tornado chart modes (Model.Sensitivity).
const (
	SensitivityStep  = "step"  // each lever ±10 %
	SensitivityRange = "range" // each lever with a range to its min and max
)

// What the tornado chart shows the change of (Model.SensitivityOf).
const (
	SensitivityRevenue  = "revenue"
	SensitivityRequired = "required"
)

// SetSensitivity chooses what the tornado chart moves each lever by; an
// unknown mode is ±10 %, an empty one the default (byRange).
func (m *Model) SetSensitivity(mode string) {
	if mode != SensitivityRange && mode != "" {
		mode = SensitivityStep
	}
	m.Sensitivity = mode
}

// SetSensitivityOf chooses what the tornado chart shows the change of; an
// unknown output is revenue.
func (m *Model) SetSensitivityOf(of string) {
	if of != SensitivityRequired {
		of = SensitivityRevenue
	}
	m.SensitivityOf = of
}

// unitOf is the unit of the field key: an activity's variability is a
// share, shown as a percentage like a rate.
func (m *Model) unitOf(key string) kpi.Unit {
	k, err := scenario.ParseKey(key)
	if err != nil {
		return kpi.Number
	}
	return k.Unit(m.Scenario)
}

// rangeLever is the lever whose range's low or high end the field key is,
// or "".
func rangeLever(key string) string {
	if k, err := scenario.ParseKey(key); err == nil && (k.Field == scenario.FieldRangeLow || k.Field == scenario.FieldRangeHigh) {
		return k.ID
	}
	return ""
}

// fromDisplay converts a value in the unit shown to the scenario's: rates
// are shown as percentages.
func (m *Model) fromDisplay(key string, v float64) float64 {
	if m.unitOf(key) == kpi.Rate {
		return v / 100
	}
	return v
}

func (m *Model) toDisplay(key string, v float64) float64 {
	if m.unitOf(key) == kpi.Rate {
		return cleanFloat(v * 100)
	}
	return v
}

// cleanFloat drops float noise below 12 significant digits, so 0.07 × 100
// shows as 7 and not 7.000000000000001.
func cleanFloat(v float64) float64 {
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return c
}

// today is the model's time of day: the year so far is dated by it
// (forecast.RefitOn): the months ended by it are closed, with actuals or
// without.
func (m *Model) today() time.Time {
	if m.clock != nil {
		return m.clock()
	}
	return time.Now()
}
