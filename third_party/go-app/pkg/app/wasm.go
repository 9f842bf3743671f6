//go:build wasm
// +build wasm

package app

import ()

func wasmExecJS() string {
	return ""
}
