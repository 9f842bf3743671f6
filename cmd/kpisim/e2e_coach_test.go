//go:build !wasm

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// The article's own Latin terms, which its Japanese keeps: SMART and its
// letters (S 具体的 … T 期限), MA/SFA, SLA and Excel in the checklist.
// TestLayoutLanguages allows them on the Japanese page.
func init() {
	allowEn = append(allowEn, "SMART", "S", "A", "R", "MA", "SLA", "Excel")
}

// smartPass is the JS for the five results of a KPI's row, as "11111"
// with 0 where a test fails.
func smartPass(id string) string {
	return fmt.Sprintf(`[...document.querySelectorAll('#coach tr[data-smart=%q] .badge')].map(b => b.dataset.pass === "true" ? "1" : "0").join("")`, id)
}

// coachShot saves the viewport, scrolled to the section's part sel, to
// $KPISIM_SHOTS/name.png when set.
func coachShot(t *testing.T, ctx context.Context, sel, name string) {
	t.Helper()
	dir := os.Getenv("KPISIM_SHOTS")
	if dir == "" {
		return
	}
	eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector(%q).scrollIntoView(), true)`, sel))
	do(t, ctx, chromedp.Sleep(300e6))
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// On the default preset, in Japanese and in English: the SMART table
// passes every test of calls, and a ceiling below the requirement fails
// its A with the reason in words; ticking checklist items updates the
// score and the next items; the ticks survive a reload and travel in the
// link.
func TestCoach(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 720))
	reopen(t, ctx, srv.URL+"/")
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		pickLang(t, ctx, string(lang))
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('#coach h2')?.textContent === %q`, lang.T("coach.title")), "no SMART section in "+string(lang))
		if got := eval[string](t, ctx, smartPass("calls")); got != "11111" {
			t.Errorf("%s: calls %s, want 11111", lang, got)
		}
		if got := eval[string](t, ctx, `document.querySelector('#coach tr[data-smart="calls"] .smart-why').textContent`); got != lang.T("coach.all_pass") {
			t.Errorf("%s: calls reasons %q", lang, got)
		}
		if got := eval[float64](t, ctx, `document.querySelectorAll('#coach tr[data-smart]').length`); got != 8 {
			t.Errorf("%s: %v KPIs in the SMART table, want 8 (the KGI left out)", lang, got)
		}
		coachShot(t, ctx, "#coach", "coach-smart-"+string(lang))
		coachShot(t, ctx, "#coach .checklist", "coach-checklist-"+string(lang))
	}

	// A ceiling below the 41.7 calls a rep a day the goal needs: A fails,
	// and says why in the page's language (English now).
	setLever(t, ctx, scenario.KeyCeiling+"calls", "30")
	waitFor(t, ctx, smartPass("calls")+` === "11011"`, "calls' A did not fail under a ceiling of 30")
	// It had read "in Apr, May, …, Mar (at most 41.7 / rep / day)".
	whyCalls := `document.querySelector('#coach tr[data-smart="calls"] .smart-why').textContent`
	if why := eval[string](t, ctx, whyCalls); !strings.Contains(why, "A: Above the ceiling of 30 / rep / day in every month (the most a month needs: 41.7 / rep / day)") {
		t.Errorf("calls' reason: %q", why)
	}
	pickLang(t, ctx, string(i18n.Ja))
	waitFor(t, ctx, whyCalls+`.includes("A: どの月も上限30件/人日を超えます（最も多い月で41.7件/人日が必要）")`, "calls' reason in Japanese does not name every month and the most a month needs")
	coachShot(t, ctx, `#coach tr[data-smart="calls"]`, "coach-over-ceiling-ja")
	pickLang(t, ctx, string(i18n.En))
	if got := eval[string](t, ctx, smartPass("first_meetings")); got != "11011" {
		t.Errorf("first meetings (above calls) %s, want 11011", got)
	}
	setLever(t, ctx, scenario.KeyCeiling+"calls", "100")
	waitFor(t, ctx, smartPass("calls")+` === "11111"`, "calls' A did not pass again")

	// Every test's reason, unfolded, reads the figures of the scenario as it
	// is now, after changes made while it was folded and after it: folded,
	// the card leaves the passed tests' reasons out (app/ui Coach.folded).
	reasonA := `(document.querySelector('#coach li[data-reasons="calls"]')?.textContent ?? "")`
	for i, rate := range []string{"30", "25"} {
		setLever(t, ctx, "close_rate", rate)
		v, err := strconv.ParseFloat(rate, 64)
		if err != nil {
			t.Fatal(err)
		}
		s, a := engine(t, "outbound", map[string]float64{"close_rate": v / 100})
		want := report.New(a, i18n.En, s.Currency).Smart().Rows
		var a3 string
		for _, r := range want {
			if r.ID == "calls" {
				a3 = r.Tests[2].Reason
			}
		}
		if a3 == "" {
			t.Fatal("no calls row in the SMART table")
		}
		if i == 0 {
			eval[bool](t, ctx, `(document.querySelector('#coach details.smart-all > summary').click(), true)`)
		}
		waitFor(t, ctx, reasonA+`.includes(`+strconv.Quote(a3)+`)`, "the unfolded reasons of calls do not say "+a3+" at a close rate of "+rate+" %")
	}
	eval[bool](t, ctx, `(document.querySelector('#coach details.smart-all > summary').click(), true)`)
	waitFor(t, ctx, `!document.querySelector('#coach li[data-reasons]')`, "the reasons did not fold again")

	// Ticks: the score and the next items follow.
	next := `[...document.querySelectorAll('#coach [data-next]')].map(li => li.dataset.next).join(",")`
	// What the scenario judges met (the KGI, the tree, SMART, the outcome
	// indicators) comes last, saying so: the list began with them.
	if got := eval[string](t, ctx, next); !strings.HasPrefix(got, "4,5,8,") || !strings.HasSuffix(got, ",1,2,3,15") {
		t.Errorf("next items with none ticked: %s", got)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll('#coach [data-next] .next-met').length`); got != 4 {
		t.Errorf("%d next items say they look met, want 4", got)
	}
	for _, n := range []int{1, 3} {
		eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('#coach [data-check="%d"]').click(), true)`, n))
	}
	waitFor(t, ctx, `document.getElementById('coach-score').dataset.score === "2"`, "the score did not follow two ticks")
	if got, want := eval[string](t, ctx, `document.getElementById('coach-score').textContent`), fmt.Sprintf(i18n.En.T("coach.score"), 2, 15); got != want {
		t.Errorf("score %q, want %q", got, want)
	}
	if got := eval[string](t, ctx, next); !strings.HasPrefix(got, "4,5,8,") || !strings.HasSuffix(got, ",2,15") || strings.Contains(","+got+",", ",1,") {
		t.Errorf("next items after ticking 1 and 3: %s", got)
	}
	if got := eval[string](t, ctx, `document.querySelector('#coach [data-next]').textContent`); got != report.Checklist[3].En {
		t.Errorf("first next item %q", got)
	}
	pickLang(t, ctx, "ja")
	waitFor(t, ctx, fmt.Sprintf(`document.getElementById('coach-score').textContent === %q`, fmt.Sprintf(i18n.Ja.T("coach.score"), 2, 15)), "the score is not in Japanese")
	if got := eval[string](t, ctx, `document.querySelector('#coach [data-next]').textContent`); got != report.Checklist[3].Ja {
		t.Errorf("first next item in Japanese %q", got)
	}

	// Reload: the saved work keeps the ticks; the link carries them.
	waitFor(t, ctx, `(() => { const s = JSON.parse(JSON.parse(localStorage.getItem("kpisim.state") || '""') || "{}"); return JSON.stringify(s.checklist) === "[1,3]" })()`, "the ticks were not saved")
	waitFor(t, ctx, `location.hash.startsWith("#s=")`, "the address never took the state")
	link := eval[string](t, ctx, `location.href`)
	ticked := `[...document.querySelectorAll('#coach [data-check]')].filter(c => c.checked).map(c => c.dataset.check).join(",")`
	reopen(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.getElementById('coach-score')?.dataset.score === "2"`, "the ticks did not survive a reload")
	if got := eval[string](t, ctx, ticked); got != "1,3" {
		t.Errorf("ticked after a reload: %s", got)
	}
	ctx2 := browser(t)
	navigate(t, ctx2, link)
	ready(t, ctx2)
	waitFor(t, ctx2, `document.getElementById('coach-score')?.dataset.score === "2"`, "the link did not carry the ticks")
	if got := eval[string](t, ctx2, ticked); got != "1,3" {
		t.Errorf("ticked from the link: %s", got)
	}
	// Unticking takes effect too.
	eval[bool](t, ctx2, `(document.querySelector('#coach [data-check="1"]').click(), true)`)
	waitFor(t, ctx2, `document.getElementById('coach-score').dataset.score === "1" && `+next+`.endsWith(",1,2,15")`, "unticking item 1 did not put it back among the items that look met")
}

// A close rate dragged to 90 %, out of the 20–30 % the team stated, fails
// Achievable, and still does after a reload and in its link, in both
// languages: the range moves with the lever, and the range as moved
// (72–100 %) had counted as stated once the page was read back, the
// close rate then passing.
func TestStatedRangeKept(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		why := `document.querySelector('#coach tr[data-smart="close_rate"] .smart-why')?.textContent`
		setLever(t, ctx, "close_rate", "90")
		waitFor(t, ctx, smartPass("close_rate")+` === "11011"`, "a close rate of 90 % passes Achievable against a stated 20–30 %")
		want := eval[string](t, ctx, why)
		if !strings.Contains(want, "30%") {
			t.Fatalf("the reason does not name the stated range: %q", want)
		}
		waitFor(t, ctx, `location.hash.startsWith("#s=")`, "the address never took the state")
		waitFor(t, ctx, savedCloseRate+` === 0.9`, "the work was not saved")
		link := eval[string](t, ctx, `location.href`)
		reload(t, ctx)
		ready(t, ctx)
		waitFor(t, ctx, smartPass("close_rate")+` === "11011"`, "after a reload the close rate passes Achievable")
		if got := eval[string](t, ctx, why); got != want {
			t.Errorf("after a reload: %q, want %q", got, want)
		}
		ctx2 := browser(t)
		navigate(t, ctx2, link)
		ready(t, ctx2)
		waitFor(t, ctx2, smartPass("close_rate")+` === "11011"`, "opened from its link the close rate passes Achievable")
		if got := eval[string](t, ctx2, why); got != want {
			t.Errorf("from the link: %q, want %q", got, want)
		}
		// Its file, made a team's own (its id and name changed): nothing
		// ties it to the preset, and the range as stated comes with the
		// file (forecast.ranges.ID.stated). It had passed on the page and
		// from kpisim validate -smart alike.
		dir := downloads(t, ctx)
		data := download(t, ctx, dir, "#file-download", "outbound.yaml")
		if !bytes.Contains(data, []byte("\nid: outbound\n")) {
			t.Fatalf("the file has no id: outbound:\n%s", data)
		}
		data = bytes.Replace(data, []byte("\nid: outbound\n"), []byte("\nid: team-a\n"), 1)
		file := filepath.Join(dir, "team-a.yaml")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		offerFile(t, ctx2, file, data, true)
		waitFor(t, ctx2, `document.querySelector('.share-message[data-alert="false"]')?.textContent.includes("team-a.yaml")`, "the renamed file did not open")
		waitFor(t, ctx2, smartPass("close_rate")+` === "11011"`, "opened from the team's copy of its file, the close rate passes Achievable")
		if got := eval[string](t, ctx2, why); got != want {
			t.Errorf("from the team's copy of its file: %q, want %q", got, want)
		}
		var out, errs strings.Builder
		if err := runValidate([]string{"-lang", lang, "-smart", file}, &out, &errs); err != nil {
			t.Fatalf("kpisim validate -smart %s: %v\n%s%s", file, err, out.String(), errs.String())
		}
		if stated := map[string]string{"ja": "（20%〜30%）", "en": "(20% to 30%)"}[lang]; !strings.Contains(out.String(), stated) {
			t.Errorf("kpisim validate -smart of the renamed file does not test the close rate against %s:\n%s", stated, out.String())
		}
	})
}
