//go:build !wasm

package main

// A 1-second drag by Chromium's own mouse, the way a hand drags a slider:
// the moves come from the browser's input pipeline, which hands the page
// at most one (the latest) per frame when the page is slower than the
// moves (rAF-aligned, coalesced input). The scripted drag (dragJS)
// dispatches every one of its 60 input events as a task of its own, none
// coalesced, harsher than any hand; the bench reports both.

import (
	"context"
	"math"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// pointerFrom and pointerTo are the values a pointer drag goes between
// (percent, on the close rate's slider of both pages).
const pointerFrom, pointerTo = 15, 35

// pointerPrepJS sets the slider to from, lets the page settle, then starts
// recording every input event the page receives and every change of the
// figure with the frame after it (window.__pointer). It returns the
// slider's place on screen and range.
const pointerPrepJS = `async (sliderSel, figureSel, from) => {
	const b = window.__bench, slider = document.querySelector(sliderSel), out = document.querySelector(figureSel);
	if (!slider || !out) throw new Error("no slider " + sliderSel + " or figure " + figureSel);
	b.move(slider, from);
	slider.dispatchEvent(new Event("change", {bubbles: true}));
	await b.quiet();
	window.__pointer?.stop();
	const rec = {inputs: [], shown: [], slider};
	const onInput = () => rec.inputs.push(performance.now());
	slider.addEventListener("input", onInput);
	const mo = new MutationObserver(() => {
		const e = {value: out.dataset.value, at: 0};
		rec.shown.push(e);
		requestAnimationFrame(() => { e.at = performance.now(); });
	});
	mo.observe(out, {attributes: true, childList: true, characterData: true, subtree: true});
	rec.stop = () => { mo.disconnect(); slider.removeEventListener("input", onInput); };
	window.__pointer = rec;
	const r = slider.getBoundingClientRect();
	return {left: r.left, width: r.width, y: r.top + r.height / 2, min: Number(slider.min), max: Number(slider.max)};
}`

// pointerReadJS waits for the page to settle and reads the recording: from
// the first input event to the frame that first showed the figure's final
// value (kept since), the input events received, and the long tasks
// meanwhile.
const pointerReadJS = `async () => {
	const b = window.__bench, rec = window.__pointer;
	await b.quiet();
	rec.stop();
	if (rec.inputs.length === 0 || rec.shown.length === 0) throw new Error("the drag moved nothing: " + rec.inputs.length + " input events");
	const final = rec.shown[rec.shown.length - 1].value;
	let shown = 0;
	for (const e of rec.shown) shown = e.value !== final ? 0 : shown || e.at;
	const first = rec.inputs[0];
	return {total: shown - first, lastInput: rec.inputs[rec.inputs.length - 1] - first, inputs: rec.inputs.length, value: Number(rec.slider.value), tasks: b.tasks(first, shown)};
}`

// pointerRun is a pointer drag: when the last move's figure was on screen
// and when the page received its last input event (ms from the first),
// how many input events it received, the slider's value after it, and the
// long tasks until the figure.
type pointerRun struct {
	Total     float64   `json:"total"`
	LastInput float64   `json:"lastInput"`
	Inputs    int       `json:"inputs"`
	Value     float64   `json:"value"`
	Tasks     longTasks `json:"tasks"`
}

// pointerDrag presses the mouse on the slider's thumb and drags it from
// pointerFrom to pointerTo in dragSteps moves over a second at CPU 4×,
// each sent on time whatever the page is doing, then releases it.
func pointerDrag(t *testing.T, ctx context.Context, slider string) pointerRun {
	t.Helper()
	throttle(t, ctx, 1)
	s := inPage[struct{ Left, Width, Y, Min, Max float64 }](t, ctx, pointerPrepJS, slider, benchFigure, pointerFrom)
	if s.Width <= 0 || s.Max <= s.Min {
		t.Fatalf("the slider %s has no width or range: %+v", slider, s)
	}
	// A thumb's centre runs from half a thumb in from each end (Chromium's
	// range thumb is 16 px wide; the press lands within it either way).
	const thumb = 16
	x := func(v float64) float64 { return s.Left + thumb/2 + (v-s.Min)/(s.Max-s.Min)*(s.Width-thumb) }
	throttle(t, ctx, 4)
	defer throttle(t, ctx, 1)
	mouse := func(typ input.DispatchMouseEventType, v float64) {
		p := input.DispatchMouseEventParams{Type: typ, X: x(v), Y: s.Y, Button: input.MouseButtonLeft, Buttons: 1, ClickCount: 1}
		if typ == input.DispatchMouseEventTypeMouseReleased {
			p.Buttons = 0
		}
		if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, p); err != nil {
			t.Errorf("mouse %s: %v", typ, err)
		}
	}
	mouse(input.DispatchMouseEventTypeMousePressed, pointerFrom)
	// Each move is sent at its time without waiting for the one before to
	// be handled, as a mouse reports its place whatever the page does.
	var sent sync.WaitGroup
	start := time.Now()
	for i := 1; i <= dragSteps; i++ {
		time.Sleep(time.Until(start.Add(time.Duration(i) * time.Second / dragSteps)))
		v := pointerFrom + (pointerTo-pointerFrom)*float64(i)/dragSteps
		sent.Go(func() { mouse(input.DispatchMouseEventTypeMouseMoved, v) })
	}
	sent.Wait()
	mouse(input.DispatchMouseEventTypeMouseReleased, pointerTo)
	throttle(t, ctx, 1)
	r := inPage[pointerRun](t, ctx, pointerReadJS)
	if r.Total <= 0 {
		t.Fatalf("a pointer drag measured nothing: %+v", r)
	}
	if math.Abs(r.Value-pointerTo) > 1 {
		t.Fatalf("the mouse left the slider %s at %v, not %v: the drag did not go where it was sent", slider, r.Value, pointerTo)
	}
	return r
}
