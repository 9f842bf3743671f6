//go:build !wasm

package app

import "github.com/google/uuid"

// newID returns a random UUID (kpisim patch: see id_wasm.go).
func newID() string { return uuid.NewString() }
