package ui

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// Every preset's diagram has each node of the tree once, under its parent,
// at the article's level, with the parent's operator on its edge and the
// required and forecast figures the tree's list shows.
func TestDiagramNodes(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		m := newModel(t, lang)
		for _, p := range m.Presets {
			m.Load(p.ID)
			v := m.View()
			nodes := diagramNodes(v)
			if len(nodes) != len(v.Tree) || len(nodes) == 0 {
				t.Fatalf("%s: %d boxes for %d nodes", p.ID, len(nodes), len(v.Tree))
			}
			mod := v.table.Answer.Tree.Model
			seen := map[string]bool{}
			for i, n := range nodes {
				r := v.table.Rows[i]
				if seen[n.ID] || n.ID != r.ID {
					t.Errorf("%s: box %d is %q, row %q", p.ID, i, n.ID, r.ID)
				}
				seen[n.ID] = true
				if want := []string{"KGI", "KFS"}; r.Depth < 2 && n.Level != want[r.Depth] || r.Depth >= 2 && n.Level != "KPI" {
					t.Errorf("%s: %s at depth %d is %s", p.ID, n.ID, r.Depth, n.Level)
				}
				pi := mod.Parent(r.Index)
				if pi < 0 {
					if n.Parent != -1 || i != 0 {
						t.Errorf("%s: root %s at %d, parent %d", p.ID, n.ID, i, n.Parent)
					}
					continue
				}
				if nodes[n.Parent].ID != mod.Node(pi).ID {
					t.Errorf("%s: %s under %s, want %s", p.ID, n.ID, nodes[n.Parent].ID, mod.Node(pi).ID)
				}
				if sym := mod.Node(pi).Op.Symbol(); n.Op != sym && !(n.Op == "" && mod.Children(pi)[0] == r.Index) {
					t.Errorf("%s: %s's edge is %q, want %q", p.ID, n.ID, n.Op, sym)
				}
				if tn := v.Tree[i]; tn.Required != "" && !strings.HasSuffix(n.Required, " "+tn.Required) {
					t.Errorf("%s: %s required %q, list %q", p.ID, n.ID, n.Required, tn.Required)
				}
			}
		}
	}
}
