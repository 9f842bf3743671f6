package ui

import (
	"fmt"
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/chart"
)

// Drawing the diagram: its option handed to ECharts, afresh each time,
// and the box last folded or unfolded kept in sight.

// draw draws the tree now (after an update, in a task draws gives it).
func (d *Diagram) draw() {
	if d.host == nil {
		return
	}
	// A JavaScript error in ECharts (syscall/js turns it into a panic,
	// which would stop the app) costs the diagram this drawing: it is
	// drawn again at the next update.
	defer func() {
		if r := recover(); r != nil {
			app.Log("kpisim: the diagram is not updated:", r)
			d.applied = ""
		}
	}()
	opt, width, height := d.option()
	if opt == "" || opt == d.applied {
		return
	}
	if d.chart == nil {
		d.init()
	}
	// The width the boxes need, set through the CSSOM (the page's
	// Content-Security-Policy refuses style attributes, not this); the
	// box around scrolls when the screen is narrower.
	st := d.host.Get("style")
	resized := false
	if w, h := strconv.Itoa(int(width))+"px", strconv.Itoa(int(height))+"px"; st.Get("minWidth").String() != w || st.Get("minHeight").String() != h {
		resized = true
		st.Set("minWidth", w)
		st.Set("minHeight", h)
		if err := jsCall(d.chart, "resize"); err != nil {
			app.Log("kpisim: the diagram is not resized:", err)
		}
	}
	// Drawn afresh, now: the last tree cleared, then the new one set, not
	// merged, and not at the next frame (no lazyUpdate). ECharts' tree
	// series diffs a new tree against the boxes it drew for the last one;
	// without an animation it throws there ("reading '__edge'", the
	// option's treeSeries), and with one a box waited for a frame to move
	// it to its place. Cleared, every box is drawn where its layout puts
	// it, in this call.
	parsed := app.Window().Get("JSON").Call("parse", opt)
	if err := jsCall(d.chart, "clear"); err != nil {
		app.Log("kpisim: the diagram is not cleared:", err)
	}
	if err := jsCall(d.chart, "setOption", parsed, map[string]any{"notMerge": true}); err != nil {
		if d.chart != nil { // else dismounted while it drew
			app.Log("kpisim: the diagram could not be drawn:", err)
		}
		return
	}
	d.applied = opt
	if !d.mounted {
		return
	}
	// Where the box around a tree wider than the screen is scrolled to
	// (once ECharts has laid the tree out): the presentation's step; else,
	// when the tree takes another size, the box just folded or unfolded,
	// or for a new tree the box selected (the lever solved for, outlined:
	// centred on the KGI, SaaS's opportunities were cut at 1280 px and out
	// of sight at 1024), else the KGI (a tree opened on its leftmost leaves).
	toggled := d.toggled
	d.toggled = ""
	target, root := d.Focus, ""
	for _, n := range d.Nodes {
		if n.Parent < 0 {
			root = n.ID
		}
	}
	if target == "" && resized {
		target = toggled
		for _, n := range d.Nodes {
			if target == "" && n.Selected {
				target = n.ID
			}
		}
		if target == "" {
			target = root
		}
	}
	if target != "" {
		d.ctx.After(60e6, func(ctx app.Context) {
			ctx.PreventUpdate() // nothing to render
			d.scrollTo(target, root)
		})
	}
}

// scrollTo scrolls the box around the chart so that node id is in sight,
// in the middle when it can be, with node also (the KGI) when both fit
// across the box: centred between the two. When every box drawn fits in the box
// around, they are all shown, centred: the width the diagram takes
// (chart.TreeSize) is what the widest tree of its leaves could need, and
// ECharts often lays a tree out narrower, so centring the node alone cut
// boxes off at one side and left the other empty (the presentation's last
// step at 1280×720).
func (d *Diagram) scrollTo(id, also string) {
	if d.chart == nil || !d.chart.Truthy() || id == "" {
		return
	}
	series := d.chart.Call("getModel").Call("getSeriesByIndex", 0)
	if !series.Truthy() {
		return
	}
	data, box := series.Call("getData"), series.Get("layoutInfo")
	if !box.Truthy() {
		return
	}
	var at, with app.Value
	lo, hi := math.Inf(1), math.Inf(-1) // the drawn boxes' centres, across
	for i := 0; i < data.Call("count").Int(); i++ {
		l := data.Call("getItemLayout", i)
		if !l.Truthy() {
			continue // folded away
		}
		x := l.Get("x").Float()
		lo, hi = min(lo, x), max(hi, x)
		switch data.Call("getId", i).String() {
		case id:
			at = l
		case also:
			with = l
		}
	}
	if at == nil {
		return
	}
	el := d.chart.Call("getDom").Get("parentElement")
	width, x0 := el.Get("clientWidth").Float(), box.Get("x").Float()
	scale := d.Scale
	if d.fitted > 0 {
		scale = d.fitted
	}
	if scale <= 0 {
		scale = 1
	}
	half := chart.BoxWidth*scale/2 + 8 // a box's half and its border, at most
	left, right := x0+lo-half, x0+hi+half
	x := x0 + at.Get("x").Float() - width/2
	if with != nil {
		if a, b := at.Get("x").Float(), with.Get("x").Float(); math.Abs(a-b)+2*half <= width {
			x = x0 + (a+b)/2 - width/2
		}
	}
	if right-left <= width {
		x = left - (width-(right-left))/2
	} else {
		x = min(max(x, left), right-width)
	}
	el.Call("scrollTo", map[string]any{
		"left": x,
		"top":  box.Get("y").Float() + at.Get("y").Float() - el.Get("clientHeight").Float()/2,
	})
}

// jsCall calls method on v and returns the JavaScript exception it throws,
// if any, as an error: syscall/js panics on one, which would stop the app.
func jsCall(v app.Value, method string, args ...any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", method, r)
		}
	}()
	v.Call(method, args...)
	return nil
}
