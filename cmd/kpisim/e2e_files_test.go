//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	japaneseenc "golang.org/x/text/encoding/japanese"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// historyKeyPress presses Ctrl+Z (or, with redo, Ctrl+Shift+Z) with the
// focus on no text field.
func historyKeyPress(t *testing.T, ctx context.Context, redo bool) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { document.activeElement?.blur();
		document.body.dispatchEvent(new KeyboardEvent('keydown', {key: %q, ctrlKey: true, shiftKey: %v, bubbles: true, cancelable: true}));
		return true })()`, map[bool]string{false: "z", true: "Z"}[redo], redo))
}

// dragSlider moves a lever's slider to v as a drag does: input events, then
// one change at the release.
func dragSlider(t *testing.T, ctx context.Context, key string, vs ...float64) {
	t.Helper()
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, `el.value = %q; el.dispatchEvent(new Event('input', {bubbles: true}));`, fmt.Sprint(v))
	}
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = %s; %s el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, slider(key), b.String()))
}

// waitEngine waits until the page's required calls a rep a day equal the
// engine's for outbound with set applied.
func waitEngine(t *testing.T, ctx context.Context, set map[string]float64) {
	t.Helper()
	_, a := engine(t, "outbound", set)
	waitValue(t, ctx, "calls", "rep_day", exact(t, a, "calls", kpi.RepDay))
	waitValue(t, ctx, "deals", "year", exact(t, a, "deals", kpi.Year))
}

// Undo and redo: three changes (two fields, one slider dragged in several
// moves) are undone by three Ctrl+Z back to the start figures, redone by
// Shift+Ctrl+Z and the Redo button; a new change drops the redo branch.
func TestFilesUndoRedo(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	pickLang(t, ctx, "en")
	waitFor(t, ctx, `document.getElementById("undo")?.disabled === true && document.getElementById("redo")?.disabled === true`, "undo and redo not disabled at the start")
	steps := []map[string]float64{{}}
	setLever(t, ctx, "close_rate", "20")
	steps = append(steps, map[string]float64{"close_rate": 0.2})
	waitEngine(t, ctx, steps[1])
	dragSlider(t, ctx, "meeting_rate", 21, 22, 23, 24, 25)
	steps = append(steps, map[string]float64{"close_rate": 0.2, "meeting_rate": 0.25})
	waitEngine(t, ctx, steps[2])
	setLever(t, ctx, "appointment_rate", "3")
	steps = append(steps, map[string]float64{"close_rate": 0.2, "meeting_rate": 0.25, "appointment_rate": 0.03})
	waitEngine(t, ctx, steps[3])
	waitFor(t, ctx, `document.getElementById("undo").disabled === false`, "undo not enabled after a change")

	for i := 2; i >= 0; i-- {
		historyKeyPress(t, ctx, false)
		waitEngine(t, ctx, steps[i])
	}
	waitFor(t, ctx, `document.getElementById("undo").disabled === true`, "undo still enabled at the start")
	waitFor(t, ctx, `document.getElementById("history-said").textContent.startsWith("Undone: ") && document.getElementById("history-said").textContent.includes("20% → 25%")`,
		"the live region did not say what was undone")
	if got := eval[string](t, ctx, `document.querySelector('[data-lever="close_rate"]').value`); got != "25" {
		t.Errorf("the close rate field reads %q after undo, want 25", got)
	}
	historyKeyPress(t, ctx, true)
	waitEngine(t, ctx, steps[1])
	eval[bool](t, ctx, `(document.getElementById("redo").click(), true)`)
	waitEngine(t, ctx, steps[2])
	waitFor(t, ctx, `document.getElementById("history-said").textContent.startsWith("Redone: ")`, "the live region did not say what was redone")
	// Switched to Japanese, it says it in Japanese, not in the language left.
	pickLang(t, ctx, "ja")
	waitFor(t, ctx, `document.getElementById("history-said").textContent === "やり直しました: 商談化率 20% → 25%"`, "the live region kept the English after the switch")
	pickLang(t, ctx, "en")

	// A new change after undo drops the redo branch.
	setLever(t, ctx, "unit_price", "2000000")
	waitEngine(t, ctx, map[string]float64{"close_rate": 0.2, "meeting_rate": 0.25, "unit_price": 2000000})
	eval[bool](t, ctx, `(document.activeElement?.blur(), true)`)
	waitFor(t, ctx, `document.getElementById("redo").disabled === true`, "redo still enabled after a new change")

	// In a text field, Ctrl+Z is the field's own: the app's history stays.
	eval[bool](t, ctx, `(() => { const el = document.querySelector('[data-lever="close_rate"]'); el.focus();
		el.dispatchEvent(new KeyboardEvent('keydown', {key: 'z', ctrlKey: true, bubbles: true, cancelable: true})); return true })()`)
	time.Sleep(300 * time.Millisecond)
	waitEngine(t, ctx, map[string]float64{"close_rate": 0.2, "meeting_rate": 0.25, "unit_price": 2000000})
}

// Files: "Download YAML" writes <id>.yaml that kpisim validate accepts and
// kpisim calc answers with the page's figures; the file opens again by the
// picker and by a drop on the page, as an undoable step; a malformed file
// is refused with the line and rule in ja and en, and the work stays.
func TestFilesYAML(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	dir := downloads(t, ctx)
	reopen(t, ctx, srv.URL+"/")
	pickLang(t, ctx, "en")
	set := map[string]float64{"close_rate": 0.2, "appointment_rate": 0.03}
	setLever(t, ctx, "close_rate", "20")
	setLever(t, ctx, "appointment_rate", "3")
	waitEngine(t, ctx, set)
	want := eval[float64](t, ctx, figure("calls", "rep_day"))

	data := download(t, ctx, dir, "#file-download", "outbound.yaml")
	file := filepath.Join(dir, "outbound.yaml")
	if !strings.HasPrefix(string(data), "# ") || !strings.Contains(string(data), "kpisim validate outbound.yaml") {
		t.Errorf("the file does not start with its comment:\n%s", data)
	}
	var out, errs strings.Builder
	if err := runValidate([]string{"-lang", "en", file}, &out, &errs); err != nil {
		t.Fatalf("kpisim validate %s: %v\n%s%s", file, err, out.String(), errs.String())
	}
	s, err := scenario.Parse(data, "")
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	if got := exact(t, a, "calls", kpi.RepDay); got != want {
		t.Errorf("the file needs %v calls a rep a day, the page said %v", got, want)
	}
	// kpisim calc on the file says what it says of the same changes made
	// with -set on the preset.
	var fromFile, fromSet strings.Builder
	if err := runCalc([]string{"-json", file}, &fromFile, &errs); err != nil {
		t.Fatalf("kpisim calc %s: %v\n%s", file, err, errs.String())
	}
	if err := runCalc([]string{"-json", "-set", "close_rate=20%", "-set", "appointment_rate=3%", "outbound"}, &fromSet, &errs); err != nil {
		t.Fatalf("kpisim calc -set: %v\n%s", err, errs.String())
	}
	if fromFile.String() != fromSet.String() {
		t.Errorf("kpisim calc of the download:\n%s\nof the preset with the changes:\n%s", fromFile.String(), fromSet.String())
	}

	// A fresh profile opens the file by the picker: one undoable step.
	ctx2 := browser(t)
	reopen(t, ctx2, srv.URL+"/")
	pickLang(t, ctx2, "en")
	_, start := engine(t, "outbound", nil)
	if _, err := chromedp.Run(ctx2, chromedp.SetUploadFiles("#file-open", []string{file})); err != nil {
		t.Fatal(err)
	}
	waitValue(t, ctx2, "calls", "rep_day", want)
	waitFor(t, ctx2, `document.querySelector('.share-message[data-alert="false"]')?.textContent.includes("outbound.yaml")`, "opening a file was not said")
	historyKeyPress(t, ctx2, false)
	waitValue(t, ctx2, "calls", "rep_day", exact(t, start, "calls", kpi.RepDay))
	historyKeyPress(t, ctx2, true)
	waitValue(t, ctx2, "calls", "rep_day", want)

	// A drop on the page: a YAML text with one more change.
	dropped := strings.Replace(string(data), "value: 0.03", "value: 0.04", 1)
	if dropped == string(data) {
		t.Fatalf("no appointment rate of 0.03 in the file:\n%s", data)
	}
	drop(t, ctx2, "dropped.yaml", dropped)
	set["appointment_rate"] = 0.04
	_, a4 := engine(t, "outbound", set)
	after := exact(t, a4, "calls", kpi.RepDay)
	waitValue(t, ctx2, "calls", "rep_day", after)

	// A malformed file: the rule and line in the page's language; nothing lost.
	bad := strings.Replace(dropped, "value: 0.04", "value: 4", 1)
	for _, c := range []struct{ lang, want string }{
		{"en", "bad.yaml could not be opened. Your work is unchanged. line "},
		{"ja", "bad.yaml を開けませんでした。今の作業はそのままです。"},
	} {
		pickLang(t, ctx2, c.lang)
		drop(t, ctx2, "bad.yaml", bad)
		waitFor(t, ctx2, fmt.Sprintf(`document.querySelector('.share-message[data-alert="true"]')?.textContent.includes(%q)`, c.want), "a bad file was not refused in "+c.lang)
		if c.lang == "ja" {
			waitFor(t, ctx2, `/\d+行目/.test(document.querySelector('.share-message[data-alert="true"]').textContent)`, "the line is not named in ja")
		}
		waitValue(t, ctx2, "calls", "rep_day", after)
	}
	// A tree naming a node it does not have: the tree's rule in the page's
	// language too (it read in English on the Japanese page).
	orphan := strings.Replace(dropped, "product: [close_rate, opportunities]", "product: [close_rate, opportunity]", 1)
	if orphan == dropped {
		t.Fatalf("no deals' product in the file:\n%s", dropped)
	}
	for _, c := range []struct{ lang, want string }{
		{"en", `deals.product (Deals won): "opportunity" is not a node of this tree`}, // its key, and its label on the page
		{"ja", `deals.product (受注件数): 「opportunity」はこのツリーの項目ではありません`},
	} {
		pickLang(t, ctx2, c.lang)
		drop(t, ctx2, "orphan.yaml", orphan)
		waitFor(t, ctx2, fmt.Sprintf(`document.querySelector('.share-message[data-alert="true"]')?.textContent.includes(%q)`, c.want),
			fmt.Sprintf("%s: the tree's rule reads %q", c.lang, eval[string](t, ctx2, `document.querySelector('.share-message[data-alert="true"]')?.textContent || ""`)))
		waitValue(t, ctx2, "calls", "rep_day", after)
	}
	// A file that is no longer YAML (a '[' left open): the line it opened
	// on and why in Japanese, which reads again in English when the reader
	// switches; the notice is not kept in the language it was made in.
	lines := strings.Split(dropped, "\n")
	at := slices.IndexFunc(lines, func(s string) bool { return strings.Contains(s, "product: [close_rate, opportunities]") })
	if at < 0 {
		t.Fatalf("no deals' product in the file:\n%s", dropped)
	}
	lines[at] = strings.Replace(lines[at], "opportunities]", "opportunities", 1)
	pickLang(t, ctx2, "ja")
	drop(t, ctx2, "broken.yaml", strings.Join(lines, "\n"))
	for _, c := range []struct{ lang, want string }{
		{"ja", fmt.Sprintf("%d行目: この行の「[」が「]」で閉じられていません", at+1)},
		{"en", fmt.Sprintf("line %d: the '[' on this line is not closed by ']'", at+1)},
	} {
		pickLang(t, ctx2, c.lang)
		waitFor(t, ctx2, fmt.Sprintf(`document.querySelector('.share-message[data-alert="true"]')?.textContent.includes(%q)`, c.want),
			fmt.Sprintf("%s: the syntax error reads %q", c.lang, eval[string](t, ctx2, `document.querySelector('.share-message[data-alert="true"]')?.textContent || ""`)))
	}
	waitValue(t, ctx2, "calls", "rep_day", after)
	big := strings.Repeat("#", scenario.MaxFileSize+1)
	drop(t, ctx2, "big.yaml", big)
	waitFor(t, ctx2, `document.querySelector('.share-message[data-alert="true"]')?.textContent.includes("1 MiB")`, "a large file was not refused")
	waitValue(t, ctx2, "calls", "rep_day", after)

	// On a phone, in Japanese, the notice's close button reads 閉じる on
	// one line (it broke into 閉/じ/る beside the message).
	do(t, ctx2, chromedp.EmulateViewport(390, 844))
	pickLang(t, ctx2, "ja")
	if n := eval[int](t, ctx2, `(() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('.share-dismiss')); return r.getClientRects().length })()`); n != 1 {
		t.Errorf("the notice's close button takes %d lines at 390 px", n)
	}
	// A notice of a file opened is about the work left: picking another
	// scenario drops it. (An error stays until closed.)
	drop(t, ctx2, "again.yaml", dropped)
	waitFor(t, ctx2, `document.querySelector('.share-message[data-alert="false"]')?.textContent.includes("again.yaml")`, "opening a file was not said")
	pickPreset(t, ctx2, "inside-sales")
	waitFor(t, ctx2, `document.querySelector('.share-message') === null`, "the notice of the file stayed over another scenario")
}

// drop drops a file named name holding text on the page's results, as a
// drag from the desktop does.
func drop(t *testing.T, ctx context.Context, name, text string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const dt = new DataTransfer(); dt.items.add(new File([%q], %q, {type: "application/yaml"}));
		const el = document.querySelector('.results > *') || document.body;
		el.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
		el.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true })()`, text, name))
}

// dropBytes drops a file named name holding data, byte for byte, on the
// page's results.
// offerFile opens the file at path, whose bytes are data, as a user does:
// the last notice dismissed, then picked in the file picker or dropped on
// the page.
func offerFile(t *testing.T, ctx context.Context, path string, data []byte, pick bool) {
	t.Helper()
	eval[bool](t, ctx, `(document.querySelector('.share-message .share-dismiss')?.click(), true)`)
	waitFor(t, ctx, `document.querySelector('.share-message') === null`, "the last notice stayed")
	if pick {
		if _, err := chromedp.Run(ctx, chromedp.SetUploadFiles("#file-open", []string{path})); err != nil {
			t.Fatal(err)
		}
		return
	}
	dropBytes(t, ctx, filepath.Base(path), data)
}

func dropBytes(t *testing.T, ctx context.Context, name string, data []byte) {
	t.Helper()
	nums := make([]string, len(data))
	for i, b := range data {
		nums[i] = fmt.Sprint(b)
	}
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const dt = new DataTransfer(); dt.items.add(new File([new Uint8Array([%s])], %q, {type: "application/yaml"}));
		const el = document.querySelector('.results > *') || document.body;
		el.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
		el.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true })()`, strings.Join(nums, ","), name))
}

// A scenario file saved as Shift_JIS is refused as kpisim validate refuses
// it, in the page's language, chosen or dropped, and the work on the page
// stays. The page read it with File.text(), which turned the bytes it
// could not read into U+FFFD: it said the file had opened and its names
// read as mojibake.
func TestFilesShiftJIS(t *testing.T) {
	needBrowser(t)
	utf8, err := os.ReadFile(filepath.Join("..", "..", "scenarios", "outbound.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// Another close rate: a file opened would change the figures.
	changed := strings.Replace(string(utf8), "value: 25%", "value: 30%", 1)
	if changed == string(utf8) {
		t.Fatal("no close rate of 25% in outbound.yaml")
	}
	sjis, err := japaneseenc.ShiftJIS.NewEncoder().Bytes([]byte(changed))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "sjis.yaml")
	if err := os.WriteFile(file, sjis, 0o644); err != nil {
		t.Fatal(err)
	}
	// What the CLI says of it, word for word.
	var out, errs strings.Builder
	if runValidate([]string{"-lang", "ja", file}, &out, &errs) == nil {
		t.Fatalf("kpisim validate accepts the Shift_JIS file: %s", out.String())
	}
	cli := i18n.Ja.T("yaml.utf8")
	if !strings.Contains(out.String(), cli) {
		t.Fatalf("kpisim validate says %q, not %q", out.String(), cli)
	}

	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	setLever(t, ctx, "close_rate", "20")
	set := map[string]float64{"close_rate": 0.2}
	waitEngine(t, ctx, set)
	for _, c := range []struct {
		lang, head, why string
		pick            bool
	}{
		{"ja", "sjis.yaml を開けませんでした。今の作業はそのままです。", cli, true},
		{"en", "sjis.yaml could not be opened. Your work is unchanged.", i18n.En.T("yaml.utf8"), false},
	} {
		pickLang(t, ctx, c.lang)
		offerFile(t, ctx, file, sjis, c.pick)
		waitFor(t, ctx, `document.querySelector('.share-message') !== null`, c.lang+": opening the file said nothing")
		msg := eval[string](t, ctx, `document.querySelector('.share-message').textContent`)
		alert := eval[string](t, ctx, `document.querySelector('.share-message').dataset.alert`)
		if alert != "true" || !strings.HasPrefix(msg, c.head) || !strings.Contains(msg, c.why) {
			t.Errorf("%s: the page says %q (alert %s), want the refusal %q and %q", c.lang, msg, alert, c.head, c.why)
		}
		waitEngine(t, ctx, set)
		if got := eval[string](t, ctx, `document.querySelector('[data-lever="close_rate"]').value`); got != "20" {
			t.Errorf("%s: the close rate reads %q after the refused file, want 20", c.lang, got)
		}
		if eval[bool](t, ctx, `document.body.textContent.includes("\ufffd")`) {
			t.Errorf("%s: the page shows U+FFFD", c.lang)
		}
	}
}

// freshUndo is the page opened on a fresh profile, in English, with
// nothing to undo yet.
func freshUndo(t *testing.T) context.Context {
	t.Helper()
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	pickLang(t, ctx, "en")
	waitFor(t, ctx, `document.getElementById("undo")?.disabled === true`, "undo not disabled at the start")
	return ctx
}

// Two changes in quick succession are two steps: a slider released and,
// within the same moment, a field typed and committed (as a script or a
// fast hand does) undo one at a time.
func TestUndoQuickSteps(t *testing.T) {
	ctx := freshUndo(t)
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const s = %s;
		for (const v of [21, 23, 25]) { s.value = String(v); s.dispatchEvent(new Event('input', {bubbles: true})); }
		s.dispatchEvent(new Event('change', {bubbles: true}));
		const f = document.querySelector('[data-lever="appointment_rate"]');
		f.focus(); f.value = "3";
		f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));
		return true })()`, slider("meeting_rate")))
	waitEngine(t, ctx, map[string]float64{"meeting_rate": 0.25, "appointment_rate": 0.03})
	eval[bool](t, ctx, `(document.activeElement?.blur(), true)`)
	historyKeyPress(t, ctx, false)
	waitEngine(t, ctx, map[string]float64{"meeting_rate": 0.25})
	historyKeyPress(t, ctx, false)
	waitEngine(t, ctx, map[string]float64{})
}

// A drag begun right after a field is committed is one step: undo goes
// back to before the drag, not to its first move. The field's change
// records again 30 ms later (recordDelay), which here falls between the
// drag's first move and the rest: it recorded that first move as a step
// of its own (undo went back to a meeting rate of 21 %, and
// TestFilesUndoRedo failed so on a busy machine).
func TestUndoDragRightAfterCommit(t *testing.T) {
	ctx := freshUndo(t)
	await[bool](t, ctx, fmt.Sprintf(`(async () => {
		const f = document.querySelector('[data-lever="close_rate"]');
		f.focus(); f.value = "20";
		f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));
		f.blur();
		const s = %s;
		s.value = "21"; s.dispatchEvent(new Event('input', {bubbles: true}));
		await new Promise(r => setTimeout(r, 120)); // the field's late record comes now, mid-drag
		for (const v of [22, 23, 24, 25]) { s.value = String(v); s.dispatchEvent(new Event('input', {bubbles: true})); }
		s.dispatchEvent(new Event('change', {bubbles: true}));
		return true })()`, slider("meeting_rate")))
	waitEngine(t, ctx, map[string]float64{"close_rate": 0.2, "meeting_rate": 0.25})
	historyKeyPress(t, ctx, false)
	waitEngine(t, ctx, map[string]float64{"close_rate": 0.2})
	historyKeyPress(t, ctx, false)
	waitEngine(t, ctx, map[string]float64{})
}

// changeAtReadyJS runs before the page's scripts: the moment <body> gets
// data-ready it commits a close rate of 30 %, before the page has recorded
// the work it opened with (Page.opened waits for data-drawn), and notes
// whether it was first.
var changeAtReadyJS = atReady(`window.__early = {drawn: document.body.dataset.drawn === "true", saved: localStorage.getItem("kpisim.state") !== null, hash: location.hash};
	const el = document.querySelector('[data-lever="close_rate"]');
	el.focus(); el.value = "30";
	el.dispatchEvent(new Event("input", {bubbles: true})); el.dispatchEvent(new Event("change", {bubbles: true}));`)

// A change made the moment the page is ready, before it has even written
// its address or saved anything, is one undo step from the work the page
// opened with; the work saved and the address are the change, and a
// reload opens on it.
func TestUndoRightAfterOpening(t *testing.T) {
	ctx := readyAppWith(t, changeAtReadyJS)
	early := eval[map[string]any](t, ctx, `window.__early`)
	if early["drawn"] != false || early["saved"] != false || early["hash"] != "" {
		t.Fatalf("the change did not come before the page recorded its opening (%v): the test tests nothing", early)
	}
	waitEngine(t, ctx, map[string]float64{"close_rate": 0.3})
	waitFor(t, ctx, savedCloseRate+` === 0.3`, "the change was not saved")
	waitFor(t, ctx, `location.hash.startsWith("#s=")`, "the address does not hold the work")
	link := eval[string](t, ctx, `location.href`)
	eval[bool](t, ctx, `(document.activeElement?.blur(), true)`)
	historyKeyPress(t, ctx, false)
	waitEngine(t, ctx, map[string]float64{})
	historyKeyPress(t, ctx, true)
	waitEngine(t, ctx, map[string]float64{"close_rate": 0.3})
	ctx2 := browser(t)
	reopen(t, ctx2, link)
	waitEngine(t, ctx2, map[string]float64{"close_rate": 0.3})
}

// TestFilePickersSpeakThePage: the two file pickers (a scenario file, the
// actuals' CSV) read in the page's language. The browser's own button
// reads in the browser's ("Choose File" on a Japanese page in an English
// Chromium), so the field lies unseen over a button in the page's words,
// where a click lands; the field still takes the focus from the keyboard,
// which the button shows with a ring.
func TestFilePickersSpeakThePage(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	pickers := []struct{ field, key string }{
		{"#file-open", "files.choose"},
		{`input[data-control="actuals-file"]`, "actuals.choose"},
	}
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		pickLang(t, ctx, string(lang))
		for _, p := range pickers {
			t.Run(string(lang)+"/"+p.key, func(t *testing.T) {
				got := eval[struct {
					Label, Focused, Ring, Opacity string
					Over                          bool
				}](t, ctx, fmt.Sprintf(`(() => {
					const f = document.querySelector(%q), shown = f.closest(".file-choose");
					f.scrollIntoView({block: "center"});
					f.focus();
					const r = f.getBoundingClientRect(), at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
					return {Label: shown ? shown.innerText.trim() : "", Opacity: getComputedStyle(f).opacity, Over: at === f,
						Focused: document.activeElement === f ? "yes" : "no", Ring: shown ? getComputedStyle(shown).outlineStyle : ""};
				})()`, p.field))
				if want := lang.T(p.key); got.Label != want {
					t.Errorf("the picker reads %q, want %q", got.Label, want)
				}
				if got.Opacity != "0" {
					t.Errorf("the browser's own file button is shown (opacity %s): it reads in the browser's language", got.Opacity)
				}
				if !got.Over {
					t.Error("a click on the picker's words does not reach the file field")
				}
				if got.Focused != "yes" || got.Ring == "none" {
					t.Errorf("the field takes the focus: %s; its button shows it: outline %q", got.Focused, got.Ring)
				}
			})
		}
	}
	// Tab from the download button reaches the scenario file's field.
	do(t, ctx, chromedp.Focus("#file-download"), chromedp.KeyEvent(kb.Tab))
	if id := eval[string](t, ctx, `document.activeElement.id`); id != "file-open" {
		t.Errorf("Tab from the download button went to %q, not the file field", id)
	}
}

// A scenario file's own actuals, opened on the page as the CLI reads it: a
// plan without a year takes the one their dates imply (Apr 2028), and an
// actual outside the plan's months is said to be left out, in the page's
// language.
func TestFileActualsYear(t *testing.T) {
	needBrowser(t)
	base, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	plan, _, _ := strings.Cut(string(base), "\nforecast:")
	file := plan + `
forecast: {start_month: 4}
actuals:
  - {month: 2028-04, node: calls, value: 7400}
  - {month: 2028-05, node: deals, value: 2}
  - {month: 2030-01, node: deals, value: 5}
`
	srv := serve(t, "/")
	ctx := browser(t)
	navigate(t, ctx, srv.URL+"/")
	ready(t, ctx)
	pinClock(t, ctx, time.Date(2028, 6, 1, 9, 0, 0, 0, time.Local)) // June 2028 in the file's plan: its months with actuals are over, June runs
	for _, c := range []struct{ lang, through, outside string }{
		{"ja", "2028年5月", "計画期間外の実績1件（2030年1月）は計算に入れていません。"},
		{"en", "May 2028", "1 actual dated outside the plan's months (Jan 2030) is left out."},
	} {
		pickLang(t, ctx, c.lang)
		drop(t, ctx, "with-actuals.yaml", file)
		waitFor(t, ctx, `document.querySelector('[data-refit="outside"]') !== null`, c.lang+": the actual outside the plan is not said")
		waitText(t, ctx, `[data-refit="outside"]`, c.outside)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-section="refit"]').textContent.includes(%q)`, c.through), c.lang+": the plan's year is not the actuals' 2028")
	}
}

// Undo reaches across a reload, in either language: the tab keeps its
// steps, and the page reloaded on its work takes them back (the Undo
// button was disabled after every reload, the steps before it lost). A
// change the tab went before recording is a step too.
// A value typed in a fresh tab and not committed (no Enter, the field not
// left), then a reload: the value comes back, and Undo takes it back to
// the work as the page opened. The tab had kept no history (it keeps one
// when idle, after a step), and Undo stayed disabled.
func TestUndoTypedBeforeReload(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		eval[bool](t, ctx, `(() => { const el = document.querySelector('[data-lever="close_rate"]'); el.focus(); el.value = "30";
			el.dispatchEvent(new Event('input', {bubbles: true})); return true })()`)
		waitEngine(t, ctx, map[string]float64{"close_rate": 0.3})
		reload(t, ctx)
		waitFor(t, ctx, `document.body?.dataset.drawn === "true"`, "the page did not come back")
		waitEngine(t, ctx, map[string]float64{"close_rate": 0.3})
		waitFor(t, ctx, `document.getElementById("undo")?.disabled === false`, "after the reload there is nothing to undo")
		eval[bool](t, ctx, `(document.getElementById("undo").click(), true)`)
		waitEngine(t, ctx, nil)
	})
}

func TestUndoAcrossReload(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		pickPreset(t, ctx, "outbound")
		setLever(t, ctx, "close_rate", "20")
		waitEngine(t, ctx, map[string]float64{"close_rate": 0.2})
		setLever(t, ctx, "meeting_rate", "25")
		waitEngine(t, ctx, map[string]float64{"close_rate": 0.2, "meeting_rate": 0.25})
		waitFor(t, ctx, `(JSON.parse(sessionStorage.getItem("kpisim.history") || "{}").steps?.length ?? 0) >= 3`, "the tab kept no history")
		setLever(t, ctx, "appointment_rate", "3") // the tab goes before this is kept
		reload(t, ctx)
		waitFor(t, ctx, `document.body?.dataset.drawn === "true"`, "the page did not come back")
		waitEngine(t, ctx, map[string]float64{"close_rate": 0.2, "meeting_rate": 0.25, "appointment_rate": 0.03})
		waitFor(t, ctx, `document.getElementById("undo")?.disabled === false`, "after the reload there is nothing to undo")
		for _, back := range []map[string]float64{{"close_rate": 0.2, "meeting_rate": 0.25}, {"close_rate": 0.2}} {
			eval[bool](t, ctx, `(document.getElementById("undo").click(), true)`)
			waitEngine(t, ctx, back)
		}
		said := map[string]string{"ja": "元に戻しました: 商談化率", "en": "Undone: Meeting conversion"}[lang]
		waitFor(t, ctx, fmt.Sprintf(`document.getElementById("history-said").textContent.startsWith(%q)`, said), "the undo is not said in the page's language")
	})
}
