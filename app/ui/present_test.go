package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// For every preset and language: four design steps, then one step per
// computed node whose first term follows "=" and whose operators are the
// node's, and last the lever solved for (an activity per rep per day).
func TestSteps(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		m := newModel(t, lang)
		for _, p := range m.Presets {
			m.Load(p.ID)
			v := m.View()
			tb := v.table
			ss := Steps(tb)
			computed := 0
			for _, r := range tb.Rows {
				if !r.Lever {
					computed++
				}
			}
			// The lever solved for has the last step, whatever it is: the
			// velocity preset's opportunities had none, and the room's
			// guess was read against the weighted pipeline's ¥15,000,000.
			want := 4 + computed + 1
			if len(ss) != want {
				t.Fatalf("%s %s: %d steps, want %d", p.ID, lang, len(ss), want)
			}
			if !strings.Contains(ss[0].Title, "KGI") || ss[0].Lines[0].Value.Text != tb.Goal.Text {
				t.Errorf("%s: first step %+v", p.ID, ss[0])
			}
			mod := tb.Answer.Tree.Model
			// The KGI is set by the name its box in the tree reads (saas-revenue's
			// read "Revenue (a year)" beside a box saying "Net new ARR").
			kgi := mod.Node(mod.Goal()).Label.In(string(lang))
			if got := ss[0].Lines[0].Label; !strings.HasPrefix(got, kgi) {
				t.Errorf("%s %s: the KGI is set as %q, its box reads %q", p.ID, lang, got, kgi)
			}
			for _, s := range ss[4 : 4+computed] {
				i, _ := mod.Index(s.Node)
				kids := mod.Children(i)
				if len(s.Lines) != 1+len(kids) || s.Lines[1].Op != "=" {
					t.Fatalf("%s: step %s has %d terms for %d children", p.ID, s.Node, len(s.Lines), len(kids))
				}
				for k, tm := range s.Lines[2:] {
					if tm.Op != mod.Node(i).Op.Symbol() || tm.Node != mod.Node(kids[k+1]).ID {
						t.Errorf("%s: step %s term %d is %q %s", p.ID, s.Node, k+1, tm.Op, tm.Node)
					}
				}
				for _, tm := range s.Lines {
					if tm.Value.Text == "" {
						t.Errorf("%s: step %s: %s has no figure", p.ID, s.Node, tm.Node)
					}
				}
			}
			// A computed node that is no flow reads what the levers make
			// of it: SaaS's annual contract value is ¥3,600,000 ÷ 3 (it
			// read ¥0).
			for _, s := range ss {
				for _, tm := range s.Lines {
					if i, ok := mod.Index(tm.Node); ok && tm.Node != "" && mod.Node(i).Op != kpi.Lever && !mod.Node(i).Periodic() && tm.Value.Value <= 0 {
						t.Errorf("%s: step %q shows %s as %q", p.ID, s.Title, tm.Node, tm.Value.Text)
					}
				}
			}
			if last := ss[len(ss)-1]; nodeOf(last.Node) != tb.Head.Figure.Node || last.Lines[0].Value.Text != tb.Head.Figure.Text {
				t.Errorf("%s: last step shows %s %q, headline %s %q", p.ID, last.Node, last.Lines[0].Value.Text, tb.Head.Figure.Node, tb.Head.Figure.Text)
			}
		}
	}
}

// TestStepFour: step 4 (setting the target values) starts the walk down
// the tree from the KGI: it shows the goal with its unit and the route to
// the node solved for, not the answer at the route's end, which it showed
// as "Calls 41.7", with no unit, before the room had worked out a KPI.
func TestStepFour(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		label, value string
		words        string
	}{
		{"ja outbound", "outbound", i18n.Ja, "売上（年間）", "1億円", "売上 → 受注件数 → 商談数 → 初回商談数（アポ） → 架電数"},
		{"en outbound", "outbound", i18n.En, "Revenue (per year)", "¥100,000,000", "Revenue → Deals won → Opportunities → First meetings → Calls"},
		{"ja inside sales", "inside-sales", i18n.Ja, "売上（年間）", "6,000万円", "売上 → 受注件数 → 商談数 → SQL数 → 接続数 → MQL数 → マーケティング予算"},
		{"en inside sales", "inside-sales", i18n.En, "Revenue (per year)", "¥60,000,000", "Revenue → Deals won → Opportunities → SQLs → MQLs reached → MQLs → Marketing budget"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			tb := m.View().table
			s := Steps(tb)[3]
			if len(s.Lines) != 1 {
				t.Fatalf("step 4 has %d figures, want the goal alone", len(s.Lines))
			}
			got := s.Lines[0]
			if s.Node != tb.Rows[0].ID || got.Node != tb.Rows[0].ID || got.Label != c.label || got.Value.Text != c.value {
				t.Errorf("step 4 on %s shows %s %q %q, want the KGI %q %q", s.Node, got.Node, got.Label, got.Value.Text, c.label, c.value)
			}
			if s.Words.String() != c.words {
				t.Errorf("step 4's route %q, want %q", s.Words, c.words)
			}
		})
	}
	// In every preset and language, no step before the walk down shows
	// the figure of the node solved for.
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		m := newModel(t, lang)
		for _, p := range m.Presets {
			m.Load(p.ID)
			tb := m.View().table
			target := tb.Answer.Tree.Model.Node(tb.Answer.Target).ID
			for k, s := range Steps(tb)[:4] {
				for _, tm := range s.Lines {
					if tm.Node == target {
						t.Errorf("%s %s: step %d shows %s %q before the walk down", p.ID, lang, k+1, tm.Label, tm.Value.Text)
					}
				}
			}
		}
	}
}

// Step 2 names the KFS and step 3 the KPIs; a fixed conversion factor
// is neither: velocity's KFS had read "セールスベロシティ（1日）、日数（年間・暦日）".
func TestStepsLeaveOutConstants(t *testing.T) {
	for _, c := range []struct {
		name      string
		lang      i18n.Lang
		kfs, kpis string
	}{
		{"ja", i18n.Ja, "KFS: セールスベロシティ（1日）", "平均商談期間（日）"},
		{"en", i18n.En, "KFS: Sales velocity (a day)", "Sales cycle (days)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load("velocity")
			ss := Steps(m.View().table)
			kfs, kpis := ss[1].Words.String(), ss[2].Words.String()
			if kfs != c.kfs {
				t.Errorf("step 2 %q, want %q", kfs, c.kfs)
			}
			if !strings.Contains(kpis, c.kpis) || strings.Contains(kpis, "360") || strings.Contains(kfs+kpis, "日数（年間") || strings.Contains(kfs+kpis, "Days (a year") {
				t.Errorf("step 3 %q", kpis)
			}
		})
	}
}

func TestParseGuess(t *testing.T) {
	for _, c := range []struct {
		in   string
		u    kpi.Unit
		want float64
		ok   bool
	}{
		{"41.7", kpi.Count, 41.7, true}, {"100,000", kpi.Count, 1e5, true}, {"1億", kpi.Currency, 1e8, true},
		{"25", kpi.Rate, 0.25, true}, {"25%", kpi.Rate, 0.25, true}, {"", kpi.Count, 0, false}, {"abc", kpi.Count, 0, false},
		// Typed the Japanese way, as a lever's field reads it.
		{"４１０", kpi.Count, 410, true}, {"2千", kpi.Count, 2000, true}, {"1億2,000万円", kpi.Currency, 1.2e8, true},
		{"２５％", kpi.Rate, 0.25, true}, {"400件", kpi.Count, 400, true}, {"12.5k", kpi.Count, 12500, true},
		{"1,2", kpi.Count, 0, false},
		// Odds are a fraction, as a lever's field reads them.
		{"1/4", kpi.Rate, 0.25, true}, {"4件に1件", kpi.Rate, 0.25, true}, {"3人", kpi.Count, 3, true},
	} {
		got, ok := parseGuess(c.in, c.u)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("parseGuess(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// Every step of every preset draws its focused diagram.
func TestPresentDiagram(t *testing.T) {
	m := newModel(t, i18n.Ja)
	for _, p := range m.Presets {
		m.Load(p.ID)
		v := m.View()
		for _, s := range Steps(v.table) {
			d := &Diagram{Nodes: diagramNodes(v), Scale: 1.4, Focus: s.Node}
			if opt, w, h := d.option(); opt == "" || w <= 0 || h <= 0 {
				t.Errorf("%s %s: option %d bytes, %v×%v", p.ID, s.Node, len(opt), w, h)
			}
		}
	}
}

// TestPresentKeysFollowHide: the line of keys under the presentation says
// what H does now, as the button does: hide the figure in sight, show the
// one hidden (it read 「H 隠す」 beside a button reading 「表示 (H)」).
func TestPresentKeysFollowHide(t *testing.T) {
	for _, c := range []struct {
		name               string
		lang               i18n.Lang
		hidden             bool
		button, keys       string
		notButton, notKeys string
	}{
		{"ja in sight", i18n.Ja, false, "隠す (H)", "H 隠す", "表示 (H)", "H 表示"},
		{"ja hidden", i18n.Ja, true, "表示 (H)", "H 表示", "隠す (H)", "H 隠す"},
		{"en in sight", i18n.En, false, "Hide (H)", "H hide", "Show (H)", "H show"},
		{"en hidden", i18n.En, true, "Show (H)", "H show", "Hide (H)", "H hide"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := loadedPage(t, c.lang)
			p.refresh()
			p.present.on = true
			if c.hidden {
				p.presentHide() // step 1: the KGI's figure
			}
			html := app.HTMLString(p.Render())
			button := regexp.MustCompile(`data-present="hide"[^>]*>([^<]*)<`).FindStringSubmatch(html)
			// The keys' line, its items each kept whole (a span each).
			var items []string
			for _, m := range regexp.MustCompile(`class="present-key"[^>]*>([^<]*)<`).FindAllStringSubmatch(html, -1) {
				items = append(items, m[1])
			}
			keys := []string{"", strings.Join(items, " | ")}
			// At the first step: no "← back", and R only with a figure
			// hidden (TestPresentKeysWhereTheyWork).
			if want := map[bool]int{false: 3, true: 4}[c.hidden]; button == nil || len(items) != want {
				t.Fatalf("no hide button or not %d keys (%q) in\n%s", want, items, html)
			}
			if !strings.Contains(button[1], c.button) || strings.Contains(button[1], c.notButton) {
				t.Errorf("button %q, want %q", button[1], c.button)
			}
			if !strings.Contains(keys[1], c.keys) || strings.Contains(keys[1], c.notKeys) {
				t.Errorf("keys' line %q, want %q in it", keys[1], c.keys)
			}
		})
	}
}

// TestPresentHideOnlyTheFigure: hiding the answer on the last step puts a
// "?" for the answer alone, in the sentence and the note: replacing its
// text everywhere turned outbound's ceiling of 100 into "?0" when the
// answer was 10, and 「1人1日」 into 「?人?日」 when it was 1. The year the
// answer divides from is the node's figure too: hidden with it
// (TestLastStepHidesItsYear).
func TestPresentHideOnlyTheFigure(t *testing.T) {
	for _, c := range []struct {
		name        string
		lang        i18n.Lang
		goal        float64
		figure      string // the answer, shown
		words, note string // hidden
	}{
		{"ja 10 within the ceiling of 100", i18n.Ja, 24e6, "10", "年間 ? ÷ 240営業日 ÷ 10人 = ?件/人日", "架電数の必要量は、どの月も上限の1人1日100件以内です。"},
		{"en 10 within the ceiling of 100", i18n.En, 24e6, "10", "A year: ? ÷ 240\u00a0days ÷ 10\u00a0reps = ? / rep / day", "The requirement for calls is within the ceiling of 100 a rep a day in every month."},
		{"ja 1", i18n.Ja, 2.4e6, "1", "年間 ? ÷ 240営業日 ÷ 10人 = ?件/人日", "架電数の必要量は、どの月も上限の1人1日100件以内です。"},
		{"en 1", i18n.En, 2.4e6, "1", "A year: ? ÷ 240\u00a0days ÷ 10\u00a0reps = ? / rep / day", "The requirement for calls is within the ceiling of 100 a rep a day in every month."},
		// Over the ceiling, the note states the answer: hidden there too.
		{"ja over", i18n.Ja, 3e8, "125", "年間 ? ÷ 240営業日 ÷ 10人 = ?件/人日", "1人1日?件は上限の100件を超えています。現実的ではありません。"},
		{"en over", i18n.En, 3e8, "125", "A year: ? ÷ 240\u00a0days ÷ 10\u00a0reps = ? / rep / day", "? a rep a day is beyond the ceiling of 100: not realistic."},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := loadedPage(t, c.lang)
			m := p.model
			m.Load("outbound")
			m.Scenario.Goal.Value = c.goal
			p.refresh()
			ss := Steps(m.View().table)
			s := ss[len(ss)-1]
			if len(s.Lines) != 1 || s.Lines[0].Value.Text != c.figure {
				t.Fatalf("the last step shows %+v, want the answer %s", s.Lines, c.figure)
			}
			// The mode at its last step, the answer hidden (H).
			p.present.on, p.present.step = true, len(ss)-1
			p.presentHide()
			html := app.HTMLString(p.Render())
			words := regexp.MustCompile(`data-present="words"[^>]*>([^<]*)<`).FindStringSubmatch(html)
			note := regexp.MustCompile(`class="present-note"[^>]*>([^<]*)<`).FindStringSubmatch(html)
			if words == nil || note == nil {
				t.Fatalf("no words or note in\n%s", html)
			}
			if words[1] != c.words {
				t.Errorf("words hidden %q, want %q", words[1], c.words)
			}
			if note[1] != c.note {
				t.Errorf("note hidden %q, want %q", note[1], c.note)
			}
			// Shown, the sentences read as the page's other lines do.
			if got, want := s.Note.String(), m.View().table.Head.Message; got != want {
				t.Errorf("note shown %q, the headline's message %q", got, want)
			}
			if got := s.Words.String(); strings.Contains(got, "?") || !strings.Contains(got, "= "+c.figure+c.lang.UnitSep()) {
				t.Errorf("words shown %q, want the answer %s in them", got, c.figure)
			}
		})
	}
}

// TestStepPath: a node's step names the path from the KGI down to its
// parent, which the presentation's tree of a deep step leaves out (Inside
// sales' last steps draw the KGI above MQLs reached); the KGI's steps have
// none.
func TestStepPath(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		node, path   string
	}{
		{"ja inside sales, the last step", "inside-sales", i18n.Ja, "marketing_budget", "売上 › 受注件数 › 商談数 › SQL数 › 接続数 › MQL数"},
		{"en inside sales, the last step", "inside-sales", i18n.En, "marketing_budget", "Revenue › Deals won › Opportunities › SQLs › MQLs reached › MQLs"},
		{"en outbound, a KFS", "outbound", i18n.En, "deals", "Revenue"},
		{"ja outbound, the KGI", "outbound", i18n.Ja, "revenue", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			ss := Steps(m.View().table)
			found := false
			for _, s := range ss {
				if nodeOf(s.Node) != c.node || s.Open != "" && s.Open != nodeOf(s.Node) { // the route's step names the path to its end (TestPresentDiagramOpensWhatTheStepNames)
					continue
				}
				found = true
				if got := strings.Join(s.Path, " › "); got != c.path {
					t.Errorf("step %q: path %q, want %q", s.Title, got, c.path)
				}
			}
			if !found {
				t.Fatalf("no step of %s", c.node)
			}
		})
	}
}

// TestPresentVelocityGuess: in the velocity preset, whose solved lever is
// the opportunities (no activity), the last step is the opportunities',
// and a guess there is read against them: 60 is the answer, not "¥60"
// against the weighted pipeline's ¥15,000,000. "Hide every required
// value" shows them all while any is hidden; and what was hidden and guessed
// in one preset is forgotten when the mode opens on another (the
// outbound preset opened with its opportunities hidden and the velocity
// tally).
func TestPresentVelocityGuess(t *testing.T) {
	p := loadedPage(t, i18n.En)
	m := p.model
	m.Load("velocity")
	p.refresh()
	p.enterPresentState()
	ss := p.steps()
	last := ss[len(ss)-1]
	if last.Node != "opportunities" || last.Lines[0].Value.Text != "60" {
		t.Fatalf("the last step is %s %+v, want the opportunities' 60", last.Node, last.Lines)
	}
	p.present.step = len(ss) - 1
	p.presentHideAll()
	tb := p.fullView().table
	if !allHidden(tb, p.present.hidden) || !strings.Contains(app.HTMLString(p.Render()), "Show every required value") {
		t.Fatalf("hide all: hidden %v", p.present.hidden)
	}
	p.present.guess = "60"
	p.presentReveal()
	if r := p.present.shown; r == nil || r.Node != "opportunities" || r.TruthText != "60" || r.DiffText != "0" || !r.Within {
		t.Fatalf("the reveal %+v, want 60 against 60", r)
	}
	p.presentHideAll() // one revealed, the others hidden: shows them all
	if slices.ContainsFunc(required(tb), func(id string) bool { return p.present.hidden[id] }) {
		t.Fatalf("show all after a reveal left %v hidden", p.present.hidden)
	}
	p.presentHideAll() // and hides them all again
	if !allHidden(tb, p.present.hidden) {
		t.Fatalf("hide all pressed again: hidden %v", p.present.hidden)
	}
	p.presentHideAll()
	if len(required(tb)) == 0 || slices.ContainsFunc(required(tb), func(id string) bool { return p.present.hidden[id] }) {
		t.Errorf("pressed again, hide all left %v hidden", p.present.hidden)
	}
	if html := app.HTMLString(p.Render()); !strings.Contains(html, "Hide every required value") {
		t.Errorf("the button does not say it hides them again")
	}

	p.presentHideAll()
	p.present.on = false
	m.Load("outbound")
	p.refresh()
	p.enterPresentState()
	if len(p.present.hidden) != 0 || len(p.present.tally) != 0 {
		t.Errorf("another preset opened with %v hidden and a tally of %d", p.present.hidden, len(p.present.tally))
	}
	p.present.step = 0
	p.presentHide()
	p.present.on = false
	p.enterPresentState() // the same tree again: what it hid stays hidden
	if !p.present.hidden["revenue"] {
		t.Errorf("the same tree reopened forgot what it hid: %v", p.present.hidden)
	}
}

// allHidden reports whether every required value of t is hidden.
func allHidden(t *report.Table, hidden map[string]bool) bool {
	ids := required(t)
	for _, id := range ids {
		if !hidden[id] {
			return false
		}
	}
	return len(ids) > 0
}

// TestPresentRoundedNote: a step whose terms hold a count rounded up says
// so, the count's two figures hidden with it: route sales' upsell revenue
// of ¥42,400,000 is ¥300,000 × 141.33 upsells, shown as 142, and a room
// multiplying out found ¥42,600,000.
func TestPresentRoundedNote(t *testing.T) {
	for _, c := range []struct {
		lang         i18n.Lang
		shown, blind string
	}{
		{i18n.En, "Counts are rounded (Upsells 141.3333 → 142), so the figures do not work out exactly.",
			"Counts are rounded (Upsells ? → ?), so the figures do not work out exactly."},
		{i18n.Ja, "件数は丸めています（アップセル件数 141.3333 → 142件）。計算すると少し違います。",
			"件数は丸めています（アップセル件数 ? → ?）。計算すると少し違います。"},
	} {
		m := newModel(t, c.lang)
		m.Load("route-sales")
		var note Sentence
		for _, s := range Steps(m.View().table) {
			if s.Node == "upsell_revenue" {
				note = s.Note
			}
		}
		if got := note.String(); got != c.shown {
			t.Errorf("%s: note %q, want %q", c.lang, got, c.shown)
		}
		if got := note.Hiding(map[string]bool{"upsells": true}); got != c.blind {
			t.Errorf("%s: hidden %q, want %q", c.lang, got, c.blind)
		}
	}
}

// TestPresentLastStepReps: where hires make the per-rep figures divide by
// more reps than the headcount, the last step says so, as the headline
// does (inside sales' ¥1,923,077 a rep a month is over 6.5 reps).
func TestPresentLastStepReps(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.En, i18n.Ja} {
		m := newModel(t, l)
		m.Load("inside-sales")
		tb := m.View().table
		if tb.Head.Reps == "" {
			t.Fatalf("%s: inside sales' headline says nothing of its reps", l)
		}
		ss := Steps(tb)
		if note := ss[len(ss)-1].Note.String(); !strings.HasSuffix(note, tb.Head.Reps) || !strings.HasPrefix(note, tb.Head.Message) {
			t.Errorf("%s: the last step's note %q, want the headline's %q then %q", l, note, tb.Head.Message, tb.Head.Reps)
		}
	}
}

// TestGuessed: the room guesses the step's own figure when it is hidden,
// worked forward; with the step's figure known (the KGI, or revealed a
// step before) the first of its terms hidden, worked back. With every
// figure hidden, 「1億円 = 100万円 × ?」 had no field, and the room's 商談数
// was scored against 受注件数.
func TestGuessed(t *testing.T) {
	m := newModel(t, i18n.Ja)
	tb := m.View().table
	step := map[string]Step{}
	for _, s := range Steps(tb) {
		if len(s.Lines) > 0 {
			step[s.Node] = s
		}
	}
	all := map[string]bool{}
	for _, id := range required(tb) {
		all[id] = true
	}
	revealed := func(ids ...string) map[string]bool {
		h := map[string]bool{}
		for id := range all {
			h[id] = true
		}
		for _, id := range ids {
			delete(h, id)
		}
		return h
	}
	for _, c := range []struct {
		name, step string
		hidden     map[string]bool
		want       string
	}{
		{"nothing hidden", "deals", nil, ""},
		{"the step's own, hidden alone", "deals", map[string]bool{"deals": true}, "deals"},
		{"every figure hidden: the KGI's term", "revenue", all, "deals"},
		{"every figure hidden: the step's own first", "deals", all, "deals"},
		{"the step's figure revealed: its term", "deals", revealed("deals"), "opportunities"},
		{"down the path", "opportunities", revealed("deals", "opportunities"), "first_meetings"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, ok := step[c.step]
			if !ok {
				t.Fatalf("no step for %s", c.step)
			}
			if got := guessed(s, c.hidden); got != c.want {
				t.Errorf("guessed %q, want %q (step %v)", got, c.want, s.Lines)
			}
		})
	}
}

// TestPresentResetTally: the tally, kept through leaving the mode and a
// change of language, starts afresh for the next group at a button that
// shows once a guess is counted.
func TestPresentResetTally(t *testing.T) {
	p := loadedPage(t, i18n.En)
	p.enterPresentState()
	ss := p.steps()
	p.present.step = len(ss) - 1
	if strings.Contains(app.HTMLString(p.Render()), `data-present="reset-tally"`) {
		t.Fatal("a reset button with nothing counted")
	}
	p.presentHide()
	p.present.guess = "40"
	p.presentReveal()
	if len(p.present.tally) != 1 || !strings.Contains(app.HTMLString(p.Render()), `data-present="reset-tally"`) {
		t.Fatalf("tally %d, and no reset button", len(p.present.tally))
	}
	p.resetTally()
	if html := app.HTMLString(p.Render()); len(p.present.tally) != 0 || strings.Contains(html, `data-present="reset-tally"`) || !strings.Contains(html, strings.NewReplacer("{n}", "0", "{k}", "0").Replace(p.fullView().Lang.T("present.tally"))) {
		t.Errorf("after the reset: tally %d\n%s", len(p.present.tally), html)
	}
}

// TestSolveChoiceRenderedOnError: the page in error shows the solve-for
// choice once, in the summary (the strip had drawn a second).
func TestSolveChoiceRenderedOnError(t *testing.T) {
	p := loadedPage(t, i18n.En)
	m := p.model
	m.Load("route-sales")
	m.SetSolve("accounts")
	m.SetText(scenario.KeyGoal, "1000000")
	p.refresh()
	html := app.HTMLString(p.Render())
	if n := strings.Count(html, `data-control="solve"`); n != 1 || !strings.Contains(html, `class="error"`) {
		t.Errorf("the page in error shows the solve-for choice %d times", n)
	}
}

// The last step divides the activity's year into the answer, as the room
// works it out (「年間 100,000件 ÷ 240営業日 ÷ 10人 = 41.7件/人日」), where it
// divides exactly, by figures it writes as they are; elsewhere the arrow
// stays, no division claimed: a plan of six months, whose pace is not the
// year's over its days, and a hire that makes the reps 10.67 (「÷ 10.7人」
// would not give the answer).
func TestLastStepDivides(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		edit         func(c *forecast.Config)
		words        string
	}{
		{"ja outbound", "outbound", i18n.Ja, nil, "年間 100,000件 ÷ 240営業日 ÷ 10人 = 41.7件/人日"},
		{"en outbound", "outbound", i18n.En, nil, "A year: 100,000 ÷ 240\u00a0days ÷ 10\u00a0reps = 41.7 / rep / day"},
		{"ja a week's activity", "saas-revenue", i18n.Ja, nil, "年間 314件 ÷ 48週 ÷ 4人 = 1.7件/人週"},
		{"ja a month's budget, hires included", "inside-sales", i18n.Ja, nil, "年間 1億5,000万円 ÷ 12か月 ÷ 6.5人 = 192.4万円/人月"},
		{"ja a new team's year", "outbound", i18n.Ja, func(c *forecast.Config) { c.LagMonths, c.NewTeam = 2, true }, // its activity in ten months
			"年間 100,000件 ÷ 200営業日 ÷ 10人 = 50件/人日"},
		{"ja a plan of six months", "outbound", i18n.Ja, func(c *forecast.Config) { c.Months = 6 }, "年間 100,000件 → 41.7件/人日"},
		{"ja reps of no tenth", "outbound", i18n.Ja, func(c *forecast.Config) { c.Hires = []forecast.Hire{{Month: 5, Count: 1}} }, "年間 100,000件 → "},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			if c.edit != nil {
				c.edit(&m.Scenario.Forecast)
			}
			ss := Steps(m.View().table)
			if got := ss[len(ss)-1].Words.String(); !strings.HasPrefix(got, c.words) {
				t.Errorf("the last step says %q, want %q", got, c.words)
			}
		})
	}
}

// Each KPI's step and box say how often it is measured, as the article
// pairs every KPI with its rhythm (架電数 日次, 初回商談数 週次, 受注率 月次);
// a given has none: it is no KPI.
func TestCadenceShown(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		node, want   string
	}{
		{"ja calls", "outbound", i18n.Ja, "calls", "日次"},
		{"ja first meetings", "outbound", i18n.Ja, "first_meetings", "週次"},
		{"en opportunities", "outbound", i18n.En, "opportunities", "monthly"},
		{"en a given", "velocity", i18n.En, "days", ""},
		// The solved lever that is no activity has its cadence too: the
		// velocity preset's last step had none.
		{"ja velocity's opportunities", "velocity", i18n.Ja, "opportunities", "週次"},
		{"en velocity's opportunities", "velocity", i18n.En, "opportunities", "weekly"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			v := m.View()
			found := false
			for _, s := range Steps(v.table) {
				if nodeOf(s.Node) == c.node && s.Title != "" && !strings.HasPrefix(s.Title, "1.") && !strings.HasPrefix(s.Title, "4.") {
					found = true
					if s.Cadence != c.want {
						t.Errorf("step %q: cadence %q, want %q", s.Title, s.Cadence, c.want)
					}
				}
			}
			if !found && c.want != "" {
				t.Errorf("no step for %s", c.node)
			}
			for _, n := range diagramNodes(v) {
				if n.ID == c.node && n.Cadence != c.want {
					t.Errorf("box %s: cadence %q, want %q", n.ID, n.Cadence, c.want)
				}
			}
		})
	}
}

// TestPresentSolvedLeverWorksBack: the last step of a tree solved for a
// lever that is no activity works the answer back from its parent, as a
// trainer writes it: "Opportunities = Weighted pipeline ÷ Average won deal
// size ÷ Close rate", with the figures, the answer hidden and guessed; a
// divisor solved for reads the first term divided by the parent. The
// velocity preset's last step had shown 60 alone, nothing to work from.
func TestPresentSolvedLeverWorksBack(t *testing.T) {
	for _, c := range []struct {
		name, solve string
		lang        i18n.Lang
		words       string
		terms       []string // op node figure
	}{
		{"en opportunities", "opportunities", i18n.En, "Opportunities = Weighted pipeline ÷ Average won deal size ÷ Close rate",
			[]string{" opportunities 60", "= pipeline_value ¥15,000,000", "÷ deal_value ¥1,000,000", "÷ win_rate 25%"}},
		{"ja opportunities", "opportunities", i18n.Ja, "商談数 = 見込み受注額 ÷ 平均受注単価 ÷ 受注率",
			[]string{" opportunities 60", "= pipeline_value 1,500万円", "÷ deal_value 100万円", "÷ win_rate 25%"}},
		{"en a divisor", "cycle_days", i18n.En, "Sales cycle (days) = Weighted pipeline ÷ Sales velocity (a day)",
			[]string{" cycle_days 37.5", "= pipeline_value ¥12,500,000", "÷ velocity ¥333,333"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load("velocity")
			m.SetSolve(c.solve)
			ss := Steps(m.View().table)
			last := ss[len(ss)-1]
			var got []string
			for _, tm := range last.Lines {
				got = append(got, tm.Op+" "+tm.Node+" "+tm.Value.Text)
			}
			if !slices.Equal(got, c.terms) || last.Words.String() != c.words {
				t.Errorf("last step %q\n%q\nwant %q\n%q", last.Words.String(), got, c.words, c.terms)
			}
			if g := guessed(last, map[string]bool{c.solve: true, "pipeline_value": true}); g != c.solve {
				t.Errorf("with every figure hidden the step asks for %q, want %s", g, c.solve)
			}
		})
	}
}
