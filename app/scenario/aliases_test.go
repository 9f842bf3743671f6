package scenario_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// preset is a copy of preset id, safe to change.
func preset(t *testing.T, id string) *scenario.Scenario {
	t.Helper()
	s, err := presets(t).Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return s.Clone()
}

// yamlOf is preset id as a YAML file.
func yamlOf(t *testing.T, id string) string {
	t.Helper()
	b, err := scenario.Encode(preset(t, id))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A node's aliases, typed in the editor: names apart by commas (, 、 ，),
// semicolons or lines; one an import would read as another node's name
// is refused, naming that node in the page's language.
func TestSetAliases(t *testing.T) {
	for _, tc := range []struct {
		name, id, text string
		want           []string
		ja, en         string // the rule refused, "" when taken
	}{
		{name: "two names", id: "opportunities", text: "Demo, Web 商談", want: []string{"Demo", "Web 商談"}},
		{name: "Japanese commas and lines", id: "opportunities", text: "デモ、Web商談\nオンライン商談；訪問", want: []string{"デモ", "Web商談", "オンライン商談", "訪問"}},
		{name: "blanks and repeats dropped", id: "opportunities", text: " Demo ,, demo, DEMO ", want: []string{"Demo"}},
		{name: "nothing clears them", id: "opportunities", text: "  ", want: nil},
		{name: "another node's name", id: "opportunities", text: "Demo, 架電数", ja: "商談数: 「架電数」は取り込みでは「架電数」の名前として読まれます。ほかの名前にしてください",
			en: `Opportunities: "架電数" already reads as Calls in an import; choose another name`},
		{name: "another node's id, spelt otherwise", id: "opportunities", text: "First Meetings", ja: "商談数: 「First Meetings」は取り込みでは「初回商談数（アポ）」の名前として読まれます。ほかの名前にしてください",
			en: `Opportunities: "First Meetings" already reads as First meetings in an import; choose another name`},
		{name: "brackets alone", id: "opportunities", text: "（新規）", ja: "商談数: 「（新規）」は取り込みで名前として読めません（括弧の中と記号は読み飛ばします）",
			en: `Opportunities: "（新規）" reads as no name in an import (what is in brackets, and marks, are skipped)`},
		{name: "too long", id: "opportunities", text: strings.Repeat("あ", 61), ja: "商談数: 別名「" + strings.Repeat("あ", 61) + "」は60文字を超えています",
			en: `Opportunities: the other name "` + strings.Repeat("あ", 61) + `" is longer than 60 characters`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := preset(t, "outbound")
			err := s.SetAliases(tc.id, tc.text)
			if tc.en != "" {
				e, ok := err.(*scenario.EditError)
				if !ok {
					t.Fatalf("SetAliases(%q) = %v, want it refused", tc.text, err)
				}
				if ja, en := e.Text(i18n.Ja, s), e.Text(i18n.En, s); ja != tc.ja || en != tc.en {
					t.Errorf("refused with\n%s\n%s\nwant\n%s\n%s", ja, en, tc.ja, tc.en)
				}
				if s.Node(tc.id).Aliases != nil {
					t.Errorf("refused, yet the node holds %q", s.Node(tc.id).Aliases)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Node(tc.id).Aliases; !slices.Equal(got, tc.want) {
				t.Errorf("aliases %q, want %q", got, tc.want)
			}
		})
	}
	s := preset(t, "outbound")
	if err := s.SetAliases("first_meetings", "Meeting"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAliases("opportunities", "meeting"); err == nil {
		t.Error("an alias another node has was taken")
	}
}

// Aliases travel with the scenario: in its YAML and JSON files (and so
// in links and saved work), and to the import (ImportNodes).
func TestAliasesRoundTrip(t *testing.T) {
	s := preset(t, "outbound")
	if err := s.SetAliases("opportunities", "Demo、Web 商談"); err != nil {
		t.Fatal(err)
	}
	want := []string{"Demo", "Web 商談"}
	y, err := scenario.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(y), "aliases: [Demo, Web 商談]") {
		t.Errorf("the YAML file:\n%s", y)
	}
	j, err := scenario.EncodeJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	fromY, err := scenario.Parse(y, "outbound")
	if err != nil {
		t.Fatal(err)
	}
	fromJ, err := scenario.ParseJSON(j, "outbound")
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*scenario.Scenario{"YAML": fromY, "JSON": fromJ, "a clone": s.Clone()} {
		if got := r.Node("opportunities").Aliases; !slices.Equal(got, want) {
			t.Errorf("%s: aliases %q, want %q", name, got, want)
		}
	}
	i := slices.IndexFunc(s.ImportNodes(), func(n actuals.Node) bool { return n.ID == "opportunities" })
	if i < 0 || !slices.Equal(s.ImportNodes()[i].Aliases, want) {
		t.Errorf("the import's nodes %+v", s.ImportNodes())
	}
}

// A file's aliases are a list of names, each of one line and at most 60
// characters, that an import reads as a name; the error names the field.
func TestAliasesInFile(t *testing.T) {
	base := yamlOf(t, "outbound")
	for _, tc := range []struct{ name, aliases, en string }{
		{"not a list", "Demo", "must be a list of other names an import reads"},
		{"a map in the list", "[{a: b}]", "must be a list of other names an import reads"},
		{"brackets alone", "[（新規）]", `"（新規）" reads as no name in an import`},
		{"too long", "[" + strings.Repeat("x", 61) + "]", "is longer than 60 characters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := strings.Replace(base, "  - id: opportunities\n", "  - id: opportunities\n    aliases: "+tc.aliases+"\n", 1)
			if file == base {
				t.Fatal("no opportunities node in the preset's file")
			}
			_, err := scenario.Parse([]byte(file), "outbound")
			if err == nil || !strings.Contains(err.Error(), "opportunities.aliases") || !strings.Contains(err.Error(), tc.en) {
				t.Errorf("Parse: %v, want an error on opportunities.aliases saying %q", err, tc.en)
			}
		})
	}
	// An alias another node's name reads as is read, not refused: the
	// import then names both (a node renamed since can make one).
	file := strings.Replace(base, "  - id: opportunities\n", "  - id: opportunities\n    aliases: [Calls]\n", 1)
	if _, err := scenario.Parse([]byte(file), "outbound"); err != nil {
		t.Errorf("an alias that is another node's name: %v", err)
	}
}
