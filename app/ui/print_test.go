package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// The handout's head states the scenario's assumptions in the page's
// language: the goal as set, the calendar, the plan, what is solved and
// how it is rounded, then every lever's planned value with its unit.
func TestHandoutHead(t *testing.T) {
	for _, c := range []struct {
		lang          i18n.Lang
		facts, levers string
	}{
		{i18n.Ja, "目標（KGI）=売上 年間1億円|営業人数=10|月の営業日数=20|計画期間=12か月（4月から）|逆算する項目=架電数|丸め=切り上げ",
			"平均単価=100万円|受注率=25%|商談化率=20%|アポイント獲得率=2%|架電数=40 件/人日"},
		{i18n.En, "Goal (KGI)=Revenue ¥100,000,000 a year|Reps=10|Working days a month=20|Plan=12 months from Apr|Solve for=Calls|Rounding=round up",
			"Average deal size=¥1,000,000|Close rate=25%|Meeting conversion=20%|Appointment rate=2%|Calls=40 / rep / day"},
	} {
		m := newModel(t, c.lang)
		h := m.handout(m.View())
		if h == nil {
			t.Fatalf("%s: no handout head", c.lang)
		}
		join := func(fs []Fact) string {
			var out []string
			for _, f := range fs {
				out = append(out, f.Name+"="+f.Value)
			}
			return strings.Join(out, "|")
		}
		if got := join(h.Facts); got != c.facts {
			t.Errorf("%s facts:\n got %s\nwant %s", c.lang, got, c.facts)
		}
		if got := join(h.Levers); got != c.levers {
			t.Errorf("%s levers:\n got %s\nwant %s", c.lang, got, c.levers)
		}
	}
	// A scenario that does not solve has no head (and the page none).
	m := newModel(t, i18n.En)
	v := m.View()
	v.table = nil
	if m.handout(v) != nil {
		t.Error("a head without an answer")
	}
}

func TestPrintDate(t *testing.T) {
	d := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	for l, want := range map[i18n.Lang]string{i18n.Ja: "2026年4月1日", i18n.En: "1 Apr 2026"} {
		if got := report.DayName(l, d); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}

// Every download is named kpisim-<scenario>-<what>.<ext>, the scenario's
// id kept to file-name characters.
func TestDownloadName(t *testing.T) {
	for _, c := range [][2]string{{"outbound", "kpisim-outbound-required.csv"}, {"my plan/2026", "kpisim-myplan2026-required.csv"}, {"", "kpisim-scenario-required.csv"}} {
		if got := downloadName(c[0], "required", "csv"); got != c[1] {
			t.Errorf("%q: %s, want %s", c[0], got, c[1])
		}
	}
}

// The handout's description (and the page's footer) never contradicts the
// figures beside it: the preset's description, written for a 25% close
// rate, is labelled as where the scenario started once the close rate is
// 10% (the handout read 「受注率25%」 above 受注率=10%); as the preset, or
// changed back, it stands alone; a description of the scenario's own is
// left as it is.
func TestHandoutDescription(t *testing.T) {
	for _, c := range []struct {
		name    string
		lang    i18n.Lang
		set     map[string]string
		own     string // a description of the scenario's own
		changed bool
	}{
		{"as the preset", i18n.Ja, nil, "", false},
		{"close rate changed", i18n.Ja, map[string]string{"close_rate": "10"}, "", true},
		{"close rate changed, in English", i18n.En, map[string]string{"close_rate": "10"}, "", true},
		{"reps changed", i18n.En, map[string]string{"calendar.headcount": "12"}, "", true},
		{"changed and changed back", i18n.En, map[string]string{"close_rate": "25"}, "", false},
		{"a description of its own", i18n.En, map[string]string{"close_rate": "10"}, "Our team's plan for next year.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			if c.own != "" {
				m.Scenario.Description.En = c.own
			}
			desc := m.Scenario.Description.In(string(c.lang))
			for k, v := range c.set {
				m.SetText(k, v)
			}
			v := m.View()
			h := m.handout(v)
			want := desc
			if c.changed {
				want = strings.Replace(c.lang.T("handout.desc_changed"), "%s", desc, 1)
			}
			if h.Description != want || v.Description != want {
				t.Errorf("handout %q, page %q; want %q", h.Description, v.Description, want)
			}
		})
	}
}

// A scenario file without an id is named by its file, as kpisim names it
// (scenario.FileID), and its downloads by that id, with the characters a
// file name may hold: teamA.yaml's plan saved as kpisim-scenario-plan.csv
// where the CLI said teamA, and チームA.yaml's as kpisim-A-plan.csv.
func TestDownloadNameOfFile(t *testing.T) {
	for _, c := range []struct{ name, file, want string }{
		{"its name", "teamA.yaml", "kpisim-teamA-plan.csv"},
		{"spaces left out", "team C.json", "kpisim-teamC-plan.csv"},
		{"dots left out", "dir/plan.v2.yml", "kpisim-planv2-plan.csv"},
		{"Japanese kept", "チームA.yaml", "kpisim-チームA-plan.csv"},
		{"a combining mark kept", "\u30c6\u3099\u30fc\u30bf.yaml", "kpisim-\u30c6\u3099\u30fc\u30bf-plan.csv"}, // データ as macOS spells it (NFD)
		{"no name", ".yaml", "kpisim-scenario-plan.csv"},
		{"nothing a file name holds", "?*.yaml", "kpisim-scenario-plan.csv"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := downloadName(scenario.FileID(c.file), "plan", "csv"); got != c.want {
				t.Errorf("%q: %s, want %s", c.file, got, c.want)
			}
		})
	}
}

// TestFileID: a preset's files are named by its id, its figures edited or not, and a
// file opened by its own name; a tree drawn, or a preset renamed, by its
// title in the page's language. Every tree drawn had
// saved as custom.yaml, the second over the first.
func TestFileID(t *testing.T) {
	for _, c := range []struct {
		name  string
		lang  i18n.Lang
		setup func(m *Model)
		want  string
	}{
		{"a preset", i18n.Ja, func(m *Model) {}, "outbound"},
		// A preset given a name of its own is the user's tree: "ACME new
		// ARR plan" had downloaded as outbound.yaml.
		{"a preset renamed", i18n.En, func(m *Model) { m.Scenario.Title.En = "Team A" }, "Team-A"},
		{"a preset renamed in the other language", i18n.Ja, func(m *Model) { m.Scenario.Title.En = "Team A" }, "outbound"},
		{"a tree drawn, in Japanese", i18n.Ja, func(m *Model) {
			(&Editor{}).NewEmpty(m)
			m.Scenario.Title = kpi.Label{Ja: "2027年度 営業計画", En: "Plan 2027"}
		}, "2027年度-営業計画"},
		{"a tree drawn, in English", i18n.En, func(m *Model) {
			(&Editor{}).NewEmpty(m)
			m.Scenario.Title = kpi.Label{Ja: "2027年度 営業計画", En: "Plan for 2027"}
		}, "Plan-for-2027"},
		{"a file opened keeps its name", i18n.En, func(m *Model) {
			m.Scenario.ID, m.Scenario.Title = "teamC", kpi.Label{En: "Team C"}
		}, "teamC"},
		{"a tree drawn with no name a file holds", i18n.En, func(m *Model) {
			(&Editor{}).NewEmpty(m)
			m.Scenario.Title = kpi.Label{En: "?*"}
		}, "custom"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			c.setup(m)
			if got := m.fileID(); got != c.want {
				t.Errorf("file id %q, want %q", got, c.want)
			}
		})
	}
}
