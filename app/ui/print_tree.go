package ui

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/chart"
)

// The KPI tree on paper: a wide tree drawn left to right, taller. Held to
// the page's width and 112 mm and drawn top down as on screen, SaaS
// revenue printed its names at 3.7 pt and route sales at 5.7.

// The tree diagram's height on paper, in CSS pixels (96 an inch).
const (
	paperTreeHeight = 423 // 112 mm: what the handout gives a tree
	paperTreeTall   = 620 // 164 mm: for a wide tree drawn left to right
)

// paperer is a drawer with a drawing of its own for paper (the Diagram).
type paperer interface {
	// paper is its option for paper, the size to draw it at and the
	// height it may take on paper at most, in CSS pixels; "" to print the
	// drawing on screen.
	paper() (opt string, width, height, most float64)
}

// paperTree is the option of the diagram of nodes for paper, the size to
// draw it at and the height it may take there: top down in 112 mm, as the
// page draws it, or left to right in up to 164 mm where that prints it a
// tenth larger or more (chart.TreeFit): a wide, shallow tree on a portrait
// page. A deep tree stays top down in 112 mm: taller, inside sales'
// handout took a fourth page in English. It is drawn at scale 1, at least
// paperWidth wide: web/app.css and most scale it down to the page.
func paperTree(nodes []chart.Node) (opt string, width, height, most float64, err error) {
	orient, most := chart.TopDown, float64(paperTreeHeight)
	if chart.TreeFit(nodes, chart.LeftRight, paperWidth, paperTreeTall) > 1.1*chart.TreeFit(nodes, chart.TopDown, paperWidth, most) {
		orient, most = chart.LeftRight, paperTreeTall
	}
	b, err := chart.TreeOriented(nodes, chart.Text{}, 1, orient)
	if err != nil {
		return "", 0, 0, 0, err
	}
	width, height = chart.TreeSizeIn(nodes, 1, orient)
	return string(b), math.Max(width, paperWidth), height, most, nil
}

// paper is the diagram's drawing for the handout (paperer): its boxes as
// the page shows them, folded branches folded (paperTree).
func (d *Diagram) paper() (string, float64, float64, float64) {
	opt, w, h, most, err := paperTree(d.nodes())
	if err != nil {
		app.Log("kpisim: the tree is printed as it is on screen:", err)
		return "", 0, 0, 0
	}
	return opt, w, h, most
}

// paperOf is the drawer drawing in el when it has a drawing for paper.
func paperOf(el app.Value) paperer {
	for _, d := range draws.watched {
		if e := d.element(); e != nil && e.Equal(el) {
			if p, ok := d.(paperer); ok {
				return p
			}
		}
	}
	return nil
}
