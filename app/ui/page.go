package ui

import (
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// Page is the whole simulator: it owns the Model, rebuilds the View on
// every change and renders it.
type Page struct {
	app.Compo

	model   *Model
	view    *View
	updated bool // a new version of the app is ready

	done   *View     // the last view completed (plan, goal seek, charts)
	doneAt time.Time // when

	runGen atomic.Int64 // the change the Monte Carlo run under way is for
	yield  *yielder     // hands the browser its thread between slices of a run
	pool   *pool        // the workers that draw runs, once the first run is done
}

// mark and measure record User Timing entries (performance.mark and
// performance.measure), which the browser's profiler shows and the browser
// benchmark reads: "kpisim-mc" is one Monte Carlo run, slices and yields
// included; "kpisim-mc-slice" each slice of trials and "kpisim-mc-result"
// the summary (quantiles) at its end.
func mark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}

func measure(name, start string) {
	if app.IsClient {
		app.Window().Get("performance").Call("measure", name, start)
	}
}

// summarise is r.Result(), measured as "kpisim-mc-result".
func summarise(r *forecast.Runner) *forecast.Bands {
	mark("kpisim-mc-result-start")
	b := r.Result()
	measure("kpisim-mc-result", "kpisim-mc-result-start")
	return b
}

// measureRun records "kpisim-mc", from "kpisim-mc-start", with the number
// of workers that drew the run and each stream's time in its worker as its
// detail ({workers: 2, streams: [4.1, ...]}; workers 0: the page).
func measureRun(workers int, took []float64) {
	if !app.IsClient {
		return
	}
	detail := newObject()
	detail.Set("workers", workers)
	streams := app.Window().Get("Array").New()
	for _, ms := range took {
		streams.Call("push", ms)
	}
	detail.Set("streams", streams)
	opts := newObject()
	opts.Set("start", "kpisim-mc-start")
	opts.Set("detail", detail)
	app.Window().Get("performance").Call("measure", "kpisim-mc", opts)
}

// yielder blocks a goroutine until the browser has been through its event
// loop once, by a MessageChannel message: unlike a timer (time.Sleep), it
// is not clamped to 4 ms when nested, so a run in slices costs almost no
// waiting. Natively (pre-rendering, tests) it sleeps a millisecond.
type yielder struct {
	out  app.Value
	wake chan struct{}
	fn   app.Func
}

func newYielder() *yielder {
	y := &yielder{wake: make(chan struct{}, 1)}
	mc := app.Window().Get("MessageChannel")
	if !app.IsClient || !mc.Truthy() {
		return y
	}
	ch := mc.New()
	y.fn = app.FuncOf(func(app.Value, []app.Value) any {
		select {
		case y.wake <- struct{}{}:
		default:
		}
		return nil
	})
	ch.Get("port1").Set("onmessage", y.fn)
	y.out = ch.Get("port2")
	return y
}

func (y *yielder) yield() {
	if y.out == nil {
		time.Sleep(time.Millisecond)
		return
	}
	y.out.Call("postMessage", nil)
	<-y.wake
}

// lateInterval is the least time between two completions of the view while
// a slider is dragged: the figures follow every move, the monthly plan, goal
// seek and charts (a few milliseconds of work) follow at about 7 Hz and
// always catch up with the last move.
const lateInterval = 150 * time.Millisecond

// lateView returns the view whose plan, goal seek and charts to show: the
// current one, completed, unless one was completed less than lateInterval
// ago during a drag, in which case that one.
func (p *Page) lateView() *View {
	v := p.view
	if p.done == nil || v.late == nil || time.Since(p.doneAt) >= lateInterval {
		p.done, p.doneAt = v.Complete(), time.Now()
		return v
	}
	return p.done
}

// catchUp makes sure the page renders again once lateInterval has passed,
// so the last move's plan and charts show.
func (p *Page) catchUp(ctx app.Context) {
	if wait := lateInterval - time.Since(p.doneAt); wait > 0 {
		ctx.After(wait+time.Millisecond, func(app.Context) {})
	}
}

// fresh drops the completed view: after a change that is not a drag
// (another scenario, another language) everything shows at once.
func (p *Page) fresh() { p.done = nil }

var (
	_ app.Initializer = (*Page)(nil)
	_ app.Mounter     = (*Page)(nil)
	_ app.AppUpdater  = (*Page)(nil)
)

const storageLang = "kpisim.lang"

// OnInit loads the presets and starts on the default scenario, in Japanese
// until the browser's language is known.
func (p *Page) OnInit() {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		panic(err) // the presets are tested; this is a build defect
	}
	p.model = NewModel(ps, scenario.DefaultPreset, i18n.Ja)
	p.refresh()
}

// OnMount picks the language (saved choice, else the browser's), listens
// for the components' actions and marks the page ready once charts exist.
func (p *Page) OnMount(ctx app.Context) {
	var saved string
	ctx.LocalStorage().Get(storageLang, &saved)
	nav := app.Window().Get("navigator")
	langs := []string{saved}
	if ls := nav.Get("languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			langs = append(langs, ls.Index(i).String())
		}
	}
	langs = append(langs, nav.Get("language").String())
	if l := i18n.Parse(strings.Join(nonEmpty(langs), ",")); l != p.model.Lang {
		p.model.Lang = l
		p.refresh()
	}
	ctx.Handle(actionInput, p.onInput)
	ctx.Handle(actionCommit, p.onCommit)
	// A new version that took over while app.wasm loaded (web boot.js).
	if app.Window().Get("kpisimUpdateReady").Truthy() {
		p.updated = true
	}
	ctx.Defer(p.markReady(0))
	p.scheduleRun(ctx)
}

// Monte Carlo runs off the input path: runDelay after the last change, in
// a goroutine that steps runSlice trials at a time and sleeps between
// slices, which hands the browser back its thread to paint and take input.
// Only the result is dispatched to the page (a dispatch re-renders it); a
// change during a run abandons it.
const (
	runDelay = 150 * time.Millisecond
	runSlice = 2000
)

func (p *Page) scheduleRun(ctx app.Context) {
	if p.model.Bands != nil {
		return
	}
	gen := p.model.Changed
	p.runGen.Store(int64(gen))
	showProgress(-1)
	ctx.Async(func() {
		time.Sleep(runDelay)
		if p.runGen.Load() != int64(gen) {
			return
		}
		// Goroutines take turns in the browser, switching only where one
		// blocks, so reading the model here does not race the page; and
		// it spares a dispatch, which would re-render the page first.
		mark("kpisim-mc-start")
		r := p.model.Runner()
		if r == nil {
			return
		}
		measure("kpisim-mc-setup", "kpisim-mc-start")
		showProgress(0)
		if n := p.pool.ready(); n > 0 {
			if js, err := scenario.EncodeJSON(p.model.Scenario); err == nil {
				p.pool.start(&job{gen: gen, scenario: string(js), r: r,
					done:     func(b *forecast.Bands, took []float64) { p.show(ctx, gen, b, n, took) },
					fail:     func(error) { ctx.Async(func() { p.runHere(ctx, gen, nil) }) },
					progress: showProgress,
				})
				return
			}
		}
		p.runHere(ctx, gen, r)
	})
}

// runHere draws the run for the change gen in the page's thread, in slices
// of runSlice trials, handing the browser its thread between them. The
// first run done here starts the workers for the next ones. r is the run's
// Runner, or nil for a new one.
func (p *Page) runHere(ctx app.Context, gen int, r *forecast.Runner) {
	if p.runGen.Load() != int64(gen) {
		return
	}
	if r == nil {
		if r = p.model.Runner(); r == nil {
			return
		}
	}
	if p.yield == nil {
		p.yield = newYielder()
	}
	for {
		mark("kpisim-mc-slice-start")
		done := r.Step(runSlice)
		measure("kpisim-mc-slice", "kpisim-mc-slice-start")
		if done {
			break
		}
		if p.runGen.Load() != int64(gen) {
			return
		}
		showProgress(r.Progress())
		p.yield.yield()
	}
	p.show(ctx, gen, summarise(r), 0, nil)
	if p.pool == nil && app.IsClient {
		p.pool = startPool(workerCount())
	}
}

// showProgress sets the run's progress bar (beside the probability, while it
// is computed) to done, a share of the trials. The bar is written to
// directly, not rendered: a render of the page per slice would cost more
// than the slice. It carries data-started once a run is under way, and the
// style sheet shows it only when a run takes long enough to be noticed
// (a 100,000-trial run, a slow device), not for every short run.
// A done below 0 hides the bar again: the run it showed was dropped.
func showProgress(done float64) {
	if !app.IsClient {
		return
	}
	bar := app.Window().Get("document").Call("querySelector", "progress[data-output=mc-progress]")
	if !bar.Truthy() {
		return
	}
	if done < 0 {
		bar.Call("removeAttribute", "data-started")
		return
	}
	bar.Call("setAttribute", "data-started", "")
	bar.Call("setAttribute", "value", strconv.FormatFloat(done, 'f', 3, 64))
}

// show puts a run's bands on the page, unless the model has changed since.
// workers is how many drew it (0: the page itself) and took the time each
// stream took in its worker, which the User Timing entry "kpisim-mc"
// carries as its detail.
func (p *Page) show(ctx app.Context, gen int, bands *forecast.Bands, workers int, took []float64) {
	measureRun(workers, took)
	ctx.Dispatch(func(ctx app.Context) {
		if p.model.Changed == gen {
			p.model.Bands = bands
			p.fresh()
			p.refresh()
			p.patchFigures()
		}
	})
}

func nonEmpty(ss []string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// markReady sets data-ready on <body> once every chart has its ECharts
// instance (or at once when there are none to wait for).
func (p *Page) markReady(try int) func(app.Context) {
	return func(ctx app.Context) {
		doc := app.Window().Get("document")
		charts := doc.Call("querySelectorAll", ".chart")
		drawn := doc.Call("querySelectorAll", ".chart[_echarts_instance_]")
		if drawn.Length() < charts.Length() && try < 200 {
			ctx.After(25e6, p.markReady(try+1)) // 25 ms
			return
		}
		doc.Get("body").Call("setAttribute", "data-ready", "true")
		doc.Get("documentElement").Call("setAttribute", "lang", string(p.model.Lang))
	}
}

func (p *Page) OnAppUpdate(ctx app.Context) {
	p.updated = ctx.AppUpdateAvailable()
}

func (p *Page) refresh() { p.view = p.model.View() }

func (p *Page) onInput(ctx app.Context, a app.Action) {
	e, ok := a.Value.(leverEvent)
	if !ok {
		return
	}
	if e.Slider {
		v, err := strconv.ParseFloat(e.Text, 64)
		if err != nil {
			return
		}
		p.model.SetDisplay(e.Key, v)
	} else {
		p.model.SetText(e.Key, e.Text)
	}
	p.refresh()
	p.patchFigures()
	p.scheduleRun(ctx)
	p.catchUp(ctx)
}

// patchFigures writes the new figures into the page at once, before go-app's
// next frame (its engine renders on a 120 Hz tick, 8 ms after an event): a
// slider move shows its numbers in the same frame. It changes text nodes in
// place and data-value, exactly what the next render would write, so go-app's
// view of the DOM stays true.
func (p *Page) patchFigures() {
	figs := p.view.figures()
	if len(figs) == 0 {
		return
	}
	want := make(map[[2]string]Figure, len(figs))
	for _, f := range figs {
		want[[2]string{f.Node, f.Period}] = f
	}
	els := app.Window().Get("document").Call("querySelectorAll", "[data-node][data-period]")
	for i, n := 0, els.Length(); i < n; i++ {
		el := els.Index(i)
		ds := el.Get("dataset")
		f, ok := want[[2]string{ds.Get("node").String(), ds.Get("period").String()}]
		if !ok {
			continue
		}
		el.Call("setAttribute", "data-value", exactAttr(f.Exact))
		if t := el.Get("firstChild"); t.Truthy() && t.Get("nodeType").Int() == 3 {
			t.Set("nodeValue", f.Text)
		}
	}
}

func (p *Page) onCommit(ctx app.Context, a app.Action) {
	if key, ok := a.Value.(string); ok {
		p.model.Commit(key)
		p.refresh()
	}
}

func (p *Page) onScenario(ctx app.Context, e app.Event) {
	p.model.Load(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

func (p *Page) onSeek(ctx app.Context, e app.Event) {
	p.model.SetSeek(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
}

func (p *Page) onSensitivity(ctx app.Context, e app.Event) {
	p.model.SetSensitivity(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
}

func (p *Page) onSensitivityOf(ctx app.Context, e app.Event) {
	p.model.SetSensitivityOf(ctx.JSSrc().Get("value").String())
	p.fresh()
	p.refresh()
}

func (p *Page) onGoalPeriod(ctx app.Context, e app.Event) {
	if per, err := kpi.ParsePeriod(ctx.JSSrc().Get("value").String()); err == nil {
		p.model.SetGoalPeriod(per)
		p.fresh()
		p.refresh()
		p.scheduleRun(ctx)
	}
}

func (p *Page) onNewTeam(ctx app.Context, e app.Event) {
	p.model.SetNewTeam(ctx.JSSrc().Get("checked").Bool())
	p.fresh()
	p.refresh()
	p.scheduleRun(ctx)
}

func (p *Page) onMonths(ctx app.Context, e app.Event) {
	p.model.SetOpen(SectionMonths, ctx.JSSrc().Get("open").Bool())
}

func (p *Page) onRounding(ctx app.Context, e app.Event) {
	if r, err := kpi.ParseRounding(ctx.JSSrc().Get("value").String()); err == nil {
		p.model.SetRounding(r)
		p.fresh()
		p.refresh()
	}
}

// Event handlers read what they act on from the element's data attributes:
// go-app keeps a handler whose code is unchanged, so a closure over an id
// would keep the id of the first render.

func (p *Page) onLang(ctx app.Context, e app.Event) {
	l := i18n.Parse(ctx.JSSrc().Get("dataset").Get("lang").String())
	p.model.Lang = l
	p.fresh()
	ctx.LocalStorage().Set(storageLang, string(l))
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "lang", string(l))
	p.refresh()
}

func (p *Page) onSelect(ctx app.Context, e app.Event) {
	p.model.Selected = ctx.JSSrc().Get("dataset").Get("tree").String()
	p.refresh()
}

func (p *Page) Render() app.UI {
	if p.view == nil {
		p.OnInit()
	}
	v := p.view
	lv := p.lateView()
	l := v.Lang
	// While a field holds a refused value the figures are the last valid
	// ones: the page says so and dims them (web/app.css .results.stale).
	stale := staleNote(v)
	results := "results"
	if stale != "" {
		results += " stale"
	}
	return app.Div().Class("app").Body(
		p.header(v),
		app.If(p.updated, func() app.UI {
			return app.Div().Class("update").Attr("role", "status").Body(
				app.Span().Text(l.T("app.update")),
				app.Button().Text(l.T("app.reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.Main().Class("layout").Body(
			p.levers(v),
			app.Div().Class(results).DataSet("stale", strconv.FormatBool(stale != "")).Body(
				app.If(stale != "", func() app.UI {
					return app.P().Class("stale-note").Attr("role", "status").Text(stale)
				}),
				app.If(v.Error != "", func() app.UI {
					return app.Div().Class("error").Attr("role", "alert").Body(
						app.Strong().Text(l.T("error.title")),
						app.P().Text(v.Error),
						app.P().Class("muted").Text(l.T("error.kept")),
					)
				}),
				p.summary(v, lv),
				p.required(v),
				p.charts(lv),
				p.tree(v),
				p.months(lv),
			),
		),
		app.Footer().Class("footer").Body(
			app.P().Text(v.Description),
		),
	)
}

func (p *Page) header(v *View) app.UI {
	l := v.Lang
	langs := make([]app.UI, len(i18n.Langs))
	for i, lg := range i18n.Langs {
		name := map[i18n.Lang]string{i18n.Ja: "日本語", i18n.En: "English"}[lg]
		langs[i] = pressed(app.Button().Class("lang").DataSet("lang", string(lg)).Text(name).OnClick(p.onLang), lg == l)
	}
	return app.Header().Class("top").Body(
		app.Div().Class("brand").Body(
			app.H1().Text(l.T("app.name")),
			app.P().Class("tagline").Text(l.T("app.tagline")),
		),
		app.Div().Class("controls").Body(
			app.Label().For("scenario").Class("sr-only").Text(l.T("app.scenario")),
			app.Select().ID("scenario").DataSet("control", "scenario").Aria("label", l.T("app.scenario")).
				OnChange(p.onScenario).Body(options(v.Presets)...),
			app.Div().Class("langs").Attr("role", "group").Aria("label", l.T("app.language")).Body(langs...),
		),
	)
}

func (p *Page) levers(v *View) app.UI {
	l := v.Lang
	rows := make([]app.UI, 0, len(v.Levers))
	for _, lv := range v.Levers {
		rows = append(rows, &Lever{V: lv})
	}
	settings := make([]app.UI, 0, len(v.Settings))
	for _, lv := range v.Settings {
		settings = append(settings, &Lever{V: lv})
	}
	uncertain := make([]app.UI, 0, len(v.Uncertainty))
	for _, lv := range v.Uncertainty {
		uncertain = append(uncertain, &Lever{V: lv})
	}
	return app.Aside().Class("panel levers").Aria("label", l.T("levers.title")).Body(
		app.H2().Text(v.Title),
		app.P().Class("muted").Text(l.T("levers.hint")),
		app.Div().Class("lever-list").Body(rows...),
		app.H3().Text(l.T("goal.title")),
		app.Label().Class("inline").Body(
			app.Text(l.T("goal.period")+" "),
			app.Select().DataSet("control", "goal-period").OnChange(p.onGoalPeriod).Body(options(v.GoalPeriods)...),
		),
		app.Div().Class("lever-list").Body(settings...),
		app.If(len(uncertain) > 0, func() app.UI {
			return app.Div().Class("uncertainty").Body(
				app.H3().Text(l.T("uncertainty.title")),
				app.P().Class("muted").Text(l.T("uncertainty.hint")),
				app.Div().Class("lever-list").Body(uncertain...),
			)
		}),
	)
}

func options(os []Option) []app.UI {
	out := make([]app.UI, len(os))
	for i, o := range os {
		opt := app.Option().Value(o.Value).Text(o.Label)
		if o.Selected { // selected="false" would select it too: HTML reads the attribute's presence
			opt = opt.Selected(true)
		}
		out[i] = opt
	}
	return out
}

// pressed sets a toggle button's aria-pressed to "true" or "false". In the
// browser go-app writes the value as given; its HTML encoder (pre-rendering)
// writes any "true" as a bare attribute, which ARIA does not read as
// pressed, so there a pressed button is written out with its value.
func pressed(b app.HTMLButton, on bool) app.UI {
	b = b.Aria("pressed", strconv.FormatBool(on))
	if !on || app.IsClient {
		return b
	}
	return app.Raw(withPressedValue(app.HTMLString(b)))
}

// withPressedValue gives a bare aria-pressed in html's first tag the value
// "true".
func withPressedValue(html string) string {
	end := strings.IndexByte(html, '>')
	if end < 0 {
		return html
	}
	open := html[:end]
	for _, bare := range []string{" aria-pressed ", " aria-pressed/"} {
		open = strings.Replace(open, bare, ` aria-pressed="true"`+bare[len(bare)-1:], 1)
	}
	if strings.HasSuffix(open, " aria-pressed") {
		open += `="true"`
	}
	return open + html[end:]
}

func figure(f Figure, class string) app.HTMLSpan {
	return app.Span().Class(class).DataSet("node", f.Node).DataSet("period", f.Period).
		DataSet("value", exactAttr(f.Exact)).Text(f.Text)
}

// exactAttr writes a figure's exact value so that JavaScript's Number()
// reads back the same float64.
func exactAttr(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func (p *Page) summary(v, lv *View) app.UI {
	l := v.Lang
	if v.Error != "" && v.Rows == nil {
		return app.Div()
	}
	h := v.Head
	fc := v.Forecast
	gapClass := "bad"
	if fc.Ahead {
		gapClass = "good"
	}
	return app.Section().Class("summary").Body(
		app.Div().Class("card headline").Body(
			app.H2().Text(l.T("required.title")),
			app.P().Class("big").Body(
				app.Span().Class("big-label").Text(h.Label),
				figure(h.Figure, "big-number"),
				app.Span().Class("big-unit").Text(h.Unit),
			),
			app.P().Class("muted").Text(l.T("required.exact")+" "+h.Exact+" · "+l.T("required.planned")+" "+h.Planned),
			app.P().Class("ceiling "+map[bool]string{true: "bad", false: "good"}[h.Over]).Attr("role", "status").Text(h.Message),
			app.If(h.Busiest != "", func() app.UI { return app.P().Class("muted").DataSet("output", "busiest").Text(h.Busiest) }),
			app.If(h.Help != "", func() app.UI { return app.P().Class("help").Text(h.Help) }),
		),
		app.Div().Class("card forecast").Body(
			app.H2().Text(l.T("forecast.title")),
			app.P().Class("big").Body(figure(fc.Total, "big-number")),
			app.P().Class("muted").Text(fc.From),
			app.If(h.Pipeline != "", func() app.UI {
				return app.P().Class("muted").Body(
					app.Span().DataSet("output", "pipeline").Text(h.Pipeline+" "),
					app.Label().Body(
						app.Input().Type("checkbox").DataSet("control", "new-team").Checked(p.model.Scenario.Forecast.NewTeam).OnChange(p.onNewTeam),
						app.Text(" "+l.T("pipeline.switch")),
					),
				)
			}),
			app.If(lv.Forecast.LeadText != "", func() app.UI { return app.P().Class("muted").Text(lv.Forecast.LeadText) }),
			app.Dl().Body(
				app.Dt().Text(l.T("forecast.goal")), app.Dd().Text(fc.Goal),
				app.Dt().Text(l.T("forecast.gap")), app.Dd().Class(gapClass).Body(
					figure(fc.Gap, ""), app.Text(" ("+fc.GapPct+")"),
				),
				app.Dt().Text(l.T("forecast.probability")), app.Dd().Class("prob").Aria("busy", strconv.FormatBool(fc.Computing)).Body(
					figure(fc.Probability, "prob-number"),
					app.If(fc.Computing, func() app.UI {
						return app.Progress().DataSet("output", "mc-progress").Max(1).Aria("label", l.T("forecast.computing"))
					}),
				),
			),
		),
	)
}

func (p *Page) required(v *View) app.UI {
	l := v.Lang
	if len(v.Rows) == 0 {
		return app.Div()
	}
	head := []app.UI{app.Th().Scope("col").Text("")}
	for _, per := range kpi.Periods {
		head = append(head, app.Th().Scope("col").Text(l.T("period."+per.String())))
	}
	rows := make([]app.UI, len(v.Rows))
	for i, r := range v.Rows {
		cells := []app.UI{app.Th().Scope("row").Text(r.Label)}
		for _, c := range r.Cells {
			cells = append(cells, app.Td().Body(figure(c, "")))
		}
		rows[i] = app.Tr().Body(cells...)
	}
	return app.Section().Class("card").Body(
		app.Div().Class("card-head").Body(
			app.H2().Text(l.T("required.table")),
			app.Label().Class("inline").Body(
				app.Text(l.T("required.rounding")+" "),
				app.Select().DataSet("control", "rounding").OnChange(p.onRounding).Body(options(v.Roundings)...),
			),
		),
		app.Div().Class("scroll").Body(
			app.Table().Class("required").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...)),
		),
	)
}

func (p *Page) charts(v *View) app.UI {
	l := v.Lang
	c := v.ChartOptions()
	return app.Section().Class("charts").Body(
		app.If(c.Error != "", func() app.UI {
			return app.P().Class("error wide").Attr("role", "alert").Text(c.Error)
		}),
		app.Div().Class("card").Body(app.H3().Text(l.T("chart.activity")),
			&Chart{ID: "chart-activity", Label: l.T("chart.activity"), Option: c.Activity}),
		app.Div().Class("card").Body(app.H3().Text(l.T("chart.funnel")),
			&Chart{ID: "chart-funnel", Label: l.T("chart.funnel"), Option: c.Funnel}),
		app.Div().Class("card wide").Body(app.H3().Text(l.T("chart.cumulative")),
			&Chart{ID: "chart-cumulative", Label: l.T("chart.cumulative"), Option: c.Cumulative}),
		app.Div().Class("card wide").Body(app.H3().Text(v.Forecast.Tornado),
			app.P().Class("chart-control").Body(
				app.Label().Body(
					app.Text(l.T("tornado.show")+" "),
					app.Select().DataSet("control", "tornado").OnChange(p.onSensitivity).Body(options(v.Forecast.Sensitivity)...),
				),
				app.Label().Body(
					app.Text(l.T("tornado.of")+" "),
					app.Select().DataSet("control", "tornado-of").OnChange(p.onSensitivityOf).Body(options(v.Forecast.SensitivityOf)...),
				),
			),
			&Chart{ID: "chart-tornado", Label: v.Forecast.Tornado, Option: c.Tornado},
			app.P().Class("seek").Body(
				app.Strong().Text(l.T("seek.title")+": "),
				app.Label().Body(
					app.Text(l.T("seek.lever")+" "),
					app.Select().DataSet("control", "seek").OnChange(p.onSeek).Body(options(v.Forecast.Seek)...),
				),
				app.Text(" "),
				app.Span().DataSet("output", "seek").Text(v.Forecast.SeekText),
			),
		),
	)
}

func (p *Page) tree(v *View) app.UI {
	l := v.Lang
	if len(v.Tree) == 0 {
		return app.Div()
	}
	items := make([]app.UI, len(v.Tree))
	for i, n := range v.Tree {
		class := "node"
		if n.OnPath {
			class += " on-path"
		}
		if n.Lever {
			class += " lever-node"
		}
		if n.Selected {
			class += " selected"
		}
		items[i] = app.Li().Class(class + " depth-" + strconv.Itoa(min(n.Depth, 24))).Body( // web/app.css: no inline style under the CSP
			pressed(app.Button().Class("node-box").DataSet("tree", n.ID).
				OnClick(p.onSelect).Body(
				app.Span().Class("node-label").Text(n.Label),
				app.Span().Class("node-formula").Text(n.Formula),
				app.If(n.Required != "", func() app.UI {
					return app.Span().Class("node-req").Text(l.T("tree.required") + " " + n.Required)
				}),
				app.If(n.Forecast != "", func() app.UI {
					return app.Span().Class("node-fc").Text(l.T("tree.forecast") + " " + n.Forecast)
				}),
			), n.Selected),
		)
	}
	e := v.Explain
	lines := []app.UI{app.H3().Text(l.T("explain.title") + ": " + e.Label)}
	if e.Forward != "" {
		lines = append(lines, app.P().Body(app.Strong().Text(l.T("explain.forward")), app.Br(), app.Code().Text(e.Forward)))
	}
	if e.Backward != "" {
		lines = append(lines, app.P().Body(app.Strong().Text(l.T("explain.backward")), app.Br(), app.Code().Text(e.Backward)))
	}
	if len(e.Periods) > 0 {
		lis := make([]app.UI, len(e.Periods))
		for i, s := range e.Periods {
			lis[i] = app.Li().Text(s)
		}
		lines = append(lines, app.Ul().Class("periods").Body(lis...))
	}
	if e.Note != "" {
		lines = append(lines, app.P().Class("muted").Text(e.Note))
	}
	return app.Section().Class("card tree-card").Body(
		app.H2().Text(l.T("tree.title")),
		app.P().Class("muted").Text(l.T("tree.hint")),
		app.Div().Class("tree-layout").Body(
			app.Ul().Class("tree").Body(items...),
			app.Div().Class("explain").Attr("aria-live", "polite").Body(lines...),
		),
	)
}

func (p *Page) months(v *View) app.UI {
	l := v.Lang
	fc := v.Forecast
	if len(fc.Months) == 0 {
		return app.Div()
	}
	// Rows exist only while the table is unfolded: a dozen rows fewer to
	// compare on every slider move.
	var rows []app.UI
	if p.model.Open(SectionMonths) {
		row := func(m MonthRow, class string) app.UI {
			cells := []string{m.PlannedText, m.RequiredText, m.PerRepDayText, m.RevenueText, m.ForecastText, m.GoalText, m.BandText, m.OnTrackText}
			tds := []app.UI{app.Th().Scope("row").Text(m.Label)}
			for _, c := range cells {
				tds = append(tds, app.Td().Text(c))
			}
			return app.Tr().Class(class).Body(tds...)
		}
		for _, m := range fc.Lead {
			rows = append(rows, row(m, "lead"))
		}
		for _, m := range fc.Months {
			rows = append(rows, row(m, ""))
		}
	}
	head := []app.UI{app.Th().Scope("col").Text(l.T("forecast.month"))}
	for _, k := range []string{"months.planned", "months.required", "months.per_rep_day", "months.revenue", "months.cumulative",
		"months.cum_goal", "months.band", "months.on_track"} {
		head = append(head, app.Th().Scope("col").Text(l.T(k)))
	}
	return app.Details().Class("card").Open(p.model.Open(SectionMonths)).On("toggle", p.onMonths).Body(
		app.Summary().Text(l.T("forecast.monthly")),
		app.If(fc.LeadText != "", func() app.UI { return app.P().Class("muted").Text(fc.LeadText) }),
		app.If(fc.Unreachable != "", func() app.UI { return app.P().Class("error").Text(fc.Unreachable) }),
		app.Div().Class("scroll").Body(
			app.Table().Class("months").Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...)),
		),
	)
}
