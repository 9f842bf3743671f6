package ui

import "encoding/json"

// HistorySize is how many steps undo reaches back at least.
const HistorySize = 50

// History is the page's undo and redo: a bounded list of State snapshots,
// one per committed change (a field's change, a slider released, another
// preset, a file opened), and the position of the one shown. It is plain
// data with no browser in it; the page records and restores.
type History struct {
	steps []State
	at    int // index in steps of the state shown
	max   int // steps kept, the current one included
}

// NewHistory starts a history at cur that keeps size steps back (at least
// HistorySize when size is smaller).
func NewHistory(cur State, size int) *History {
	if size < HistorySize {
		size = HistorySize
	}
	return &History{steps: []State{cur}, max: size + 1}
}

// Record adds st as the next step, when it differs from the state shown
// (the language aside: switching it is not a step). Any redo branch is
// dropped, and the oldest step goes once more than the bound are kept. It
// reports whether a step was added.
func (h *History) Record(st State) bool {
	if sameStep(h.steps[h.at], st) {
		h.steps[h.at] = st // the same work, perhaps another selection or language
		return false
	}
	h.steps = append(h.steps[:h.at+1], st)
	if len(h.steps) > h.max {
		h.steps = append(h.steps[:0], h.steps[len(h.steps)-h.max:]...)
	}
	h.at = len(h.steps) - 1
	return true
}

// Undo moves back one step and returns the state to show then, with the
// one it leaves (to say what was undone); ok is false at the oldest step.
func (h *History) Undo() (to, from State, ok bool) {
	if h.at == 0 {
		return State{}, State{}, false
	}
	h.at--
	return h.steps[h.at], h.steps[h.at+1], true
}

// Redo moves forward one step, the inverse of Undo.
func (h *History) Redo() (to, from State, ok bool) {
	if h.at == len(h.steps)-1 {
		return State{}, State{}, false
	}
	h.at++
	return h.steps[h.at], h.steps[h.at-1], true
}

// CanUndo and CanRedo report whether Undo and Redo have a step to go to.
func (h *History) CanUndo() bool { return h.at > 0 }
func (h *History) CanRedo() bool { return h.at < len(h.steps)-1 }

// Len is how many steps Undo can go back.
func (h *History) Len() int { return h.at }

// sameStep reports whether a and b hold the same work: the scenario, the
// solve and sensitivity choices and the fields' text. The language, the
// node selected and the sections unfolded are not steps of their own.
func sameStep(a, b State) bool {
	a.Lang, b.Lang = "", ""
	a.Selected, b.Selected = "", ""
	a.Open, b.Open = nil, nil
	a.Import, b.Import = nil, nil // an import that read nothing is no step; its report rides on the step shown
	a.Hand, b.Hand = nil, nil     // nor one that only takes a typed value's mark: the file says what was typed
	for _, st := range []*State{&a, &b} {
		if st.SensitivityOf != SensitivityRequired { // as Model.SetSensitivityOf reads it
			st.SensitivityOf = SensitivityRevenue
		}
	}
	sa, sb := a.Scenario, b.Scenario
	a.Scenario, b.Scenario = nil, nil
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb) && sameJSON(sa, sb)
}

// Kept is a History as the tab keeps it across a reload (History.Kept,
// KeptHistory): its steps and the position of the one shown.
type Kept struct {
	Steps []State `json:"steps"`
	At    int     `json:"at"`
}

// Kept is h to keep.
func (h *History) Kept() Kept { return Kept{Steps: h.steps, At: h.at} }

// KeptHistory is the history k kept, the page reloaded on cur: the state
// it shows replaced by cur when they hold the same work (cur is in the
// language and with the sections shown now), else cur recorded after it
// as a new step (a change the tab went before recording, a link opened in
// the tab: undo brings back what the tab showed, as it does after a file
// opened). It is nil when k holds no step, or one this build cannot
// read. It keeps size steps back, as NewHistory.
func KeptHistory(k Kept, cur State, size int) *History {
	if k.At < 0 || k.At >= len(k.Steps) {
		return nil
	}
	for _, st := range k.Steps {
		if st.Version < 1 || st.Version > StateVersion || len(st.Scenario) == 0 {
			return nil
		}
	}
	h := NewHistory(cur, size)
	if drop := len(k.Steps) - h.max; drop > 0 { // a smaller bound than the one that kept it
		drop = min(drop, k.At)
		k.Steps, k.At = k.Steps[drop:], k.At-drop
	}
	h.steps, h.at = k.Steps, k.At
	if !h.Record(cur) {
		h.steps[h.at] = cur
	}
	return h
}
