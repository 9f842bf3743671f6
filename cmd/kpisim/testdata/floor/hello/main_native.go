//go:build !wasm

package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Natively, main writes the static site to DIR: go-app's page, manifest,
// loader and worker. The wasm binary's raw size (WASMSIZE) goes into the
// page for the loader's progress, as kpisim's handler does; the caller
// copies app.wasm and the icons into DIR/web.
func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: hello DIR WASMSIZE")
		os.Exit(2)
	}
	h := &app.Handler{
		Name:        "hello",
		Title:       "hello",
		Description: "go-app hello world: the floor of kpisim's start-up",
		// Local icons only: a remote one (go-app's default) fails the
		// worker's install with no network, and nothing would be cached.
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-512.png",
		},
		Version:           "floor",
		WasmContentLength: os.Args[2],
	}
	if err := app.GenerateStaticWebsite(os.Args[1], h); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
