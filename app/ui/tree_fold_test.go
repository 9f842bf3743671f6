package ui

import (
	"fmt"
	"strings"
	"testing"
)

// bigTree is a KGI over n branches of k nodes each (a branch node and its
// k-1 leaves), in the list's order; sel is selected.
func bigTree(n, k int, sel string) []TreeNode {
	nodes := []TreeNode{{ID: "kgi", Depth: 0}}
	for b := range n {
		nodes = append(nodes, TreeNode{ID: fmt.Sprintf("b%d", b), Depth: 1})
		for c := 1; c < k; c++ {
			nodes = append(nodes, TreeNode{ID: fmt.Sprintf("b%d.%d", b, c), Depth: 2})
		}
	}
	for i := range nodes {
		nodes[i].Selected = nodes[i].ID == sel
	}
	return nodes
}

// listed lists the ids foldList shows, a folded one with a "+" and how many
// nodes it hides.
func listed(nodes []TreeNode, folded map[string]bool) string {
	var out []string
	for i, f := range foldList(nodes, folded) {
		switch {
		case !f.Shown:
		case f.Folded:
			out = append(out, fmt.Sprintf("%s+%d", nodes[i].ID, f.Below))
		default:
			out = append(out, nodes[i].ID)
		}
	}
	return strings.Join(out, " ")
}

func TestFoldList(t *testing.T) {
	for _, tc := range []struct {
		name   string
		nodes  []TreeNode
		folded map[string]bool
		want   string
	}{
		{"a preset's tree shows whole", bigTree(2, 4, "kgi"), nil, "kgi b0 b0.1 b0.2 b0.3 b1 b1.1 b1.2 b1.3"},
		{"a large tree folds its first-level branches", bigTree(7, 7, "kgi"), nil, "kgi b0+6 b1+6 b2+6 b3+6 b4+6 b5+6 b6+6"},
		{"but the one that holds the selected node", bigTree(7, 7, "b2.3"), nil, "kgi b0+6 b1+6 b2 b2.1 b2.2 b2.3 b2.4 b2.5 b2.6 b3+6 b4+6 b5+6 b6+6"},
		{"a branch unfolded", bigTree(7, 7, "kgi"), map[string]bool{"b5": false}, "kgi b0+6 b1+6 b2+6 b3+6 b4+6 b5 b5.1 b5.2 b5.3 b5.4 b5.5 b5.6 b6+6"},
		{"the KGI folded", bigTree(7, 7, "kgi"), map[string]bool{"kgi": true}, "kgi+49"},
		{"the selected node's branch folded by hand", bigTree(7, 7, "b2.3"), map[string]bool{"b2": true}, "kgi b0+6 b1+6 b2+6 b3+6 b4+6 b5+6 b6+6"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := listed(tc.nodes, tc.folded); got != tc.want {
				t.Errorf("shown:\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

// Selecting a node in the diagram unfolds the branches it lies in, and
// only those.
func TestReveal(t *testing.T) {
	nodes := bigTree(7, 7, "kgi")
	folded := map[string]bool{"b4": true, "kgi": true}
	reveal(nodes, folded, "b4.2")
	for i := range nodes {
		nodes[i].Selected = nodes[i].ID == "b4.2"
	}
	if got, want := listed(nodes, folded), "kgi b0+6 b1+6 b2+6 b3+6 b4 b4.1 b4.2 b4.3 b4.4 b4.5 b4.6 b5+6 b6+6"; got != want {
		t.Errorf("shown:\n got %s\nwant %s", got, want)
	}
}
