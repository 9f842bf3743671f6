package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
)

// readableWindow checks what the presentation draws of step s's tree of
// nodes, focused, in a box of width × height (stepWindow): type of at
// least minReadType (Inside sales' last steps were in 8-px type at
// 1280×720), the box's size, and the KGI, the step's node and its terms in
// it.
func readableWindow(t *testing.T, s Step, nodes []chart.Node, width, height float64) {
	t.Helper()
	got, scale := stepWindow(nodes, s.focus(), 1.4, width, height)
	if px := chart.TreeTypeSize(scale); px < minReadType {
		t.Errorf("step %q: %d-px type (scale %v)", s.Title, px, scale)
	}
	if w, h := chart.TreeSize(got, scale); w > width+1 || h > height+1 {
		t.Errorf("step %q: %.0f×%.0f px at scale %v, the box %.0f×%.0f", s.Title, w, h, scale, width, height)
	}
	ids := make([]string, len(got))
	for k, n := range got {
		ids[k] = n.ID
	}
	want := []string{nodes[0].ID, s.focus()}
	for _, tm := range s.Lines {
		want = append(want, nodeOf(tm.Node))
	}
	for _, id := range want {
		if !slices.Contains(ids, id) {
			t.Errorf("step %q: %s is not drawn (%v)", s.Title, id, ids)
		}
	}
}

// TestCrop: the levels between the KGI and the step's parent are left out
// as asked, the box below the KGI says so, and the tree stays a tree.
func TestCrop(t *testing.T) {
	// a ─ b ─ c ─ d ─ {e, f};  a ─ g;  c ─ h
	nodes := []chart.Node{
		{ID: "a", Parent: -1}, {ID: "b", Parent: 0, Op: "×"}, {ID: "c", Parent: 1, Op: "×"},
		{ID: "d", Parent: 2, Op: "×"}, {ID: "e", Parent: 3, Op: "×"}, {ID: "f", Parent: 3, Op: "×"},
		{ID: "g", Parent: 0, Op: "×"}, {ID: "h", Parent: 2, Op: "+"},
	}
	focus(nodes, "d")
	cases := []struct {
		name string
		skip int
		lone bool
		want string // each box as id<parent's id
	}{
		{"nothing left out", 0, false, "a< b<a c<b d<c e<d f<d g<a h<c"},
		{"one level", 1, false, "a< c<a d<c e<d f<d h<c"},
		{"down to the parent", 2, false, ""},
		{"the siblings", 0, true, "a< b<a c<b d<c e<d f<d g<a"},
		{"one level and the siblings", 1, true, "a< c<a d<c e<d f<d"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := crop(nodes, "d", c.skip, c.lone)
			var s []string
			for _, n := range got {
				p := ""
				if n.Parent >= 0 {
					p = got[n.Parent].ID
				}
				s = append(s, n.ID+"<"+p)
			}
			if g := strings.Join(s, " "); g != c.want {
				t.Fatalf("got %q, want %q", g, c.want)
			}
			if c.skip > 0 && len(got) > 1 && got[1].Op != omitted {
				t.Errorf("the box below the KGI has the operator %q, want %q", got[1].Op, omitted)
			}
		})
	}
	if got := crop(nodes, "nope", 0, false); got != nil {
		t.Errorf("a node not in the tree: %v", got)
	}
}
