package ui

import (
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// presentState is the presentation mode: on or off (?present in the
// address), the step shown, the figures hidden for the room to guess, the
// guess being typed, the last reveal and the tally of the workshop.
type presentState struct {
	on     bool
	step   int
	hidden map[string]bool
	guess  string
	bad    string       // the guess typed that is no number, kept with its message until retyped
	shown  *guessResult // the reveal of the current step
	tally  []guessResult
	tree   string // the tree the figures were hidden and guessed in (presentTree)
	keys   app.Func
}

// presentTree names the tree shown: its scenario and its nodes. The
// figures hidden and the tally belong to it, and are forgotten when the
// mode opens on another (a node hidden in the velocity preset came up
// hidden in the outbound one, its tally with it).
func (p *Page) presentTree() string {
	s := p.model.Scenario
	ids := make([]string, len(s.Nodes))
	for i := range s.Nodes {
		ids[i] = s.Nodes[i].ID
	}
	return s.ID + "\x00" + strings.Join(ids, "\x00")
}

// forTree forgets what was hidden and guessed in another tree, and
// reports whether the tree is another.
func (p *Page) forTree() bool {
	t := p.presentTree()
	if t == p.present.tree {
		return false
	}
	p.present.tree, p.present.hidden, p.present.tally, p.present.shown, p.present.guess = t, nil, nil, nil, ""
	return true
}

// clampStep keeps the step within the tree's steps: a tree changed since
// (solved for another lever) may have fewer.
func (p *Page) clampStep() {
	p.present.step = max(0, min(len(p.steps())-1, p.present.step))
}

// guessResult is one reveal: the guess, the truth and the difference.
type guessResult struct {
	Node                 string
	Guess, Truth         float64
	GuessText, TruthText string
	DiffText             string
	Within               bool // within 10% of the truth
	Guessed              bool // a number was typed
}

// mountPresent opens the mode when the address asks for it (?present), at
// the step it names (?present=6, as the mode writes it: a reload went back
// to the first), and listens for the presenter's keys.
func (p *Page) mountPresent(ctx app.Context) {
	if q := app.Window().Get("URLSearchParams").New(app.Window().Get("location").Get("search")); q.Call("has", "present").Bool() {
		p.present.on = true
		p.restorePresent(ctx) // the room's game before the reload (present_keep.go)
		p.forTree()
		p.present.step = stepParam(q.Call("get", "present").String())
		p.clampStep()
		ctx.Dispatch(func(app.Context) {})
		p.keepPresentFocus(ctx)
	}
	if p.present.keys != nil {
		return
	}
	p.present.keys = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || !p.present.on {
			return nil
		}
		e := args[0]
		if composing(e) {
			return nil // the IME's Enter or Esc: a guess typed in 億 is not done
		}
		key := e.Get("key").String()
		tag := strings.ToLower(e.Get("target").Get("tagName").String())
		if (tag == "input" || tag == "textarea" || tag == "select") && key != "Escape" && key != "Enter" {
			return nil
		}
		// A digit typed while the figure is hidden starts the room's
		// guess: the field takes the focus, and the key goes into it (it
		// was lost, the field not focused).
		if guessKey(key) {
			if g := app.Window().Get("document").Call("querySelector", `[data-present="guess"]`); g.Truthy() {
				g.Call("focus")
				return nil
			}
		}
		// Enter and Space on a button press that button (Space on Back
		// once went forward).
		if (tag == "button" || tag == "summary" || tag == "a") && (key == "Enter" || key == " ") {
			return nil
		}
		if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
			return nil
		}
		switch key {
		case "ArrowRight", "PageDown", " ", "ArrowLeft", "PageUp", "r", "R", "h", "H", "Escape", "Enter":
			e.Call("preventDefault")
			// As the mode's buttons do: Enter in the guess reveals the
			// answer, and the field, gone with the guess, left the focus
			// on the page's body, outside the dialog.
			ctx.Dispatch(func(ctx app.Context) { p.presentKey(ctx, key); p.presentActed(ctx) })
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", p.present.keys)
}

// guessKey reports whether key starts a typed guess: a digit, in either
// width, or a sign or point a number may start with.
func guessKey(key string) bool {
	r := []rune(key)
	return len(r) == 1 && (r[0] >= '0' && r[0] <= '9' || r[0] >= '０' && r[0] <= '９' || strings.ContainsRune(".-", r[0]))
}

// presentKey acts on one key of the presenter.
func (p *Page) presentKey(ctx app.Context, key string) {
	switch key {
	case "ArrowRight", "PageDown", " ":
		p.presentGo(1)
	case "ArrowLeft", "PageUp":
		p.presentGo(-1)
	case "r", "R", "Enter":
		p.presentReveal()
	case "h", "H":
		p.presentHide()
	case "Escape":
		p.leavePresent(ctx)
	}
}

func (p *Page) steps() []Step {
	v := p.fullView()
	if v == nil || v.table == nil {
		return nil
	}
	return Steps(v.table)
}

func (p *Page) presentGo(d int) {
	n := len(p.steps())
	p.present.step = max(0, min(n-1, p.present.step+d))
	p.present.guess, p.present.shown, p.present.bad = "", nil, ""
}

// current is the node of the step shown.
func (p *Page) current() string {
	ss := p.steps()
	// A step without a figure (naming the KFS, the KPIs) takes no guess:
	// it highlights the KGI, whose figure is on step 1.
	if p.present.step < len(ss) && len(ss[p.present.step].Lines) > 0 {
		return ss[p.present.step].Node
	}
	return ""
}

// guessed is the figure the room guesses at step s: the step's own when
// it is hidden (worked forward from the terms it is made of), else the
// first of its terms hidden (worked back from the step's figure, known or
// revealed a step before: 「1億円 = 100万円 × ?」), else none. With every
// figure hidden the room had been asked for 受注件数 in 「受注件数 ? = 受注率
// 25% × 商談数 ?」, and its answer for 商談数 scored against it.
func guessed(s Step, hidden map[string]bool) string {
	if len(s.Lines) == 0 {
		return ""
	}
	if hidden[s.Node] {
		return s.Node
	}
	for _, tm := range s.Lines[1:] {
		if hidden[tm.Node] {
			return tm.Node
		}
	}
	return ""
}

// guessing is the figure the room guesses at the step shown (guessed).
func (p *Page) guessing() string {
	ss := p.steps()
	if p.present.step >= len(ss) {
		return ""
	}
	return guessed(ss[p.present.step], p.present.hidden)
}

func (p *Page) presentHide() {
	id := p.current()
	if id == "" {
		return
	}
	p.forTree()
	if p.present.hidden == nil {
		p.present.hidden = map[string]bool{}
	}
	h := !p.present.hidden[id]
	p.present.hidden[id] = h
	if node := nodeOf(id); node != id {
		// The last step's answer per rep hides with its year, which the
		// step divides: "A year: 24,000 ÷ 240 days ÷ 10 reps = ?" gave the
		// answer away. A reveal shows the answer alone.
		p.present.hidden[node] = h
	}
	p.present.shown = nil
}

// presentHideAll hides every required value (every node on the path but
// the KGI, which is set, not worked out), or, while any figure is hidden,
// shows them all again. It had hidden them all again once one was
// revealed: the room's figure, just revealed, went back to "?" with the
// rest (the button read Hide with the opportunities still "?").
func (p *Page) presentHideAll() {
	v := p.fullView()
	if v == nil || v.table == nil {
		return
	}
	p.forTree()
	if anyHidden(p.present.hidden) {
		p.present.hidden = nil
	} else {
		p.present.hidden = map[string]bool{}
		for _, id := range required(v.table) {
			p.present.hidden[id] = true
		}
	}
	p.present.shown = nil
}

// required are the nodes whose figures the room works out: every node on
// the solved path but the KGI, which is set.
func required(t *report.Table) []string {
	var ids []string
	for i, r := range t.Rows {
		if i > 0 && r.OnPath {
			ids = append(ids, r.ID)
		}
	}
	if target := t.Answer.Tree.Model.Node(t.Answer.Target); target.Activity {
		ids = append(ids, target.ID+perRep) // the last step's answer (perRep)
	}
	return ids
}

// anyHidden reports whether a figure is hidden: "Show every required
// value" then shows them, as its button says.
func anyHidden(hidden map[string]bool) bool {
	for _, h := range hidden {
		if h {
			return true
		}
	}
	return false
}

// resetTally forgets the guesses counted, and the last reveal.
func (p *Page) resetTally() {
	p.present.tally, p.present.shown = nil, nil
}

// presentReveal shows the current step's hidden figure, with the guess
// typed and the difference, and counts it in the tally.
func (p *Page) presentReveal() {
	id := p.guessing()
	v := p.fullView()
	if id == "" || !p.present.hidden[id] || v == nil || v.table == nil {
		return
	}
	delete(p.present.hidden, id)
	delete(p.present.hidden, nodeOf(id)) // the last step's answer shows with the year it divides
	t := v.table
	var fig report.Figure
	var node *kpi.Node
	for i := range t.Rows {
		if r := &t.Rows[i]; r.ID == nodeOf(id) {
			fig, node = primary(t, r, true), r.Node
		}
	}
	if node == nil {
		return
	}
	if ss := Steps(t); p.present.step < len(ss) { // the figure the step shows
		for _, tm := range ss[p.present.step].Lines {
			if tm.Node == id {
				fig = tm.Value
				break
			}
		}
	}
	unit := node.Unit
	g, ok := parseGuess(p.present.guess, unit)
	if !ok && strings.TrimSpace(p.present.guess) != "" {
		// Not a number: the figure stays hidden, and the room retypes.
		p.present.hidden[id] = true
		p.present.bad = strings.TrimSpace(p.present.guess)
		return
	}
	p.present.bad = ""
	res := guessResult{Node: id, Truth: fig.Value, TruthText: fig.Text}
	if ok {
		res.Guess, res.Guessed = g, true
		c := ""
		if k := counter(t, node); k != "" && strings.HasSuffix(fig.Text, k) {
			c = k // 「予想 400件」 as the truth reads 「100件」
		}
		res.GuessText = t.Format.Node(node, g, kpi.Year) + c // as the answer reads: "40" for "４０"
		d := g - fig.Value
		res.DiffText = t.Format.Signed(node, d, kpi.Year) + c
		res.Within = fig.Value != 0 && math.Abs(d) <= 0.1*math.Abs(fig.Value) || d == 0
		p.present.tally = append(p.present.tally, res)
	}
	p.present.shown = &res
	p.present.guess = ""
}

// parseGuess reads a typed guess in the figure's own scale, as a lever's
// field reads what is typed (scenario.NormalizeTyped, scenario.ParseValue):
// "41.7", "100,000", "４１０", "2千", "1億2,000万円", "25" (%) for a rate;
// a unit after it (件, 人, %) and K or M for thousands and millions too.
func parseGuess(s string, u kpi.Unit) (float64, bool) {
	s = strings.TrimSpace(scenario.NormalizeTyped(s)) // counters (件, 人) go
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "%"), "％"))
	mult := 1.0
	for suf, m := range map[string]float64{"K": 1e3, "k": 1e3, "M": 1e6} {
		if strings.HasSuffix(s, suf) {
			s, mult = strings.TrimSuffix(s, suf), m
			break
		}
	}
	v, err := scenario.ParseValue(s)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	v *= mult
	if u == kpi.Rate && !scenario.Ratio(s) { // "1/3" is a third, as a lever's field reads it
		v /= 100
	}
	return v, true
}

func (p *Page) enterPresent(ctx app.Context, e app.Event) {
	p.enterPresentState()
	setPresentParam(true, p.present.step)
	app.Window().Call("scrollTo", 0, 0)
	p.keepPresentFocus(ctx) // the button pressed is gone with the page
}

// enterPresentState opens the mode at the step it was left at (it went
// back to the first: a trainer who left at 9 / 9 to change a lever came
// back to 1 / 9), on what this tree had hidden; another tree opens at its
// first step.
func (p *Page) enterPresentState() {
	p.present.on, p.present.guess, p.present.shown = true, "", nil
	if p.forTree() {
		p.present.step = 0
	}
	p.clampStep()
}

// presentActed follows a key or button of the mode: the address names the
// step now shown, the tab keeps the game (present_keep.go), and the focus
// stays in the mode.
func (p *Page) presentActed(ctx app.Context) {
	if p.present.on {
		setPresentParam(true, p.present.step)
		p.keepPresent(ctx)
	}
	p.keepPresentFocus(ctx)
}

// keepPresentFocus moves the keyboard's focus, once the mode is drawn, to
// the mode itself when it is nowhere in it: the Present button that opened
// it, or a control that a step took away (Reveal), left it on the page's
// body, where a screen reader says nothing of the mode. In the page's own
// context: a control's is gone with the control, and what it defers with it.
func (p *Page) keepPresentFocus(ctx app.Context) {
	p.page(ctx).Defer(func(app.Context) {
		doc := app.Window().Get("document")
		mode := doc.Call("querySelector", ".present")
		if !mode.Truthy() {
			return
		}
		if a := doc.Get("activeElement"); !a.Truthy() || !mode.Call("contains", a).Bool() {
			mode.Call("focus")
		}
	})
}

func (p *Page) leavePresent(ctx app.Context) {
	p.present.on = false
	setPresentParam(false, 0)
	// The keyboard user goes on from the button that opened the mode.
	ctx.Defer(func(app.Context) {
		if b := app.Window().Get("document").Call("querySelector", `[data-present="open"]`); b.Truthy() {
			b.Call("focus")
		}
	})
}

// setPresentParam adds or removes ?present in the address, with the step
// shown (presentAddress), keeping the rest (the state in the fragment).
func setPresentParam(on bool, step int) {
	w := app.Window()
	h := w.Get("history")
	h.Call("replaceState", h.Get("state"), "", presentAddress(w.Get("location").Get("href").String(), on, step))
}

// presentAddress is address href with the mode on at step (counted from
// 0: ?present at the first, ?present=6 at the sixth, so that a reload
// opens there), or off (no present), its other parameters and its
// fragment kept as they are.
func presentAddress(href string, on bool, step int) string {
	rest, frag, hasFrag := strings.Cut(href, "#")
	base, query, _ := strings.Cut(rest, "?")
	var params []string
	for _, kv := range strings.Split(query, "&") {
		if k, _, _ := strings.Cut(kv, "="); kv != "" && k != "present" {
			params = append(params, kv)
		}
	}
	if on {
		pr := "present"
		if step > 0 {
			pr += "=" + strconv.Itoa(step+1)
		}
		params = append(params, pr)
	}
	out := base
	if len(params) > 0 {
		out += "?" + strings.Join(params, "&")
	}
	if hasFrag {
		out += "#" + frag
	}
	return out
}

// stepParam is the step (from 0) that ?present's value v names (from 1):
// the first for none, or for a value that is no step.
func stepParam(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0
	}
	return n - 1
}
