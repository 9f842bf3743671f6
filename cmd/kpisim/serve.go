//go:build !wasm

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
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
		return usageError("%v", err)
	}
	if *out == "" {
		return usageError("%v", errNoDir)
	}
	if err := buildSite(*out, *web, *base); err != nil {
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
		return usageError("%v", err)
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

// siteHandler serves the folder dir at base, as a static host does, with
// the wasm binary typed as application/wasm.
func siteHandler(dir, base string) http.Handler {
	b := normBase(base)
	root := http.Dir(dir)
	files := http.FileServer(root)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			w.Header().Set("Content-Type", "application/wasm")
		}
		w.Header().Set("Cache-Control", "no-cache")
		// Serve index.html itself, as static hosts do; FileServer would
		// redirect it to ./, and a service worker cannot use a redirect
		// to answer a page load.
		if strings.HasSuffix(r.URL.Path, "/index.html") {
			f, err := root.Open(r.URL.Path)
			if err != nil {
				http.NotFound(w, r)
				return
			}
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				http.NotFound(w, r)
				return
			}
			http.ServeContent(w, r, "index.html", st.ModTime(), f)
			return
		}
		files.ServeHTTP(w, r)
	})
	if b == "/" {
		return h
	}
	mux := http.NewServeMux()
	mux.Handle(b, http.StripPrefix(strings.TrimSuffix(b, "/"), h))
	mux.Handle(strings.TrimSuffix(b, "/"), http.RedirectHandler(b, http.StatusMovedPermanently))
	return mux
}
