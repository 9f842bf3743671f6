package ui

import (
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// Page is the whole simulator: it owns the Model, rebuilds the View on
// every change and renders it.
type Page struct {
	app.Compo

	model    *Model
	view     *View
	behind   bool   // a slider moved since view was built: rebuild it (current)
	updated  bool   // a new version of the app is ready
	tabTitle string // the document's title as last set (nameTab)
	// prerender is the language of a page rendered for the site's
	// index.html in another language than the route's (prerender.go); ""
	// for the route's page, in Japanese.
	prerender i18n.Lang
	// below: the sections far below the first screen are built (the KPI
	// tree, the coach, the year so far, the handout's head): in the
	// browser not before every chart is drawn (awaitDrawn), which takes
	// 40 % of the page's elements out of the start-up's mount (later).
	below bool
	// inSight: a chart was on the first screen of the pre-rendered page
	// (chartsInSight), so the first render builds the charts' options;
	// else they come with the sections below (chartsLater).
	inSight bool

	done    *View     // the last view completed (plan, goal seek, charts)
	doneAt  time.Time // when
	pace    pace      // when to render while a slider moves (page_pace.go)
	renders int       // how many times the page has rendered (Page.renderNext)
	// own is the page's context, from its mount: what comes later (a
	// run's result, a render in a task of its own) dispatches through it.
	// go-app drops a dispatch whose element is gone, and the context of an
	// event is its element's, which the next render may replace.
	own     app.Context
	mounted bool

	runGen atomic.Int64 // the change the Monte Carlo run under way is for
	yield  *yielder     // hands the browser its thread between slices of a run
	pool   *pool        // the workers that draw runs, once the first run is done

	share   shareState   // issue 11: app/ui/share.go
	history historyState // issue 11: undo and redo (app/ui/page_history.go)

	present presentState // issue 12: app/ui/present.go

	treeFolds map[string]bool // the tree list's branches folded (true) or unfolded by the user, by node id (tree_fold.go)

	reading string // the name of a large CSV export being read (actuals.go), "" when none
	readGen int    // the CSV files chosen or dropped so far: only the last is imported
}

var (
	_ app.Initializer = (*Page)(nil)
	_ app.Mounter     = (*Page)(nil)
	_ app.AppUpdater  = (*Page)(nil)
)

// storageLang keeps the language the reader picked. Work opens in it: one
// of My scenarios or a file in the page's language whatever language it
// was saved in, and a link in the reader's language once they have picked
// one (picked), else in the sender's (a first visit has said nothing, and
// the sender chose what they share in). A link from a colleague who reads
// English turned a Japanese reader's page English, as did a scenario saved
// while the page was in English, and left <html lang> saying ja.
const storageLang = "kpisim.lang"

// picked reports whether the reader has picked a language on this site,
// or the address names one (?lang=en: addressLang).
func picked(ctx app.Context) bool {
	var saved string
	ctx.LocalStorage().Get(storageLang, &saved)
	return saved != "" || addressLang() != ""
}

// OnInit loads the presets and starts on the default scenario, in Japanese
// until the browser's language is known.
func (p *Page) OnInit() {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		panic(err) // the presets are tested; this is a build defect
	}
	p.share.forms = newLinkForms(ps, time.Now())
	lang := i18n.Ja
	if p.prerender != "" {
		lang = p.prerender
	}
	if app.IsClient { // the first render already in the user's language: no switch at mount
		lang = browserLang()
		p.inSight = chartsInSight()
		// The plan year running today, for presets that name none: months
		// read 2026年4月 … 2027年3月 (the pre-rendered page has no clock
		// worth trusting, so it keeps them without a year).
		ps = ps.Dated(time.Now())
	}
	p.model = NewModel(ps, scenario.DefaultPreset, lang)
	if app.IsClient {
		// Restored, the mount finds it shown (share.early); refused, the
		// mount tries again and says so.
		if data, st, ok := savedEarly(); ok && p.model.Restore(st) == nil {
			p.share.early = data
		}
	}
	p.refresh()
}

// browserLang is the language the address names (addressLang), else the
// one saved in the browser (kpisim.lang, as go-app's LocalStorage writes
// it: a JSON string), else the browser's.
func browserLang() i18n.Lang {
	if l := addressLang(); l != "" {
		return l
	}
	w := app.Window()
	var langs []string
	if ls := w.Get("localStorage"); ls.Truthy() {
		if v := ls.Call("getItem", storageLang); v.Type() == app.TypeString {
			langs = append(langs, strings.Trim(v.String(), `"`))
		}
	}
	nav := w.Get("navigator")
	if ls := nav.Get("languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			langs = append(langs, ls.Index(i).String())
		}
	}
	langs = append(langs, nav.Get("language").String())
	return i18n.Parse(strings.Join(nonEmpty(langs), ","))
}

// OnMount picks the language (saved choice, else the browser's), listens
// for the components' actions and marks the page ready once charts exist.
func (p *Page) OnMount(ctx app.Context) {
	p.own, p.mounted = ctx, true
	// The page pre-rendered in English (cmd/kpisim prerender.go), which a
	// visitor who reads English saw while app.wasm loaded: the app has
	// replaced the Japanese one, go-app's, and now stands for both.
	if en := app.Window().Get("document").Call("querySelector", ".prerender-en"); en.Truthy() {
		en.Call("remove")
	}
	before := p.shown()
	if l := browserLang(); l != p.model.Lang {
		p.model.Lang = l
		p.fresh() // the view completed for the first render speaks the other language
		p.refresh()
	}
	p.mountShare(ctx)   // issue 11: the link in the address, else the saved work (app/ui/share.go)
	p.mountHistory(ctx) // issue 11: undo and redo from the state opened (app/ui/page_history.go)
	p.mountFiles(ctx)   // issue 11: a scenario file dropped anywhere on the page (app/ui/storage_files.go)
	ctx.Handle(actionInput, p.onInput)
	ctx.Handle(actionCommit, p.onCommit)
	ctx.Handle(actionRelease, p.onRelease)
	ctx.Handle(actionSelectNode, p.onSelectNode) // issue 12: a box of the tree diagram
	ctx.Handle(actionCheck, p.onCheckAction)     // issue 12: the coach's checklist (app/ui/coach_view.go)
	ctx.Handle(actionFold, p.onFoldAction)
	p.mountPresent(ctx) // issue 12: ?present and the presenter's keys (app/ui/present.go)
	mountPrint()        // issue 12: the handout's charts drawn for paper (app/ui/print.go)
	// A new version that took over while app.wasm loaded (web boot.js).
	if app.Window().Get("kpisimUpdateReady").Truthy() {
		p.updated = true
	}
	p.scheduleRun(ctx)
	mark("kpisim-mounted")
	if p.shown() != before {
		ctx.Defer(p.markReady(0)) // once this dispatch's render shows it
		return
	}
	// The first render showed all there is: a render now would build the
	// page again for nothing (55 ms of a cold start at CPU 1×). The
	// components' mounts prevent theirs too (Chart, Diagram, Lever).
	ctx.PreventUpdate()
	// The components' mounts are the dispatches queued before this one:
	// the page is ready once they have run, in the same turn of go-app's
	// loop. A Defer waited for its next frame, after the browser had laid
	// out and painted the page (50–60 ms of a warm start).
	ctx.Dispatch(func(ctx app.Context) {
		ctx.PreventUpdate()
		p.markReady(0)(ctx)
	})
}

// shown is what the mount may change that the page shows: the view (a
// link, the saved work or another language), the saved scenarios, a
// notice, an update of the app.
type shown struct {
	view          *View
	mine          int
	notice        string
	alert, update bool
}

func (p *Page) shown() shown {
	notice := ""
	if p.share.notice != nil {
		notice = p.share.notice(p.model.Lang)
	}
	return shown{p.view, len(p.share.mine), notice, p.share.alert, p.updated}
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

// markReady sets data-ready on <body> once every chart is mounted and
// those on screen are drawn (at once when there are none to wait for):
// what the visitor sees is complete and the page takes input.
// The charts below the fold are drawn in the tasks that follow, one or two
// each (draws), and data-drawn follows once all are (awaitDrawn). A cold
// start at CPU 1× spends 200–300 ms drawing all the charts; a phone's
// first screen, or a laptop's, shows none. The draw queue calls back
// before it draws anything off screen (drawQueue.onScreen); a timer is
// the fallback, with ECharts missing or slow.
func (p *Page) markReady(try int) func(app.Context) {
	return func(ctx app.Context) {
		doc := app.Window().Get("document")
		if doc.Get("body").Get("dataset").Get("ready").String() == "true" {
			return // the queue's call or the timer's came first
		}
		charts := doc.Call("querySelectorAll", ".chart")
		// Charts whose options come later (chartsLater) are drawn after
		// the page is ready anyway: asking where they are would only lay
		// out the page before the browser does.
		wait := draws.mounted < charts.Length() || (!p.chartsLater() && draws.pendingOnScreen())
		if wait && try < 200 && app.Window().Get("echarts").Truthy() {
			draws.onScreen = func() { p.markReady(try + 1)(ctx) }
			ctx.After(25e6, func(ctx app.Context) { // 25 ms
				ctx.PreventUpdate() // nothing to render: only waiting
				p.markReady(try + 1)(ctx)
			})
			return
		}
		doc.Get("body").Call("setAttribute", "data-ready", "true")
		p.heardAnswer()
		mark("kpisim-ready")
		doc.Get("documentElement").Call("setAttribute", "lang", string(p.model.Lang))
		p.awaitDrawn(0)(ctx)
	}
}

// awaitDrawn builds the sections below the first screen (Page.below) once
// every chart is drawn, then sets data-drawn on <body>, then writes the
// address the mount left (readyAddress) in a task of its own.
func (p *Page) awaitDrawn(try int) func(app.Context) {
	return func(ctx app.Context) {
		ctx.After(25e6, func(ctx app.Context) {
			if !draws.idle() && try < 200 {
				ctx.PreventUpdate() // nothing to render: only waiting
				p.awaitDrawn(try + 1)(ctx)
				return
			}
			if !p.below {
				// This dispatch builds the sections below the first screen
				// and gives the charts off it their options (chartsLater):
				// data-drawn waits for those charts.
				p.below = true
				ctx.Defer(p.awaitDrawn(0))
				return
			}
			ctx.PreventUpdate()
			ctx.Defer(func(ctx app.Context) {
				app.Window().Get("document").Get("body").Call("setAttribute", "data-drawn", "true")
				mark("kpisim-drawn")
				ctx.After(25e6, func(ctx app.Context) {
					ctx.PreventUpdate()
					p.readyAddress(ctx)
					if h := p.history.h; h != nil && h.CanUndo() {
						// The steps the tab kept before a reload (history_keep.go):
						// the Undo button, rendered disabled, now has one.
						ctx.Dispatch(func(app.Context) {})
					}
					p.warmUp(ctx) // a slider's code compiled before the first drag (warm.go)
				})
			})
		})
	}
}

// later reports whether the sections below the first screen wait to be
// built (Page.below); the pre-rendered page has them all.
func (p *Page) later() bool { return app.IsClient && !p.below }

// chartsLater reports whether the charts' options wait for the sections
// below the first screen: no chart is in sight at the start (inSight), as
// on a laptop's first screen or a phone's. Building them (go-echarts to
// JSON) was 60 ms of a cold start's first render at CPU 1×.
func (p *Page) chartsLater() bool { return p.later() && !p.inSight }

// sightMargin is how far below the window a chart of the pre-rendered page
// still counts as in sight: the page built in the browser may set it
// higher (another language, the months dated).
const sightMargin = 120 // px

// chartsInSight reports whether a chart of the pre-rendered page is on its
// first screen (or within sightMargin of it), or there is no pre-rendered
// page to tell.
func chartsInSight() bool {
	w := app.Window()
	els := w.Get("document").Call("querySelectorAll", ".charts .chart")
	sight := w.Get("innerHeight").Float() + sightMargin
	for i := range els.Length() {
		r := els.Index(i).Call("getBoundingClientRect")
		if r.Get("top").Float() < sight && r.Get("bottom").Float() > 0 {
			return true
		}
	}
	return els.Length() == 0
}

func (p *Page) OnAppUpdate(ctx app.Context) {
	p.updated = ctx.AppUpdateAvailable()
}

func (p *Page) refresh() { p.view, p.behind = p.model.View(), false }

// fullView is the page's view, rebuilt first when a slider's moves have
// left it behind the model (they build only the figures, Model.Figures).
func (p *Page) fullView() *View {
	if p.behind {
		p.refresh()
	}
	return p.view
}

// page is the page's own context once mounted (Page.own), else ctx.
func (p *Page) page(ctx app.Context) app.Context {
	if p.mounted {
		return p.own
	}
	return ctx
}

func (p *Page) Render() app.UI {
	p.renders++
	if p.view == nil {
		p.OnInit()
	}
	v := p.fullView()
	p.nameTab(v)
	if p.present.on { // issue 12: the presentation mode (app/ui/present.go)
		return p.presentation(v)
	}
	lv := p.lateView()
	y := p.year(v)
	l := v.Lang
	// While a field holds a refused value the figures are the last valid
	// ones: the page says so and dims them (web/app.css .results.stale).
	stale := staleNote(v)
	results := "results"
	if stale != "" {
		results += " stale"
	}
	root := app.Div().Class("app")
	if app.IsServer {
		// The pre-rendered page (index.html) shows the answer while
		// app.wasm loads, but nothing on it answers yet, and the app
		// replaces it when it mounts: what one typed into it would be lost.
		root = root.Attr("inert", true)
	}
	return root.Body(
		p.header(v),
		p.handoutHead(v), // issue 12: on paper only (app/ui/print.go)
		// issue 11: app/ui/share_view.go. In the pre-rendered page too, which
		// shows while app.wasm loads: the bar's arrival moved the answer down
		// (240 px on a phone) as the app mounted.
		p.shareBar(v),
		// The update's notice comes inside a box that stays: go-app matches
		// children by position, and the notice's arrival rebuilt the whole
		// page after it, every chart disposed mid-drawing.
		app.Div().Class("update-slot").Body(
			app.If(p.updated, func() app.UI {
				return app.Div().Class("update").Attr("role", "status").Body(
					app.Span().Text(l.T("app.update")),
					app.Button().Text(l.T("app.reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
				)
			}),
		),
		// The answer first, at every width; the inputs follow (beside it
		// on a wide screen, under it on a narrow one, where a strip keeps
		// the answer in sight); then the details. web/app.css places them.
		app.Main().Class("layout").Body(
			app.Div().Class(results).DataSet("stale", strconv.FormatBool(stale != "")).Body(
				p.strip(v),
				// The notes come and go inside a box that stays, so the
				// sections after it keep their place among the results'
				// children: go-app matches children by position, and a
				// shift would rebuild every section, charts and all.
				app.Div().Class("notes").Hidden(stale == "" && v.Error == "").Body(
					app.If(stale != "", func() app.UI {
						return app.P().Class("stale-note").Text(stale) // said on commit, with the rule (Page.sayAnswer)
					}),
					app.If(v.Error != "", func() app.UI {
						return app.Div().Class("error").Attr("role", "alert").Body(
							app.Strong().Text(l.T("error.title")),
							app.P().Text(v.Error),
							app.P().Class("muted").Text(l.T("error.kept")),
						)
					}),
				),
				p.summary(v, lv, y),
				// The inputs come next in the document, as on a phone's one
				// column (and beside the answer on two): Tab and a screen
				// reader meet them after the answer, not after the year so
				// far (TestFocusFollowsLayout).
				p.levers(v),
				p.required(v),
				p.charts(lv),
				p.diagram(v), // issue 12: app/ui/diagram_card.go
				p.tree(v),
				p.editor(v), // issue 11: app/ui/editor_view.go
				p.months(lv),
				p.coach(v),     // issue 12: SMART, the failure patterns and the checklist (app/ui/coach_view.go)
				p.yearSoFar(y), // issue 13: app/ui/plan.go
			),
		),
		app.Footer().Class("footer").Body(
			app.P().Text(v.Description),
		),
	)
}

// nameTab names the browser's tab, and so the file a printed handout
// proposes, after the tree shown: 「2027年度 東京営業部 — KPIシミュレーター」,
// where every tab and every handout's PDF read "kpisim — KPIシミュレーター / KPI
// simulator". One call into the browser when the name changes.
func (p *Page) nameTab(v *View) {
	title := tabTitle(v.Lang, v.Title)
	if !app.IsClient || title == p.tabTitle {
		return
	}
	p.tabTitle = title
	app.Window().Get("document").Set("title", title)
}

// tabTitle is the tab's name for a tree titled tree, in language l.
func tabTitle(l i18n.Lang, tree string) string {
	if tree == "" {
		return "kpisim — " + l.T("app.name")
	}
	return tree + " — " + l.T("app.name")
}
