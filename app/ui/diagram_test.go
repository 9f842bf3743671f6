package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// Every preset's diagram has each node of the tree once, under its parent,
// at the article's level, with the parent's operator on its edge and the
// required and forecast figures the tree's list shows.
func TestDiagramNodes(t *testing.T) {
	givens := map[string]bool{"saas-revenue/opening_arr": true, "saas-revenue/renewing_arr": true,
		"saas-revenue/contract_years": true, "velocity/days": true}
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
				// A given of the plan is no KFS nor KPI, as the
				// presentation's lists and the coach leave it out: it
				// read KPI (opening ARR) and KFS (velocity's 360 days).
				want := Level(r.Depth)
				if r.Depth > 0 && report.Constant(mod, r.Index) {
					want = lang.T("diagram.given")
				}
				if n.Level != want || n.Given != (want == lang.T("diagram.given")) {
					t.Errorf("%s: %s at depth %d is %s (given %v), want %s", p.ID, n.ID, r.Depth, n.Level, n.Given, want)
				}
				if givens[p.ID+"/"+n.ID] != n.Given {
					t.Errorf("%s: %s given %v", p.ID, n.ID, n.Given)
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

// TestGrowScale: on a large screen a presentation's tree grows to fill
// its box, at one scale for every step, and never past it or maxFitScale;
// a tree whose deepest step fills the box keeps its scale.
func TestGrowScale(t *testing.T) {
	cases := []struct {
		name          string
		preset        string
		width, height float64
		grows         bool
	}{
		{"a shallow tree at 1920×1080", "field-sales", 1100, 950, true},
		{"a shallow tree at 1280×720", "field-sales", 700, 590, true},
		{"a shallow tree in a narrow box", "field-sales", 500, 590, false},
		{"the deepest tree at 1920×1080", "inside-sales", 1100, 950, false},
		{"a deep tree at 1920×1080, its figures one line each", "outbound", 1100, 950, true},
		{"no box yet", "field-sales", 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, i18n.En)
			m.Load(c.preset)
			nodes := diagramNodes(m.View())
			got := growScale(nodes, 1.4, c.width, c.height)
			if grew := got > 1.4; grew != c.grows || got > maxFitScale || got < 1.4 {
				t.Fatalf("scale %v, want growth %v (up to %v)", got, c.grows, maxFitScale)
			}
			for _, n := range nodes { // every step fits at that scale
				st := slices.Clone(nodes)
				focus(st, n.ID)
				if w, h := chart.TreeSize(st, got); got > 1.4 && (w > c.width+1 || h > c.height+1) {
					t.Errorf("the step of %s needs %.0f×%.0f at %v, more than the box", n.ID, w, h, got)
				}
			}
		})
	}
}

// TestWideScale: on a large screen every step of every preset's
// presentation fits the height of the tree's box, so the KGI is in sight
// beside the step (Inside sales' last step at 1280×720 was scrolled, its
// KGI above the box), and a tree with room keeps its scale. What the
// presentation draws of it is readable (readableWindow).
func TestWideScale(t *testing.T) {
	// The tree's box in the presentation (.present-tree), as Chromium
	// lays it out.
	boxes := []struct {
		name          string
		width, height float64
	}{
		{"1280×720", 739, 609},
		{"1920×1080", 1125, 973},
	}
	for _, box := range boxes {
		for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
			m := newModel(t, lang)
			for _, p := range m.Presets {
				t.Run(box.name+"/"+string(lang)+"/"+p.ID, func(t *testing.T) {
					m.Load(p.ID)
					v := m.View()
					for _, s := range Steps(v.table) {
						nodes := presentNodes(v, nodeOf(s.Node), nil)
						focus(nodes, s.focus())
						got := wideScale(nodes, 1.4, box.width, box.height)
						if _, h := chart.TreeSize(nodes, got); h > box.height+1 {
							t.Errorf("step %q: the tree is %.0f px high at scale %v, the box %.0f", s.Title, h, got, box.height)
						}
						if w, h := chart.TreeSize(nodes, 1.4); w <= box.width+1 && h <= box.height+1 && got != 1.4 {
							t.Errorf("step %q: a tree with room drawn at %v", s.Title, got)
						}
						readableWindow(t, s, nodes, box.width, box.height)
					}
				})
			}
		}
	}
	if got := wideScale(nil, 1.4, 0, 0); got != 1.4 {
		t.Errorf("with no box yet, scale %v", got)
	}
}
