//go:build !wasm

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// runBuild writes the static site: kpisim build -o DIR [-base /repo/] [-web web].
func runBuild(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("o", "", "")
	base := fs.String("base", "/", "")
	web := fs.String("web", "web", "")
	if err := fs.Parse(args); err != nil {
		return usageError("%s", flagError(argsLang(args), fs.Name(), err))
	}
	if *out == "" {
		return usageError("%v", errNoDir)
	}
	if err := buildSiteWith(*out, *web, *base, brotliBest); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "kpisim: site written to %s (base %s)\n", *out, normBase(*base))
	return nil
}

// runServe serves the static site: the folder given with -dir, or one
// built from -web into a temporary folder. It is the same site a static
// host would serve, service worker and all.
func runServe(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", "127.0.0.1:8000", "")
	dir := fs.String("dir", "", "")
	base := fs.String("base", "/", "")
	web := fs.String("web", "web", "")
	if err := fs.Parse(args); err != nil {
		return usageError("%s", flagError(argsLang(args), fs.Name(), err))
	}
	site := *dir
	if site == "" {
		tmp, err := os.MkdirTemp("", "kpisim-site-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if err := buildSite(tmp, *web, *base); err != nil {
			return err
		}
		site = tmp
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return usageError("%v", err)
	}
	srv := &http.Server{Handler: siteHandler(site, *base), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "kpisim: serving on http://%s%s (Ctrl-C to stop)\n", ln.Addr(), normBase(*base))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		return err
	}
	return nil
}

func normBase(base string) string {
	if p := strings.Trim(base, "/"); p != "" {
		return "/" + p + "/"
	}
	return "/"
}

// siteHandler serves the folder dir at base as a static host should:
//
//   - a strong ETag from a hash of the bytes sent, and no Last-Modified, so
//     a rollback to files with older dates is still a change;
//   - Cache-Control: no-cache on everything, so a browser revalidates (a
//     304 costs one round trip). Returning visitors are served by the
//     service worker, which downloads past the HTTP cache anyway; kpisim's
//     file names carry no hash, so no file may be cached for long;
//   - name.br or name.gz when the build wrote one and the browser accepts
//     it (Vary: Accept-Encoding);
//   - index.html for a folder and for /index.html itself;
//   - the Content-Security-Policy the page also carries, so the Monte
//     Carlo worker runs under it too.
func siteHandler(dir, base string) http.Handler {
	b := normBase(base)
	h := &fileServer{dir: dir, etags: map[string]etagEntry{}}
	if b == "/" {
		return h
	}
	mux := http.NewServeMux()
	mux.Handle(b, http.StripPrefix(strings.TrimSuffix(b, "/"), h))
	mux.Handle(strings.TrimSuffix(b, "/"), http.RedirectHandler(b, http.StatusMovedPermanently))
	return mux
}

type fileServer struct {
	dir   string
	mu    sync.Mutex
	etags map[string]etagEntry // file -> hash, while its size and date hold
}

type etagEntry struct {
	info os.FileInfo
	etag string
}

func (s *fileServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	file := filepath.Join(s.dir, filepath.FromSlash(name))
	st, err := os.Stat(file)
	if err == nil && st.IsDir() {
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
		return
	}
	if err != nil || isCompressed(name) {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	switch path.Ext(name) {
	case ".wasm":
		ctype = "application/wasm"
	case ".webmanifest":
		ctype = "application/manifest+json"
	}
	hdr := w.Header()
	if ctype != "" {
		hdr.Set("Content-Type", ctype)
	}
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("Content-Security-Policy", contentSecurityPolicy)
	hdr.Set("X-Content-Type-Options", "nosniff")
	if compressible[path.Ext(name)] {
		hdr.Set("Vary", "Accept-Encoding")
		for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !accepts(r.Header.Get("Accept-Encoding"), enc.token) {
				continue
			}
			if cst, err := os.Stat(file + enc.ext); err == nil && !cst.IsDir() {
				hdr.Set("Content-Encoding", enc.token)
				file, st = file+enc.ext, cst
				break
			}
		}
	}
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	etag, err := s.etag(file, st, f)
	if err != nil {
		http.Error(w, "reading the file failed", http.StatusInternalServerError)
		return
	}
	if path.Base(name) == "app-worker.js" {
		// The worker is never revalidated: Chromium takes a 304 for the
		// worker as "unchanged", so a version whose install failed (a
		// file missing mid-deploy) would stay cached and never be
		// retried. A fresh copy every time costs a few KB.
		hdr.Set("Cache-Control", "no-store")
		http.ServeContent(w, r, name, time.Time{}, f)
		return
	}
	hdr.Set("ETag", etag)
	// No modification time: the ETag alone decides (If-Modified-Since is
	// ignored), so older file dates cannot hide a new file.
	http.ServeContent(w, r, name, time.Time{}, f)
}

// etag is a strong ETag: a hash of the file's bytes. A small file is
// hashed on every request (a deploy may rewrite it within the file
// system's clock tick, same size and date); a large one (app.wasm) is
// hashed again when it is another file or its size or date change.
func (s *fileServer) etag(file string, st os.FileInfo, f *os.File) (string, error) {
	const rehash = 2 << 20
	s.mu.Lock()
	e, ok := s.etags[file]
	s.mu.Unlock()
	if ok && st.Size() >= rehash && os.SameFile(e.info, st) && e.info.Size() == st.Size() && e.info.ModTime().Equal(st.ModTime()) {
		return e.etag, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	etag := `"` + hex.EncodeToString(h.Sum(nil))[:32] + `"`
	s.mu.Lock()
	s.etags[file] = etagEntry{info: st, etag: etag}
	s.mu.Unlock()
	return etag, nil
}

// accepts reports whether an Accept-Encoding header allows token (not
// listed, or listed with q=0, is refused).
func accepts(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
