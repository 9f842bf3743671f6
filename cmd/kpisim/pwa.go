//go:build !wasm

package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The site's service worker and loader. go-app writes a worker that fills
// its cache from the browser's HTTP cache and swallows install errors, and
// a loader that hides a failed download behind "100 %"; finishSite replaces
// both parts and pins the page's Content-Security-Policy.
//
// Why stable names checked with the host (cache: "no-cache") and integrity
// rather than content-hashed file names: index.html and the worker can
// never be renamed, and go-app fixes the names of app.js, wasm_exec.js,
// app.css and the manifest, so the worker must check those with the host
// whatever the HTTP cache holds.
// One rule for every file is simpler, and the integrity hash gives what a
// hashed name gives: a file from another build is refused. A returning
// visitor makes no request but the worker check, whatever the files are
// called; and a file unchanged since the previous version is taken from the
// old cache, not downloaded again.

//go:embed sw.js
var workerJS string

//go:embed boot.js
var bootJS string

//go:embed dom.js
var domJS string

// contentSecurityPolicy allows nothing but the site's own files: no inline
// script or style, no eval; WebAssembly may compile.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'"

// workerTemplate is kpisim's worker (sw.js) followed by go-app's push
// notification handlers.
var workerTemplate = func() string {
	const marker = "// -----------------------------------------------------------------------------\n// Push Notifications"
	i := strings.Index(app.DefaultAppWorkerJS, marker)
	if i < 0 {
		panic("go-app's app-worker.js changed: update workerTemplate in pwa.go")
	}
	return workerJS + "\n" + app.DefaultAppWorkerJS[i:]
}()

// finishSite completes go-app's files in out for base: the policy in the
// page, kpisim's loader in app.js, the worker's list of files with their
// hashes, and the precompressed copies.
func finishSite(out, base string, brotliQuality int) error {
	b := normBase(base)
	if err := editFile(filepath.Join(out, "index.html"), func(html string) (string, error) { return finishPage(html, b) }); err != nil {
		return err
	}
	if err := editFile(filepath.Join(out, "app.js"), func(js string) (string, error) {
		for _, name := range []string{"async function goappInitServiceWorker(", "async function goappInitWebAssembly(", "function goappSetupNotifyUpdate("} {
			if !strings.Contains(js, name) {
				return "", fmt.Errorf("go-app's app.js has no %s…): update boot.js", name)
			}
		}
		boot := strings.NewReplacer("{{KPISIM_WASM}}", b+"web/app.wasm", "{{KPISIM_WORKER}}", b+"app-worker.js").Replace(bootJS)
		return js + boot + domJS + app.MountHTMLJS, nil
	}); err != nil {
		return err
	}
	if err := removeCompressed(out); err != nil {
		return err
	}
	// The build's id is the hash of every file as built, the page's
	// placeholder for it included; the page then gets the id, and the
	// worker the files' final hashes.
	list, err := precacheList(out)
	if err != nil {
		return err
	}
	listJSON, err := json.Marshal(list)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(listJSON)
	build := hex.EncodeToString(sum[:])[:16]
	if err := editFile(filepath.Join(out, "index.html"), func(html string) (string, error) {
		if !strings.Contains(html, buildPlaceholder) {
			return "", fmt.Errorf("index.html has no place for the build's id")
		}
		return strings.Replace(html, buildPlaceholder, build, 1), nil
	}); err != nil {
		return err
	}
	if list, err = precacheList(out); err != nil {
		return err
	}
	if listJSON, err = json.Marshal(list); err != nil {
		return err
	}
	if err := editFile(filepath.Join(out, "app-worker.js"), func(js string) (string, error) {
		if !strings.Contains(js, "{{KPISIM_PRECACHE}}") {
			return "", fmt.Errorf("app-worker.js is not kpisim's worker")
		}
		return strings.NewReplacer(buildPlaceholder, build, "{{KPISIM_PRECACHE}}", string(listJSON)).Replace(js), nil
	}); err != nil {
		return err
	}
	return precompress(out, brotliQuality)
}

var (
	echartsScript = regexp.MustCompile(`<script src="[^"]*/web/echarts/echarts\.min\.js"></script>`)
	linkTag       = regexp.MustCompile(`<link\b[^>]*>`)
	inlineStyle   = regexp.MustCompile(`<[a-zA-Z][^>]*\sstyle=`)
	scriptTag     = regexp.MustCompile(`<script\b[^>]*>`)
)

// buildPlaceholder stands for the build's id in the page and the worker
// until finishSite knows it.
const buildPlaceholder = "{{KPISIM_BUILD}}"

// finishPage puts the Content-Security-Policy first in the page's head,
// then the build's id (boot.js looks for its version's cache by it), a
// preload of app.wasm under base and the script that reads the visitor's
// language (web/lang.js), and refuses what the policy would block.
func finishPage(html, base string) (string, error) {
	const charset = `<meta charset="UTF-8">`
	if !strings.Contains(html, charset) {
		return "", fmt.Errorf("index.html has no %s", charset)
	}
	if m := inlineStyle.FindString(html); m != "" {
		return "", fmt.Errorf("index.html has an inline style (%s…), which the Content-Security-Policy blocks: use a class", m)
	}
	if strings.Contains(html, "<style") {
		return "", fmt.Errorf("index.html has a <style> element, which the Content-Security-Policy blocks: use a file under web/")
	}
	for _, tag := range scriptTag.FindAllString(html, -1) {
		if !strings.Contains(tag, " src=") {
			return "", fmt.Errorf("index.html has an inline script (%s), which the Content-Security-Policy blocks: use a file under web/", tag)
		}
	}
	meta := fmt.Sprintf(`<meta http-equiv="Content-Security-Policy" content="%s">`, contentSecurityPolicy)
	// app.wasm downloads while the page and its scripts load: app.js
	// fetches it with the same mode (cors, same-origin credentials), so it
	// takes the preloaded response.
	preload := fmt.Sprintf(`<link rel="preload" href="%sweb/app.wasm" as="fetch" type="application/wasm" crossorigin>`, base)
	id := `<meta name="kpisim-build" content="` + buildPlaceholder + `">`
	// The visitor's language before the first paint (web/lang.js), ahead
	// of the style sheets, which a script in <head> would wait for.
	lang := fmt.Sprintf(`<script src="%sweb/lang.js"></script>`, base)
	html = strings.Replace(html, charset, charset+"\n    "+meta+"\n    "+id+"\n    "+preload+"\n    "+lang, 1)
	html, err := tabIcon(html, base)
	if err != nil {
		return "", err
	}
	if html, err = withEnglishPage(html); err != nil {
		return "", err
	}
	html = withoutIndent(html)
	return deferECharts(html)
}

// tabIcon makes the tab's icon a 32-pixel PNG (web/icon-32.png) instead of
// go-app's SVG. Chromium fetches and decodes the tab's icon again at every
// change of the address, which the page makes at every slider release (the
// link to the work): an SVG icon is a document of its own to build, 13–16 ms
// of the main thread at CPU 4× per release, and a 192-pixel PNG 7–9 ms of
// decoding (a trace of five releases each). The manifest keeps the SVG and
// the large icons for installing.
func tabIcon(html, base string) (string, error) {
	// go-app writes a tag's attributes in any order.
	href := fmt.Sprintf(` href="%sweb/icon.svg"`, base)
	for _, m := range linkTag.FindAllStringIndex(html, -1) {
		tag := html[m[0]:m[1]]
		if strings.Contains(tag, ` rel="icon"`) && strings.Contains(tag, href) {
			png := fmt.Sprintf(`<link rel="icon" href="%sweb/icon-32.png" sizes="32x32" type="image/png">`, base)
			return html[:m[0]] + png + html[m[1]:], nil
		}
	}
	return "", fmt.Errorf("index.html has no icon link to %sweb/icon.svg", base)
}

// deferECharts defers ECharts' script and moves it after go-app's: the
// page paints without waiting for 1 MB of JavaScript, and app.js (which
// runs first: deferred scripts run in order) starts app.wasm's download
// and compile before ECharts is parsed and run, 200–300 ms earlier here
// (make bench-e2e); app.js starts the app only once ECharts has run
// (kpisimScriptsRun in boot.js).
func deferECharts(html string) (string, error) {
	m := echartsScript.FindStringIndex(html)
	if m == nil {
		return "", fmt.Errorf("index.html has no ECharts script")
	}
	ec := html[m[0]:m[1]]
	html = html[:m[0]] + html[m[1]:]
	// go-app writes its scripts' attributes in any order.
	last := scriptTag.FindAllStringIndex(html, -1)
	if len(last) == 0 {
		return "", fmt.Errorf("index.html has no go-app script")
	}
	j := strings.Index(html[last[len(last)-1][0]:], "</script>")
	if j < 0 {
		return "", fmt.Errorf("index.html has an unclosed script")
	}
	j += last[len(last)-1][0] + len("</script>")
	deferred := strings.Replace(ec, "<script src=", "<script defer src=", 1)
	return html[:j] + "\n    " + deferred + html[j:], nil
}

// precacheList is every file of the site but the worker and the
// compressed copies, as [path relative to the site, "sha256-…"].
func precacheList(out string) ([][2]string, error) {
	var list [][2]string
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, path)
		rel = filepath.ToSlash(rel)
		if rel == "app-worker.js" || isCompressed(rel) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		list = append(list, [2]string{rel, "sha256-" + base64.StdEncoding.EncodeToString(sum[:])})
		return nil
	})
	sort.Slice(list, func(i, j int) bool { return list[i][0] < list[j][0] })
	return list, err
}

func editFile(name string, edit func(string) (string, error)) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	s, err := edit(string(data))
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(name), err)
	}
	return os.WriteFile(name, []byte(s), 0o644)
}
