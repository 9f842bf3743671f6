//go:build !wasm

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// Firefox, driven over WebDriver BiDi: the W3C protocol Firefox serves
// itself (--remote-debugging-port), so no geckodriver is needed. Only what
// TestFirefox uses: navigate, evaluate, and the console's errors.

// firefoxPath is $FIREFOX, or Debian's firefox-esr, or firefox.
func firefoxPath() string { return findBrowser("FIREFOX", "firefox-esr", "firefox") }

// bidi is a WebDriver BiDi session with one tab (context).
type bidi struct {
	conn *websocket.Conn
	tab  string

	mu      sync.Mutex
	next    int
	waiting map[int]chan bidiReply
	errors  []string // the console's errors and uncaught exceptions
}

type bidiReply struct {
	Type    string          `json:"type"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

// firefox starts a headless Firefox with a fresh profile and opens a BiDi
// session on its tab; the test's end closes it. The console's errors are
// collected from the start (bidi.consoleErrors).
func firefox(t *testing.T) *bidi {
	t.Helper()
	path := firefoxPath()
	if path == "" {
		t.Skip("no Firefox (apt-get install firefox-esr, or set $FIREFOX); .ci/run installs it where apt-get can")
	}
	profile := t.TempDir()
	// No network calls of its own (updates, telemetry, remote settings):
	// the machine may have no internet, and they cost the test time.
	prefs := `user_pref("app.update.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("services.settings.server", "http://127.0.0.1:9/");
user_pref("browser.shell.checkDefaultBrowser", false);
`
	if err := os.WriteFile(profile+"/user.js", []byte(prefs), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting Firefox: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if _, url, ok := strings.Cut(sc.Text(), "WebDriver BiDi listening on "); ok {
				found <- strings.TrimSpace(url)
			}
		}
	}()
	var url string
	select {
	case url = <-found:
	case <-time.After(60 * time.Second):
		t.Fatal("Firefox never said where WebDriver BiDi listens")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, url+"/session", nil)
	if err != nil {
		t.Fatalf("connecting to Firefox: %v", err)
	}
	conn.SetReadLimit(64 << 20)
	b := &bidi{conn: conn, waiting: map[int]chan bidiReply{}}
	go b.read()
	t.Cleanup(func() { _ = conn.CloseNow() })
	b.call(t, "session.new", map[string]any{"capabilities": map[string]any{}}, nil)
	b.call(t, "session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}, nil)
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	b.call(t, "browsingContext.getTree", map[string]any{}, &tree)
	if len(tree.Contexts) == 0 {
		t.Fatal("Firefox has no tab")
	}
	b.tab = tree.Contexts[0].Context
	return b
}

// read hands each reply to its call and keeps the console's errors.
func (b *bidi) read() {
	for {
		_, data, err := b.conn.Read(context.Background())
		if err != nil {
			b.mu.Lock()
			for id, ch := range b.waiting {
				ch <- bidiReply{Type: "error", Error: "connection", Message: err.Error()}
				delete(b.waiting, id)
			}
			b.mu.Unlock()
			return
		}
		var m struct {
			bidiReply
			ID     int    `json:"id"`
			Method string `json:"method"`
			Params struct {
				Level string `json:"level"`
				Text  string `json:"text"`
			} `json:"params"`
		}
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		b.mu.Lock()
		if ch, ok := b.waiting[m.ID]; ok && m.ID != 0 {
			delete(b.waiting, m.ID)
			ch <- m.bidiReply
		} else if m.Method == "log.entryAdded" && m.Params.Level == "error" {
			b.errors = append(b.errors, m.Params.Text)
		}
		b.mu.Unlock()
	}
}

// call sends a command and decodes its result into out (when not nil).
func (b *bidi) call(t *testing.T, method string, params, out any) {
	t.Helper()
	if err := b.try(method, params, out); err != nil {
		t.Fatal(err)
	}
}

func (b *bidi) try(method string, params, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan bidiReply, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := b.conn.Write(ctx, websocket.MessageText, msg); err != nil {
		return fmt.Errorf("%s: %v", method, err)
	}
	select {
	case r := <-ch:
		if r.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, r.Error, r.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: no answer in 60 s", method)
	}
}

// navigate loads url in the tab and waits for its load event.
func (b *bidi) navigate(t *testing.T, url string) {
	t.Helper()
	b.call(t, "browsingContext.navigate", map[string]any{"context": b.tab, "url": url, "wait": "complete"}, nil)
}

// eval evaluates js in the page (awaiting a promise) and decodes its
// value, which must be a string, a number or a boolean.
func (b *bidi) eval(t *testing.T, js string, out any) {
	t.Helper()
	if err := b.tryEval(js, out); err != nil {
		t.Fatalf("%s: %v", js, err)
	}
}

func (b *bidi) tryEval(js string, out any) error {
	var r struct {
		Type   string `json:"type"`
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := b.try("script.evaluate", map[string]any{"expression": js, "target": map[string]any{"context": b.tab}, "awaitPromise": true}, &r)
	switch {
	case err != nil:
		return err
	case r.Type == "exception":
		return fmt.Errorf("exception: %s", r.ExceptionDetails.Text)
	case out == nil:
		return nil
	}
	return json.Unmarshal(r.Result.Value, out)
}

// waitFor polls a JS predicate (awaited when a promise) for up to 60 s (Firefox draws headless in
// software, slower than Chromium) and fails with msg.
func (b *bidi) waitFor(t *testing.T, predicate, msg string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		var ok bool
		err := b.tryEval("Promise.resolve("+predicate+").then(Boolean)", &ok)
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s (waited for %s; %v)", msg, predicate, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// consoleErrors are the errors the page logged so far.
func (b *bidi) consoleErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errors...)
}
