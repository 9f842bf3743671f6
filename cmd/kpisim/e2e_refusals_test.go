//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/share"
)

// Refusals say the field and the rule in the page's language, and keep
// what the user had: a link that breaks a rule, a name another node has,
// a broken .json file, a named save when My scenarios is full.

// shareMessage is the JS for the page's notice, "" when none shows.
const shareMessage = `(document.querySelector('.share-message')?.textContent ?? '')`

// A link whose scenario breaks a rule names the field and the rule, the
// field by its label as the page says it (it said close_rate.value, a key
// the link's reader never saw), and the saved work stays (it said only
// "The link's scenario breaks a rule.").
func TestLinkRuleNamed(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	for _, c := range []struct {
		lang, change, want string
	}{
		{"ja", `s.scenario.nodes.find(n => n.id === "close_rate").value = 0`, "（受注率: 0%より大きく100%以下にしてください）"},
		{"en", `s.scenario.calendar.headcount = -2`, "(Reps: must be more than 0 and at most 1,000,000)"},
	} {
		pickLang(t, ctx, c.lang)
		setLever(t, ctx, "close_rate", "23")
		waitFor(t, ctx, savedCloseRate+` === 0.23`, "the close rate of 23% was not saved")
		data := eval[string](t, ctx, `(() => { const s = JSON.parse(JSON.parse(localStorage.getItem("kpisim.state")));
			`+c.change+`; return JSON.stringify(s) })()`)
		payload, err := share.Encode([]byte(data), nil)
		if err != nil {
			t.Fatal(err)
		}
		reopen(t, ctx, srv.URL+"/#s="+payload)
		l := i18n.Parse(c.lang)
		waitFor(t, ctx, shareMessage+` !== ''`, c.lang+": the link said nothing")
		msg := eval[string](t, ctx, shareMessage)
		if !strings.Contains(msg, l.T("share.error.title")) || !strings.Contains(msg, c.want) || !strings.Contains(msg, l.T("share.error.kept")) {
			t.Errorf("%s: the page says %q, want the refusal naming %q", c.lang, msg, c.want)
		}
		if got := eval[string](t, ctx, `document.querySelector('[data-lever="close_rate"]').value`); got != "23" {
			t.Errorf("%s: the close rate reads %q after the refused link, want the saved 23", c.lang, got)
		}
		reopen(t, ctx, srv.URL+"/")
	}
}

// A name another node has is refused at the field, in the page's language,
// and the text typed stays for the user to change (two nodes named 商談化率
// were accepted).
func TestRenameTakenName(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	for _, c := range []struct{ lang, field, text, want string }{
		{"ja", "label_ja", "商談化率", "受注率: 「商談化率」はほかの項目の名前です。名前は項目ごとに違うものにしてください"},
		{"en", "label_en", "Meeting conversion", `Close rate: "Meeting conversion" is already another node's name; each node needs a name of its own`},
	} {
		pickLang(t, ctx, c.lang)
		editorOpen(t, ctx)
		editPick(t, ctx, "close_rate")
		editField(t, ctx, c.field, c.text)
		waitFor(t, ctx, `[...document.querySelectorAll('.editor .field-error')].some(e => e.textContent.trim() !== '')`, c.lang+": no error at the field")
		if got := eval[string](t, ctx, `[...document.querySelectorAll('.editor .field-error')].map(e => e.textContent.trim()).join(" | ")`); !strings.Contains(got, c.want) {
			t.Errorf("%s: the editor says %q, want %q", c.lang, got, c.want)
		}
		if got := eval[string](t, ctx, fmt.Sprintf(`document.querySelector('[data-edit=%q]').value`, c.field)); got != c.text {
			t.Errorf("%s: the field reads %q, want the typed %q", c.lang, got, c.text)
		}
		if n := eval[float64](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('.editor-item')].filter(li => li.textContent.includes(%q)).length`, c.text)); n != 1 {
			t.Errorf("%s: %d items named %s in the editor's list, want 1", c.lang, int(n), c.text)
		}
	}
}

// A .json file cut short gets the CLI's message on the page, word for word,
// chosen or dropped: the page read it as YAML ("line 1: '{' not closed"),
// the CLI as JSON ("line 2: the JSON ends too early").
func TestFileJSONAsCLI(t *testing.T) {
	needBrowser(t)
	data := []byte("{\"version\":1,\"goal\":\n")
	file := filepath.Join(t.TempDir(), "trunc.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	for _, c := range []struct {
		lang string
		pick bool
	}{{"ja", true}, {"en", false}} {
		l := i18n.Parse(c.lang)
		var out, errs strings.Builder
		if runValidate([]string{"-lang", c.lang, file}, &out, &errs) == nil {
			t.Fatal("kpisim validate accepts the file")
		}
		cli := l.T("json.end")
		if !strings.Contains(out.String(), ":2: "+cli) {
			t.Fatalf("kpisim validate says %q, not line 2 %q", out.String(), cli)
		}
		pickLang(t, ctx, c.lang)
		offerFile(t, ctx, file, data, c.pick)
		waitFor(t, ctx, shareMessage+` !== ''`, c.lang+": opening the file said nothing")
		want := fmt.Sprintf(l.T("files.line"), 2) + ": " + cli
		if msg := eval[string](t, ctx, shareMessage); !strings.Contains(msg, want) {
			t.Errorf("%s: the page says %q, want %q", c.lang, msg, want)
		}
	}
}

// A save the user named is never dropped to make room: with My scenarios
// full of named saves the next is refused with a word and its name stays
// typed, and work the page keeps by itself (a preset picked over edited
// work) still finds room. The 31st save dropped the first without a word.
func TestMineKeepsNamedSaves(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	pickLang(t, ctx, "ja")
	saveMineAs(t, ctx, "大事な計画 2026")
	for i := 2; i <= 30; i++ {
		saveMineAs(t, ctx, fmt.Sprint("案", i))
	}
	for _, lang := range []string{"ja", "en"} {
		pickLang(t, ctx, lang)
		eval[bool](t, ctx, `(() => { const f = document.getElementById('mine-name'); f.value = "もう1つ"; f.form.requestSubmit(); return true })()`)
		want := fmt.Sprintf(i18n.Parse(lang).T("mine.full"), 30)
		waitFor(t, ctx, shareMessage+fmt.Sprintf(`.includes(%q)`, want), lang+": the refused save said nothing: "+eval[string](t, ctx, shareMessage))
		names := eval[string](t, ctx, mineNames)
		if !strings.Contains(names, "大事な計画 2026") || strings.Contains(names, "もう1つ") {
			t.Errorf("%s: My scenarios lists %s", lang, names)
		}
		if got := eval[string](t, ctx, `document.getElementById('mine-name').value`); got != "もう1つ" {
			t.Errorf("%s: the name field reads %q, want the name typed", lang, got)
		}
	}
	// Edited work replaced by a preset is kept, one past the named saves.
	setLever(t, ctx, "close_rate", "31")
	waitFor(t, ctx, savedCloseRate+` === 0.31`, "the close rate of 31% was not saved")
	pickPreset(t, ctx, "field-sales")
	waitFor(t, ctx, `document.querySelectorAll('.mine-list li').length === 31`, "the work the preset replaced was not kept: "+eval[string](t, ctx, mineNames))
	if names := eval[string](t, ctx, mineNames); !strings.Contains(names, "大事な計画 2026") {
		t.Errorf("the first named save went: %s", names)
	}
}

// TestChartsClearedWhenNothingComputes: when the page cannot compute (the
// route sales preset's existing accounts alone pass the goal), the charts
// show nothing rather than their last drawing, which was another
// scenario's for a chart far from the window since (route sales' error
// showed the outbound preset's bars); once it computes again they draw
// the scenario shown.
func TestChartsClearedWhenNothingComputes(t *testing.T) {
	_, ctx := openSite(t)
	lookAtCharts(t, ctx) // the outbound preset's charts drawn
	pickPreset(t, ctx, "route-sales")
	waitFor(t, ctx, `document.querySelector('[data-lever="accounts"]') !== null`, "no existing accounts' field")
	setLever(t, ctx, "accounts", "400")
	cannot := `[...document.querySelectorAll('.notes .error')].some(e => !e.hidden && e.textContent.trim() !== "")`
	waitFor(t, ctx, cannot, "the page did not say it cannot compute")
	lookAtCharts(t, ctx)
	drawn := `["chart-activity", "chart-funnel", "chart-cumulative", "chart-tornado"].filter(id => {
		const i = echarts.getInstanceByDom(document.getElementById(id));
		return i && (i.getOption()?.series ?? []).some(s => (s.data ?? []).length > 0);
	}).join(",")`
	if !waitUntil(ctx, drawn+` === ""`, 5*time.Second) {
		t.Errorf("with nothing computed, charts still drawn: %s", eval[string](t, ctx, drawn))
	}
	setLever(t, ctx, "accounts", "120")
	waitFor(t, ctx, "!"+cannot, "the error stayed")
	lookAtCharts(t, ctx)
	if !waitUntil(ctx, drawn+` === "chart-activity,chart-funnel,chart-cumulative,chart-tornado"`, 10*time.Second) {
		t.Errorf("computed again, charts drawn: %s", eval[string](t, ctx, drawn))
	}
}

// A 0 off the solve's path that leaves the goal out of reach is refused at
// its field with its rule, in the page's language, and the figures stay:
// it had left the page with no figure, the forecast with them, under a
// message naming the churn solved for, not the rate typed.
func TestZeroOffThePathRefused(t *testing.T) {
	tree, _ := filepath.Abs("../../testdata/scenarios/churn.yaml")
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		if _, err := chromedp.Run(ctx, chromedp.SetUploadFiles("#file-open", []string{tree})); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.querySelector('[data-lever="rate"]') !== null && document.querySelector('[data-node="forecast"]')?.dataset.value > 0`, "the tree did not open")
		forecast := eval[string](t, ctx, `document.querySelector('[data-node="forecast"]').dataset.value`)
		setLever(t, ctx, "rate", "0")
		const field = `document.querySelector('[data-lever="rate"]')`
		rule := map[string]string{"ja": "有料転換率が0のため、目標には届きません", "en": "Trial-to-paid rate is 0, so the goal can never be reached"}[lang]
		waitFor(t, ctx, fmt.Sprintf(`%s.getAttribute('aria-invalid') === 'true' && %s.value === "0" &&
			document.getElementById(%s.getAttribute('aria-describedby'))?.textContent.includes(%q)`, field, field, field, rule),
			"the 0 is not refused at its field with its rule")
		if got := eval[string](t, ctx, `document.querySelector('[data-node="forecast"]')?.dataset.value ?? "none"`); got != forecast {
			t.Errorf("the forecast reads %s, was %s", got, forecast)
		}
		if eval[bool](t, ctx, `document.querySelector('.notes .error') !== null`) {
			t.Error("the page says it cannot compute")
		}
		setLever(t, ctx, "rate", "25")
		waitFor(t, ctx, field+`.getAttribute('aria-invalid') !== 'true'`, "25 % is refused")
	})
}
