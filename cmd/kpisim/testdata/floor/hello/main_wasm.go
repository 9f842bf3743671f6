//go:build wasm

package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// In the browser, main only runs the route, as kpisim's does.
func main() { app.RunWhenOnBrowser() }
