package ui

// The KPI tree card's list folds its branches when the tree is large: a
// tree of twenty branches and 141 nodes made a list 9,000 px long, the
// explanation beside its top. Each first-level branch is folded, but the
// one that holds the selected node; a button beside a node with branches
// folds or unfolds it, and selecting a node elsewhere (the diagram)
// unfolds the branches it lies in.

// foldAbove is the most nodes a tree's list shows whole.
const foldAbove = 40

// listFold is how the list shows one node: hidden under a folded branch,
// or shown, and whether it has branches to fold (Foldable), is folded,
// and how many nodes lie below it (Below).
type listFold struct {
	Shown, Foldable, Folded bool
	Below                   int
}

// foldList is how the list shows nodes, in their order (a node's
// descendants follow it, deeper), given the user's choices (folded or
// not, by node id). A tree of foldAbove nodes or fewer shows whole.
func foldList(nodes []TreeNode, folded map[string]bool) []listFold {
	out := make([]listFold, len(nodes))
	for i := range nodes {
		for j := i + 1; j < len(nodes) && nodes[j].Depth > nodes[i].Depth; j++ {
			out[i].Below++
		}
	}
	hideDeeper := -1 // the depth of the folded node whose descendants are hidden, or -1
	for i, n := range nodes {
		if hideDeeper >= 0 && n.Depth > hideDeeper {
			continue
		}
		hideDeeper = -1
		out[i].Shown = true
		if len(nodes) <= foldAbove || out[i].Below == 0 {
			continue
		}
		out[i].Foldable = true
		f, chosen := folded[n.ID]
		if !chosen {
			f = n.Depth == 1 && !holdsSelected(nodes[i+1:i+1+out[i].Below])
		}
		if out[i].Folded = f; f {
			hideDeeper = n.Depth
		}
	}
	return out
}

// holdsSelected reports whether one of nodes is the selected node.
func holdsSelected(nodes []TreeNode) bool {
	for _, n := range nodes {
		if n.Selected {
			return true
		}
	}
	return false
}

// reveal unfolds the branches node id lies in, in the user's choices.
func reveal(nodes []TreeNode, folded map[string]bool, id string) {
	for i, n := range nodes {
		if n.ID != id {
			continue
		}
		depth := n.Depth
		for j := i - 1; j >= 0 && depth > 0; j-- {
			if nodes[j].Depth < depth {
				depth = nodes[j].Depth
				folded[nodes[j].ID] = false
			}
		}
		return
	}
}
