package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// historyModel is a model on the default preset and its state.
func historyModel(t *testing.T) (*Model, State) {
	t.Helper()
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	m := NewModel(ps, scenario.DefaultPreset, i18n.En)
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	return m, st
}

// leverKey is the first lever of the model's scenario.
func leverKey(m *Model) string {
	for _, lv := range m.View().Levers {
		return lv.Key
	}
	return ""
}

// step sets the lever key to v, as a committed field does, and returns
// the state.
func step(t *testing.T, m *Model, key string, v float64) State {
	t.Helper()
	m.SetDisplay(key, v)
	m.Commit(key)
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestHistoryUndoRedoOrder(t *testing.T) {
	m, start := historyModel(t)
	key := leverKey(m)
	h := NewHistory(start, HistorySize)
	if h.CanUndo() || h.CanRedo() {
		t.Fatal("a new history has nothing to undo or redo")
	}
	var states []State
	for _, v := range []float64{11, 12, 13} {
		st := step(t, m, key, v)
		if !h.Record(st) {
			t.Fatalf("setting %s to %v was not a step", key, v)
		}
		states = append(states, st)
	}
	if h.Record(states[2]) {
		t.Error("the same state twice made two steps")
	}
	want := []State{states[1], states[0], start}
	for i, w := range want {
		to, _, ok := h.Undo()
		if !ok || !sameStep(to, w) {
			t.Fatalf("undo %d: got another state", i+1)
		}
	}
	if _, _, ok := h.Undo(); ok || h.CanUndo() {
		t.Error("undo went past the start")
	}
	for i, w := range states {
		to, _, ok := h.Redo()
		if !ok || !sameStep(to, w) {
			t.Fatalf("redo %d: got another state", i+1)
		}
	}
	if _, _, ok := h.Redo(); ok || h.CanRedo() {
		t.Error("redo went past the last step")
	}
	// The restored state is the model's again.
	to, _, _ := h.Undo()
	if err := m.Restore(to); err != nil {
		t.Fatal(err)
	}
	if got, _ := m.State(); !sameStep(got, states[1]) {
		t.Error("Restore of an undone state differs from it")
	}
}

func TestHistoryNewChangeDropsRedo(t *testing.T) {
	m, start := historyModel(t)
	key := leverKey(m)
	h := NewHistory(start, HistorySize)
	h.Record(step(t, m, key, 11))
	h.Record(step(t, m, key, 12))
	h.Undo()
	if !h.CanRedo() {
		t.Fatal("nothing to redo after an undo")
	}
	if !h.Record(step(t, m, key, 20)) {
		t.Fatal("a new change after undo was not a step")
	}
	if h.CanRedo() {
		t.Error("the redo branch survived a new change")
	}
	if h.Len() != 2 {
		t.Errorf("%d steps to undo, want 2 (11, then 20)", h.Len())
	}
}

func TestHistoryBounded(t *testing.T) {
	m, start := historyModel(t)
	key := leverKey(m)
	h := NewHistory(start, 10) // a smaller size still keeps HistorySize
	var last []State
	for i := range 60 {
		st := step(t, m, key, float64(100+i))
		h.Record(st)
		last = append(last, st)
	}
	if h.Len() != HistorySize {
		t.Fatalf("%d steps to undo after 60 changes, want %d", h.Len(), HistorySize)
	}
	for i := 0; i < HistorySize; i++ {
		to, _, ok := h.Undo()
		if !ok {
			t.Fatalf("undo %d refused", i+1)
		}
		if want := last[len(last)-2-i]; !sameStep(to, want) {
			t.Fatalf("undo %d: not the state %d changes back", i+1, i+1)
		}
	}
	if h.CanUndo() {
		t.Error("more than the bound kept")
	}
}

// The language, the node selected and the sections unfolded are not steps.
func TestHistoryLanguageNotAStep(t *testing.T) {
	_, start := historyModel(t)
	h := NewHistory(start, HistorySize)
	other := start
	other.Lang, other.Selected, other.Open = "ja", "deals", []string{SectionMonths}
	if h.Record(other) {
		t.Error("switching language made an undo step")
	}
}

func TestHistoryKeys(t *testing.T) {
	for _, c := range []struct {
		name                   string
		key                    string
		ctrl, meta, shift, alt bool
		redo, ok               bool
	}{
		{"ctrl z", "z", true, false, false, false, false, true},
		{"cmd z", "z", false, true, false, false, false, true},
		{"shift ctrl z", "Z", true, false, true, false, true, true},
		{"shift cmd z", "Z", false, true, true, false, true, true},
		{"ctrl y", "y", true, false, false, false, true, true},
		{"cmd y is not redo", "y", false, true, false, false, true, false},
		{"z alone", "z", false, false, false, false, false, false},
		{"alt ctrl z", "z", true, false, false, true, false, false},
		{"ctrl x", "x", true, false, false, false, false, false},
	} {
		redo, ok := historyKey(c.key, c.ctrl, c.meta, c.shift, c.alt)
		if ok != c.ok || ok && redo != c.redo {
			t.Errorf("%s: redo %v ok %v, want %v %v", c.name, redo, ok, c.redo, c.ok)
		}
	}
}

// An undo says what it undid, with values as the page writes them.
func TestDescribeStep(t *testing.T) {
	m, start := historyModel(t)
	rate := step(t, m, "close_rate", 30)
	price := step(t, m, "unit_price", 1200000)
	goal := step(t, m, scenario.KeyGoal, 120000000)
	m.Scenario.Nodes[len(m.Scenario.Nodes)-1].Label.En = "Renamed"
	renamed, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	compared, ticked := renamed, renamed
	compared.Compare = []Variant{{Preset: "outbound", Scenario: renamed.Scenario}, {Current: true}}
	ticked.Checklist = []int{3}
	cleared := renamed
	cleared.Typed = map[string]string{"close_rate": ""}
	m4, start4 := historyModel(t)
	for k, v := range map[string]float64{"unit_price": 1200000, "close_rate": 30, "meeting_rate": 30} {
		step(t, m4, k, v)
	}
	four := step(t, m4, "appointment_rate", 3)
	for _, c := range []struct {
		name   string
		lang   i18n.Lang
		a, b   State
		undone bool
		want   string
	}{
		{"a rate", i18n.En, start, rate, false, "Close rate 25% → 30%"},
		{"a rate undone", i18n.En, rate, start, true, "Close rate 30% → 25%"},
		// Every lever a step moved (one of My scenarios opened, a link):
		// it said the first alone.
		{"two levers undone", i18n.En, price, start, true, "Average deal size ¥1,200,000 → ¥1,000,000, Close rate 30% → 25%"},
		{"four levers, ja", i18n.Ja, start4, four, false, "平均単価 100万円 → 120万円、受注率 25% → 30%、商談化率 20% → 30%、ほか1項目"},
		{"money, en", i18n.En, rate, price, false, "Average deal size ¥1,000,000 → ¥1,200,000"},
		{"money, ja", i18n.Ja, rate, price, false, "平均単価 100万円 → 120万円"},
		{"the goal", i18n.En, price, goal, false, "the goal ¥100,000,000 → ¥120,000,000"},
		{"renamed in the other language", i18n.Ja, goal, renamed, false, "「架電数」の名前の変更"},
		{"renamed", i18n.En, goal, renamed, false, "the renaming of Calls to Renamed"},
		{"compared, en", i18n.En, renamed, compared, false, "the comparison"},
		{"compared, ja", i18n.Ja, compared, renamed, false, "シナリオの比較"},
		{"a tick", i18n.En, renamed, ticked, false, "the checklist"},
		// A field cleared, its empty text refused and kept: it read "a
		// change of settings" when undone.
		{"a field cleared, en", i18n.En, cleared, renamed, true, "the text typed in Close rate"},
		{"a field cleared, ja", i18n.Ja, cleared, renamed, true, "「受注率」に入力した文字"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := describeStep(c.lang, c.a, c.b, c.undone); got != c.want {
				t.Errorf("describeStep = %q, want %q", got, c.want)
			}
		})
	}
}

// An edit of the tree is named as the user made it, undone or redone: it
// read "an edit of the tree" for every one.
func TestDescribeTreeEdit(t *testing.T) {
	edited := func(preset string, edit func(s *scenario.Scenario) error) (before, after State) {
		t.Helper()
		m, _ := historyModel(t)
		m.Load(preset)
		before, err := m.State()
		if err != nil {
			t.Fatal(err)
		}
		if err := edit(m.Scenario); err != nil {
			t.Fatal(err)
		}
		if after, err = m.State(); err != nil {
			t.Fatal(err)
		}
		return before, after
	}
	for _, c := range []struct {
		name   string
		preset string
		edit   func(s *scenario.Scenario) error
		ja, en string
	}{
		{"added", "outbound", func(s *scenario.Scenario) error { _, err := s.AddChild("revenue", kpi.Lever); return err },
			"「項目1」の追加", "the addition of Item 1"},
		{"removed", "outbound", func(s *scenario.Scenario) error { return s.Remove("appointment_rate") },
			"「アポイント獲得率」の削除", "the removal of Appointment rate"},
		{"renamed", "outbound", func(s *scenario.Scenario) error { return s.Rename("calls", i18n.En, "Dials") },
			"「架電数」の名前の変更", "the renaming of Calls to Dials"},
		{"moved under another parent", "outbound", func(s *scenario.Scenario) error { return s.Move("close_rate", "opportunities", 0) },
			"「受注率」の移動", "the move of Close rate"},
		{"moved among its siblings", "outbound", func(s *scenario.Scenario) error { return s.MoveBy("calls", -1) },
			"「初回商談数（アポ）」の項の並び順", "the order of the terms of First meetings"},
		{"formula", "saas-revenue", func(s *scenario.Scenario) error { return s.SetOp("gross_arr", kpi.Difference) },
			"「新規＋拡張ARR」の式の変更", "the change of the formula of New and expansion ARR"},
		{"other names", "outbound", func(s *scenario.Scenario) error { return s.SetAliases("opportunities", "Demo") },
			"「商談数」の設定の変更", "the change of the settings of Opportunities"},
		{"settings", "outbound", func(s *scenario.Scenario) error { return s.SetCadence("calls", kpi.CadenceWeekly) },
			"「架電数」の設定の変更", "the change of the settings of Calls"},
		{"a given of the plan", "saas-revenue", func(s *scenario.Scenario) error { return s.SetGiven("opening_arr", false) },
			"「期首ARR」の設定の変更", "the change of the settings of Opening ARR"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, after := edited(c.preset, c.edit)
			for _, d := range []struct {
				lang   i18n.Lang
				a, b   State
				undone bool
				want   string
			}{
				{i18n.Ja, after, before, true, c.ja}, // undone: from the edit back to before it
				{i18n.En, after, before, true, c.en},
				{i18n.En, before, after, false, c.en}, // redone
			} {
				if got := describeStep(d.lang, d.a, d.b, d.undone); got != d.want {
					t.Errorf("%s, undone %v: %q, want %q", d.lang, d.undone, got, d.want)
				}
			}
		})
	}
}

// The live region says the step in the language shown when it is drawn:
// switched after an undo, it no longer speaks the language left.
func TestSaidStepFollowsLanguage(t *testing.T) {
	m, start := historyModel(t)
	rate := step(t, m, "close_rate", 30)
	said := &saidStep{key: "files.undone", from: rate, to: start}
	if got, want := said.in(i18n.En), "Undone: Close rate 30% → 25%"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if got, want := said.in(i18n.Ja), "元に戻しました: 受注率 30% → 25%"; got != want {
		t.Errorf("ja after en: %q, want %q", got, want)
	}
	if got := (*saidStep)(nil).in(i18n.Ja); got != "" {
		t.Errorf("nothing undone says %q", got)
	}
}
