package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// presentTag is the opening tag of the presentation's element marked
// data-present=name in html, and its text; "" when there is none.
func presentTag(html, name string) (tag, text string) {
	m := regexp.MustCompile(`<[a-z0-9]+[^>]*data-present="` + name + `"[^>]*>([^<]*)`).FindStringSubmatch(html)
	if m == nil {
		return "", ""
	}
	return m[0][:len(m[0])-len(m[1])], m[1]
}

// ariaPressed reads a tag's aria-pressed as a browser does: go-app writes a
// true one bare.
func ariaPressed(tag string) string {
	m := regexp.MustCompile(`aria-pressed(="([^"]*)")?`).FindStringSubmatch(tag)
	switch {
	case m == nil:
		return "none"
	case m[1] == "":
		return "true"
	}
	return m[2]
}

// TestPresentHideAllAfterReveal: with every required value hidden, a
// reveal leaves the others hidden, and the button still offers to show
// them (it read "Hide every required value" at the next step, the
// opportunities still "?", and pressed it hid again what the room had
// just revealed). It says whether a figure is hidden with aria-pressed,
// as the Hide (H) button does.
func TestPresentHideAllAfterReveal(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.En, i18n.Ja} {
		t.Run(string(l), func(t *testing.T) {
			p := loadedPage(t, l)
			p.refresh()
			p.enterPresentState()
			tag, text := presentTag(app.HTMLString(p.Render()), "hide-all")
			if text != l.T("present.hide_all") || ariaPressed(tag) != "false" {
				t.Errorf("nothing hidden: the button reads %q, aria-pressed %s; want %q, false", text, ariaPressed(tag), l.T("present.hide_all"))
			}
			p.presentHideAll()
			p.presentGo(4) // 5 / 9: revenue = deal size × deals ?
			p.present.guess = "100"
			p.presentReveal()
			if p.present.hidden["deals"] || !p.present.hidden["opportunities"] {
				t.Fatalf("the guess at step 5 revealed %v", p.present.hidden)
			}
			p.presentGo(1) // 6 / 9: the opportunities still "?"
			html := app.HTMLString(p.Render())
			if _, fig := presentTag(html, "count"); fig != "6 / 9" {
				t.Fatalf("at %q, want 6 / 9", fig)
			}
			tag, text = presentTag(html, "hide-all")
			if text != l.T("present.show_all") || ariaPressed(tag) != "true" {
				t.Errorf("a figure hidden: the button reads %q, aria-pressed %s; want %q, true", text, ariaPressed(tag), l.T("present.show_all"))
			}
			p.presentHideAll()
			for id, h := range p.present.hidden {
				if h {
					t.Errorf("pressed, the button left %s hidden", id)
				}
			}
			if _, text := presentTag(app.HTMLString(p.Render()), "hide-all"); text != l.T("present.hide_all") {
				t.Errorf("every figure shown: the button reads %q", text)
			}
		})
	}
}

// TestLastStepHidesItsYear: with the activity's figure hidden, the last
// step's sentence does not give its year away: the diagram showed "Calls
// required ?" beside "A year: 100,000 ÷ 240 days ÷ 10 reps = ?", the
// answer a division away. Once revealed, the year is there again.
func TestLastStepHidesItsYear(t *testing.T) {
	for _, c := range []struct {
		lang           i18n.Lang
		hidden, shown  string
		guess, arrowed string
	}{
		{i18n.Ja, "年間 ? ÷ 240営業日 ÷ 10人 = ?件/人日", "年間 100,000件 ÷ 240営業日 ÷ 10人 = 41.7件/人日", "41.7", "年間 ? → ?件/人日"},
		{i18n.En, "A year: ? ÷ 240\u00a0days ÷ 10\u00a0reps = ? / rep / day", "A year: 100,000 ÷ 240\u00a0days ÷ 10\u00a0reps = 41.7 / rep / day", "41.7", "A year: ? → ? / rep / day"},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			p := loadedPage(t, c.lang)
			p.refresh()
			p.enterPresentState()
			p.presentHideAll()
			p.presentGo(100) // the last step
			words := func() string {
				t.Helper()
				_, w := presentTag(app.HTMLString(p.Render()), "words")
				return w
			}
			if got := words(); got != c.hidden {
				t.Errorf("every figure hidden, the last step says %q; want %q", got, c.hidden)
			}
			p.present.guess = c.guess
			p.presentReveal()
			if got := words(); got != c.shown {
				t.Errorf("revealed, the last step says %q; want %q", got, c.shown)
			}
			// Where the year does not divide into the answer (a plan of
			// six months), the arrow's year is hidden too.
			p.model.Scenario.Forecast.Months = 6
			p.refresh()
			p.presentHide()
			if got := words(); !strings.HasPrefix(got, c.arrowed) {
				t.Errorf("six months, hidden: %q; want %q", got, c.arrowed)
			}
		})
	}
	// Every preset, both languages: the figure of the node solved for,
	// hidden, appears nowhere in its step's sentences.
	for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
		m := newModel(t, l)
		for _, ps := range m.Presets {
			m.Load(ps.ID)
			tb := m.View().table
			target := &tb.Rows[0]
			for i := range tb.Rows {
				if tb.Rows[i].Index == tb.Answer.Target {
					target = &tb.Rows[i]
				}
			}
			if !target.Node.Activity || len(target.Required) == 0 {
				continue
			}
			ss := Steps(tb)
			last := ss[len(ss)-1]
			hidden := map[string]bool{target.ID: true, target.ID + perRep: true} // as H hides them at the last step
			said := last.Words.Hiding(hidden) + " " + last.Note.Hiding(hidden)
			for _, fig := range []string{target.Required[0].Text, tb.Head.Figure.Text} {
				// The figure as a number of its own: route sales' 4 a day
				// is not the 4 of "240 days".
				if regexp.MustCompile(`(^|[^0-9.,])` + regexp.QuoteMeta(fig) + `($|[^0-9.,])`).MatchString(said) {
					t.Errorf("%s %s: %s hidden, its last step says %q, with %q", ps.ID, l, target.ID, said, fig)
				}
			}
		}
	}
}

// TestPresentStepKept: leaving the mode and opening it again returns to
// the step it was at (it went back to 1 / 9), after a lever's change too;
// a step past the end of a tree that now has fewer is its last; another
// preset starts at its first step, as it starts with nothing hidden.
func TestPresentStepKept(t *testing.T) {
	p := loadedPage(t, i18n.En)
	p.refresh()
	p.enterPresentState()
	n := len(p.steps())
	p.presentGo(n)
	p.present.on = false // Esc
	p.model.SetText("close_rate", "20")
	p.refresh()
	p.enterPresentState()
	if _, got := presentTag(app.HTMLString(p.Render()), "count"); got != fmt.Sprintf("%d / %d", n, n) {
		t.Errorf("reopened after a change at %q, want %d / %d", got, n, n)
	}
	p.present.on = false
	p.present.step = n + 5 // as a tree with more steps left it
	p.enterPresentState()
	if p.present.step != n-1 {
		t.Errorf("a step past the end reopened at %d, want the last, %d", p.present.step, n-1)
	}
	p.present.on = false
	p.model.Load("velocity")
	p.refresh()
	p.enterPresentState()
	if p.present.step != 0 {
		t.Errorf("another preset opened at step %d, want its first", p.present.step+1)
	}
}

// The step in the address: ?present at the first, ?present=9 at the ninth,
// so that a reload opens where the presenter was; a value that is no step
// opens the first.
func TestPresentStepParam(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{{"", 0}, {"1", 0}, {"9", 8}, {"0", 0}, {"-3", 0}, {"x", 0}, {"2.5", 0}} {
		if got := stepParam(c.in); got != c.want {
			t.Errorf("stepParam(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		href string
		on   bool
		step int
		want string
	}{
		{"http://h/#s=abc", true, 0, "http://h/?present#s=abc"},
		{"http://h/?present#s=abc", true, 8, "http://h/?present=9#s=abc"},
		{"http://h/?present=9#s=abc", true, 0, "http://h/?present#s=abc"},
		{"http://h/?lang=en&present=9#s=abc", false, 8, "http://h/?lang=en#s=abc"},
		{"http://h/?present=3", true, 3, "http://h/?present=4"},
	} {
		if got := presentAddress(c.href, c.on, c.step); got != c.want {
			t.Errorf("presentAddress(%q, %v, %d) = %q, want %q", c.href, c.on, c.step, got, c.want)
		}
	}
}

// TestPresentKeysWhereTheyWork: the line of keys names a key only where it
// does something (on steps 2 and 3 it read "H hide" beside a greyed Hide
// button, and H did nothing); the tally shows from the first step that
// takes a guess, or once a guess is counted (it read "Guesses: 0" on the
// four steps of the article's design, where none can be made).
func TestPresentKeysWhereTheyWork(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(l), func(t *testing.T) {
			p := loadedPage(t, l)
			p.refresh()
			p.enterPresentState()
			n := len(p.steps())
			keys := func() string {
				var items []string
				for _, m := range regexp.MustCompile(`class="present-key"[^>]*>([^<]*)<`).FindAllStringSubmatch(app.HTMLString(p.Render()), -1) {
					items = append(items, m[1])
				}
				return strings.Join(items, " | ")
			}
			tally := func() bool { return strings.Contains(app.HTMLString(p.Render()), `data-present="tally"`) }
			for _, c := range []struct {
				step    int
				hide    bool
				want    []string
				notWant []string
				tally   bool
			}{
				{0, false, []string{"present.key.next", "present.key.hide", "present.key.leave"}, []string{"present.key.back", "present.key.reveal", "present.key.show"}, false},
				{0, true, []string{"present.key.show", "present.key.reveal"}, []string{"present.key.hide"}, true},
				{1, false, []string{"present.key.next", "present.key.back", "present.key.leave"}, []string{"present.key.hide", "present.key.show", "present.key.reveal"}, false},
				{2, false, nil, []string{"present.key.hide", "present.key.show", "present.key.reveal"}, false},
				{3, false, []string{"present.key.hide"}, []string{"present.key.reveal"}, false},
				{4, false, []string{"present.key.hide"}, []string{"present.key.reveal"}, true},
				{n - 1, false, []string{"present.key.back", "present.key.hide"}, []string{"present.key.next"}, true},
			} {
				p.present.step, p.present.hidden = c.step, nil
				if c.hide {
					p.presentHide()
				}
				got := keys()
				for _, k := range c.want {
					if !strings.Contains(got, l.T(k)) {
						t.Errorf("step %d (hidden %v): keys %q lack %q", c.step+1, c.hide, got, l.T(k))
					}
				}
				for _, k := range c.notWant {
					if strings.Contains(got, l.T(k)) {
						t.Errorf("step %d (hidden %v): keys %q name %q, which does nothing there", c.step+1, c.hide, got, l.T(k))
					}
				}
				if tally() != c.tally {
					t.Errorf("step %d (hidden %v): tally shown %v, want %v", c.step+1, c.hide, tally(), c.tally)
				}
			}
			// A guess counted: the tally stays in sight on every step.
			p.present.step, p.present.hidden = n-1, nil
			p.presentHide()
			p.present.guess = "40"
			p.presentReveal()
			p.present.step = 1
			if !tally() {
				t.Errorf("a guess counted, step 2 shows no tally")
			}
		})
	}
}

// The step naming the route opens the path to its end, and names the
// levels the diagram leaves out: it showed the KGI and its two KFS, the
// route it names folded away. The step naming the KPIs keeps the KGI and
// the KFS (the whole tree would be set in 8-px type).
func TestPresentDiagramOpensWhatTheStepNames(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			p := loadedPage(t, lang)
			steps := p.steps()
			if len(steps) < 5 {
				t.Fatalf("%d steps", len(steps))
			}
			if got := steps[2].focus(); got != steps[2].Node {
				t.Errorf("the KPIs' step opens the path to %q", got)
			}
			target := p.model.Scenario.Solve
			// Its words name the route; no path stands above its title,
			// which is no node of it.
			if got := steps[3].focus(); got != target || len(steps[3].Path) != 0 || !strings.Contains(steps[3].Words.String(), " → ") {
				t.Errorf("the route's step opens the path to %q, with %q above its title, words %q; want %q, none, the route", got, steps[3].Path, steps[3].Words.String(), target)
			}
			if got := steps[0].focus(); got != steps[0].Node {
				t.Errorf("the KGI's step opens %q", got)
			}
		})
	}
}

// With every figure hidden, the walk asks the room for the year's calls
// at their step and for the calls a rep a day at the last: revealing the
// year had revealed the day too (one node's figure), and the last step
// never asked for a guess.
func TestPresentLastStepAsksItsOwn(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			p := loadedPage(t, lang)
			p.refresh()
			p.enterPresentState()
			p.presentHideAll()
			ss := p.steps()
			last := len(ss) - 1
			for i := range ss[:last] {
				if ss[i].shows("calls") {
					p.present.step = i // first meetings = appointment rate × calls
				}
			}
			for range 3 { // the step's own figure first, then its hidden terms
				if p.guessing() == "calls" {
					break
				}
				p.present.guess = "1"
				p.presentReveal()
			}
			if got := p.guessing(); got != "calls" {
				t.Fatalf("the step of the calls' year asks for %q", got)
			}
			p.present.guess = "100000"
			p.presentReveal()
			tally := len(p.present.tally)
			p.presentGo(100)
			if got := p.guessing(); got != "calls"+perRep {
				t.Errorf("the last step asks for %q after the year was revealed, want the calls a rep a day", got)
			}
			p.present.guess = "40"
			p.presentReveal()
			if r := p.present.shown; r == nil || !r.Guessed || r.TruthText != ss[last].Lines[0].Value.Text {
				t.Errorf("the last step's reveal %+v, want the guess against %q", r, ss[last].Lines[0].Value.Text)
			}
			if len(p.present.tally) != tally+1 {
				t.Errorf("%d guesses counted, want %d", len(p.present.tally), tally+1)
			}
		})
	}
}
