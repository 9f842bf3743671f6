package ui

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A link whose scenario breaks a rule says which field and which rule, in
// the page's language, as a file's refusal does; it read only "The link's
// scenario breaks a rule." for a 0% close rate, -2 reps, an unknown field
// or a text value alike. A field the page has is named by its label, as
// the page names it when the same rule is broken there: the reader of a
// link never saw the file's keys (close_rate.value, calendar.headcount).
func TestLinkErrorNamesRule(t *testing.T) {
	for _, c := range []struct {
		name       string
		change     func(s map[string]any)
		ja, en     string
		key, typed string // the page's field, and the same value typed there
	}{
		{"a close rate of 0%", func(s map[string]any) { node(s, "close_rate")["value"] = 0 },
			"（受注率: 0%より大きく100%以下にしてください）", "(Close rate: must be more than 0% and at most 100%)", "close_rate", "0"},
		{"-2 reps", func(s map[string]any) { s["calendar"].(map[string]any)["headcount"] = -2 },
			"（営業人数: 0より大きく1,000,000以下にしてください）", "(Reps: must be more than 0 and at most 1,000,000)", scenario.KeyHeadcount, "-2"},
		{"a goal of 0", func(s map[string]any) { s["goal"].(map[string]any)["value"] = 0 },
			"（目標（KGI）・年間: ", "(Goal (KGI) · a year: ", scenario.KeyGoal, "0"},
		{"a calls' ceiling of -1", func(s map[string]any) { node(s, "calls")["ceiling"] = -1 },
			"（1人1日の上限・架電数: ", "(Ceiling per rep per day · Calls: ", "", ""},
		{"an unknown field", func(s map[string]any) { s["colour"] = "red" }, "colour", "colour", "", ""},
		{"a text value", func(s map[string]any) { node(s, "close_rate")["value"] = "abc" }, "close_rate.value", "close_rate.value", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, i18n.Ja)
			st, err := m.State()
			if err != nil {
				t.Fatal(err)
			}
			var s map[string]any
			if err := json.Unmarshal(st.Scenario, &s); err != nil {
				t.Fatal(err)
			}
			c.change(s)
			if st.Scenario, err = json.Marshal(s); err != nil {
				t.Fatal(err)
			}
			err = newModel(t, i18n.Ja).Restore(st)
			if err == nil {
				t.Fatal("the link's scenario was accepted")
			}
			for l, want := range map[i18n.Lang]string{i18n.Ja: c.ja, i18n.En: c.en} {
				got := linkError(err).in(l)
				if !strings.HasPrefix(got, l.T("share.error.title")) || !strings.Contains(got, want) || !strings.HasSuffix(got, l.T("share.error.kept")) {
					t.Errorf("%s: %q, want the title, %q and that the work is kept", l, got, want)
				}
				if c.key == "" {
					continue
				}
				m := newModel(t, l)
				m.SetText(c.key, c.typed)
				if said := lever(m.View(), c.key).Error; said == "" || !strings.Contains(got, said) {
					t.Errorf("%s: %q; want the words the page's field says of %s typed: %q", l, got, c.typed, said)
				}
			}
		})
	}
}

// node is the node id of the scenario's JSON form s.
func node(s map[string]any, id string) map[string]any {
	for _, n := range s["nodes"].([]any) {
		if n := n.(map[string]any); n["id"] == id {
			return n
		}
	}
	return nil
}
