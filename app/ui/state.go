package ui

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// StateVersion is the version of the State format this build writes. A
// later build reads every earlier version.
const StateVersion = 1

// State is everything a user sets, as one serialisable value: the scenario
// as edited, the preset it came from, the language, the selected node, the
// goal-seek lever, the tornado's modes, the open sections, the text of
// fields that do not hold a valid value yet, the checklist's ticks, the ranges as stated and the last
// import's report.
// The page renders from it; saved work, share links and undo store it.
type State struct {
	Version       int               `json:"v"`
	Preset        string            `json:"preset,omitempty"`
	Scenario      json.RawMessage   `json:"scenario"` // the scenario's JSON form (scenario.EncodeJSON)
	Lang          string            `json:"lang"`
	Selected      string            `json:"selected,omitempty"`
	Seek          string            `json:"seek,omitempty"`
	Sensitivity   string            `json:"sensitivity,omitempty"`
	SensitivityOf string            `json:"sensitivity_of,omitempty"`
	Open          []string          `json:"open,omitempty"`      // the sections unfolded, by name
	Typed         map[string]string `json:"typed,omitempty"`     // field key → text not (yet) valid; the year's section's too (state_year.go)
	Checklist     []int             `json:"checklist,omitempty"` // the checklist items ticked (issue 12, app/ui/coach.go)
	// Compare lists the scenarios compared side by side, the current work
	// among them ({"current": true}); CompareBase is the index of the base.
	// Empty: no comparison.
	Compare     []Variant `json:"compare,omitempty"`
	CompareBase int       `json:"compare_base,omitempty"`
	// Stated holds, by lever id, each range moved with its lever since
	// the team set it, as set (scenario.StatedRanges), beyond what the
	// preset states (scenario.StatedBeyond): the scenario holds the ranges
	// as moved, and Achievable tests a lever against these.
	Stated map[string]scenario.StatedRange `json:"stated,omitempty"`
	// Import is the last import's report (ImportReport), kept with the
	// work and its steps, not in links; one that cannot be read is left
	// out, not the work.
	Import json.RawMessage `json:"import,omitempty"`
	// Hand lists the actuals typed by hand (year/month/week/node), which
	// an import that replaces them names (actuals_hand.go).
	Hand []string `json:"hand,omitempty"`
}

// Variant is one scenario of the comparison: a copy of a scenario as it
// was when compared, named, or the current work as it changes.
type Variant struct {
	Name    string `json:"name,omitempty"` // "" for the base kept at the first change
	Current bool   `json:"current,omitempty"`
	// Rebased marks the base made of the work as it stood when "Make the
	// current state the base" was pressed: it is no longer the state
	// before the first change, and its column said so ("Before changes").
	Rebased bool `json:"rebased,omitempty"`
	// Names is Name in both languages when the page made it (mine.Names):
	// the column reads in the page's language.
	Names    *kpi.Label      `json:"names,omitempty"`
	Preset   string          `json:"preset,omitempty"`
	Scenario json.RawMessage `json:"scenario,omitempty"` // scenario.EncodeJSON; none for the current work
}

// Sections the page can fold, by the names State.Open uses. A folded
// section renders its summary alone: its rows are built and mounted only
// once unfolded, which keeps the first visit's DOM and every render small.
const (
	SectionMonths  = "months"
	SectionActuals = "actuals" // the table to type actuals into (issue 13)
	SectionReasons = "reasons" // every SMART test's reason (issue 12)
)

// snapshot is a copy of m whose State stays what m's State is now, however
// m changes after: the scenario, the text typed and the lists are copied,
// the presets and the run's bands shared (State reads neither). A copy
// costs no JSON: the mount keeps the work it opened with this way, and
// encodes it once the page is drawn (Page.opened).
func (m *Model) snapshot() *Model {
	c := *m
	c.Scenario = m.Scenario.Clone()
	c.raw, c.errs, c.open = maps.Clone(m.raw), maps.Clone(m.errs), maps.Clone(m.open)
	c.Compare, c.Checklist = slices.Clone(m.Compare), slices.Clone(m.Checklist)
	if m.yr != nil { // the year's refused text (state_year.go); its cache is shared, State reads none of it
		y := *m.yr
		y.refused, y.hireBad, y.hand = slices.Clone(m.yr.refused), slices.Clone(m.yr.hireBad), slices.Clone(m.yr.hand)
		c.yr = &y
	}
	return &c
}

// State returns the session as one value.
func (m *Model) State() (State, error) {
	data, err := scenario.EncodeJSON(m.Scenario)
	if err != nil {
		return State{}, err
	}
	st := State{Version: StateVersion, Preset: m.Scenario.ID, Scenario: data, Lang: string(m.Lang), Selected: m.Selected,
		Seek: m.Seek, Sensitivity: m.Sensitivity, SensitivityOf: m.SensitivityOf, Open: slices.Sorted(maps.Keys(m.open))}
	// Only text the scenario could not take: a valid value being typed
	// is in the scenario already, and the link stays short.
	for k, text := range m.raw {
		if m.errs[k] != nil {
			if st.Typed == nil {
				st.Typed = map[string]string{}
			}
			st.Typed[k] = text
		}
	}
	st.Typed = m.year().typedInto(st.Typed) // the actuals', the hires' and the season's (state_year.go)
	st.Typed = m.ed.typedInto(m, st.Typed)  // the editor's (editor_typed.go)
	if len(m.Compare) > 0 {
		st.Compare, st.CompareBase = slices.Clone(m.Compare), m.CompareBase
	}
	st.Checklist = report.Ticks(m.Checklist)
	st.Stated = m.Scenario.StatedBeyond(m.base(m.Scenario.ID))
	st.Import = m.year().imported.encode()
	st.Hand = m.year().handKeys()
	return st, nil
}

// Restore replaces the session with st. A state from a newer build, or one
// whose scenario breaks a rule, is refused with the reason and the session
// is left as it was.
func (m *Model) Restore(st State) error {
	if st.Version < 1 || st.Version > StateVersion {
		return fmt.Errorf("state version %d: this build reads 1 to %d", st.Version, StateVersion)
	}
	s, err := scenario.OpenJSON(st.Scenario, st.Preset)
	if err != nil {
		return err
	}
	// What the preset states, then what the work states beyond it.
	s.RestoreStated(scenario.Implied(m.base(st.Preset)))
	s.RestoreStated(st.Stated)
	m.Scenario = s
	m.Lang = i18n.Parse(st.Lang)
	m.Selected, m.Seek = st.Selected, st.Seek
	m.SetSensitivity(st.Sensitivity)
	m.SetSensitivityOf(st.SensitivityOf)
	m.open = map[string]bool{}
	for _, name := range st.Open {
		m.open[name] = true
	}
	m.Checklist = report.Ticks(st.Checklist)
	m.raw, m.errs, m.start, m.typed = map[string]string{}, map[string]*kpi.Error{}, nil, nil
	y := m.year()
	y.refused, y.hireBad, y.season, y.seasonErr = nil, nil, "", nil
	y.imported = decodeImport(st.Import)
	y.restoreHand(st.Hand)
	m.ed.restoreTyped(m, st.Typed)
	for key, text := range st.Typed {
		if !strings.HasPrefix(key, typedEditor) && !m.restoreYearTyped(key, text) {
			m.SetText(key, text)
		}
	}
	m.SetCompare(st.Compare, st.CompareBase)
	m.changed()
	return nil
}

// base is preset id as shipped, whose ranges a link need not carry as
// stated (scenario.StatedBeyond); nil for a tree of one's own.
func (m *Model) base(id string) *scenario.Scenario { return m.Presets.Shipped(id) }

// Open reports whether the section name is unfolded.
func (m *Model) Open(name string) bool { return m.open[name] }

// SetOpen folds or unfolds the section name.
func (m *Model) SetOpen(name string, open bool) {
	if m.open == nil {
		m.open = map[string]bool{}
	}
	if open {
		m.open[name] = true
	} else {
		delete(m.open, name)
	}
}

// SetCompare sets the comparison: at most maxCompare scenarios, the
// current work at most once; a base out of range is the first. My
// scenarios marked past maxCompare are left out (Page.comparedLeft names
// them).
func (m *Model) SetCompare(vs []Variant, base int) {
	m.Compare, m.CompareBase = nil, 0
	current := false
	for _, v := range vs {
		if len(m.Compare) == maxCompare || v.Current && current || !v.Current && len(v.Scenario) == 0 {
			continue
		}
		current = current || v.Current
		if v.Current {
			v = Variant{Current: true}
		}
		m.Compare = append(m.Compare, v)
	}
	if base >= 0 && base < len(m.Compare) {
		m.CompareBase = base
	}
}
