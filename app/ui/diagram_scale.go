package ui

import (
	"math"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/chart"
)

// The diagram's scale: fitted to its box, grown where the whole tree has
// room to spare, and never below a size its type stays readable at.

// fitScale is what a fitted tree of nodes, focused or not, draws in the
// box around it, and the scale. On a large screen it is drawn smaller when
// it is taller or wider than the box (wideScale), so a projector shows the
// KGI and the step together without scrolling (the presentation's last
// step kept SaaS's top boxes out of sight), and larger, up to maxFitScale,
// when every step has room to spare (growScale); a step too deep for
// readable type leaves levels out (stepWindow). On a phone the page
// scrolls down the tree and the step: the tree keeps its own height and is
// drawn smaller, down to minPhoneScale, to fit the screen's width (at 390
// px the boxes at either end of a step were cut in half, and the step's
// figures were below a tree 560 px high).
func (d *Diagram) fitScale(nodes []chart.Node, scale float64) ([]chart.Node, float64) {
	box := d.host.Get("parentElement")
	width, height := box.Get("clientWidth").Float(), box.Get("clientHeight").Float()
	if oneColumn() {
		if w, _ := chart.TreeSize(nodes, scale); width > 0 && w > width+1 {
			return nodes, widthScale(nodes, scale, width, minPhoneScale)
		}
		return nodes, scale
	}
	if d.Focus == "" {
		return nodes, wideScale(nodes, scale, width, height)
	}
	if fit := wideScale(nodes, scale, width, height); fit == scale {
		return nodes, growScale(d.Nodes, scale, width, height)
	}
	return stepWindow(nodes, d.Focus, scale, width, height)
}

// wideScale is the scale, from scale down, at which the tree of nodes is
// drawn in a box of width × height on a large screen: the largest whose
// height fits the box, down to minDeepScale, so that the KGI stays in
// sight at the deepest step; then, when the tree is still wider than the
// box, the largest that fits its width, down to minFitScale (a wider tree
// scrolls sideways to the step's box, scrollTo).
func wideScale(nodes []chart.Node, scale, width, height float64) float64 {
	fit := scale
	tall := func(s float64) bool { _, h := chart.TreeSize(nodes, s); return h > height+1 }
	if floor := min(scale, minDeepScale); height > 0 && tall(scale) {
		fit = floor
		if !tall(floor) {
			fit = largest(floor, scale, func(s float64) bool { return !tall(s) })
		}
	}
	if w, _ := chart.TreeSize(nodes, fit); width > 0 && w > width+1 && fit > minFitScale {
		fit = widthScale(nodes, fit, width, minFitScale)
	}
	return fit
}

// growScale is the scale, from scale up to maxFitScale, at which the tree
// of every step of a presentation (each node in focus in turn, so that the
// steps keep one size) fills the box of width × height without scrolling:
// on a projector of 1920×1080 the boxes stayed in 17-pixel type in a
// quarter of the room the tree had, beside figures of 40 pixels.
func growScale(nodes []chart.Node, scale, width, height float64) float64 {
	if width <= 0 || height <= 0 {
		return scale
	}
	steps := make([][]chart.Node, len(nodes))
	for i := range nodes {
		steps[i] = slices.Clone(nodes)
		focus(steps[i], nodes[i].ID)
	}
	fits := func(s float64) bool {
		for _, st := range steps {
			if w, h := chart.TreeSize(st, s); w > width+1 || h > height+1 {
				return false
			}
		}
		return true
	}
	if !fits(scale) {
		return scale
	}
	if fits(maxFitScale) {
		return maxFitScale
	}
	return largest(scale, maxFitScale, fits)
}

// largest is the largest scale from lo (which fits) to hi that fits, to
// 0.01, rounded down.
func largest(lo, hi float64, fits func(float64) bool) float64 {
	for hi-lo > 0.01 {
		if mid := (lo + hi) / 2; fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return math.Floor(lo*100) / 100
}

// widthScale is the largest scale, from scale down to floor, at which the
// tree of nodes is at most width wide; floor when none is.
func widthScale(nodes []chart.Node, scale, width, floor float64) float64 {
	fits := func(s float64) bool {
		w, _ := chart.TreeSize(nodes, s)
		return w <= width+1
	}
	if !fits(floor) {
		return floor
	}
	return largest(floor, scale, fits)
}

// minPhoneScale is the smallest type the presentation's tree draws on a
// phone (10.5 px): the step's own figures, below it, are in large type.
const minPhoneScale = 0.75

// oneColumn reports whether the page is laid out in one column that
// scrolls (the style sheet's @media (max-width: 800px) for the
// presentation): a phone, or a window as narrow.
func oneColumn() bool {
	return app.Window().Call("matchMedia", "(max-width: 800px)").Get("matches").Bool()
}

// maxFitScale is the largest type a fitted diagram grows to: about the
// presentation's labels beside it (20 px).
const maxFitScale = 2.0

// minFitScale is the smallest type a fitted diagram draws to fit the
// width of its box: a little under the page's own diagram. The
// presentation's figures beside it keep their size; the tree is their
// context.
const minFitScale = 0.9

// minDeepScale is the smallest type a fitted diagram draws to fit the
// height of its box (9 px figures): Inside sales' seven rows, with boxes
// of three lines (「リード獲得単価」「（CPA）」 and its cost), need 0.75 at
// 1280×720, and were scrolled at 0.9 with the KGI out of sight. (The
// presentation now leaves levels out rather than drawing its steps so
// small: stepWindow.)
const minDeepScale = 0.7
