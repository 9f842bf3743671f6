package ui

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Each chart's ECharts instance follows its box. ECharts draws at the
// size its element had at the last resize, and go-app's OnResize comes
// with the window's resize event alone: a box also changes without one (a
// print layout undone, a section shown, a scrollbar), and the size read at
// that event may not be the layout's last. A chart moved from a window
// 1,920 px wide to 1,280 kept 115 px in a box of 374 (TestHandout). A
// ResizeObserver reports each box's size once the page is laid out,
// before it paints.
var boxes struct {
	observer app.Value // the page's ResizeObserver, made at the first chart
	seen     app.Func  // its callback
	late     []app.Value
	retry    app.Func // fits late in a task of its own
}

// watchBox has the chart drawn in host follow host's size.
func watchBox(host app.Value) {
	if !app.IsClient || host == nil || !host.Truthy() {
		return
	}
	if boxes.observer == nil {
		ro := app.Window().Get("ResizeObserver")
		if !ro.Truthy() {
			return // OnResize alone
		}
		boxes.seen = app.FuncOf(func(_ app.Value, args []app.Value) any {
			for i := range args[0].Length() {
				fitBox(args[0].Index(i).Get("target"))
			}
			return nil
		})
		boxes.observer = ro.New(boxes.seen)
	}
	boxes.observer.Call("observe", host)
}

// unwatchBox stops following host, dismounted.
func unwatchBox(host app.Value) {
	if boxes.observer != nil && host != nil && host.Truthy() {
		boxes.observer.Call("unobserve", host)
	}
}

// fitBox resizes the ECharts instance drawn in el, if any, to el's box
// when it is drawn at another size. An instance in the middle of drawing
// (ECharts refuses a resize then) is fitted in the next task.
func fitBox(el app.Value) {
	ec := app.Window().Get("echarts")
	if !ec.Truthy() {
		return
	}
	inst := ec.Call("getInstanceByDom", el)
	w, h := el.Get("clientWidth").Float(), el.Get("clientHeight").Float()
	if !inst.Truthy() || w < 1 || h < 1 {
		return // not drawn yet, or not shown: its first drawing takes the box's size
	}
	if math.Abs(inst.Call("getWidth").Float()-w) <= 1 && math.Abs(inst.Call("getHeight").Float()-h) <= 1 {
		return
	}
	if busy(inst) {
		fitLater(el)
		return
	}
	if err := jsCall(inst, "resize"); err != nil {
		app.Log("kpisim: a chart is not resized:", err)
	}
}

// fitLater fits el in a task after this one.
func fitLater(el app.Value) {
	boxes.late = append(boxes.late, el)
	if len(boxes.late) > 1 {
		return // a task is due
	}
	if boxes.retry == nil {
		boxes.retry = app.FuncOf(func(app.Value, []app.Value) any {
			late := boxes.late
			boxes.late = nil
			for _, el := range late {
				fitBox(el)
			}
			return nil
		})
	}
	app.Window().Call("setTimeout", boxes.retry, 0)
}
