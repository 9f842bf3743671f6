package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// typeKeys types text into field of the node being edited key by key, as
// the browser does with the field's text selected: the first key replaces
// it, and each next key adds to what the field reads after the render the
// last one caused (a render writes the field's text back).
func typeKeys(m *Model, e *Editor, field, text string) {
	typed := ""
	for i, r := range []rune(text) {
		if i > 0 {
			typed = e.View(m).field(field).Text
		}
		typed += string(r)
		e.Set(m, field, typed)
	}
}

// TestEditorNumberTypedFullWidth: a number typed in full-width digits
// stays in its field as typed until the field is left. Each key that gave
// a valid value was applied and written back half-width, so １２３ read
// 12３ under its refusal, and 架電数's １２３４５ read 123４５; and the
// status line said the close rate changed, though the value typed was
// refused and the tree went back to its form before the typing.
func TestEditorNumberTypedFullWidth(t *testing.T) {
	for _, tc := range []struct {
		lang              i18n.Lang
		node, field, text string
	}{
		{i18n.Ja, "close_rate", scenario.EditValue, "１２３"},
		{i18n.En, "close_rate", scenario.EditValue, "４５６７"},
		{i18n.Ja, "calls", scenario.EditValue, "１２３４５"},
		{i18n.Ja, "close_rate", scenario.EditMin, "１２３"},
		{i18n.En, "close_rate", scenario.EditMax, "１２３"},
		{i18n.Ja, "close_rate", scenario.EditStep, "１２３"},
	} {
		t.Run(string(tc.lang)+"/"+tc.node+"/"+tc.field, func(t *testing.T) {
			m := newModel(t, tc.lang)
			e := &Editor{Open: true}
			e.Select(tc.node)
			before := *m.Scenario.Node(tc.node)
			typeKeys(m, e, tc.field, tc.text)
			v := e.View(m)
			if f := v.field(tc.field); f.Text != tc.text || f.Error == "" {
				t.Errorf("the field reads %q (%q); want %q as typed, with its rule", f.Text, f.Error, tc.text)
			}
			if n := m.Scenario.Node(tc.node); n.Value != before.Value || n.Min != before.Min || n.Max != before.Max || n.Step != before.Step {
				t.Errorf("the node is %+v, want it as before the typing", *n)
			}
			if v.Status != "" {
				t.Errorf("the status says %q after a refusal; want no change said", v.Status)
			}
		})
	}
}

// TestEditorNumberTypedThenLeft: a valid number typed in full-width
// digits shows as typed while the field is typed into, is applied, and
// shows as stored once the field is left.
func TestEditorNumberTypedThenLeft(t *testing.T) {
	m := newModel(t, i18n.Ja)
	e := &Editor{Open: true}
	e.Select("close_rate")
	typeKeys(m, e, scenario.EditValue, "３０")
	if f := e.View(m).field(scenario.EditValue); f.Text != "３０" || f.Error != "" {
		t.Errorf("while typing the field reads %+v, want ３０ as typed", f)
	}
	if got := m.Scenario.Node("close_rate").Value; got != 0.3 {
		t.Errorf("the close rate is %v, want 0.3", got)
	}
	e.Commit(m, scenario.EditValue)
	v := e.View(m)
	if f := v.field(scenario.EditValue); f.Text != "30" {
		t.Errorf("left, the field reads %q, want 30 as stored", f.Text)
	}
	if v.Status == "" {
		t.Error("a change applied is not said")
	}
}

// TestEditorNumberLeftGrouped: a number left shows its thousands grouped,
// as the levers' fields and the entry table show theirs. "$12,000" typed
// into the deal size had read back as 12000.
func TestEditorNumberLeftGrouped(t *testing.T) {
	for _, tc := range []struct {
		name              string
		lang              i18n.Lang
		node, field, text string
		want              string
	}{
		{"currency and commas", i18n.En, "unit_price", scenario.EditValue, "¥1,200,000", "1,200,000"},
		{"plain digits", i18n.Ja, "unit_price", scenario.EditValue, "1200000", "1,200,000"},
		{"full-width digits", i18n.Ja, "unit_price", scenario.EditMax, "２５０００００", "2,500,000"},
		{"a rate in percent", i18n.En, "close_rate", scenario.EditValue, "25", "25"},
		{"a fraction", i18n.En, "close_rate", scenario.EditStep, "0.5", "0.5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			e := &Editor{Open: true}
			e.Select(tc.node)
			typeKeys(m, e, tc.field, tc.text)
			if f := e.View(m).field(tc.field); f.Text != tc.text || f.Error != "" {
				t.Fatalf("while typing the field reads %+v, want %q as typed", f, tc.text)
			}
			e.Commit(m, tc.field)
			if f := e.View(m).field(tc.field); f.Text != tc.want {
				t.Errorf("left, the field reads %q, want %q", f.Text, tc.want)
			}
		})
	}
}

// TestEditorRefusalKeepsChangesSinceAnUncommittedEdit: a value typed
// again as it stood fires no change event, so its typing was never
// committed; a refusal in the same field later went back to the tree
// before it, and the calls moved meanwhile went back too.
func TestEditorRefusalKeepsChangesSinceAnUncommittedEdit(t *testing.T) {
	m := newModel(t, i18n.En)
	m.Load("outbound")
	e := &Editor{Open: true}
	e.Select("close_rate")
	typeKeys(m, e, scenario.EditValue, "25") // as it stands: no Commit
	m.SetDisplay("calls", 50)
	typeKeys(m, e, scenario.EditValue, "0")
	if f := e.View(m).field(scenario.EditValue); f.Error == "" {
		t.Fatalf("0 %% is not refused: %+v", f)
	}
	if got := m.Scenario.Node("calls").Value; got != 50 {
		t.Errorf("calls %v after the refusal, want the 50 moved to before it", got)
	}
	if got := m.Scenario.Node("close_rate").Value; got != 0.25 {
		t.Errorf("close rate %v, want its last valid 0.25", got)
	}
}
