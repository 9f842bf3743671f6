//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/ui"
)

// echartsPath is where the build puts ECharts under web/.
const echartsPath = "/web/echarts/echarts.min.js"

// handler describes the app to go-app: pages, manifest, service worker.
// Everything it names lives under /web/, so the service worker can cache
// the whole site for offline use. buildSite then finishes go-app's files
// (finishSite in pwa.go).
func handler(version, base string, wasmSize int64) *app.Handler {
	h := &app.Handler{
		Name:            "kpisim",
		ShortName:       "kpisim",
		Title:           "kpisim — KPIシミュレーター / KPI simulator",
		Description:     "KGIから必要な架電数・商談数・受注数を逆算し、売上を予測する営業KPIシミュレーター。A sales KPI simulator: from the revenue goal to the calls, meetings and deals it takes, and back to a forecast.",
		Lang:            "ja",
		Author:          "kpisim",
		BackgroundColor: "#0f172a",
		ThemeColor:      "#0f172a",
		// The loader's note in the pre-rendered page, in its language;
		// boot.js words it for the visitor's (kpisimLoadingLabel).
		LoadingLabel: "アプリを読み込んでいます… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-512.png",
		},
		Styles: []string{"/web/app.css"},
		// ECharts' tooltips keep within the page's policy by themselves:
		// app/chart asks for them on the canvas (renderMode "richText").
		Scripts: []string{echartsPath},
		Version: version,
		// The worker's list of files is the built site itself (finishSite).
		ServiceWorkerTemplate: workerTemplate,
	}
	if wasmSize > 0 {
		h.WasmContentLength = strconv.FormatInt(wasmSize, 10)
	}
	if p := strings.Trim(base, "/"); p != "" {
		h.Resources = app.PrefixedLocation("/" + p)
	}
	return h
}

func init() {
	// The native build registers the same route as the wasm build, so the
	// generated index.html holds the pre-rendered page.
	app.Route("/", func() app.Composer { return &ui.Page{} })
}

// buildSite writes the static site for base into out: go-app's pages,
// manifest and worker, then every file of webDir (app.wasm, ECharts, css,
// icons) under out/web, then finishes them (finishSite): the page's
// Content-Security-Policy, the loader, the worker's list of files with
// their hashes, and the .br and .gz copies (brotli at brotliFast).
func buildSite(out, webDir, base string) error {
	return buildSiteWith(out, webDir, base, brotliFast)
}

// buildSiteWith is buildSite with the brotli quality of the .br copies.
func buildSiteWith(out, webDir, base string, brotliQuality int) error {
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return fmt.Errorf("%s/app.wasm is missing: build it first (make build)", webDir)
	}
	if _, err := os.Stat(filepath.Join(webDir, strings.TrimPrefix(echartsPath, "/web/"))); err != nil {
		return fmt.Errorf("%s is missing: fetch ECharts first (make build)", strings.TrimPrefix(echartsPath, "/"))
	}
	version, err := hashDir(webDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, handler(version, base, wasm.Size())); err != nil {
		return fmt.Errorf("generating the site: %w", err)
	}
	if err := copyDir(filepath.Join(out, "web"), webDir); err != nil {
		return err
	}
	return finishSite(out, base, brotliQuality)
}

// skipWeb reports files of web/ that are not part of the site: dot files
// and the ECharts build folder (its package.json and node_modules).
func skipWeb(rel string) bool {
	rel = filepath.ToSlash(rel)
	return strings.HasPrefix(filepath.Base(rel), ".") || rel == "echarts-build" || strings.HasPrefix(rel, "echarts-build/")
}

// hashDir hashes every file's path and content under dir.
func hashDir(dir string) (string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if skipWeb(rel) && rel != "." {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		io.WriteString(h, filepath.ToSlash(rel)+"\x00")
		r, err := os.Open(f)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(h, r)
		r.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

func copyDir(dst, src string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if skipWeb(rel) && rel != "." {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return copyFile(target, path)
	})
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

var errNoDir = errors.New("give the output folder with -o DIR")
