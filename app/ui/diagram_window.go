package ui

import (
	"github.com/kpisim/kpisim/app/chart"
)

// minReadType is the smallest type, in CSS pixels, that the
// presentation's tree draws its boxes in on a large screen: a projector's
// 1280×720 read from the back of a room. A deep tree drawn whole at
// 1280×720 (Inside sales' seven rows) took 8-pixel type.
const minReadType = 14

// readable reports whether the boxes drawn at scale are in type of at
// least minReadType.
func readable(scale float64) bool { return chart.TreeTypeSize(scale) >= minReadType }

// stepWindow is what the presentation draws of the tree of nodes, focused
// on node id (focus), in a box of width × height on a large screen, and
// the scale it is drawn at: the whole focused tree when it fits in
// readable type; else the KGI above the step's parent, node and terms,
// with as few of the levels between left out as let the type be readable
// (crop), and then, if need be, the node's siblings too. When no window
// is readable, the one drawn in the largest type.
func stepWindow(nodes []chart.Node, id string, scale, width, height float64) ([]chart.Node, float64) {
	best, bestScale := nodes, wideScale(nodes, scale, width, height)
	fitted := fits(best, bestScale, width, height)
	if fitted && readable(bestScale) {
		return best, bestScale
	}
	for _, lone := range []bool{false, true} {
		for skip := 0; ; skip++ {
			c := crop(nodes, id, skip, lone)
			if c == nil {
				break
			}
			s := wideScale(c, scale, width, height)
			if !fits(c, s, width, height) {
				continue
			}
			if readable(s) {
				return c, s
			}
			if !fitted || s > bestScale {
				best, bestScale, fitted = c, s, true
			}
		}
	}
	return best, bestScale
}

// fits reports whether the tree of nodes drawn at scale fits a box of
// width × height.
func fits(nodes []chart.Node, scale, width, height float64) bool {
	w, h := chart.TreeSize(nodes, scale)
	return w <= width+1 && h <= height+1
}

// crop is the boxes drawn of the tree of nodes, focused on node id, with
// skip levels of the path from the KGI to id left out below the KGI: the
// KGI, then the node of the path skip+1 levels down (its operator
// omitted's, for the levels left out) and what is drawn below it. With
// lone, the siblings of id are left out too: the KGI, the step's parent,
// the node and its terms. The parent and the node stay: crop is nil when
// skip would leave either out, or id is not in nodes.
func crop(nodes []chart.Node, id string, skip int, lone bool) []chart.Node {
	var path []int // the KGI first, id last
	for i := range nodes {
		if nodes[i].ID == id {
			for j := i; j >= 0; j = nodes[j].Parent {
				path = append([]int{j}, path...)
			}
		}
	}
	if len(path) == 0 || skip > 0 && len(path) < skip+3 { // the KGI, skip levels, the parent, the node
		return nil
	}
	parent := -1
	if len(path) > 1 {
		parent = path[len(path)-2]
	}
	keep := make([]int, len(nodes)) // the index + 1 in the crop of each node kept; 0 for none
	var out []chart.Node
	for i, n := range nodes {
		switch {
		case i == path[0]:
		case skip > 0 && i == path[skip+1]:
			n.Parent, n.Op = keep[path[0]]-1, omitted
		case n.Parent < 0 || keep[n.Parent] == 0 || nodes[n.Parent].Folded,
			skip > 0 && n.Parent == path[0], // the KGI's other terms
			lone && n.Parent == parent && i != path[len(path)-1]:
			continue
		default:
			n.Parent = keep[n.Parent] - 1
		}
		out = append(out, n)
		keep[i] = len(out)
	}
	return out
}

// omitted is the operator drawn on the box below the KGI when levels
// between them are left out.
const omitted = "⋮"
