package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// A name from storage or a link is text, never markup; the QR code is SVG
// styled by attributes alone (the CSP forbids inline styles).
func TestShareBarRender(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		p := &Page{model: newModel(t, lang)}
		p.refresh()
		st, err := p.model.State()
		if err != nil {
			t.Fatal(err)
		}
		p.share.mine = []mine{{Name: `<img src=x onerror=alert(1)>`, State: st}}
		p.share.dialog = true
		p.share.link = "https://example.test/#s=AQ"
		p.share.qr = qrSVG(p.share.link)
		p.share.notice, p.share.alert = linkError(nil), true
		html := app.HTMLString(p.shareBar(p.view))
		// In the browser go-app sets attributes with setAttribute, so a
		// "<" inside an aria-label is inert; no element may come of it.
		if strings.Contains(html, `"><img`) || strings.Contains(html, "\n<img") || strings.Contains(html, "  <img") {
			t.Errorf("a name became markup: %s", html)
		}
		for _, want := range []string{"&lt;img", `id="share-link"`, `<svg`, `role="alert"`, lang.T("mine.title"), lang.T("share.error.kept")} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: share bar lacks %s", lang, want)
			}
		}
	}
}

func TestQRSVG(t *testing.T) {
	svg := qrSVG("https://example.github.io/kpisim/#s=" + strings.Repeat("A", 1900))
	if svg == "" || strings.Contains(svg, "style") || !strings.HasPrefix(svg, "<svg") {
		t.Errorf("QR SVG: %.200s", svg)
	}
	if qrSVG(strings.Repeat("A", 5000)) != "" {
		t.Error("a text too long for a QR code gave one")
	}
}

// Every key the share bar and its messages use is in the catalog.
func TestShareMessages(t *testing.T) {
	for _, k := range []string{"empty", "corrupt", "newer", "preset", "changed", "too_large", "malformed", "invalid", "title", "kept"} {
		if !i18n.Has("share.error." + k) {
			t.Errorf("no message share.error.%s", k)
		}
	}
}

// sameJSON compares what two JSON texts say, not how they are written.
func TestSameJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"the same bytes", `{"a":1,"b":[1,2]}`, `{"a":1,"b":[1,2]}`, true},
		{"keys in another order", `{"a":1,"b":{"x":"y","z":null}}`, `{"b":{"z":null,"x":"y"},"a":1}`, true},
		{"a number written otherwise", `{"v":0.25}`, `{"v":2.5e-1}`, true},
		{"spaces", `{ "a" : [ 1 , true ] }`, `{"a":[1,true]}`, true},
		{"another value", `{"a":1}`, `{"a":2}`, false},
		{"another key", `{"a":1}`, `{"b":1}`, false},
		{"a list in another order", `[1,2]`, `[2,1]`, false},
		{"one more key", `{"a":1}`, `{"a":1,"b":null}`, false},
		{"not JSON", `{"a":1`, `{"a":1}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameJSON([]byte(tc.a), []byte(tc.b)); got != tc.want {
				t.Errorf("sameJSON(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// Work kept without being asked is named by its own scenario, marked
// edited, and when, in the page's language: a tree of one's own (no
// preset) was kept as "(edited)" alone.
func TestKeptName(t *testing.T) {
	at := time.Date(2026, 12, 3, 23, 55, 0, 0, time.UTC)
	m := newModel(t, i18n.En)
	preset, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	own := preset
	m.Scenario.Title = kpi.Label{Ja: "九州支店", En: "Kyushu branch"}
	data, err := scenario.EncodeJSON(m.Scenario)
	if err != nil {
		t.Fatal(err)
	}
	own.Preset, own.Scenario = "", data
	broken := State{Scenario: []byte("{")}
	for _, c := range []struct {
		name string
		lang i18n.Lang
		st   State
		want string
	}{
		{"preset ja", i18n.Ja, preset, "新規開拓営業（テレアポ）（編集済み） 12/3 23:55"},
		{"preset en", i18n.En, preset, "Outbound sales (cold calls) (edited) 12/3 23:55"},
		{"own tree ja", i18n.Ja, own, "九州支店（編集済み） 12/3 23:55"},
		{"own tree en", i18n.En, own, "Kyushu branch (edited) 12/3 23:55"},
		{"unreadable", i18n.En, broken, "Untitled (edited) 12/3 23:55"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := keptName(c.lang, c.st, at); got != c.want {
				t.Errorf("%q, want %q", got, c.want)
			}
		})
	}
}

// Work saved without a name is named by its scenario and when, so two
// such saves read apart.
func TestMineName(t *testing.T) {
	at := time.Date(2026, 12, 3, 23, 55, 0, 0, time.UTC)
	for _, c := range []struct {
		lang i18n.Lang
		want string
	}{{i18n.Ja, "新規開拓営業（テレアポ） 12/3 23:55"}, {i18n.En, "Outbound sales (cold calls) 12/3 23:55"}} {
		if got := mineName(newModel(t, c.lang), at); got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
}
