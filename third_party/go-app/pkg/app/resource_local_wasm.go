//go:build wasm

package app

import "strings"

// localResourceResolver without its file server: the browser serves nothing.
type localResourceResolver struct {
	directory string
}

func (r localResourceResolver) Resolve(location string) string {
	if location == "/" || location == "" {
		return "/"
	}
	if remoteLocation(location) || !webLocation(location) {
		return location
	}
	return r.directory + "/" + strings.Trim(location, "/")
}
