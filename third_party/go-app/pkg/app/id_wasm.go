package app

import (
	"fmt"
	"math/rand/v2"
)

// newID returns a random version 4 UUID (kpisim patch). In WebAssembly it
// draws from math/rand/v2, seeded by the runtime from the browser's
// crypto.getRandomValues, instead of crypto/rand (see crypto_wasm.go): the
// ids name a device and a broadcast channel's sender, they guard nothing.
func newID() string {
	hi, lo := rand.Uint64(), rand.Uint64()
	hi = hi&^0xf000 | 0x4000     // version 4
	lo = lo&^(0xc<<60) | 0x8<<60 // variant 10
	return fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", hi>>32, hi>>16&0xffff, hi&0xffff, lo>>48, lo&0xffffffffffff)
}
