package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// Text the editor refused comes back after a reload (and in a link, and at
// Undo) in its field with its rule, the editor open at its node: it had
// been lost, the tree's last valid value shown in its place.
func TestEditorRefusedTextKept(t *testing.T) {
	for _, tc := range []struct {
		name        string
		lang        i18n.Lang
		node, field string
		text, want  string
	}{
		{"a rate of 0", i18n.Ja, "close_rate", scenario.EditValue, "0", "受注率: 0%より大きく100%以下にしてください"},
		{"a rate of 0 in English", i18n.En, "close_rate", scenario.EditValue, "0", "Close rate: must be more than 0% and at most 100%"},
		{"a word for a number", i18n.En, "unit_price", scenario.EditValue, "lots", ""},
		{"a title too long", i18n.En, "", scenario.EditTitleEn, string(make([]byte, 400)), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			m.ed.Open = true
			m.ed.Select(tc.node)
			if m.ed.Set(m, tc.field, tc.text) {
				t.Skipf("%q taken in %s: not a refusal to keep", tc.text, tc.field)
			}
			before := m.ed.View(m).field(tc.field)
			if tc.node == "" {
				before = aboutField1(m.ed.View(m), tc.field)
			}
			if before.Error == "" || before.Text != tc.text {
				t.Fatalf("before the reload the field = %+v", before)
			}
			m2 := reopened(t, m)
			v := m2.ed.View(m2)
			if !v.Open {
				t.Fatal("the editor is closed after the reload: the refused text is out of sight")
			}
			f := v.field(tc.field)
			if tc.node == "" {
				f = aboutField1(v, tc.field)
			}
			if f.Text != tc.text || f.Error != before.Error {
				t.Errorf("after the reload the field = %q, error %q; want %q, %q", f.Text, f.Error, tc.text, before.Error)
			}
			if tc.want != "" && f.Error != tc.want {
				t.Errorf("error %q, want %q", f.Error, tc.want)
			}
			if m2.Scenario.Node("close_rate").Value != m.Scenario.Node("close_rate").Value {
				t.Error("the tree changed at the reload")
			}
		})
	}
}

// aboutField1 is the tree's own field f in v.
func aboutField1(v EditorView, f string) EditorField {
	for _, x := range v.About {
		if x.Field == f {
			return x
		}
	}
	return EditorField{}
}

// Keys that name no node, a select's refusal, or a text the tree now takes
// open nothing and change nothing.
func TestEditorTypedDropsWhatItCannotPlace(t *testing.T) {
	m := newModel(t, i18n.En)
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	want := m.Scenario.Node("close_rate").Value
	st.Typed = map[string]string{"edit/nobody/value": "0", "edit/close_rate/unit": "yen", "edit/close_rate/value": "30",
		"edit/close_rate": "0", "edit//value": "0", "edit/close_rate/title.en": "x", "edit/close_rate/activity": "maybe"}
	if err := m.Restore(st); err != nil {
		t.Fatal(err)
	}
	if v := m.ed.View(m); v.Open || len(m.ed.raw) != 0 || len(m.raw) != 0 {
		t.Errorf("placed: editor open %v, editor %v, fields %v", v.Open, m.ed.raw, m.raw)
	}
	if got := m.Scenario.Node("close_rate").Value; got != want {
		t.Errorf("close rate %v, want %v as saved", got, want)
	}
}
