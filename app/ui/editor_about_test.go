package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// about returns the tree's field named f.
func (v EditorView) about(f string) EditorField {
	for _, x := range v.About {
		if x.Field == f {
			return x
		}
	}
	return EditorField{}
}

// A team selling in dollars sets its tree's currency in the page: every
// amount then reads in dollars, the goal's field names USD, and a file or
// link carries it. It could only be set in a file before: the page's own
// import told a US team to "change the plan's currency", which the page
// could not do.
func TestEditorCurrency(t *testing.T) {
	for _, tc := range []struct {
		lang        i18n.Lang
		goal, unit  string
		option, err string
		undone      string
	}{
		{i18n.En, "$100,000,000", "USD", "US dollar (USD)", "Currency: a three-letter ISO 4217 currency code such as JPY or USD", "Currency USD → JPY"},
		{i18n.Ja, "$100,000,000", "USD", "米ドル（USD）", "通貨: JPY や USD のようなISO 4217の3文字の通貨コードにしてください", "通貨 USD → JPY"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := newModel(t, tc.lang)
			e := &Editor{Open: true}
			cur := e.View(m).about(scenario.EditCurrency)
			var labels []string
			for _, o := range cur.Options {
				labels = append(labels, o.Value)
			}
			if strings.Join(labels, ",") != "JPY,USD,EUR,GBP" || cur.Text != "JPY" {
				t.Fatalf("the currency field = %q of %v", cur.Text, labels)
			}
			if cur.Options[1].Label != tc.option {
				t.Errorf("USD reads %q", cur.Options[1].Label)
			}
			before := state(t, m)
			if !e.Set(m, scenario.EditCurrency, "USD") {
				t.Fatalf("USD refused: %+v", e.View(m).about(scenario.EditCurrency))
			}
			v := m.View()
			if v.Forecast.Goal != tc.goal {
				t.Errorf("the goal reads %q, want %q", v.Forecast.Goal, tc.goal)
			}
			for _, lv := range v.Settings {
				if lv.Key == scenario.KeyGoal && lv.Unit != tc.unit {
					t.Errorf("the goal's field names %q, want %q", lv.Unit, tc.unit)
				}
			}
			if strings.Contains(v.Forecast.Total.Text, "¥") || strings.Contains(v.Forecast.Total.Text, "円") || !strings.HasPrefix(v.Forecast.Total.Text, "$") {
				t.Errorf("the forecast reads %q", v.Forecast.Total.Text)
			}
			// The preset's description spoke of yen: it is now said to be the preset's.
			preset, err := m.Presets.Get(m.Scenario.ID)
			if err != nil {
				t.Fatal(err)
			}
			if want := fmt.Sprintf(tc.lang.T("handout.desc_changed"), preset.Description.In(string(tc.lang))); v.Description != want {
				t.Errorf("the description in dollars reads %q, want %q", v.Description, want)
			}
			// Undone, the step reads from the state left to the one shown, as a lever's does.
			if got := describeStep(tc.lang, state(t, m), before, true); got != tc.undone {
				t.Errorf("undone: %q, want %q", got, tc.undone)
			}
			// A sign is no code: refused at the field, which shows what
			// holds (a select: choiceField), the tree in dollars.
			if e.Set(m, scenario.EditCurrency, "$") {
				t.Fatal("$ was taken as a currency code")
			}
			f := e.View(m).about(scenario.EditCurrency)
			if f.Error != tc.err || f.Text != "USD" || m.Scenario.Currency != "USD" {
				t.Errorf("the field = %q, %q; the tree in %s", f.Text, f.Error, m.Scenario.Currency)
			}
		})
	}
}

// The tree's name is the user's: it heads the page and names the preset
// it was made from in the header's choice, and a refused name stays in its
// field with the rule.
func TestEditorTitle(t *testing.T) {
	m := newModel(t, i18n.En)
	e := &Editor{Open: true}
	if !e.Set(m, scenario.EditTitleEn, "FY2027 Tokyo team") {
		t.Fatal("the name was refused")
	}
	v := m.View()
	if v.Title != "FY2027 Tokyo team" {
		t.Errorf("the page's title is %q", v.Title)
	}
	for _, o := range v.Presets {
		if o.Selected && o.Label != "FY2027 Tokyo team" {
			t.Errorf("the header's choice reads %q", o.Label)
		}
		if !o.Selected && o.Label == "FY2027 Tokyo team" {
			t.Errorf("another preset took the name: %+v", o)
		}
	}
	if got := e.View(m).Status; got != "Tree name (English) changed." {
		t.Errorf("status %q", got)
	}
	e.Commit(m, scenario.EditTitleEn) // the field left, then typed into again
	if e.Set(m, scenario.EditTitleEn, strings.Repeat("x", scenario.MaxTitle+1)) {
		t.Fatal("a name too long was accepted")
	}
	f := e.View(m).about(scenario.EditTitleEn)
	if f.Error != "Tree name (English): at most 80 characters" || len(f.Text) != scenario.MaxTitle+1 {
		t.Errorf("the field = %d characters, error %q", len(f.Text), f.Error)
	}
	if m.View().Title != "FY2027 Tokyo team" {
		t.Errorf("a refused name changed the title to %q", m.View().Title)
	}
	// The description replaces the preset's, without its "figures changed" note.
	if !e.Set(m, scenario.EditDescEn, "New logos in Kanto") || m.View().Description != "New logos in Kanto" {
		t.Errorf("the description reads %q", m.View().Description)
	}
}

func state(t *testing.T, m *Model) State {
	t.Helper()
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// A link carries the tree's name, description and currency, on a preset
// (as a diff against it) and on a tree started empty (in full).
func TestLinkCarriesAbout(t *testing.T) {
	shipped, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	for _, preset := range []string{"outbound", ""} {
		t.Run("preset "+preset, func(t *testing.T) {
			m := NewModel(shipped.Dated(now), "outbound", i18n.En)
			if preset == "" {
				(&Editor{}).NewEmpty(m)
			}
			must := func(err error) {
				t.Helper()
				if err != nil {
					t.Fatal(err)
				}
			}
			must(m.Scenario.SetCurrency("EUR"))
			must(m.Scenario.SetTitle(i18n.Ja, "2027年度 欧州チーム"))
			must(m.Scenario.SetDescription(i18n.En, "Berlin and Paris"))
			o := throughLink(t, m, shipped, now)
			s := o.Scenario
			if s.Currency != "EUR" || s.Title.Ja != "2027年度 欧州チーム" || s.Description.En != "Berlin and Paris" {
				t.Errorf("opened from the link: %s, %+v, %+v", s.Currency, s.Title, s.Description)
			}
			if v := o.View(); !strings.HasPrefix(v.Forecast.Goal, "€") {
				t.Errorf("the goal reads %q", v.Forecast.Goal)
			}
		})
	}
}

// A name or a description moves no figure: the Monte Carlo run stands
// (typing a name ran it again at every key, the probability blank
// meanwhile); a value or the currency drops it.
func TestEditorWordsKeepTheRun(t *testing.T) {
	for _, tc := range []struct {
		node, field, text string
		keeps             bool
	}{
		{"close_rate", scenario.EditLabelEn, "Win rate", true},
		{"close_rate", scenario.EditLabelJa, "成約率", true},
		{"", scenario.EditTitleEn, "FY2027", true},
		{"", scenario.EditDescJa, "関東の新規開拓", true},
		{"close_rate", scenario.EditValue, "30", false},
		{"", scenario.EditCurrency, "USD", false},
	} {
		t.Run(tc.field, func(t *testing.T) {
			m := newModel(t, i18n.En)
			m.Bands = runBands(t, m)
			e := &Editor{Open: true}
			if tc.node != "" {
				e.Select(tc.node)
			}
			if !e.Set(m, tc.field, tc.text) {
				t.Fatalf("%s refused", tc.field)
			}
			if kept := m.Bands != nil; kept != tc.keeps {
				t.Errorf("the run kept: %v, want %v", kept, tc.keeps)
			}
		})
	}
}
