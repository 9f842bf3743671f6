package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
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
		p.share.notice, p.share.alert = p.linkError(nil), true
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
