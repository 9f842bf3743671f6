package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// The page renders natively (the static site is pre-rendered this way), in
// the golden file's shape, with the stable test interface in place.
func TestPageRender(t *testing.T) {
	p := &Page{}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := normalizeHTML(app.HTMLString(p))
	for _, want := range []string{
		`data-control="scenario"`, `<option selected value="outbound">`,
		`data-lever="close_rate"`, `value="25"`,
		`data-node="calls" data-period="rep_day" data-value="41.666666666666664"`,
		`data-node="forecast" data-period="year" data-value="9.6e+07"`,
		`data-node="gap"`, `class="chart"`, `必要な行動量`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("rendered page lacks %s", want)
		}
	}
	golden(t, "page-outbound-ja.golden", html)
}

// loadedPage is a page loaded by go-app's test engine, as the browser
// loads it, speaking l.
func loadedPage(t *testing.T, l i18n.Lang) *Page {
	t.Helper()
	p := &Page{}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	p.model.Lang = l
	return p
}

func TestLeverRender(t *testing.T) {
	l := &Lever{V: LeverView{Key: "close_rate", Label: "Close rate", Unit: "%", Value: 25, Min: 1, Max: 100, Step: 0.5, Text: "0", Error: "Close rate: must be more than 0% and at most 100%"}}
	e := app.NewTestEngine()
	if err := e.Load(l); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(l)
	for _, want := range []string{` aria-invalid`, `aria-describedby="lever-close_rate-err"`, `id="lever-close_rate-err"`, `value="0"`, `type="range"`, `aria-label="Close rate"`, `for="lever-close_rate"`} {
		if !strings.Contains(html, want) {
			t.Errorf("lever lacks %s:\n%s", want, html)
		}
	}
	// The rule is said once the value is committed (answerWords), not as
	// an alert that came and went at each keystroke.
	if strings.Contains(html, `role="alert"`) {
		t.Errorf("the lever's rule is an alert, said as the value is typed:\n%s", html)
	}
}

var (
	tagRE  = regexp.MustCompile(`<([a-zA-Z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>`)
	attrRE = regexp.MustCompile(`[^\s=>]+(?:="[^"]*")?`)
)

// normalizeHTML sorts each tag's attributes: go-app writes them from a map,
// in no fixed order.
func normalizeHTML(s string) string {
	return tagRE.ReplaceAllStringFunc(s, func(tag string) string {
		m := tagRE.FindStringSubmatch(tag)
		attrs := attrRE.FindAllString(m[2], -1)
		slices.Sort(attrs)
		if len(attrs) == 0 {
			return "<" + m[1] + ">"
		}
		return "<" + m[1] + " " + strings.Join(attrs, " ") + ">"
	})
}

// tag is one start tag of rendered HTML: its name and attributes; a
// bare attribute (<option selected>) has the value "" and present true.
type tag struct {
	name  string
	attrs map[string]string
	end   bool // </name>
}

var (
	anyTagRE = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)((?:\s+[^\s=>/]+(?:="(?:[^"\\]|\\.)*")?)*)\s*/?>`)
	oneAttr  = regexp.MustCompile(`([^\s=>/]+)(?:="((?:[^"\\]|\\.)*)")?`)
)

// parseTags reads the start and end tags of html, in order.
func parseTags(html string) []tag {
	var out []tag
	for _, m := range anyTagRE.FindAllStringSubmatch(html, -1) {
		t := tag{name: strings.ToLower(m[2]), end: m[1] == "/", attrs: map[string]string{}}
		for _, a := range oneAttr.FindAllStringSubmatch(m[3], -1) {
			t.attrs[strings.ToLower(a[1])] = a[2]
		}
		out = append(out, t)
	}
	return out
}

// The pre-rendered page is what a visitor sees until the wasm starts: each
// select shows the scenario's choice (HTML reads any selected attribute,
// even selected="false", as selected, and a select with several shows the
// last), and toggle buttons say whether they are pressed. Checked on the
// parsed HTML, not against the golden file, which once held the bug.
func TestPageRenderStates(t *testing.T) {
	p := &Page{}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	// The table of actuals is folded, and built only once unfolded: the
	// page is checked with it unfolded.
	p.model.SetOpen(SectionActuals, true)
	tags := parseTags(app.HTMLString(p.Render()))

	want := map[string]string{ // data-control -> the option that must show
		"scenario": "outbound", "goal-period": "year", "rounding": "ceil", "tornado": "range", "tornado-of": "revenue", "solve": "calls",
		"seek": "", "start-month": "4", "actuals-entry": "-1", // seek: any one; start-month, actuals-entry: issue 13
	}
	var control string
	var selected []string
	seen := map[string]bool{}
	for _, tg := range tags {
		switch {
		case tg.name == "select" && !tg.end:
			control, selected = tg.attrs["data-control"], nil
		case tg.name == "option" && !tg.end:
			if v, ok := tg.attrs["selected"]; ok {
				if v != "" && v != "selected" {
					t.Errorf("%s: option %s has selected=%q: HTML reads any selected attribute as selected", control, tg.attrs["value"], v)
				}
				selected = append(selected, tg.attrs["value"])
			}
		case tg.name == "select" && tg.end:
			seen[control] = true
			w, known := want[control]
			switch {
			case !known:
				t.Errorf("a select %q this test does not know", control)
			case len(selected) != 1:
				t.Errorf("%s: %d options marked selected %v, want exactly one", control, len(selected), selected)
			case w != "" && selected[0] != w:
				t.Errorf("%s: option %s is selected, want %s", control, selected[0], w)
			}
		}
		if v, ok := tg.attrs["aria-pressed"]; ok && v != "true" && v != "false" {
			t.Errorf("<%s data-lang=%q data-tree=%q> has aria-pressed=%q, want true or false", tg.name, tg.attrs["data-lang"], tg.attrs["data-tree"], v)
		}
	}
	for c := range want {
		if !seen[c] {
			t.Errorf("no select %s on the page", c)
		}
	}
	pressed := func(attr string) (on []string, n int) {
		for _, tg := range tags {
			if v, ok := tg.attrs[attr]; ok && tg.name == "button" {
				n++
				if tg.attrs["aria-pressed"] == "true" {
					on = append(on, v)
				}
			}
		}
		return on, n
	}
	if on, n := pressed("data-lang"); n != 2 || !slices.Equal(on, []string{"ja"}) {
		t.Errorf("language buttons pressed: %v of %d, want [ja] of 2", on, n)
	}
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := ps.Get("outbound")
	if err != nil {
		t.Fatal(err)
	}
	if on, n := pressed("data-tree"); n < 2 || !slices.Equal(on, []string{sc.Target()}) {
		t.Errorf("tree nodes pressed: %v of %d, want [%s], the node solved for", on, n, sc.Target())
	}
}

// While a field holds a refused value, the results say they are the last
// valid ones and name the field, in the page's language; a valid value
// clears the note.
func TestPageStale(t *testing.T) {
	for _, c := range []struct {
		lang       i18n.Lang
		note, name string
	}{
		{i18n.En, "Showing the last valid result", "Close rate"},
		{i18n.Ja, "最後に有効だった結果", "受注率"},
	} {
		p := &Page{}
		p.OnInit()
		p.model.Lang = c.lang
		p.model.SetText("close_rate", "150")
		p.refresh()
		html := normalizeHTML(app.HTMLString(p))
		if !strings.Contains(html, `class="results stale" data-stale="true"`) && !strings.Contains(html, `class="results stale" data-stale>`) {
			t.Errorf("%s: the results are not marked stale", c.lang)
		}
		note := regexp.MustCompile(`<p class="stale-note">([^<]*)</p>`).FindStringSubmatch(html)
		if note == nil || !strings.Contains(note[1], c.note) || !strings.Contains(note[1], c.name) {
			t.Errorf("%s: stale note %q, want %q naming %q", c.lang, note, c.note, c.name)
		}
		p.model.SetText("close_rate", "25")
		p.refresh()
		html = normalizeHTML(app.HTMLString(p))
		if strings.Contains(html, "stale-note") || !strings.Contains(html, `class="results" data-stale="false"`) {
			t.Errorf("%s: a valid value leaves the results marked stale", c.lang)
		}
	}
}

const rowHead = `<th scope="row">`

// A folded section renders its summary alone: the first visit mounts, and
// every render compares, none of its rows. Unfolded, they are there.
func TestFoldedSectionsBuildNothing(t *testing.T) {
	p := &Page{}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	inside := map[string]string{ // section -> what only its unfolded body holds
		SectionMonths:  rowHead, // a month's row, looked for in the plan's table
		SectionActuals: `data-control="actuals-entry"`,
		SectionReasons: `class="smart-all-list"`,
	}
	for _, tc := range []struct {
		name string
		open bool
	}{{"folded", false}, {"unfolded", true}} {
		t.Run(tc.name, func(t *testing.T) {
			for section := range inside {
				p.model.SetOpen(section, tc.open)
			}
			html := app.HTMLString(p.Render())
			months := html[strings.Index(html, `<table class="months">`):]
			months = months[:strings.Index(months, "</table>")]
			for section, marker := range inside {
				got := strings.Contains(html, marker)
				if section == SectionMonths {
					got = strings.Contains(months, rowHead)
				}
				if got != tc.open {
					t.Errorf("%s %s: the page holds %s: %v, want %v", tc.name, section, marker, got, tc.open)
				}
			}
		})
	}
}
