package opts

import (
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/types"
)

const funcMarker = "__f__"

// kpisim's patch (PATCH.md): the two regular expressions as string
// functions, so that regexp is not linked (no other package kpisim's
// app.wasm links needs it). newlineTab removes what `\n|\t` matched;
// stripLineComments what `(//.*)\n` did.
var newlineTab = strings.NewReplacer("\n", "", "\t", "")

// stripLineComments removes every "//" with the rest of its line and the
// line's end; a "//" on the last line, with no line end after it, stays.
func stripLineComments(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "//")
		if i < 0 {
			break
		}
		n := strings.IndexByte(s[i:], '\n')
		if n < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+n+1:]
	}
	b.WriteString(s)
	return b.String()
}

type JSFunctions struct {
	Fns []types.FuncStr
}

// AddJSFuncs adds a new JS function, for back compatibility before v2.4
// Plz use the AddJSFuncStrs instead
func (f *JSFunctions) AddJSFuncs(fn ...string) {
	for i := 0; i < len(fn); i++ {
		f.Fns = append(f.Fns, types.FuncStr(newlineTab.Replace(fn[i])))
	}
}

// AddJSFuncStrs adds a new JS function string.
func (f *JSFunctions) AddJSFuncStrs(fn ...types.FuncStr) {
	for i := 0; i < len(fn); i++ {
		f.Fns = append(f.Fns, types.FuncStr(newlineTab.Replace(string(fn[i]))))
	}
}

// FuncOpts returns a string suitable for options expecting pure JavaScript code insertion.
func FuncOpts(fn string) types.FuncStr {
	return types.FuncStr(replaceJsFuncs(fn))
}

// FuncStripCommentsOpts returns a string suitable for options expecting JavaScript code,
// stripping '//' comments.
func FuncStripCommentsOpts(fn string) string {
	fn = stripLineComments(fn)
	return replaceJsFuncs(fn)
}

// replace and clear up js functions string
func replaceJsFuncs(fn string) string {
	fn = newlineTab.Replace(fn)
	return fmt.Sprintf("%s%s%s", funcMarker, fn, funcMarker)
}
