package ui

import (
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/scenario"
)

// Monte Carlo runs on Web Workers. The page starts workers (web/mc.js)
// that load the same app.wasm, whose main sees no document and calls
// ServeWorker. For a run, the page hands out all of its forecast.Streams
// streams at once, in turn to the ready workers, each request carrying the
// scenario (its JSON form) and the stream's number; a worker draws them one
// a task and posts each stream's revenue back (a newer run's requests drop
// those of the run before: workQueue); the page joins the streams into its
// own Runner and summarises them. A
// stream's trials depend only on the scenario and its seed, so the bands
// are those a run in the page gives, to the bit (TestWorkerStreamsJoin),
// and the page's thread stays free while they are drawn, on other cores.

// The messages, as JavaScript objects.
const (
	msgReady    = "ready"    // worker → page: the worker serves runs
	msgGen      = "gen"      // the run: the pool's number for it (job.id)
	msgScenario = "scenario" // page → worker: the scenario's JSON form
	msgStream   = "stream"   // the stream to draw
	msgRevenue  = "revenue"  // worker → page: the stream's revenue (forecast.Runner.StreamBytes)
	msgError    = "error"    // worker → page: why the stream could not be drawn
	msgTook     = "took"     // worker → page: the milliseconds the worker took
)

// streamRunner draws streams for a worker. It keeps the Runner of the last
// scenario, so the streams of one run after the first cost no parsing.
type streamRunner struct {
	json string
	r    *forecast.Runner
}

// draw returns stream i's revenue for the scenario in JSON form, as the
// bytes that cross to the page (forecast.Runner.StreamBytes).
func (w *streamRunner) draw(scenarioJSON string, i int) ([]byte, error) {
	if i < 0 || i >= forecast.Streams {
		return nil, fmt.Errorf("no stream %d: a run has %d", i, forecast.Streams)
	}
	if w.r == nil || w.json != scenarioJSON {
		w.r = nil
		s, err := scenario.OpenJSON([]byte(scenarioJSON), "")
		if err != nil {
			return nil, err
		}
		m, err := s.Model()
		if err != nil {
			return nil, err
		}
		r, err := forecast.NewRunner(m, s.Forecast, nil)
		if err != nil {
			return nil, err
		}
		w.json, w.r = scenarioJSON, r
	}
	w.r.RunStream(i)
	return w.r.StreamBytes(i), nil
}

// IsWorker reports whether the program runs in a Web Worker: a browser
// global scope without a document.
func IsWorker() bool {
	return app.IsClient && !app.Window().Get("document").Truthy()
}

// ServeWorker answers the page's requests for streams (and its CSV
// exports to parse, at once: workers_parse.go), forever. main calls
// it in a worker instead of starting the app. The page asks for all of a
// run's streams at once; the worker draws one a task (a MessageChannel
// tick), so a request of the next run, arriving meanwhile, drops the
// streams of the run before (workQueue) instead of waiting behind them.
func ServeWorker() {
	self := app.Window()
	var w streamRunner
	var q workQueue
	tick := app.Window().Get("MessageChannel").New()
	ticking := false
	tick.Get("port1").Set("onmessage", app.FuncOf(func(app.Value, []app.Value) any {
		ticking = false
		r, ok := q.next()
		if !ok {
			return nil
		}
		if q.len() > 0 {
			ticking = true
			tick.Get("port2").Call("postMessage", nil)
		}
		answer(self, &w, r)
		return nil
	}))
	self.Set("onmessage", app.FuncOf(func(_ app.Value, args []app.Value) any {
		d := args[0].Get("data")
		if d.Get(msgParse).Truthy() { // a large CSV export: parsed at once (workers_parse.go)
			self.Call("postMessage", parseRequest(d))
			return nil
		}
		q.add(request{gen: d.Get(msgGen).Int(), stream: d.Get(msgStream).Int(), scenario: d.Get(msgScenario).String()})
		if !ticking {
			ticking = true
			tick.Get("port2").Call("postMessage", nil)
		}
		return nil
	}))
	ready := newObject()
	ready.Set(msgReady, true)
	self.Call("postMessage", ready)
	select {}
}

// answer draws the stream r asks for and posts its revenue (or why it
// could not be drawn) to the page.
func answer(self app.Value, w *streamRunner, r request) {
	t0 := now()
	out := newObject()
	out.Set(msgGen, r.gen)
	out.Set(msgStream, r.stream)
	b, err := w.draw(r.scenario, r.stream)
	if err != nil {
		out.Set(msgError, err.Error())
		self.Call("postMessage", out)
		return
	}
	u8, transfer := bytesToJS(b)
	out.Set(msgRevenue, u8)
	out.Set(msgTook, now()-t0)
	self.Call("postMessage", out, transfer)
}

// bytesToJS copies b into a new Uint8Array, and gives the transfer list
// that hands its buffer over with a message (postMessage's second
// argument) rather than copying it again.
func bytesToJS(b []byte) (u8, transfer app.Value) {
	u8 = app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(u8, b)
	transfer = app.Window().Get("Array").New()
	transfer.Call("push", u8.Get("buffer"))
	return u8, transfer
}

// bytesFromJS copies a Uint8Array's bytes into Go.
func bytesFromJS(u8 app.Value) []byte {
	b := make([]byte, u8.Length())
	app.CopyBytesToGo(b, u8)
	return b
}

// request is the page's request for one stream of the run gen (job.id).
type request struct {
	gen, stream int
	scenario    string
}

// workQueue is a worker's requests not yet drawn, in the order they came.
// The page starts a run only after dropping the one before, so a request
// of another run drops those queued: their streams would be thrown away.
type workQueue struct {
	list []request
}

func (q *workQueue) add(r request) {
	if len(q.list) > 0 && q.list[0].gen != r.gen {
		q.list = q.list[:0]
	}
	q.list = append(q.list, r)
}

// next takes the first request queued, if any.
func (q *workQueue) next() (request, bool) {
	if len(q.list) == 0 {
		return request{}, false
	}
	r := q.list[0]
	q.list = q.list[1:]
	return r, true
}

func (q *workQueue) len() int { return len(q.list) }

func newObject() app.Value { return app.Window().Get("Object").New() }

// now is performance.now(): milliseconds, in a page or a worker.
func now() float64 { return app.Window().Get("performance").Call("now").Float() }

// pool is the page's workers and the run they are drawing.
type pool struct {
	workers []*worker
	job     *job
	failed  error          // a worker failed: runs stay in the page
	parses  map[int]parsed // the CSV exports being parsed, by number (workers_parse.go)
	parseID int
	runs    int // the runs started, which numbers each (job.id)
}

type worker struct {
	js        app.Value
	ready     bool
	pending   int // streams of the run asked for and not yet back
	onMessage app.Func
	onError   app.Func
}

// job is a run being drawn on the workers: the page's Runner joins the
// streams as they come.
type job struct {
	// id numbers the run among the pool's, which its streams' messages
	// carry; gen is the change it draws. A run started again for the same
	// change (a refused key schedules one, the change counter unmoved) had
	// carried the same number: the workers queued its streams behind the
	// dropped run's, and the page joined both, a stream twice and another
	// never, so a result of fewer trials showed as the run's.
	id       int
	gen      int
	scenario string
	r        *forecast.Runner
	next     int // the next stream to hand out
	left     int // streams not yet joined
	joined   [forecast.Streams]bool
	took     []float64 // each stream's time in its worker, ms
	t0       float64
	done     func(*forecast.Bands, []float64)
	fail     func(error)
	progress func(float64) // the share of trials joined, after each stream but the last
}

// workerCount is how many workers the page starts: one per core, at least
// two (a run then takes half the time even where the page's thread is the
// only other one busy) and at most four (a run has eight streams).
func workerCount() int {
	n := 2 // where the browser does not say
	if c := app.Window().Get("navigator").Get("hardwareConcurrency"); c.Truthy() {
		n = c.Int()
	}
	return min(max(n, 2), 4)
}

// workerURL is web/mc.js beside the page's wasm_exec.js, so it follows the
// site's base path.
func workerURL() string {
	s := app.Window().Get("document").Call("querySelector", `script[src$="wasm_exec.js"]`)
	if !s.Truthy() {
		return ""
	}
	src := s.Get("src").String()
	return strings.TrimSuffix(src, "wasm_exec.js") + "web/mc.js"
}

// startPool starts n workers. They take a moment to load; ready reports
// when one can take a run.
func startPool(n int) *pool {
	p := &pool{}
	url := workerURL()
	ctor := app.Window().Get("Worker")
	if url == "" || !ctor.Truthy() {
		p.failed = errors.New("no Web Workers here")
		markWorkers("off")
		return p
	}
	for range n {
		w := &worker{js: ctor.New(url)}
		w.onMessage = app.FuncOf(func(_ app.Value, args []app.Value) any {
			p.receive(w, args[0].Get("data"))
			return nil
		})
		w.onError = app.FuncOf(func(_ app.Value, args []app.Value) any {
			msg := "the worker failed"
			if m := args[0].Get("message"); m.Truthy() {
				msg = m.String()
			}
			p.fail(errors.New(msg))
			return nil
		})
		w.js.Set("onmessage", w.onMessage)
		w.js.Set("onerror", w.onError)
		p.workers = append(p.workers, w)
	}
	return p
}

// markWorkers sets data-workers on <body>: "ready" once every worker has
// loaded, "off" when they cannot run. The loader (cmd/kpisim boot.js)
// registers the service worker only then: the workers load their files
// through the active service worker, and a request that reaches it while
// it stops for a new version restarts it, which holds that version back
// for the old one's idle timeout (30 s in Chromium).
func markWorkers(state string) {
	app.Window().Get("document").Get("body").Call("setAttribute", "data-workers", state)
}

// ready is the number of workers that can draw streams (0 once one failed).
func (p *pool) ready() int {
	if p == nil || p.failed != nil {
		return 0
	}
	n := 0
	for _, w := range p.workers {
		if w.ready {
			n++
		}
	}
	return n
}

// start draws j on the workers; a run under way is dropped, and so are
// its streams the workers have not drawn yet (workQueue).
func (p *pool) start(j *job) {
	p.runs++
	j.id = p.runs
	j.left = forecast.Streams
	p.job = j
	j.t0 = now()
	for _, w := range p.workers {
		w.pending = 0
	}
	p.feed()
}

// feed hands the job's streams out at once, in turn, each to the ready
// worker with the fewest: a worker then draws the run's streams one after
// the other, never waiting for the page to ask for the next. The page's
// thread may be busy for a long while after a change (it renders the page
// and redraws the charts: 100–300 ms at CPU 4×), and with two streams
// asked ahead the workers sat idle until it was free to read one.
func (p *pool) feed() {
	j := p.job
	for j != nil && j.next < forecast.Streams {
		w := p.idlest()
		if w == nil {
			return
		}
		msg := newObject()
		msg.Set(msgGen, j.id)
		msg.Set(msgScenario, j.scenario)
		msg.Set(msgStream, j.next)
		w.js.Call("postMessage", msg)
		w.pending++
		j.next++
	}
}

// idlest is the ready worker with the fewest streams to draw, nil when
// none is ready.
func (p *pool) idlest() *worker {
	var w *worker
	for _, x := range p.workers {
		if x.ready && (w == nil || x.pending < w.pending) {
			w = x
		}
	}
	return w
}

// drop abandons the run under way: the model has changed. The streams
// still coming are not joined, and the workers drop those not drawn yet
// when the next run's requests come (workQueue).
func (p *pool) drop() {
	if p != nil {
		p.job = nil
	}
}

func (p *pool) receive(w *worker, d app.Value) {
	if id := d.Get(msgParse); id.Truthy() {
		p.parsedMessage(id.Int(), d)
		return
	}
	if d.Get(msgReady).Truthy() {
		w.ready = true
		if p.ready() == len(p.workers) {
			markWorkers("ready")
		}
		p.feed()
		return
	}
	if e := d.Get(msgError); e.Truthy() {
		p.fail(errors.New(e.String()))
		return
	}
	j := p.job
	if j == nil || d.Get(msgGen).Int() != j.id {
		return // a stream of a run since dropped
	}
	w.pending--
	fresh, err := j.join(d.Get(msgStream).Int(), bytesFromJS(d.Get(msgRevenue)))
	if err != nil {
		p.fail(err)
		return
	}
	if !fresh {
		return
	}
	j.took = append(j.took, d.Get(msgTook).Float(), now()-j.t0)
	if j.left--; j.left == 0 {
		p.job = nil
		j.done(summarise(j.r), j.took)
	} else if j.progress != nil {
		j.progress(j.r.Progress())
	}
}

// join sets stream i of the run from a worker's bytes. It reports false
// for a stream joined already, which counts once: the run is complete when
// every stream is joined, not after as many messages.
func (j *job) join(i int, b []byte) (bool, error) {
	if i >= 0 && i < len(j.joined) && j.joined[i] {
		return false, nil
	}
	if err := j.r.SetStreamBytes(i, b); err != nil {
		return false, err
	}
	j.joined[i] = true
	return true, nil
}

// fail stops using the workers: the run under way, and the next ones, are
// drawn in the page.
func (p *pool) fail(err error) {
	if p.failed != nil {
		return
	}
	p.failed = err
	markWorkers("off")
	app.Log("kpisim: Monte Carlo workers off:", err)
	for _, w := range p.workers {
		w.js.Call("terminate")
	}
	if j := p.job; j != nil {
		p.job = nil
		j.fail(err)
	}
	p.failParses(err)
}
