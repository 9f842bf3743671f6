package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
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

func TestLeverRender(t *testing.T) {
	l := &Lever{V: LeverView{Key: "close_rate", Label: "Close rate", Unit: "%", Value: 25, Min: 1, Max: 100, Step: 0.5, Text: "0", Error: "Close rate: must be more than 0% and at most 100%"}}
	e := app.NewTestEngine()
	if err := e.Load(l); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(l)
	for _, want := range []string{` aria-invalid`, `role="alert"`, `value="0"`, `type="range"`, `aria-label="Close rate"`, `for="lever-close_rate"`} {
		if !strings.Contains(html, want) {
			t.Errorf("lever lacks %s:\n%s", want, html)
		}
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
