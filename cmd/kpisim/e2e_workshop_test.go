//go:build !wasm

package main

// Browser tests of issue 12 (workshops): the tree as a diagram.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/ui"
)

// diagramBoxes is JS returning the diagram's boxes as ECharts holds them:
// id, parent id and label text, in tree order.
const diagramBoxes = `(() => {
	const inst = echarts.getInstanceByDom(document.getElementById('chart-tree'));
	if (!inst) return null;
	const out = [];
	const walk = (items, parent) => items.forEach(it => {
		out.push({id: it.id, parent: parent, text: it.label.formatter});
		walk(it.children || [], it.id);
	});
	walk(inst.getOption().series[0].data, '');
	return JSON.stringify(out);
})()`

type box struct {
	ID, Parent, Text string
}

func boxes(t *testing.T, ctx context.Context) []box {
	t.Helper()
	waitFor(t, ctx, diagramBoxes+` !== null`, "the tree diagram has no ECharts instance")
	var bs []box
	if err := json.Unmarshal([]byte(eval[string](t, ctx, diagramBoxes)), &bs); err != nil {
		t.Fatal(err)
	}
	return bs
}

// TestWorkshopDiagram: the diagram draws every node of the default preset
// once, under its parent, with its level and the model's required and
// forecast figures, in English and Japanese; a click on a box selects its
// node (the explanation follows), a second click folds its branches.
func TestWorkshopDiagram(t *testing.T) {
	_, ctx := openSite(t)

	s, res := engine(t, "outbound", nil)
	m := res.Tree.Model
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang))
		waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q`, lang), "the language never switched")
		table := report.New(res, lang, s.Currency)
		want := table.Rows[0].Required[0].Text
		lookAt(t, ctx, "chart-tree") // far from the window, it waits to be redrawn (app/ui/sight.go)
		waitFor(t, ctx, diagramBoxes+fmt.Sprintf(`?.includes(%q)`, want), "the diagram never showed the goal's figure in "+string(lang))
		bs := boxes(t, ctx)
		if len(bs) != len(table.Rows) {
			t.Fatalf("%s: %d boxes, want %d", lang, len(bs), len(table.Rows))
		}
		for i, r := range table.Rows {
			b := bs[i]
			parent := ""
			if p := m.Parent(r.Index); p >= 0 {
				parent = m.Node(p).ID
			}
			if b.ID != r.ID || b.Parent != parent {
				t.Errorf("%s: box %d is %s under %q, want %s under %q", lang, i, b.ID, b.Parent, r.ID, parent)
			}
			level := map[int]string{0: "KGI", 1: "KFS"}[r.Depth]
			if level == "" {
				level = "KPI"
			}
			if !strings.Contains(b.Text, "|"+level+"}") || !strings.Contains(b.Text, "{name|"+r.Label+"}") {
				t.Errorf("%s: box %s lacks its level %s or label %q: %q", lang, r.ID, level, r.Label, b.Text)
			}
			if r.OnPath && !strings.Contains(b.Text, r.Required[0].Text+"}") {
				t.Errorf("%s: box %s lacks its required %q: %q", lang, r.ID, r.Required[0].Text, b.Text)
			}
			if r.Periodic() && !strings.Contains(b.Text, r.Forecast.Text+"}") {
				t.Errorf("%s: box %s lacks its forecast %q: %q", lang, r.ID, r.Forecast.Text, b.Text)
			}
			if p := m.Parent(r.Index); p >= 0 && m.Children(p)[0] != r.Index && !strings.Contains(b.Text, "{op|"+m.Node(p).Op.Symbol()+"}") {
				t.Errorf("%s: box %s lacks its edge's operator: %q", lang, r.ID, b.Text)
			}
		}
	}

	clickBox := func(id string) { t.Helper(); clickDiagramBox(t, ctx, id) }
	eval[bool](t, ctx, `(document.getElementById("chart-tree").scrollIntoView({block: "center"}), true)`)
	wshot(t, ctx, "diagram-ja-1280.png")
	clickBox("deals")
	waitFor(t, ctx, `document.querySelector('.tree .node.selected [data-tree="deals"]') !== null`, "a click on the deals box did not select deals")
	waitFor(t, ctx, `document.querySelector('.explain h3').textContent.includes('受注件数')`, "the explanation does not follow the diagram")
	// A second click on the selected first meetings box folds calls under it.
	clickBox("first_meetings")
	waitFor(t, ctx, `document.querySelector('.tree .node.selected [data-tree="first_meetings"]') !== null`, "no select")
	clickBox("first_meetings")
	waitFor(t, ctx, `echarts.getInstanceByDom(document.getElementById('chart-tree')).getOption().series[0].data[0].children.flatMap(function f(c){return [c, ...(c.children||[]).flatMap(f)]}).find(c => c.id === 'first_meetings').collapsed === true`,
		"a second click did not fold the selected box")
}

// wshot saves a screenshot of the viewport under $KPISIM_SHOTS, when set, to
// look at.
func wshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("KPISIM_SHOTS")
	if dir == "" {
		return
	}
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// key presses one key on the page, as the presenter would.
func key(t *testing.T, ctx context.Context, k string) {
	t.Helper()
	do(t, ctx, chromedp.KeyEvent(k))
}

// TestWorkshopPresent: ?present opens the presentation mode; → walks from
// the KGI to the calls per rep per day, ← goes back; H hides the calls
// figure, a typed guess and R reveal it with the difference and a tally;
// Esc leaves; in English and Japanese, and offline after the first visit.
func TestWorkshopPresent(t *testing.T) {
	srv, ctx := openSite(t)
	s, res := engine(t, "outbound", nil)

	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		table := report.New(res, lang, s.Currency)
		eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang))
		waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q`, lang), "the language never switched")
		navigate(t, ctx, srv.URL+"/?present")
		waitFor(t, ctx, `document.querySelector('.present [data-present="title"]') !== null`, "?present did not open the presentation mode")
		if got := eval[bool](t, ctx, `document.querySelector('[data-lever]') === null && document.querySelector('#chart-cumulative') === null`); !got {
			t.Errorf("%s: the presentation shows inputs or the uncertainty chart", lang)
		}
		waitFor(t, ctx, `(e => e && echarts.getInstanceByDom(e))(document.getElementById('present-tree')) !== undefined`, "no tree in the presentation")
		if got := eval[string](t, ctx, `document.querySelector('[data-present="title"]').textContent`); !strings.Contains(got, "KGI") {
			t.Errorf("%s: first step is %q, want the KGI", lang, got)
		}
		// Nothing guessed yet, and no guess to make: no tally (it read
		// "Guesses: 0" on the article's design steps).
		if eval[bool](t, ctx, `document.querySelector('[data-present="tally"]') !== null`) {
			t.Errorf("%s: the first step shows a tally with no guess to make", lang)
		}
		// Type sizes at 1280 wide.
		sizes := eval[[]float64](t, ctx, `[parseFloat(getComputedStyle(document.querySelector('.present-figure')).fontSize), parseFloat(getComputedStyle(document.querySelector('.present-label')).fontSize)]`)
		if sizes[0] < 28 || sizes[1] < 18 {
			t.Errorf("%s: figures %v px, labels %v px; want ≥ 28 and ≥ 18", lang, sizes[0], sizes[1])
		}
		n := len(ui.Steps(table))
		// Walk to the end with →; each step names its count.
		for i := 1; i < n; i++ {
			key(t, ctx, kb.ArrowRight)
			waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, i+1, n), "→ did not advance")
		}
		key(t, ctx, kb.ArrowRight) // stays on the last step
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, n, n), "→ went past the end")
		// The highlighted box is in sight, even when the tree is wider than its column.
		waitFor(t, ctx, `(() => {
			const el = document.getElementById('present-tree'), inst = echarts.getInstanceByDom(el), s = inst.getModel().getSeriesByIndex(0), d = s.getData();
			const i = [...Array(d.count()).keys()].find(k => d.getId(k) === 'calls'), l = i === undefined ? null : d.getItemLayout(i), r = el.getBoundingClientRect();
			if (!l) return false; // the step's tree is drawn at most 120 ms after the key
			const x = r.left + s.layoutInfo.x + l.x, y = r.top + s.layoutInfo.y + l.y, box = el.parentElement.getBoundingClientRect();
			return x > box.left && x < box.right && y > box.top && y < box.bottom;
		})()`, "the calls box is out of sight")
		// So are all the others: the tree fits in its column at 1280×720,
		// narrower than the width it is given for its leaves, and centring
		// the calls box alone cut the leftmost boxes off.
		waitFor(t, ctx, `(() => {
			const el = document.getElementById('present-tree'), s = echarts.getInstanceByDom(el).getModel().getSeriesByIndex(0), d = s.getData();
			const r = el.getBoundingClientRect(), box = el.parentElement.getBoundingClientRect();
			return [...Array(d.count()).keys()].map(k => d.getItemLayout(k)).filter(l => l).every(l => {
				const x = r.left + s.layoutInfo.x + l.x;
				return x - 50 > box.left && x + 50 < box.right;
			});
		})()`, "a box of the tree is cut off at the column's edge although the tree fits in it")
		calls := figureOf(t, ctx, "calls")
		if calls != table.Head.Figure.Text {
			t.Errorf("%s: last step shows calls %q, want %q (per rep per day)", lang, calls, table.Head.Figure.Text)
		}
		if lang == i18n.Ja {
			wshot(t, ctx, "present-ja-1280-last.png")
		} else {
			wshot(t, ctx, "present-en-1280-last.png")
		}
		key(t, ctx, kb.ArrowLeft)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, n-1, n), "← did not go back")
		key(t, ctx, kb.ArrowRight)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, n, n), "→ did not advance")

		// Hide, guess, reveal.
		key(t, ctx, "h")
		waitFor(t, ctx, `document.querySelector('.present-figure[data-present-node="calls"]').textContent === "?"`, "H did not hide the calls figure")
		// The button says what H does now: show the figure again.
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="hide"]').textContent === %q && document.querySelector('[data-present="hide"]').getAttribute('aria-pressed') === 'true'`, lang.T("present.show")),
			"with the figure hidden, the button still reads Hide")
		// And so does the line of keys under it (it read "H hide", 「H 隠す」).
		// (Its items are kept whole, a span each: compared without spaces.)
		// At the last step no "→ next": a key is named where it works.
		var keys string
		for _, k := range []string{"present.key.back", "present.key.show", "present.key.reveal", "present.key.leave"} {
			keys += strings.Join(strings.Fields(lang.T(k)), "")
		}
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('.present-keys').textContent.replace(/\s/g, "") === %q`, keys),
			"with the figure hidden, the line of keys still reads H hide")
		// The sentence above the figure hides it too ("A year: 100,000 → ?").
		if words := eval[string](t, ctx, `document.querySelector('[data-present="words"]')?.textContent ?? ""`); strings.Contains(words, table.Head.Figure.Text) || !strings.Contains(words, "?") {
			t.Errorf("%s: the hidden figure reads in the sentence: %q", lang, words)
		}
		if !eval[bool](t, ctx, `document.querySelector('[data-present="next"]').getAttribute('aria-disabled') === 'true'`) {
			t.Errorf("%s: Next is enabled on the last step", lang)
		}
		// The step printed: its figure still hidden, and no line of keys
		// (of no use on paper).
		t.Run(string(lang)+"/printed", func(t *testing.T) {
			needPoppler(t)
			_, text := readPDF(t, printPDF(t, ctx))
			if keys := squeeze(lang.T("present.key.leave")); strings.Contains(text, keys) {
				t.Errorf("the printed step shows the keys %q", keys)
			}
			if !strings.Contains(text, squeeze(table.Head.Label)) || strings.Contains(text, table.Head.Figure.Text) {
				t.Errorf("the printed step lacks %q or shows its hidden figure %q: %s", table.Head.Label, table.Head.Figure.Text, text)
			}
		})
		waitFor(t, ctx, `echarts.getInstanceByDom(document.getElementById('present-tree')).getOption().series[0].data[0].children.flatMap(function f(c){return [c, ...(c.children||[]).flatMap(f)]}).find(c => c.id === 'calls').label.formatter.includes(' ?}')`, "the diagram still shows the calls figure")
		typeGuess := func(g string) {
			eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector('[data-present="guess"]'); el.focus(); el.value = %q; el.dispatchEvent(new Event('input', {bubbles: true})); return true })()`, g))
			key(t, ctx, kb.Enter) // Enter in the field reveals, as R does outside it
		}
		// Not a number: said in the page's language, the figure still hidden.
		typeGuess("たくさん")
		bad := map[i18n.Lang]string{i18n.Ja: "「たくさん」は数として読めません", i18n.En: `"たくさん" is not a number`}[lang]
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="bad-guess"]')?.textContent.startsWith(%q)`, bad), "a guess that is no number is not refused in words")
		if got := figureOf(t, ctx, "calls"); got != "?" {
			t.Errorf("%s: a refused guess revealed calls: %q", lang, got)
		}
		// Full-width digits, as a Japanese keyboard types them.
		typeGuess("４０")
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="result"]')?.textContent.includes(%q)`, table.Head.Figure.Text), "the reveal does not show the truth")
		got := eval[string](t, ctx, `document.querySelector('[data-present="result"]').textContent`)
		if !strings.Contains(got, "40") || !strings.Contains(got, "-1.7") && !strings.Contains(got, "−1.7") {
			t.Errorf("%s: the reveal reads %q; want the guess 40 and the difference -1.7", lang, got)
		}
		if sep := map[i18n.Lang]string{i18n.Ja: "　", i18n.En: " · "}[lang]; strings.Count(got, sep) != 2 || lang == i18n.En && strings.Contains(got, "　") {
			t.Errorf("%s: the reveal reads %q; want its parts apart by %q", lang, got, sep)
		}
		if got := figureOf(t, ctx, "calls"); got != table.Head.Figure.Text {
			t.Errorf("%s: after the reveal calls shows %q", lang, got)
		}
		if got := eval[string](t, ctx, `document.querySelector('[data-present="tally"]').textContent`); !strings.Contains(got, "1") {
			t.Errorf("%s: tally %q", lang, got)
		}
		// R with the figure hidden again and no guess: the truth alone, no tally.
		eval[bool](t, ctx, `(document.activeElement.blur(), true)`)
		key(t, ctx, "h")
		waitFor(t, ctx, `document.querySelector('.present-figure[data-present-node="calls"]').textContent === "?"`, "H did not hide the calls figure again")
		// A digit typed then starts the guess: the field takes it (it was lost).
		key(t, ctx, "4")
		waitFor(t, ctx, `document.activeElement?.dataset.present === "guess" && document.activeElement.value === "4"`, "a digit typed with the figure hidden did not go into the guess")
		eval[bool](t, ctx, `(() => { const el = document.activeElement; el.value = ""; el.dispatchEvent(new Event('input', {bubbles: true})); el.blur(); return true })()`)
		key(t, ctx, "r")
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('.present-figure[data-present-node="calls"]').textContent === %q`, table.Head.Figure.Text), "R did not reveal")

		// Hide every required value: not the KGI, which is set, not worked
		// out; and naming the KFS takes no guess (it took one for the KGI).
		eval[bool](t, ctx, `(document.querySelector('[data-present="hide-all"]').click(), true)`)
		waitFor(t, ctx, `document.querySelector('.present-figure[data-present-node="calls"]').textContent === "?"`, "Hide every required value did not hide calls")
		// The last step's sentence does not give the hidden figure away:
		// "A year: 100,000 ÷ 240 days ÷ 10 reps = ?" beside a box reading
		// "Calls required ?".
		for _, r := range table.Rows {
			if r.ID != "calls" {
				continue
			}
			if words := eval[string](t, ctx, `document.querySelector('[data-present="words"]')?.textContent ?? ""`); strings.Contains(words, r.Required[0].Text) || strings.Count(words, "?") != 2 {
				t.Errorf("%s: every figure hidden, the last step says %q: the year %q, a division from the answer", lang, words, r.Required[0].Text)
			}
		}
		// No "→ next" on the last step, no "H hide" on the KFS step (H
		// does nothing there), no tally on the article's design steps.
		if got := eval[string](t, ctx, `[...document.querySelectorAll('.present-key')].map(k => k.dataset.key).join(" ")`); got != "back show reveal leave" {
			t.Errorf("%s: the last step's keys are %q, want back show reveal leave", lang, got)
		}
		for i := n; i > 1; i-- {
			key(t, ctx, kb.ArrowLeft)
		}
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "1 / %d"`, n), "← did not go back to step 1")
		if got := figureOf(t, ctx, table.Rows[0].ID); got != table.Goal.Text {
			t.Errorf("%s: with every required value hidden the KGI reads %q, want %q", lang, got, table.Goal.Text)
		}
		key(t, ctx, kb.ArrowRight)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "2 / %d"`, n), "→ did not go to step 2")
		if eval[bool](t, ctx, `document.querySelector('[data-present="guess"]') !== null`) {
			t.Errorf("%s: naming the KFS asks for a guess", lang)
		}
		if got := eval[string](t, ctx, `[...document.querySelectorAll('.present-key')].map(k => k.dataset.key).join(" ")`); got != "next back leave" {
			t.Errorf("%s: the KFS step shows the keys %q, want next back leave: H does nothing there", lang, got)
		}
		// Every figure hidden, the room works back from the KGI: the
		// revenue step asks for deals (1億円 = 100万円 × ?; it had no
		// field), and with deals revealed the next step asks for the
		// opportunities (it scored them against deals). Digits typed with
		// a button focused, as a mouse's click leaves it, go into the
		// guess (they were lost, and Enter pressed the button).
		for i := 2; i < n && !eval[bool](t, ctx, `document.querySelector('[data-present="guess"]') !== null`); i++ {
			key(t, ctx, kb.ArrowRight)
			waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, i+1, n), "→ did not advance")
		}
		if got := figureOf(t, ctx, "revenue"); got != table.Goal.Text || figureOf(t, ctx, "deals") != "?" {
			t.Fatalf("%s: the first step asking for a guess shows revenue %q and deals %q; want the goal and ?", lang, got, figureOf(t, ctx, "deals"))
		}
		deals := "100" + map[i18n.Lang]string{i18n.Ja: "件"}[lang] // 「受注件数 100件」, as the article writes its tree
		eval[bool](t, ctx, `(document.querySelector('[data-present="hide-all"]').focus(), true)`)
		for _, k := range []string{"1", "0", "0", kb.Enter} {
			key(t, ctx, k)
		}
		waitFor(t, ctx, `document.querySelector('[data-present="result"]') !== null`, "digits typed with a button focused did not make a guess")
		if got := figureOf(t, ctx, "deals"); got != deals {
			t.Errorf("%s: after the guess deals reads %q; want %s", lang, got, deals)
		}
		key(t, ctx, kb.ArrowRight)
		waitFor(t, ctx, `document.querySelector('[data-present="guess"]') !== null`, "the deals step asks for no guess")
		if d, o := figureOf(t, ctx, "deals"), figureOf(t, ctx, "opportunities"); d != deals || o != "?" {
			t.Errorf("%s: the deals step shows deals %q and opportunities %q; want %s and ?", lang, d, o, deals)
		}
		// A figure still hidden, the button offers to show them (it read
		// Hide, and hid again the deals just revealed), and says it is
		// pressed, as H's does.
		hideAll := `(b => b.textContent + " " + b.getAttribute('aria-pressed'))(document.querySelector('[data-present="hide-all"]'))`
		if got, want := eval[string](t, ctx, hideAll), lang.T("present.show_all")+" true"; got != want {
			t.Errorf("%s: with the opportunities hidden, the button reads %q; want %q", lang, got, want)
		}
		step := eval[string](t, ctx, `document.querySelector('[data-present="count"]').textContent`)

		for _, size := range [][2]int64{{1280, 720}, {1920, 1080}} {
			do(t, ctx, chromedp.EmulateViewport(size[0], size[1]))
			do(t, ctx, chromedp.Sleep(400e6))
			wshot(t, ctx, fmt.Sprintf("present-%s-%d.png", lang, size[0]))
			if over := eval[bool](t, ctx, `document.querySelector('.present').scrollHeight > innerHeight + 1`); over && size[0] == 1280 {
				t.Errorf("%s: the presentation scrolls at %d×%d", lang, size[0], size[1])
			}
		}
		do(t, ctx, chromedp.EmulateViewport(1280, 720))
		eval[bool](t, ctx, `(document.querySelector('[data-present="hide-all"]').click(), true)`)
		waitFor(t, ctx, hideAll+fmt.Sprintf(` === %q`, lang.T("present.hide_all")+" false"), "Show every required value did not turn into Hide")
		if d, o := figureOf(t, ctx, "deals"), figureOf(t, ctx, "opportunities"); d != deals || o == "?" || o == "" {
			t.Errorf("%s: Show every required value left deals %q and opportunities %q", lang, d, o)
		}

		// The step is kept: left (Esc) to change a lever, the mode opens
		// where it was (it went back to 1 / 9), and a reload opens there
		// (the address names it; it said ?present alone).
		key(t, ctx, kb.Escape)
		waitFor(t, ctx, `document.querySelector('.present') === null && document.querySelector('[data-lever]') !== null`, "Esc did not leave")
		if got := eval[string](t, ctx, `location.search`); strings.Contains(got, "present") {
			t.Errorf("%s: the address still asks for the presentation: %q", lang, got)
		}
		for _, rate := range []string{"20", "25"} { // and back, for the next language's figures
			setLever(t, ctx, "close_rate", rate)
			waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-lever="close_rate"]').value === %q`, rate), "the close rate was not set")
			eval[bool](t, ctx, `(document.querySelector('[data-present="open"]').click(), true)`)
			waitFor(t, ctx, `document.querySelector('[data-present="count"]') !== null`, "the Present button did not open the mode")
			if got := eval[string](t, ctx, `document.querySelector('[data-present="count"]').textContent`); got != step {
				t.Errorf("%s: left at %s, the close rate %s%%, the mode opened at %s", lang, step, rate, got)
			}
			key(t, ctx, kb.Escape)
			waitFor(t, ctx, `document.querySelector('.present') === null && document.querySelector('[data-lever]') !== null`, "Esc did not leave")
		}
		eval[bool](t, ctx, `(document.querySelector('[data-present="open"]').click(), true)`)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]')?.textContent === %q`, step), "the mode did not open where it was left")
		at, _ := strconv.Atoi(strings.Split(step, " / ")[0])
		key(t, ctx, kb.ArrowRight)
		next := fmt.Sprintf("%d / %d", at+1, n)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === %q`, next), "→ did not advance")
		waitFor(t, ctx, fmt.Sprintf(`location.search === "?present=%d"`, at+1), "the address does not name the step")
		do(t, ctx, chromedp.Sleep(600*time.Millisecond)) // the state is saved at the next tick
		reload(t, ctx)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]')?.textContent === %q`, next), "a reload did not open the mode where it was")
		wshot(t, ctx, fmt.Sprintf("present-%s-reloaded.png", lang))
		do(t, ctx, chromedp.EmulateViewport(1280, 900))
		key(t, ctx, kb.Escape)
		waitFor(t, ctx, `document.querySelector('.present') === null && document.querySelector('[data-lever]') !== null`, "Esc did not leave")
	}

	// Offline after the first visit: the presentation still opens.
	offline(t, ctx, srv, srv.URL+"/")
	eval[bool](t, ctx, `(document.querySelector('[data-present="open"]').click(), true)`)
	waitFor(t, ctx, `document.querySelector('.present [data-present="title"]') !== null && location.search.includes('present')`, "the Present button did not open the mode offline")
	reload(t, ctx)
	waitFor(t, ctx, `document.querySelector('.present [data-present="title"]') !== null`, "?present did not open the mode offline")
}

// figureOf is the text of a node's figure in the presentation's step.
func figureOf(t *testing.T, ctx context.Context, node string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`document.querySelector('.present-figure[data-present-node=%q]')?.textContent ?? ""`, node))
}

// overlaps is JS returning the pairs of boxes of the diagram in element id
// that overlap on the screen, and the boxes cut by the chart's edge.
func overlaps(id string) string {
	return fmt.Sprintf(`(() => {
	const el = document.getElementById(%q), inst = echarts.getInstanceByDom(el);
	const data = inst.getModel().getSeriesByIndex(0).getData();
	const W = el.clientWidth, H = el.clientHeight, rects = [], bad = [];
	for (let i = 0; i < data.count(); i++) {
		const g = data.getItemGraphicEl(i); if (!g) continue;
		let tc = null; g.traverse(c => { if (!tc && c.getTextContent && c.getTextContent()) tc = c.getTextContent(); });
		if (!tc || tc.ignore || tc.invisible) continue;
		const r = tc.getBoundingRect().clone(); r.applyTransform(tc.getComputedTransform());
		rects.push([data.getId(i), r]);
		if (r.x < -1 || r.y < -1 || r.x + r.width > W + 1 || r.y + r.height > H + 1) bad.push(data.getId(i) + " cut");
	}
	for (let a = 0; a < rects.length; a++) for (let b = a + 1; b < rects.length; b++) {
		const p = rects[a][1], q = rects[b][1];
		if (p.x < q.x + q.width - 1 && q.x < p.x + p.width - 1 && p.y < q.y + q.height - 1 && q.y < p.y + p.height - 1) bad.push(rects[a][0] + "/" + rects[b][0]);
	}
	return rects.length ? bad.join(", ") : "no boxes";
})()`, id)
}

// TestWorkshopFit: for every preset, in both languages, at 1280×720, no two
// boxes of the page's diagram overlap and none is cut. The presentation's
// diagram is TestPresentDeepTreeFits', at every step.
func TestWorkshopFit(t *testing.T) {
	srv, ctx := openSite(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 720))
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		for _, id := range presets().IDs() {
			// Every preset in Japanese; in English the deepest tree, the
			// widest and a sum of products (CI's time is short).
			if lang == i18n.En && id != "inside-sales" && id != "saas-revenue" && id != "route-sales" {
				continue
			}
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang))
			eval[bool](t, ctx, fmt.Sprintf(`(() => { const s = document.querySelector('[data-control="scenario"]'); s.value = %q; s.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, id))
			waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q && (e => e && echarts.getInstanceByDom(e))(document.getElementById('chart-tree'))?.getOption()?.series[0].data[0] !== undefined`, lang), "no diagram")
			do(t, ctx, chromedp.Sleep(500e6))
			eval[bool](t, ctx, `(document.getElementById('chart-tree').scrollIntoView({block: 'center'}), true)`)
			if got := settled(t, ctx, "chart-tree"); got != "" {
				t.Errorf("%s %s: the page's diagram: %s", lang, id, got)
			}
			wshot(t, ctx, fmt.Sprintf("diagram-%s-%s.png", lang, id))
		}
	}
}

// settled waits up to 5 s for the diagram to draw the page's tree (the
// KPI tree list's boxes, when the page shows it: a diagram far from the
// window is redrawn as it comes near) and its animation to settle with no
// overlap, and returns the overlaps left.
func settled(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	current := fmt.Sprintf(`(() => {
		const inst = echarts.getInstanceByDom(document.getElementById(%q)), data = inst.getModel().getSeriesByIndex(0).getData();
		const drawn = [...Array(data.count()).keys()].map(i => data.getId(i));
		return [...document.querySelectorAll('[data-tree]')].every(b => drawn.includes(b.dataset.tree));
	})()`, id)
	// Up to 10 s for the step's tree to be drawn on a loaded machine; its
	// boxes are in place once it is (watchFrames checks every frame).
	chromedp.Run(ctx, chromedp.Poll[chromedp.Void](current+` && `+overlaps(id)+` === ""`, chromedp.WithPollingTimeout(10*time.Second)))
	if !eval[bool](t, ctx, current) {
		return "the diagram does not show the page's tree"
	}
	if got := eval[string](t, ctx, overlaps(id)); got != "" {
		return got + "\n" + drawnDiag(ctx, id)
	}
	return ""
}

// watchFrames is JS that, once diagram id's ECharts instance is made,
// counts in window.kpisimFrames the frames ECharts draws of the tree and
// records in window.kpisimAway each with a box away from its layout's
// place or not yet opaque (fading in), and returns whether it is made.
func watchFrames(id string) string {
	return fmt.Sprintf(`(() => {
		const el = document.getElementById(%q), inst = el && echarts.getInstanceByDom(el);
		if (!inst) return false;
		window.kpisimAway = window.kpisimAway || [];
		window.kpisimFrames = window.kpisimFrames || 0;
		if (inst.kpisimWatched) return true;
		inst.kpisimWatched = true;
		inst.on('rendered', () => {
			const s = inst.getModel().getSeriesByIndex(0), d = s && s.getData();
			if (!d) return;
			window.kpisimFrames++;
			const away = [...Array(d.count()).keys()].flatMap(k => {
				const l = d.getItemLayout(k), g = d.getItemGraphicEl(k);
				if (!l || !g) return [];
				if (Math.abs(g.x - l.x) > 1 || Math.abs(g.y - l.y) > 1) return [d.getId(k)];
				const text = g.childAt(0) && g.childAt(0).getTextContent();
				return text && (text.style.opacity ?? 1) < 1 ? [d.getId(k) + " faded"] : [];
			});
			if (away.length) window.kpisimAway.push(away.join(", "));
		});
		return true;
	})()`, id)
}

// drawnDiag describes where the boxes of diagram id are drawn (drawnWhere)
// and whether the page still gets animation frames: a failing check of a
// diagram says whether its boxes were laid out wrong or never moved.
func drawnDiag(ctx context.Context, id string) string {
	where, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(drawnWhere, id)))
	if err != nil {
		where = err.Error()
	}
	frame, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`new Promise(done => { const t0 = performance.now(); requestAnimationFrame(() => done(performance.now() - t0)); setTimeout(() => done(-1), 2000); })`, chromedp.EvalAwaitPromise))
	if err != nil {
		return where + "; frame: " + err.Error()
	}
	return fmt.Sprintf("%s; the next animation frame in %.0f ms (-1: none in 2 s)", where, frame)
}

// drawnWhere is JS describing, for a diagram whose boxes overlap, where
// ECharts drew each box against where its layout puts it, the chart's size
// against its element's, and the animations still running: whether the
// boxes were laid out wrong or never reached their places.
const drawnWhere = `(() => {
	const el = document.getElementById(%q), inst = echarts.getInstanceByDom(el), zr = inst.getZr();
	const s = inst.getModel().getSeriesByIndex(0), d = s.getData(), li = s.layoutInfo;
	const boxes = [...Array(d.count()).keys()].filter(k => d.getItemLayout(k)).map(k => {
		const l = d.getItemLayout(k), g = d.getItemGraphicEl(k);
		return d.getId(k) + " laid " + Math.round(l.x) + "," + Math.round(l.y) + (g ? " drawn " + Math.round(g.x) + "," + Math.round(g.y) + (g.animators && g.animators.length ? " animating" : "") : " not drawn");
	});
	return "chart " + inst.getWidth() + "×" + inst.getHeight() + ", element " + el.clientWidth + "×" + el.clientHeight + ", series at " + Math.round(li.x) + "," + Math.round(li.y) +
		", animation " + (zr.animation._running ? "running" : "stopped") + (zr.animation._paused ? " paused" : "") + ", hidden " + document.hidden + "; " + boxes.join("; ");
})()`

// A tree wider than its card (SaaS revenue: 1,936 px at 1280×720) scrolls
// sideways, and opens on its KGI, not on its leftmost leaves; a box folded
// or unfolded stays in sight as the tree around it narrows or widens.
func TestDiagramWideTree(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 720), chromedp.Navigate(srv.URL+"/"))
	ready(t, ctx)
	lookAt(t, ctx, "chart-tree")
	waitFor(t, ctx, watchFrames("chart-tree"), "the diagram was not drawn")
	// inSight is the JS for whether box id is within the visible part of
	// the diagram's scrolling box.
	inSight := func(id string) string {
		return fmt.Sprintf(`(() => {
			const el = document.getElementById('chart-tree'), box = el.parentElement, inst = echarts.getInstanceByDom(el);
			const series = inst.getModel().getSeriesByIndex(0), data = series.getData();
			const i = [...Array(data.count()).keys()].find(k => data.getId(k) === %q), l = i === undefined ? null : data.getItemLayout(i);
			if (!l) return false;
			const x = series.layoutInfo.x + l.x - box.scrollLeft;
			return x > 40 && x < box.clientWidth - 40;
		})()`, id)
	}
	for _, lang := range []string{"en", "ja"} {
		pickLang(t, ctx, lang)
		pickPreset(t, ctx, "outbound")
		pickPreset(t, ctx, "saas-revenue")
		lookAt(t, ctx, "chart-tree")
		waitFor(t, ctx, `(el => el.scrollWidth > el.clientWidth + 100)(document.getElementById('chart-tree').parentElement)`, "the SaaS tree is not wider than its card: the test shows nothing")
		waitFor(t, ctx, inSight("net_new_arr"), lang+": the wide tree did not open on its KGI")
	}
	// Fold new ARR: scroll to it, select it, click it again.
	eval[bool](t, ctx, `(document.getElementById('chart-tree').parentElement.scrollLeft = 0, true)`)
	waitFor(t, ctx, inSight("new_arr"), "new ARR not in sight at the left")
	// item is the JS for new ARR's item in the diagram's option.
	const item = `echarts.getInstanceByDom(document.getElementById('chart-tree')).getOption().series[0].data[0].children.flatMap(function f(c){return [c, ...(c.children||[]).flatMap(f)]}).find(c => c.id === 'new_arr')`
	// Each click waits for the diagram to show the one before (the box
	// outlined as selected, then folded): a fixed 300 ms between them
	// lost the second click on a busy machine, as the tree was redrawn.
	for i, after := range []struct{ js, msg string }{
		{item + `.label.borderWidth === 3`, "a click did not select new ARR"},
		{item + `.collapsed === true`, "two clicks did not fold new ARR"},
	} {
		// The box where it stays: the selection's render may redraw the
		// tree (a click on a box still moving was lost in a CI run), so
		// the click waits for ECharts to be idle and the box to hold its
		// place for a frame or two.
		const at = `(() => {
			const el = document.getElementById('chart-tree'), inst = echarts.getInstanceByDom(el);
			if (inst.__flagInMainProcess) return [];
			const series = inst.getModel().getSeriesByIndex(0), data = series.getData();
			const l = data.getItemLayout([...Array(data.count()).keys()].find(k => data.getId(k) === "new_arr")), r = el.getBoundingClientRect();
			return [r.left + series.layoutInfo.x + l.x, r.top + series.layoutInfo.y + l.y];
		})()`
		if eval[bool](t, ctx, after.js) {
			continue // a click taken late, after a second one (below), did this step's work
		}
		xy := eval[[]float64](t, ctx, at)
		for try := 0; try < 20; try++ {
			do(t, ctx, chromedp.Sleep(50*time.Millisecond))
			again := eval[[]float64](t, ctx, at)
			if len(xy) == 2 && slices.Equal(xy, again) {
				break
			}
			xy = again
		}
		if len(xy) != 2 {
			t.Fatalf("click %d: ECharts never came to rest on the tree", i+1)
		}
		do(t, ctx, chromedp.MouseClickXY(xy[0], xy[1]))
		if !waitUntil(ctx, after.js, 3*time.Second) {
			// A redraw between the press and the release (the page's render
			// after a run) takes the box from under the pointer, and ECharts
			// sees no click: CI lost the first click so, once in ten runs, the
			// box in its place. A user clicks again; so does the test, once.
			t.Logf("click %d not taken in 3 s; clicking again: %s", i+1, drawnDiag(ctx, "chart-tree"))
			do(t, ctx, chromedp.MouseClickXY(xy[0], xy[1]))
		}
		if !waitUntil(ctx, after.js, 10*time.Second) {
			hit, _ := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(e => e ? e.tagName + "." + e.className + " in #" + (e.closest("[id]") || {}).id : "nothing")(document.elementFromPoint(%f, %f)) + " of " + innerWidth + "×" + innerHeight`, xy[0], xy[1])))
			t.Fatalf("click %d at %.0f,%.0f (on %s): %s\n%s", i+1, xy[0], xy[1], hit, after.msg, drawnDiag(ctx, "chart-tree"))
		}
		do(t, ctx, chromedp.Sleep(100*time.Millisecond)) // the redraw's frame
	}
	waitFor(t, ctx, inSight("new_arr"), "the folded box left the sight")
	// Through two languages, two presets, a selection and a fold, every
	// frame showed the boxes in their places (watchFrames).
	if got := eval[string](t, ctx, `window.kpisimAway.join("; ")`); got != "" {
		t.Errorf("a frame drew boxes away from their places, or fading in: %s", got)
	}
	if n := eval[int](t, ctx, `window.kpisimFrames`); n < 4 {
		t.Errorf("%d frames of the tree watched through four redraws: the check above saw little", n)
	}
}

// treeFits is the JS for whether the presentation's tree shows its step
// whole in its box: the step's box drawn (the step's figure's node, or the
// KGI for a step with none), the KGI and every box drawn within the box's
// height, and nothing to scroll down to.
const treeFits = `(() => {
	const el = document.getElementById('present-tree'), inst = el && echarts.getInstanceByDom(el);
	if (!inst) return false;
	const s = inst.getModel().getSeriesByIndex(0), d = s.getData(), box = el.parentElement;
	const kgi = inst.getOption().series[0].data[0].id, fig = document.querySelector('.present-figure'), want = fig ? fig.dataset.presentNode : kgi;
	const shown = [...Array(d.count()).keys()].filter(k => d.getItemLayout(k) && d.getItemGraphicEl(k) && !d.getItemGraphicEl(k).invisible);
	if (!shown.some(k => d.getId(k) === kgi) || !shown.some(k => d.getId(k) === want)) return false;
	const r = el.getBoundingClientRect(), b = box.getBoundingClientRect();
	return box.scrollHeight <= box.clientHeight + 1 && shown.every(k => {
		const y = r.top + s.layoutInfo.y + d.getItemLayout(k).y;
		return y - 25 > b.top && y + 25 < b.bottom;
	});
})()`

// treeType is the JS for the smallest type, in CSS pixels, that the
// presentation's tree draws its boxes in: its label's rich text styles,
// scaled to the fitted size (chart.TreeScaled).
const treeType = `Math.min(...Object.values(echarts.getInstanceByDom(document.getElementById('present-tree')).getOption().series[0].label.rich).map(r => r.fontSize))`

// minPresentType is the smallest type the presentation's tree may take at
// 1280×720 (app/ui minReadType).
const minPresentType = 14

// Every preset's presentation shows its tree whole, the KGI in sight and
// no two boxes overlapping, at every step on a 1280×720 projector: drawn
// smaller rather than scrolled (Inside sales' last step was scrolled 82 px
// down, its KGI above the box), and in type of at least 14 px (Inside
// sales' last steps were in 8-px type): levels are left out instead.
// A deep tree (SaaS: seven levels to opportunities) is fitted again when
// the window goes from 1920×1080 to 1280×720, and keeps its height on a
// phone. Every preset in Japanese; in English the deepest, the widest and a
// sum of products (the labels' language changes the boxes' width, not the
// tree's depth; all presets in both took 84 s of CI's twenty minutes).
func TestPresentDeepTreeFits(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, lang := range []string{"ja", "en"} {
		t.Run(lang, func(t *testing.T) {
			ctx := browser(t)
			do(t, ctx, chromedp.EmulateViewport(1280, 720))
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, lang)
			presets := eval[[]string](t, ctx, `[...document.querySelector('[data-control="scenario"]').options].map(o => o.value).filter(v => v)`)
			if len(presets) < 6 {
				t.Fatalf("presets %v: the test shows little", presets)
			}
			if lang == "en" {
				presets = []string{"inside-sales", "saas-revenue", "route-sales"}
			}
			// open opens preset's presentation at its first step: the first
			// through ?present on a fresh load, as a trainer's bookmark does,
			// the others as the trainer switches presets in the room (Esc,
			// the preset, ▶ Present), without reloading the page.
			opened := false
			open := func(preset string) int {
				if !opened {
					navigate(t, ctx, srv.URL+"/")
					ready(t, ctx)
					pickPreset(t, ctx, preset)
					do(t, ctx, chromedp.Sleep(600*time.Millisecond)) // the state is saved at the next tick
					navigate(t, ctx, srv.URL+"/?present")
					opened = true
				} else {
					key(t, ctx, kb.Escape)
					waitFor(t, ctx, `document.querySelector('.present') === null && document.querySelector('[data-control="scenario"]') !== null`, "Esc did not leave the presentation")
					pickPreset(t, ctx, preset)
					eval[bool](t, ctx, `(document.querySelector('[data-present="open"]').click(), true)`)
				}
				waitFor(t, ctx, `document.querySelector('.present [data-present="count"]') !== null && document.querySelector('[data-present="count"]').textContent.startsWith("1 / ")`, "the presentation of "+preset+" did not open")
				waitFor(t, ctx, watchFrames("present-tree"), "the presentation's tree was not drawn")
				return eval[int](t, ctx, `Number(document.querySelector('[data-present="count"]').textContent.split(" / ")[1])`)
			}
			for _, preset := range presets {
				n := open(preset)
				for i := 1; i <= n; i++ {
					if i > 1 {
						key(t, ctx, kb.ArrowRight)
					}
					waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, i, n), "→ did not advance")
					msg := fmt.Sprintf("%s, step %d / %d at 1280×720: a box of the tree, or the KGI, is out of sight", preset, i, n)
					waitFor(t, ctx, treeFits, msg)
					// and stays so once drawn: at the first and the last
					// step (at every step it took 25 s of CI's twenty minutes).
					if i == 1 || i == n {
						do(t, ctx, chromedp.Sleep(300*time.Millisecond))
						if !eval[bool](t, ctx, treeFits) {
							t.Fatal(msg + ", once drawn")
						}
					}
					// Drawn smaller, its boxes still neither overlap nor are cut,
					// and the presentation needs no scrolling.
					if got := settled(t, ctx, "present-tree"); got != "" {
						t.Errorf("%s, step %d / %d at 1280×720: %s", preset, i, n, got)
					}
					// Every frame drawn since the last step showed the boxes
					// in their places, opaque: none slides there from the
					// last step's (a box left at an animation's first frame,
					// when no second came, piled on its parent's last place)
					// or fades in.
					if got := eval[string](t, ctx, `window.kpisimAway.splice(0).join("; ")`); got != "" {
						t.Errorf("%s, step %d / %d: a frame drew boxes away from their places, or fading in: %s", preset, i, n, got)
					}
					if eval[bool](t, ctx, `document.querySelector('.present').scrollHeight > innerHeight + 1 || document.querySelector('.present').scrollWidth > innerWidth + 1`) {
						t.Errorf("%s, step %d / %d: the presentation scrolls at 1280×720", preset, i, n)
					}
					// Read from the back of the room: a deep tree leaves levels
					// out rather than drawing its boxes in 8-px type.
					if px := eval[int](t, ctx, treeType); px < minPresentType {
						t.Errorf("%s, step %d / %d at 1280×720: the tree's boxes are in %d-px type, want at least %d", preset, i, n, px, minPresentType)
					}
					// Levels left out ("⋮" below the KGI), the step names them.
					// (The step before may have left levels out: its boxes
					// include this step's, so the check waits for this one's
					// drawing, as a step from the route's end back to the KGI.)
					// (The route's step names them in its words.)
					unnamed := `JSON.stringify(echarts.getInstanceByDom(document.getElementById('present-tree')).getOption().series[0].data).includes('{op|⋮}') && !document.querySelector('[data-present="path"]') && !document.querySelector('[data-present="words"]')?.textContent.includes(' → ')`
					chromedp.Run(ctx, chromedp.Poll[chromedp.Void]("!("+unnamed+")", chromedp.WithPollingTimeout(3*time.Second)))
					if eval[bool](t, ctx, unnamed) {
						t.Errorf("%s, step %d / %d: the tree leaves levels out and the step does not name its path", preset, i, n)
					}
					if i == 1 || i == (n+1)/2 || i == n {
						wshot(t, ctx, fmt.Sprintf("present-fits-%s-%s-%d.png", lang, preset, i))
					}
				}
				// The steps past the KGI's own redraw the tree: the frame
				// check above watched them (the first steps all show the
				// KGI's tree, drawn once).
				if eval[int](t, ctx, `window.kpisimFrames + (window.kpisimFrames = 0)`) == 0 {
					t.Errorf("%s: no frame of the tree was watched through %d steps: the frame check saw nothing", preset, n)
				}
			}
			if lang == "en" {
				return
			}
			// Shown on a large screen first, then in a window of a laptop's
			// size (a projector's output set lower): the tree is fitted again.
			do(t, ctx, chromedp.EmulateViewport(1920, 1080))
			n := open("saas-revenue")
			for i := 1; i < n; i++ {
				key(t, ctx, kb.ArrowRight)
				waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, i+1, n), "→ did not advance")
			}
			waitFor(t, ctx, treeFits, "a box of the deep tree is out of sight at the last step, 1920×1080")
			if px := eval[int](t, ctx, treeType); px < minPresentType {
				t.Errorf("saas-revenue, last step at 1920×1080: %d-px type", px)
			}
			do(t, ctx, chromedp.EmulateViewport(1280, 720))
			waitFor(t, ctx, treeFits, "a box of the deep tree is out of sight at the last step once the window is 1280×720")
			// On a phone the page scrolls, and the tree keeps its height
			// (squeezed into the window's, it had a strip of 190 px).
			do(t, ctx, chromedp.EmulateViewport(390, 844))
			waitFor(t, ctx, `document.querySelector('.present-tree').clientHeight >= 500`, "on a phone the presentation's tree is squeezed")
		})
	}
}

// On a phone the presentation's tree is fitted to the screen's width and
// keeps its own height: the boxes of a step are in sight, not cut in half
// at either end, and the step's heading is on the first screen, not below
// a tree 560 px high.
func TestPresentOnPhone(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, lang := range []string{"ja", "en"} {
		t.Run(lang, func(t *testing.T) {
			ctx := browser(t)
			do(t, ctx, chromedp.EmulateViewport(390, 844))
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, lang)
			do(t, ctx, chromedp.Sleep(600*time.Millisecond)) // the state is saved at the next tick
			navigate(t, ctx, srv.URL+"/?present")
			waitFor(t, ctx, `document.querySelector('.present [data-present="count"]') !== null`, "?present did not open")
			n := eval[int](t, ctx, `Number(document.querySelector('[data-present="count"]').textContent.split(" / ")[1])`)
			for i := 1; i <= n; i++ {
				waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-present="count"]').textContent === "%d / %d"`, i, n), "→ did not advance")
				// Every box of the step within the screen, a box's half
				// width (40 px at the smallest type) from its edges; a tree
				// too wide at the smallest type (the whole tree's step)
				// scrolls sideways in its box, never the first two steps'
				// (the KGI, its factors).
				waitFor(t, ctx, `(() => {
					const el = document.getElementById('present-tree'), inst = el && echarts.getInstanceByDom(el);
					if (!inst) return false;
					const box = el.parentElement;
					if (box.scrollWidth > box.clientWidth + 1) return `+strconv.FormatBool(i > 2)+` && getComputedStyle(box).overflowX === 'auto';
					const s = inst.getModel().getSeriesByIndex(0), d = s.getData(), r = el.getBoundingClientRect();
					const shown = [...Array(d.count()).keys()].filter(k => d.getItemLayout(k) && d.getItemGraphicEl(k) && !d.getItemGraphicEl(k).invisible);
					return shown.length > 0 && shown.every(k => { const x = r.left + s.layoutInfo.x + d.getItemLayout(k).x; return x - 40 >= 0 && x + 40 <= 390; });
				})()`, fmt.Sprintf("step %d: a box of the tree is out of the phone's width", i))
				if top := eval[float64](t, ctx, `document.querySelector('.present-step h1, .present-step h2').getBoundingClientRect().top`); top > 600 {
					t.Errorf("step %d: its heading is at %.0f px, below the first screen's middle", i, top)
				}
				// The step's words, its figures and the tally on the first
				// screen, above the keys' line at its foot: under the tree,
				// the equation's terms were at 860-1044 px.
				if out := eval[[]string](t, ctx, `(() => { const foot = document.querySelector('.present-keys').getBoundingClientRect().top;
					return [...document.querySelectorAll('.present-step h1, [data-present="words"], .present-term, .present-op, [data-present="tally"]')]
						.filter(e => { const r = e.getBoundingClientRect(); return r.top < 0 || r.bottom > Math.min(foot, innerHeight) + 1 || r.left < 0 || r.right > innerWidth + 1; })
						.map(e => e.textContent.trim().slice(0, 30) + " at " + Math.round(e.getBoundingClientRect().top) + "-" + Math.round(e.getBoundingClientRect().bottom)); })()`); len(out) > 0 {
					t.Errorf("step %d: off the first screen (%v high): %q", i, eval[float64](t, ctx, `innerHeight`), out)
				}
				key(t, ctx, kb.ArrowRight)
			}
		})
	}
}

// clickDiagramBox clicks the diagram's box of node id where ECharts laid
// it out, the diagram scrolled to the middle of the window, and its box
// scrolled sideways to the node (a wide tree's diagram scrolls).
func clickDiagramBox(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	xy := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
		const el = document.getElementById('chart-tree'); el.scrollIntoView({block: 'center'});
		const inst = echarts.getInstanceByDom(el);
		const series = inst.getModel().getSeriesByIndex(0), data = series.getData(), box = series.layoutInfo;
		const i = [...Array(data.count()).keys()].find(k => data.getId(k) === %q);
		const l = data.getItemLayout(i);
		const scroller = el.closest('.diagram-scroll'), s = scroller.getBoundingClientRect();
		scroller.scrollLeft += el.getBoundingClientRect().left + box.x + l.x - (s.left + s.width / 2);
		const r = el.getBoundingClientRect();
		return [r.left + box.x + l.x, r.top + box.y + l.y];
	})()`, id))
	do(t, ctx, chromedp.MouseClickXY(xy[0], xy[1]))
}

// TestWorkshopProjector: on a projector of 1024×768, in both languages,
// the presentation's bar stays one row (the title gives way: "Leave (Esc)"
// wrapped in English and the bar hid the KGI's box), and the page's
// diagram of the widest tree opens with the box solved for in sight (it
// opened centred on the KGI, SaaS's opportunities out of sight).
func TestWorkshopProjector(t *testing.T) {
	srv, ctx := openSite(t)
	resize(t, ctx, screen{name: "projector", w: 1024, h: 768, scale: 1})
	for _, lang := range []string{"en", "ja"} {
		navigate(t, ctx, srv.URL+"/")
		ready(t, ctx)
		pickLang(t, ctx, lang)
		for _, id := range []string{"outbound", "saas-revenue"} {
			pickPreset(t, ctx, id)
			eval[bool](t, ctx, `(document.querySelector('[data-present="open"]').click(), true)`)
			waitFor(t, ctx, `document.querySelector('.present-bar') !== null`, "the presentation did not open")
			// One row: every item of the bar overlaps every other across.
			if !eval[bool](t, ctx, `(() => { const r = [...document.querySelectorAll('.present-bar > *')].map(e => e.getBoundingClientRect());
				return Math.max(...r.map(b => b.top)) < Math.min(...r.map(b => b.bottom)) })()`) {
				t.Errorf("%s %s: the presentation's bar takes more than one row at 1024×768", lang, id)
			}
			eval[bool](t, ctx, `(document.querySelector('[data-present="leave"]').click(), true)`)
			waitFor(t, ctx, `document.querySelector('.present') === null`, "the presentation did not close")
		}
		// The diagram: the box solved for (SaaS: opportunities) within the
		// box around it, as scrolled.
		eval[bool](t, ctx, `(document.getElementById('chart-tree').scrollIntoView({block: 'center'}), true)`)
		inSight := `(() => {
			const dom = document.getElementById('chart-tree'), inst = echarts.getInstanceByDom(dom);
			const series = inst?.getModel().getSeriesByIndex(0), data = series?.getData(), box = series?.layoutInfo;
			if (!data || !box) return false;
			const sel = document.querySelector('[data-tree].selected, .node.selected [data-tree]')?.dataset.tree || "opportunities";
			for (let i = 0; i < data.count(); i++) {
				if (data.getId(i) !== sel) continue;
				const l = data.getItemLayout(i), el = dom.parentElement;
				if (!l) return false;
				const x = box.x + l.x - el.scrollLeft;
				return x > 40 && x < el.clientWidth - 40;
			}
			return false;
		})()`
		if !waitUntil(ctx, inSight, 5*time.Second) {
			t.Errorf("%s: the diagram opened with the box solved for out of sight", lang)
		}
		wshot(t, ctx, "diagram-projector-"+lang+".png")
	}
}
