//go:build wasm

package render

import (
	"errors"
	"io"
)

// In WebAssembly a chart is an option for ECharts, never HTML: the
// renderers (html/template and its templates) stay out of the binary.

const (
	ModChart                   = "chart"
	ModPage                    = "page"
	EchartsInstancePrefix      = "goecharts_"
	EchartsInstancePlaceholder = "%MY_ECHARTS%"
)

type ChartSnippet struct {
	Element string
	Script  string
	Option  string
}

type Renderer interface {
	Render(w io.Writer) error
	RenderContent() []byte
	RenderSnippet() ChartSnippet
}

var errNoRender = errors.New("go-echarts: no HTML rendering in WebAssembly")

type noRender struct{ BaseRender }

func (noRender) Render(io.Writer) error { return errNoRender }

func NewChartRender(c interface{}, before ...func()) Renderer { return &noRender{} }
func NewPageRender(c interface{}, before ...func()) Renderer  { return &noRender{} }
