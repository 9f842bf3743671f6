package scenario_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// A file or link whose two nodes share a name in a language is refused,
// naming both nodes: two product lines both named 受注件数 read as one in
// the lever list, goal seek, the messages and an actuals column.
func TestLabelsUnique(t *testing.T) {
	for _, c := range []struct {
		name, from, to string
		field, other   string
	}{
		{"a Japanese name twice", "{ja: 受注率, en: Close rate}", "{ja: 商談化率, en: Close rate}", "meeting_rate.label.ja", "close_rate"},
		{"an English name twice", "{ja: 受注率, en: Close rate}", "{ja: 受注率, en: Meeting conversion}", "meeting_rate.label.en", "close_rate"},
		{"with spaces around it", "{ja: 受注率, en: Close rate}", "{ja: ' 商談化率 ', en: Close rate}", "meeting_rate.label.ja", "close_rate"},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := outboundYAML(t)
			if !strings.Contains(file, c.from) {
				t.Fatalf("outbound.yaml has no %s", c.from)
			}
			file = strings.Replace(file, c.from, c.to, 1)
			for _, open := range []func([]byte, string) (*scenario.Scenario, error){scenario.Parse, scenario.Open} {
				_, err := open([]byte(file), "")
				var es scenario.Errors
				if !errors.As(err, &es) || len(es) != 1 {
					t.Fatalf("err = %v, want one problem", err)
				}
				if es[0].Field != c.field || es[0].Line == 0 {
					t.Errorf("names line %d %s, want %s", es[0].Line, es[0].Field, c.field)
				}
				for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
					if got := es[0].Text(l); !strings.Contains(got, c.other) || !strings.HasPrefix(got, c.field+": ") {
						t.Errorf("%s: %q, want both %s and %s", l, got, c.field, c.other)
					}
				}
			}
		})
	}
	// One node's Japanese name may be another's English one: names are
	// each language's own.
	file := strings.Replace(outboundYAML(t), "{ja: 受注率, en: Close rate}", "{ja: 受注率, en: 商談化率}", 1)
	if _, err := scenario.Parse([]byte(file), ""); err != nil {
		t.Errorf("a name in ja that is another's in en: %v", err)
	}
}

// A new node takes a name no node has: 項目2 typed as a name before item_2
// is added does not make two.
func TestNewNodeNameFree(t *testing.T) {
	s, _ := presets(t).Get("outbound")
	if err := s.Rename("calls", i18n.Ja, "項目1"); err != nil {
		t.Fatal(err)
	}
	id, err := s.AddChild("deals", kpi.Lever)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Node(id).Label.Ja; got == "項目1" {
		t.Errorf("the new node %s is named %s, as calls is", id, got)
	}
}

// outboundYAML is the default preset's file as the page downloads it.
func outboundYAML(t *testing.T) string {
	t.Helper()
	s, _ := presets(t).Get("outbound")
	data, err := scenario.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// A name typed in one language is copied to the other where that still
// holds the editor's placeholder (Item 3, 新しいツリー), never over a name
// someone typed or a preset's, and never onto another node's name.
func TestCopyName(t *testing.T) {
	type want struct{ ja, en string }
	for _, c := range []struct {
		name  string
		setup func(t *testing.T, s *scenario.Scenario) string // the node named ("" the tree)
		lang  i18n.Lang
		want  want
		moved bool
	}{
		{"a new node named in Japanese", func(t *testing.T, s *scenario.Scenario) string {
			id := addLever(t, s)
			mustEdit(t, s.Rename(id, i18n.Ja, "訪問件数"))
			return id
		}, i18n.Ja, want{"訪問件数", "訪問件数"}, true},
		{"a new node named in English", func(t *testing.T, s *scenario.Scenario) string {
			id := addLever(t, s)
			mustEdit(t, s.Rename(id, i18n.En, "Visits"))
			return id
		}, i18n.En, want{"Visits", "Visits"}, true},
		{"a name typed in the other language stays", func(t *testing.T, s *scenario.Scenario) string {
			id := addLever(t, s)
			mustEdit(t, s.Rename(id, i18n.En, "Visits"))
			mustEdit(t, s.Rename(id, i18n.Ja, "訪問件数"))
			return id
		}, i18n.Ja, want{"訪問件数", "Visits"}, false},
		{"the starter's translated name stays", func(t *testing.T, s *scenario.Scenario) string {
			mustEdit(t, s.Rename("revenue", i18n.Ja, "粗利"))
			return "revenue"
		}, i18n.Ja, want{"粗利", "Revenue"}, false},
		// The empty tree's activity starts as 受注額, "Sales won": renamed in
		// one language, it had kept the other's, an amount's word for a count.
		{"the starter activity named in Japanese", func(t *testing.T, s *scenario.Scenario) string {
			mustEdit(t, s.Rename("activity", i18n.Ja, "成約数"))
			return "activity"
		}, i18n.Ja, want{"成約数", "成約数"}, true},
		{"the starter activity named in English", func(t *testing.T, s *scenario.Scenario) string {
			mustEdit(t, s.Rename("activity", i18n.En, "Placements"))
			return "activity"
		}, i18n.En, want{"Placements", "Placements"}, true},
		{"the starter activity's other name typed stays", func(t *testing.T, s *scenario.Scenario) string {
			mustEdit(t, s.Rename("activity", i18n.En, "Placements"))
			mustEdit(t, s.Rename("activity", i18n.Ja, "成約数"))
			return "activity"
		}, i18n.Ja, want{"成約数", "Placements"}, false},
		{"a placeholder is not copied onto a placeholder", func(t *testing.T, s *scenario.Scenario) string {
			return addLever(t, s)
		}, i18n.Ja, want{"項目1", "Item 1"}, false},
		{"another node's name is not taken", func(t *testing.T, s *scenario.Scenario) string {
			id := addLever(t, s)
			mustEdit(t, s.Rename(id, i18n.Ja, "Revenue")) // the KGI's English name
			return id
		}, i18n.Ja, want{"Revenue", "Item 1"}, false},
		{"the tree named in Japanese", func(t *testing.T, s *scenario.Scenario) string {
			mustEdit(t, s.SetTitle(i18n.Ja, "2027年度 営業計画"))
			return ""
		}, i18n.Ja, want{"2027年度 営業計画", "2027年度 営業計画"}, true},
		{"the tree's untouched name", func(t *testing.T, s *scenario.Scenario) string {
			return ""
		}, i18n.Ja, want{i18n.Ja.T("editor.empty_title"), i18n.En.T("editor.empty_title")}, false},
		{"the tree's typed English name stays", func(t *testing.T, s *scenario.Scenario) string {
			mustEdit(t, s.SetTitle(i18n.En, "FY2027 plan"))
			mustEdit(t, s.SetTitle(i18n.Ja, "2027年度 営業計画"))
			return ""
		}, i18n.Ja, want{"2027年度 営業計画", "FY2027 plan"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := scenario.NewEmpty()
			id := c.setup(t, s)
			if got := s.CopyName(id, c.lang); got != c.moved {
				t.Errorf("CopyName = %v, want %v", got, c.moved)
			}
			got := want{s.Title.Ja, s.Title.En}
			if id != "" {
				l := s.Node(id).Label
				got = want{l.Ja, l.En}
			}
			if got != c.want {
				t.Errorf("names %+v, want %+v", got, c.want)
			}
			if _, err := s.Answer(); err != nil {
				t.Errorf("the tree no longer solves: %v", err)
			}
		})
	}
}

// addLever adds a lever under the empty tree's KGI.
func addLever(t *testing.T, s *scenario.Scenario) string {
	t.Helper()
	id, err := s.AddChild("revenue", kpi.Lever)
	mustEdit(t, err)
	return id
}

func mustEdit(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
