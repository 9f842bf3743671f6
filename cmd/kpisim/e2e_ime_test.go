//go:build !wasm

package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// imeKey composes text in the focused field with the input method, as a
// Japanese IME does, then presses key (Enter to confirm the candidate,
// Escape to back out of it) while the composition is open.
func imeKey(t *testing.T, ctx context.Context, text, key string, code int64) {
	t.Helper()
	n := int64(len([]rune(text)))
	if _, err := chromedp.Call(ctx, input.ImeSetComposition, input.ImeSetCompositionParams{Text: text, SelectionStart: n, SelectionEnd: n}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeRawKeyDown,
		Key: key, Code: key, WindowsVirtualKeyCode: code, NativeVirtualKeyCode: code}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Sleep(300e6))
}

// imeCommit ends the composition with text, as choosing a candidate does.
func imeCommit(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		t.Fatal(err)
	}
}

// TestIMEKeysAreNotCommands: the Enter that confirms 億 for おく, and the
// Esc that backs out of a candidate, belong to the input method. In the
// presentation the Esc had left the mode with every answer on screen and
// the Enter had revealed a guess half typed (1億 of 1億2,000万); in a
// rename of My scenarios the Esc had cancelled it (a team's item 2).
func TestIMEKeysAreNotCommands(t *testing.T) {
	_, ctx := openSite(t)
	pickLang(t, ctx, "ja")
	presentHidden(t, ctx)
	const guess = `document.querySelector('[data-present="guess"]')`
	eval[bool](t, ctx, `(`+guess+`.focus(), true)`)
	do(t, ctx, chromedp.SendKeys(`[data-present="guess"]`, "1"))
	imeKey(t, ctx, "せんまん", "Escape", 27)
	if on := eval[bool](t, ctx, `document.querySelector('[data-present="count"]') !== null`); !on {
		t.Fatal("the IME's Esc left the presentation")
	}
	imeKey(t, ctx, "億", "Enter", 13)
	if got := eval[bool](t, ctx, `document.querySelector('[data-present="result"]') !== null`); got {
		t.Error("the IME's Enter revealed the guess")
	}
	if got := figureOf(t, ctx, "deals"); got != "?" {
		t.Errorf("after the IME's Enter the deals read %q, hidden before it", got)
	}

	// A rename of My scenarios.
	imeCommit(t, ctx, "億")
	key(t, ctx, kb.Escape)
	waitFor(t, ctx, `document.querySelector('[data-present="count"]') === null`, "Esc outside a composition did not leave the mode")
	eval[bool](t, ctx, `(document.querySelector('details.mine').open = true, true)`)
	typeInto(t, ctx, "#mine-name", "Plan")
	eval[bool](t, ctx, `(document.querySelector('.mine-save button[type=submit]').click(), true)`)
	waitFor(t, ctx, `document.querySelector('.mine-rename') !== null`, "the work was not saved")
	eval[bool](t, ctx, `(document.querySelector('.mine-rename').click(), true)`)
	waitFor(t, ctx, `document.querySelector('.mine-rename-name') !== null`, "no rename field")
	eval[bool](t, ctx, `(document.querySelector('.mine-rename-name').focus(), true)`)
	imeKey(t, ctx, "とうきょう", "Escape", 27)
	if got := eval[bool](t, ctx, `document.querySelector('.mine-rename-name') !== null`); !got {
		t.Error("the IME's Esc cancelled the rename")
	}
	imeCommit(t, ctx, "東京")
	key(t, ctx, kb.Escape)
	waitFor(t, ctx, `document.querySelector('.mine-rename-name') === null`, "Esc outside a composition did not leave the rename")

	// Esc answers a delete's question no, as a dialog (a team's item 8).
	eval[bool](t, ctx, `(document.querySelector('.mine-delete').click(), true)`)
	waitFor(t, ctx, `document.activeElement?.classList.contains('mine-confirm-no')`, "the delete did not ask")
	key(t, ctx, kb.Escape)
	waitFor(t, ctx, `document.querySelector('.mine-confirm') === null && document.activeElement?.classList.contains('mine-delete')`,
		fmt.Sprintf("Esc did not answer no: focus on %q", eval[string](t, ctx, `document.activeElement?.className ?? ""`)))
	if n := eval[int](t, ctx, `document.querySelectorAll('.mine-list li').length`); n != 1 {
		t.Errorf("%d items after Esc, want the 1 kept", n)
	}
}
