//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// Brotli qualities: kpisim build spends half a minute on the smallest
// app.wasm (1.79 MB at 11 against 2.06 MB at 6, measured); serve and the
// tests build in a second.
const (
	brotliBest = 11
	brotliFast = 6
)

// compressible names the files worth a .br and .gz copy.
var compressible = map[string]bool{".html": true, ".js": true, ".css": true, ".wasm": true, ".json": true, ".webmanifest": true, ".svg": true}

func isCompressed(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}

// precompress writes name.br and name.gz beside every compressible file of
// dir larger than 1 KiB, when smaller than the file; kpisim serve (and
// hosts that look for them) send them to browsers that accept them.
func precompress(dir string, brotliQuality int) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(path)] {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil || len(data) < 1024 {
			return err
		}
		var br, gz bytes.Buffer
		bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotliQuality, LGWin: 24})
		if _, err := bw.Write(data); err != nil {
			return err
		}
		if err := bw.Close(); err != nil {
			return err
		}
		gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		if _, err := gw.Write(data); err != nil {
			return err
		}
		if err := gw.Close(); err != nil {
			return err
		}
		for ext, c := range map[string][]byte{".br": br.Bytes(), ".gz": gz.Bytes()} {
			if len(c) < len(data) {
				if err := os.WriteFile(path+ext, c, 0o644); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// removeCompressed deletes the copies an earlier build left in dir.
func removeCompressed(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isCompressed(path) {
			return err
		}
		return os.Remove(path)
	})
}
