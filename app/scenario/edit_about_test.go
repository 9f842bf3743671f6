package scenario_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// The tree's name, description and currency are set in the page as a
// file sets them, and a refused one names the field and its rule in both
// languages, leaving the tree as it was.
func TestEditAbout(t *testing.T) {
	long := strings.Repeat("あ", scenario.MaxTitle+1)
	for _, tc := range []struct {
		name   string
		edit   func(s *scenario.Scenario) error
		check  func(s *scenario.Scenario) string // "" when right
		ja, en string                            // the refusal, "" when accepted
	}{
		{"a name in Japanese", func(s *scenario.Scenario) error { return s.SetTitle(i18n.Ja, " 2027年度 東京営業部 ") },
			func(s *scenario.Scenario) string { return want(s.Title.Ja, "2027年度 東京営業部") }, "", ""},
		{"a name in English", func(s *scenario.Scenario) error { return s.SetTitle(i18n.En, "FY2027 Tokyo sales") },
			func(s *scenario.Scenario) string { return want(s.Title.En, "FY2027 Tokyo sales") }, "", ""},
		{"one language's name cleared", func(s *scenario.Scenario) error { return s.SetTitle(i18n.En, "") },
			func(s *scenario.Scenario) string { return want(s.Title.In("en"), "新しいツリー") }, "", ""},
		{"a name too long", func(s *scenario.Scenario) error { return s.SetTitle(i18n.Ja, long) }, nil,
			"ツリーの名前（日本語）: 80文字までです", "Tree name (Japanese): at most 80 characters"},
		{"a name on two lines", func(s *scenario.Scenario) error { return s.SetTitle(i18n.En, "a\nb") }, nil,
			"ツリーの名前（英語）: 1行で入力してください", "Tree name (English): one line"},
		{"a description", func(s *scenario.Scenario) error { return s.SetDescription(i18n.En, "New logos in Kanto") },
			func(s *scenario.Scenario) string { return want(s.Description.En, "New logos in Kanto") }, "", ""},
		{"a description on two lines", func(s *scenario.Scenario) error {
			return s.SetDescription(i18n.Ja, "関東の新規開拓。\n東京　営業部\n")
		},
			func(s *scenario.Scenario) string {
				return want(s.Description.Ja, "関東の新規開拓。 東京　営業部")
			}, "", ""},
		{"a description cleared", func(s *scenario.Scenario) error { return s.SetDescription(i18n.Ja, "") },
			func(s *scenario.Scenario) string { return want(s.Description.Ja, "") }, "", ""},
		{"dollars", func(s *scenario.Scenario) error { return s.SetCurrency("USD") },
			func(s *scenario.Scenario) string { return want(s.Currency, "USD") }, "", ""},
		{"a code in lower case", func(s *scenario.Scenario) error { return s.SetCurrency(" eur ") },
			func(s *scenario.Scenario) string { return want(s.Currency, "EUR") }, "", ""},
		{"no code", func(s *scenario.Scenario) error { return s.SetCurrency("dollars") }, nil,
			"通貨: JPY や USD のようなISO 4217の3文字の通貨コードにしてください", "Currency: a three-letter ISO 4217 currency code such as JPY or USD"},
		{"a sign", func(s *scenario.Scenario) error { return s.SetCurrency("$") }, nil,
			"通貨: JPY や USD のようなISO 4217の3文字の通貨コードにしてください", "Currency: a three-letter ISO 4217 currency code such as JPY or USD"},
		{"three letters of no currency", func(s *scenario.Scenario) error { return s.SetCurrency("JYP") }, nil,
			"通貨: JPY や USD のようなISO 4217の3文字の通貨コードにしてください", "Currency: a three-letter ISO 4217 currency code such as JPY or USD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := scenario.NewEmpty()
			before := s.Clone()
			err := tc.edit(s)
			if tc.en == "" {
				if err != nil {
					t.Fatal(err)
				}
				if msg := tc.check(s); msg != "" {
					t.Error(msg)
				}
				data, err := scenario.Encode(s)
				if err != nil {
					t.Fatal(err)
				}
				back, err := scenario.Parse(data, "")
				if err != nil {
					t.Fatalf("the edited tree does not read back from its file: %v", err)
				}
				if back.Title != s.Title || back.Description != s.Description || back.Currency != s.Currency {
					t.Errorf("its file reads back %+v %+v %s", back.Title, back.Description, back.Currency)
				}
				return
			}
			ee, ok := err.(*scenario.EditError)
			if !ok {
				t.Fatalf("err = %v, want an edit refused", err)
			}
			if ee.Node != "" {
				t.Errorf("the refusal names node %q, a field of the tree", ee.Node)
			}
			for _, c := range []struct {
				l    i18n.Lang
				want string
			}{{i18n.Ja, tc.ja}, {i18n.En, tc.en}} {
				if got := ee.Text(c.l, s); got != c.want {
					t.Errorf("%s: %q, want %q", c.l, got, c.want)
				}
			}
			if s.Title != before.Title || s.Description != before.Description || s.Currency != before.Currency {
				t.Errorf("a refused edit changed the tree: %+v %+v %s", s.Title, s.Description, s.Currency)
			}
		})
	}
}

// Both names cannot be empty: the tree would have none to show.
func TestEditAboutNoName(t *testing.T) {
	s := scenario.NewEmpty()
	if err := s.SetTitle(i18n.Ja, ""); err != nil {
		t.Fatal(err)
	}
	err := s.SetTitle(i18n.En, "  ")
	ee, ok := err.(*scenario.EditError)
	if !ok {
		t.Fatalf("err = %v, want an edit refused", err)
	}
	if got, want := ee.Text(i18n.En, s), "Tree name (English): give the tree a name in Japanese or English"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if s.Title.En != "New tree" {
		t.Errorf("the English name is %q", s.Title.En)
	}
}

func want(got, want string) string {
	if got != want {
		return "got " + got + ", want " + want
	}
	return ""
}

// Every preset's name and description can be edited a character at a
// time: none is beyond the editor's limits, and one beyond is refused.
func TestEditAboutPresets(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
			s := p.Clone()
			if err := s.SetDescription(l, p.Description.In(string(l))+"。"); err != nil {
				t.Errorf("%s %s: the description with one more character: %v", p.ID, l, err)
			}
			if err := s.SetTitle(l, p.Title.In(string(l))+"!"); err != nil {
				t.Errorf("%s %s: the name with one more character: %v", p.ID, l, err)
			}
		}
	}
	s := scenario.NewEmpty()
	err = s.SetDescription(i18n.En, strings.Repeat("x", scenario.MaxDescription+1))
	if ee, ok := err.(*scenario.EditError); !ok || ee.Text(i18n.En, s) != "Description (English): at most 2000 characters" {
		t.Errorf("a description too long: %v", err)
	}
}
