//go:build !wasm

package main

import (
	"bytes"
	"image"
	"image/png"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A chart's PNG is the chart of the scenario on the page, drawn out, even
// when the chart waits far from the window: after another preset, the
// tornado's PNG saved from the top of the page is the one saved once it
// has been scrolled into view and has settled. It had the last scenario's
// bar lengths under the new levers' names, without their values: ECharts
// was at the first frame of the drawing the click had just asked for.
func TestChartPNGOffScreen(t *testing.T) {
	_, ctx := openSite(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 720))
	pickLang(t, ctx, "en")
	dir := downloads(t, ctx)
	pickPreset(t, ctx, "route-sales")
	eval[bool](t, ctx, `(window.scrollTo(0, 0), true)`)
	first := download(t, ctx, dir, `[data-download="tornado"]`, "kpisim-route-sales-tornado.png")
	eval[bool](t, ctx, `(document.getElementById("chart-tornado").scrollIntoView({block: "center"}), true)`)
	do(t, ctx, chromedp.Sleep(1500*time.Millisecond)) // drawn as it comes near, its first animation done
	settled := download(t, ctx, dir, `[data-download="tornado"]`, "kpisim-route-sales-tornado.png")
	a, b := decodePNG(t, first), decodePNG(t, settled)
	if d := pixelDiff(a, b); d > 0.01 {
		t.Errorf("the PNG saved from the top differs from the one saved in view in %.1f%% of its pixels", 100*d)
	}
}

// decodePNG decodes a downloaded PNG.
func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

// pixelDiff is the share of pixels of a and b that differ by more than a
// rounding's step in a channel; 1 when their sizes differ.
func pixelDiff(a, b image.Image) float64 {
	ra, rb := a.Bounds(), b.Bounds()
	if ra.Dx() != rb.Dx() || ra.Dy() != rb.Dy() {
		return 1
	}
	off := 0
	for y := 0; y < ra.Dy(); y++ {
		for x := 0; x < ra.Dx(); x++ {
			r1, g1, b1, _ := a.At(ra.Min.X+x, ra.Min.Y+y).RGBA()
			r2, g2, b2, _ := b.At(rb.Min.X+x, rb.Min.Y+y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				off++
			}
		}
	}
	return float64(off) / float64(ra.Dx()*ra.Dy())
}

// far reports whether two 16-bit channel values differ by more than 8 in 8 bits.
func far(x, y uint32) bool {
	if x > y {
		x, y = y, x
	}
	return y-x > 8<<8
}
