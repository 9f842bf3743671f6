package app

import "errors"

// kpisim patch: in WebAssembly go-app does not encrypt (crypto.go is
// !wasm): its AES-GCM and crypto/rand link the FIPS module's DRBG, AES, SHA-2
// and SHA-3 into app.wasm (76 KB gzip with the uuid package). kpisim
// persists nothing secret; Context.Encrypt and an encrypted state say so.

var errNoEncryption = errors.New("encryption is not built into this WebAssembly program")

func encrypt(key string, v []byte) ([]byte, error) { return nil, errNoEncryption }

func decrypt(key string, v []byte) ([]byte, error) { return nil, errNoEncryption }
