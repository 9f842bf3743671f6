package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// The handout (issue 12): printing the page gives an A4 handout in the
// page's language. web/app.css (issue 12: the handout) hides the inputs,
// buttons and header and keeps the cards; this file adds what only paper
// shows, the head with the title, date and assumptions, and redraws each
// chart for the printer, at the paper's size and a higher pixel ratio,
// while the page prints.

// Fact is one assumption in the handout's head: a name and its value;
// Wide takes two of the head's columns (the goal: 「売上 年間1億2,000」 and
// 「万円」 had been printed on two lines).
type Fact struct {
	Name, Value string
	Wide        bool
}

// Handout is the head of the printed handout.
type Handout struct {
	Title       string // the scenario's
	Kind        string // "KPI simulator · Handout"
	Description string
	Facts       []Fact // the goal, the calendar, the plan, the rounding, what is solved for
	Levers      []Fact // each lever's planned value
}

// handout is the head of the handout of view v, or nil when the view has
// no answer.
func (m *Model) handout(v *View) *Handout {
	t := v.table
	if t == nil {
		return nil
	}
	l, s := m.Lang, m.Scenario
	lang := string(l)
	a := t.Answer
	md := a.Tree.Model
	f := t.Format
	cal := md.Calendar()
	h := &Handout{Title: v.Title, Kind: l.T("app.name") + l.Dot() + l.T("handout.title"), Description: v.Description}
	gn := md.Node(md.Goal())
	goal := gn.Label.In(lang) + " " + l.PerPeriod(f.Goal(gn, s.Goal.Value, kpi.Year), s.Goal.Period) // 売上 年間1億円
	h.Facts = append(h.Facts, Fact{Name: l.T("goal.title"), Value: goal, Wide: true}, Fact{Name: l.T("calendar.headcount"), Value: i18n.Count(cal.Headcount)})
	if cal.CalendarDays {
		h.Facts = append(h.Facts, Fact{Name: l.T("calendar.days"), Value: l.T("cli.calendar_days")})
	} else {
		h.Facts = append(h.Facts, Fact{Name: l.T("calendar.days"), Value: i18n.Count(cal.WorkingDays)})
	}
	if cal.DaysPerWeek > 0 {
		h.Facts = append(h.Facts, Fact{Name: l.T("calendar.days_per_week"), Value: i18n.Count(cal.DaysPerWeek)})
	}
	if cal.HoursPerDay > 0 {
		h.Facts = append(h.Facts, Fact{Name: l.T("calendar.hours_per_day"), Value: i18n.Count(cal.HoursPerDay)})
	}
	if ms := a.Plan.Months; len(ms) > 0 {
		plan := strings.NewReplacer("{n}", strconv.Itoa(len(ms)), "{start}", report.MonthName(l, ms[0])).Replace(l.T("handout.plan_span"))
		h.Facts = append(h.Facts, Fact{Name: l.T("handout.plan"), Value: plan, Wide: true}) // "12 months from" and "Jan" apart
	}
	h.Facts = append(h.Facts,
		Fact{Name: l.T("solve.for"), Value: md.Node(a.Target).Label.In(lang)},
		Fact{Name: l.T("required.rounding"), Value: l.T("rounding." + s.Rounding.String())})
	for _, r := range t.Rows {
		if r.Lever {
			value := f.Node(r.Node, r.Node.Value, kpi.Year)
			if r.Node.Activity {
				value += " " + f.Span(r.Node) // 40 件/人日
			}
			h.Levers = append(h.Levers, Fact{Name: r.Label, Value: value})
		}
	}
	return h
}

// handoutHead is the handout's head: shown on paper only (web/app.css
// .print-only). The date is the browser's, so the page pre-rendered on the
// server has none.
func (p *Page) handoutHead(v *View) app.UI {
	var h *Handout
	if !p.later() { // on paper only: built with the rest below the first screen
		h = p.model.handout(v)
	}
	if h == nil {
		return app.Div().Class("print-only handout-head").Hidden(true)
	}
	l := v.Lang
	facts := func(fs []Fact) []app.UI {
		out := make([]app.UI, 0, 2*len(fs))
		for _, f := range fs {
			class := "fact"
			if f.Wide {
				class = "fact wide"
			}
			out = append(out, app.Div().Class(class).Body(app.Dt().Text(f.Name), app.Dd().Text(f.Value)))
		}
		return out
	}
	return app.Header().Class("print-only handout-head").Body(
		app.Div().Class("handout-title").Body(
			app.P().Class("handout-kind").Text(h.Kind),
			app.If(app.IsClient, func() app.UI { return app.P().Class("handout-date").Text(report.DayName(l, time.Now())) }),
		),
		app.H1().Text(h.Title),
		app.P().Class("handout-desc").Text(h.Description),
		app.H2().Text(l.T("handout.assumptions")),
		app.Dl().Class("facts").Body(facts(h.Facts)...),
		app.H2().Text(l.T("handout.levers")),
		app.Dl().Class("facts levers-facts").Body(facts(h.Levers)...),
	)
}

// printButton prints the handout.
func (p *Page) printButton(l i18n.Lang) app.UI {
	return app.Button().Type("button").Class("print-open no-print").DataSet("control", "print").Text(l.T("handout.print")).
		OnClick(func(ctx app.Context, e app.Event) {
			if !p.below {
				// The handout holds the coach and its head, built once the
				// charts are drawn (Page.below): this render builds them,
				// then print.
				p.below = true
				ctx.Defer(func(app.Context) { printPart("") })
				return
			}
			printPart("")
		})
}

// printPart prints a part of the page: "" the handout, "review" the
// review alone (issue 13), named in <html data-print> for the style sheet
// until the printing ends.
func printPart(part string) {
	root := app.Window().Get("document").Get("documentElement")
	if part != "" {
		root.Call("setAttribute", "data-print", part)
	}
	app.Window().Call("print")
}

// printHooks are the window's beforeprint and afterprint listeners, set
// once.
var printHooks struct{ before, after app.Func }

// mountPrint listens for the printing of the page: before it, each chart
// is drawn again for paper; after it, those drawings and the part printed
// are dropped.
func mountPrint() {
	if printHooks.before != nil || !app.IsClient {
		return
	}
	w := app.Window()
	printHooks.before = app.FuncOf(func(app.Value, []app.Value) any { drawForPrint(); return nil })
	printHooks.after = app.FuncOf(func(app.Value, []app.Value) any {
		clearPrint()
		fitCharts()
		w.Get("document").Get("documentElement").Call("removeAttribute", "data-print")
		return nil
	})
	w.Call("addEventListener", "beforeprint", printHooks.before)
	w.Call("addEventListener", "afterprint", printHooks.after)
}

// printPixels bounds the pixels of one chart drawn for paper: 3× a
// 1,000 × 600 diagram.
const printPixels = 16e6

// paperWidth is the width, in CSS pixels, each chart is drawn at for
// paper, whatever the window printed from: A4's 210 mm less the page's
// margins (12 mm a side, web/app.css @page) and the card's border and
// padding (3.8 mm a side), at 96 pixels an inch. Drawn at the window's
// width, a chart printed from 1920 px had its labels at 3 pt, and from a
// phone at three times the text's size; drawn at this width it prints at
// its own size, ECharts' 12-pixel labels at 9 pt, the text's size.
const paperWidth = 674

// paperHeight is the height, in CSS pixels, the charts but the tree
// diagram are drawn at for paper: the forecast's chart took 222 pixels on
// paper when printed from a window 1,280 pixels wide, which every
// preset's handout keeps (the same number of pages).
const paperHeight = 222

// drawForPrint puts beside each chart's canvas a copy drawn for paper,
// paperWidth wide, at three times its CSS pixels (about 300 dpi), which
// web/app.css prints instead of the screen's canvas. A canvas, not an
// image: the page's Content-Security-Policy loads no data: URL. The
// charts on screen keep their instances and sizes.
func drawForPrint() {
	clearPrint()
	draws.flush() // the latest figures on paper, not a chart still waiting its turn
	w := app.Window()
	ec := w.Get("echarts")
	if !ec.Truthy() {
		return
	}
	els := w.Get("document").Call("querySelectorAll", ".chart[_echarts_instance_]")
	for i := 0; i < els.Length(); i++ {
		el := els.Index(i)
		chart := ec.Call("getInstanceByDom", el)
		if !chart.Truthy() || el.Get("clientWidth").Float() < 1 {
			continue // not shown
		}
		width, height := paperSize(el)
		var opt app.Value // the chart's own
		most := 0.0       // the tree's height on paper at most: web/app.css's
		if p := paperOf(el); p != nil {
			if o, pw, ph, m := p.paper(); o != "" {
				opt, width, height, most = w.Get("JSON").Call("parse", o), pw, ph, m
			}
		}
		paper := map[string]any{"pixelRatio": math.Min(3, math.Sqrt(printPixels/(width*height))), "backgroundColor": "#fff"}
		c, err := jsTry(func() app.Value { return forPaper(ec, chart, opt, width, height, paper) })
		if err != nil {
			app.Log("kpisim: a chart is printed as it is on screen:", err)
			c, err = jsTry(func() app.Value { return chart.Call("renderToCanvas", paper) })
		}
		if err != nil || !c.Truthy() {
			app.Log("kpisim: a chart is not drawn for print:", err)
			continue
		}
		c.Call("setAttribute", "class", "print-canvas")
		if most > 0 {
			c.Get("style").Set("maxHeight", strconv.Itoa(int(most))+"px") // through the CSSOM: the page's CSP refuses style attributes
		}
		if most > paperTreeHeight {
			// A tall tree follows the required table (web/app.css): under
			// the answer it left a third of the first page blank.
			w.Get("document").Get("documentElement").Call("setAttribute", "data-paper-tree", "tall")
		}
		c.Call("setAttribute", "aria-hidden", "true")
		el.Call("appendChild", c)
	}
}

// paperSize is the size, in CSS pixels, chart element el is drawn at for
// paper: paperWidth × paperHeight, or for the tree diagram the size its
// boxes need (Diagram.draw sets min-width and min-height), at least
// paperWidth wide; web/app.css scales a wider or taller tree down to the
// page's width and 112 mm. Nothing in it depends on the window.
func paperSize(el app.Value) (float64, float64) {
	st := el.Get("style")
	w, h := cssPixels(st.Get("minWidth")), cssPixels(st.Get("minHeight"))
	if h < 100 { // not the tree diagram
		return paperWidth, paperHeight
	}
	return math.Max(w, paperWidth), h
}

// cssPixels reads a length in pixels ("632px"); 0 when it is none.
func cssPixels(v app.Value) float64 {
	if v.Type() != app.TypeString {
		return 0
	}
	n, _ := strconv.ParseFloat(strings.TrimSuffix(v.String(), "px"), 64)
	return n
}

// forPaper draws chart's option for paper in an instance of its own,
// width × height, without animation. The chart's own instance may be at
// the first frame of an update: draws.flush has just drawn the charts that
// waited far from the window, and ECharts then moves the last drawing's
// marks towards the new one's (a line's symbols), which renderToCanvas
// would print mid-way. A fresh
// instance has no drawing before this one.
func forPaper(ec, chart, opt app.Value, width, height float64, paper map[string]any) app.Value {
	host := app.Window().Get("document").Call("createElement", "div")
	inst := ec.Call("init", host, nil, map[string]any{"width": width, "height": height})
	defer inst.Call("dispose")
	if opt == nil {
		opt = chart.Call("getOption")
	}
	opt.Set("animation", false)
	series := opt.Get("series")
	for i := 0; i < series.Length(); i++ {
		series.Index(i).Set("animation", false)
	}
	inst.Call("setOption", opt)
	return inst.Call("renderToCanvas", paper)
}

// jsTry calls f and returns the JavaScript exception it throws, if any, as
// an error: syscall/js panics on one.
func jsTry(f func() app.Value) (v app.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = app.Undefined(), fmt.Errorf("%v", r)
		}
	}()
	return f(), nil
}

// fitCharts fits each chart on screen to its box (fitBox): after
// printing, every chart is back at its size on screen (one printed from a
// window made wider stayed at the phone's 336 px in a box of 1,316).
func fitCharts() {
	els := app.Window().Get("document").Call("querySelectorAll", ".chart[_echarts_instance_]")
	for i := 0; i < els.Length(); i++ {
		fitBox(els.Index(i))
	}
}

// clearPrint removes the charts drawn for print.
func clearPrint() {
	app.Window().Get("document").Get("documentElement").Call("removeAttribute", "data-paper-tree")
	els := app.Window().Get("document").Call("querySelectorAll", "canvas.print-canvas")
	for i := 0; i < els.Length(); i++ {
		els.Index(i).Call("remove")
	}
}
