//go:build !wasm

package charts

import (
	"bytes"
	"encoding/json"
	"html/template"
)

// JSONNotEscaped works like method JSON, but it returns a marshaled object whose characters will not be escaped in the template
// You should call `<chart>.Validate()` before call this method to ensure the series data set in place
func (bc *BaseConfiguration) JSONNotEscaped() template.HTML {
	obj := bc.json()
	buff := bytes.NewBufferString("")
	enc := json.NewEncoder(buff)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(obj)

	return template.HTML(buff.String())
}
