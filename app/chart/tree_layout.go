package chart

import (
	"math"
	"strings"
)

// The tree's size before ECharts draws it: the boxes side by side as its
// tree series lays them out (Reingold–Tilford), the rows, the margins.

// TreeSpan is the width, in boxes, that the boxes of the diagram of nodes
// take side by side with none overlapping: the distance between the
// centres of the leftmost and the rightmost box, plus a box. It lays the
// tree out as ECharts' tree series does (Reingold–Tilford: siblings one
// step apart, cousins two, parents centred over their children). A folded
// node counts as a leaf. The host sizes the chart to TreeSpan × the box's
// width and scrolls when the screen is narrower.
func TreeSpan(nodes []Node) float64 {
	span := 0.0
	for _, r := range treeRoots(nodes) {
		span += r.r - r.l + 1
	}
	return max(span, 1)
}

// treeRoots lays out each tree of nodes (a node without a parent and the
// nodes below it) as ECharts does, and returns each tree's extent with the
// boxes at its ends: the one ECharts takes for each end, the first in
// depth-first order among boxes at the same place.
func treeRoots(nodes []Node) []side {
	kids := make([][]int, len(nodes))
	for i, n := range nodes {
		if n.Parent >= 0 && n.Parent < i {
			kids[n.Parent] = append(kids[n.Parent], i)
		}
	}
	rank := make([]int, len(nodes)) // depth-first order, as ECharts walks the tree
	next := 0
	var walk func(i int)
	walk = func(i int) {
		rank[i], next = next, next+1
		for _, c := range kids[i] {
			walk(c)
		}
	}
	for i, n := range nodes {
		if n.Parent < 0 {
			walk(i)
		}
	}
	// contour returns a subtree's extent at each depth, its root at 0,
	// with the boxes at either end of each.
	var contour func(i int) []side
	contour = func(i int) []side {
		if len(kids[i]) == 0 || nodes[i].Folded {
			return []side{{0, 0, i, i}}
		}
		var merged []side
		var xs []float64
		for k, c := range kids[i] {
			cc := contour(c)
			x := 0.0
			if k > 0 {
				x = math.Inf(-1)
				for d := 0; d < len(cc) && d < len(merged); d++ {
					sep := 2.0
					if d == 0 {
						sep = 1
					}
					x = max(x, merged[d].r-cc[d].l+sep)
				}
			}
			xs = append(xs, x)
			for d, e := range cc {
				e.l, e.r = e.l+x, e.r+x
				if d < len(merged) {
					merged[d] = merged[d].widest(e, rank)
				} else {
					merged = append(merged, e)
				}
			}
		}
		mid := (xs[0] + xs[len(xs)-1]) / 2
		out := []side{{0, 0, i, i}}
		for _, e := range merged {
			out = append(out, side{e.l - mid, e.r - mid, e.li, e.ri})
		}
		return out
	}
	var roots []side
	for i, n := range nodes {
		if n.Parent < 0 {
			ends := side{0, 0, i, i}
			for _, e := range contour(i) {
				ends = ends.widest(e, rank)
			}
			roots = append(roots, ends)
		}
	}
	return roots
}

// side is an extent of a tree laid out: its leftmost and rightmost boxes'
// places (l, r) and indexes (li, ri).
type side struct {
	l, r   float64
	li, ri int
}

// widest is the extent of the boxes of a and b: at a tie, the box first
// in depth-first order (rank) is the end, as ECharts takes it.
func (a side) widest(b side, rank []int) side {
	const near = 1e-9
	if b.l < a.l-near || b.l < a.l+near && rank[b.li] < rank[a.li] {
		a.l, a.li = b.l, b.li
	}
	if b.r > a.r+near || b.r > a.r-near && rank[b.ri] < rank[a.ri] {
		a.r, a.ri = b.r, b.ri
	}
	return a
}

// treeMargin is the margin of the tree series beside its ends (left and
// right top down, top and bottom left to right), the boxes a step apart:
// ECharts keeps, beyond the centres of the boxes at the ends, half the
// step between the two (half a step when they are siblings, a whole one
// when not), where half a box is room enough; the margin gives back what
// is more, so the chart is TreeSpan steps across and its boxes a step
// apart, plus a border's room at either end.
func treeMargin(nodes []Node, step float64) float64 {
	roots := treeRoots(nodes)
	if len(roots) == 0 {
		return treeBorder
	}
	ends := roots[0] // ECharts draws the first tree
	if ends.li == ends.ri || nodes[ends.li].Parent == nodes[ends.ri].Parent {
		return treeBorder // one box (centred), or siblings at the ends: half a step
	}
	return treeBorder - step/2 // cousins: a step, half of it given back
}

// Orientations of the tree diagram (TreeOriented).
const (
	TopDown   = "TB" // the KGI at the top, each level a row below it: the page's
	LeftRight = "LR" // the KGI at the left, each level a column to its right
)

// boxStep is the distance between the centres of two boxes side by side
// in a column, left to right: the tallest box and a gap.
func boxStep(nodes []Node, scale float64) float64 { return boxHeight(nodes, scale) + 12*scale }

// columnGap is the room between two columns of boxes left to right, for
// the edges' curves, at scale 1.
const columnGap = 48

// TreeSizeIn is TreeSize for the diagram drawn in orient: left to right,
// as many columns as TreeSize has rows, each a box and a gap wide, and
// TreeSpan boxes a step apart (boxStep) down.
func TreeSizeIn(nodes []Node, scale float64, orient string) (width, height float64) {
	if orient != LeftRight {
		return TreeSize(nodes, scale)
	}
	if !(scale > 0) {
		scale = 1
	}
	width = float64(treeRows(nodes)-1)*(BoxWidth+columnGap)*scale + BoxWidth*scale + 2*treeBorder
	height = TreeSpan(nodes)*boxStep(nodes, scale) + 2*treeBorder
	return width, height
}

// TreeFit is the scale, at most 1, that draws the diagram of nodes in
// orient within width × height, of its size at scale 1 (TreeSizeIn).
func TreeFit(nodes []Node, orient string, width, height float64) float64 {
	w, h := TreeSizeIn(nodes, 1, orient)
	return min(1, width/w, height/h)
}

// treeBorder is the room, in CSS pixels, beside the boxes at the ends:
// their borders and shadows.
const treeBorder = 8

// TreeSize is the size, in CSS pixels, that the diagram of nodes needs at
// scale so that no two boxes overlap: TreeSpan boxes wide, and as many
// rows as the deepest unfolded branch, each as high as the tallest box.
func TreeSize(nodes []Node, scale float64) (width, height float64) {
	if !(scale > 0) {
		scale = 1
	}
	box := boxHeight(nodes, scale)
	width = TreeSpan(nodes)*(BoxWidth*scale+16) + 2*treeBorder // the boxes and the room beside them
	height = float64(treeRows(nodes))*(box+22) + 40
	return width, height
}

// treeRows is the number of levels the diagram of nodes shows: the
// deepest branch that no folded box hides.
func treeRows(nodes []Node) int {
	depth := make([]int, len(nodes))
	hidden := make([]bool, len(nodes))
	rows := 1
	for i, n := range nodes {
		if p := n.Parent; p >= 0 && p < i {
			depth[i] = depth[p] + 1
			hidden[i] = hidden[p] || nodes[p].Folded
		}
		if !hidden[i] {
			rows = max(rows, depth[i]+1)
		}
	}
	return rows
}

// boxHeight is the height of the tallest box, in CSS pixels: its lines,
// the level's badge and the padding.
func boxHeight(nodes []Node, scale float64) float64 {
	lines := 1
	for _, n := range nodes {
		lines = max(lines, strings.Count(nodeLabel(n).Formatter, "\n"))
	}
	return (float64(lines)*17 + 18 + 10) * scale
}
