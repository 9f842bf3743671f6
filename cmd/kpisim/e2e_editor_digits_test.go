//go:build !wasm

package main

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestEditorDigitsTypedFullWidth: full-width digits typed with real keys
// into the editor's value stay as typed. Each key that gave a valid value
// was applied and written back half-width, so １２３ ended as 12３ under
// its refusal, and the status line said 受注率を変更しました though the
// value was refused and the figures went back to theirs.
func TestEditorDigitsTypedFullWidth(t *testing.T) {
	_, ctx := openSite(t)
	pickLang(t, ctx, "ja")
	pickPreset(t, ctx, "outbound")
	editorOpen(t, ctx)
	editPick(t, ctx, "close_rate")
	deals := text(t, ctx, `[data-node="deals"]`)
	const field = `[data-edit="value"]`
	const value = `document.querySelector('` + field + `')`
	const status = `(document.querySelector('.editor-actions-wrap [role="status"]')?.textContent ?? '')`
	eval[bool](t, ctx, `(`+value+`.select(), true)`)
	do(t, ctx, chromedp.SendKeys(field, "１２３"))
	waitFor(t, ctx, value+`.value === "１２３" && `+value+`.getAttribute('aria-invalid') === 'true'`,
		fmt.Sprintf("the field reads %q (aria-invalid %q), want １２３ refused", eval[string](t, ctx, value+`.value`),
			eval[string](t, ctx, value+`.getAttribute('aria-invalid') ?? ''`)))
	key(t, ctx, kb.Tab)
	waitFor(t, ctx, value+`.value === "１２３"`, "left, the field no longer reads １２３")
	if got := eval[string](t, ctx, status); got != "" {
		t.Errorf("the status line says %q after a refusal", got)
	}
	if got := text(t, ctx, `[data-node="deals"]`); got != deals {
		t.Errorf("the deals read %q after the refusal, %q before", got, deals)
	}
}
