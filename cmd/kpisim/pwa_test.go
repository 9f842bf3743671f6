//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// The tab's icon becomes the 32-pixel PNG whatever order go-app writes the
// link's attributes in: the first version matched one order, and one build
// in eight failed.
func TestTabIcon(t *testing.T) {
	const png = `<link rel="icon" href="/kpisim/web/icon-32.png" sizes="32x32" type="image/png">`
	for _, c := range []struct {
		name, head, want string
	}{
		{"rel first", `<title>k</title><link rel="icon" href="/kpisim/web/icon.svg"><link rel="apple-touch-icon" href="/kpisim/web/icon-512.png">`,
			`<title>k</title>` + png + `<link rel="apple-touch-icon" href="/kpisim/web/icon-512.png">`},
		{"href first", `<link href="/kpisim/web/icon.svg" rel="icon"><link rel="manifest" href="/kpisim/manifest.webmanifest">`,
			png + `<link rel="manifest" href="/kpisim/manifest.webmanifest">`},
		{"another base's icon", `<link href="/web/icon.svg" rel="icon">`, ""},
		{"no icon", `<link rel="apple-touch-icon" href="/kpisim/web/icon.svg">`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := tabIcon(c.head, "/kpisim/")
			if c.want == "" {
				if err == nil || !strings.Contains(err.Error(), "/kpisim/web/icon.svg") {
					t.Errorf("got %q, %v; want an error naming the icon it looked for", got, err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Errorf("got %q, %v\nwant %q", got, err, c.want)
			}
		})
	}
}
