// Package chart turns kpisim's results into ECharts options: JSON documents
// the browser hands to echarts' setOption. It is pure Go (go-echarts and the
// standard library), knows nothing of go-app, syscall/js or the network, and
// builds and tests the same natively and under GOOS=js GOARCH=wasm.
//
// Three builders take plain data and already translated strings (Text) and
// return the option as JSON:
//
//   - Funnel: the required count of each stage of the sales process (calls,
//     first meetings, opportunities, deals), in the order given, top down.
//   - Cumulative: cumulative forecast revenue month by month against the
//     cumulative goal, with an optional P10–P90 band.
//   - Activities: the activity a rep must do per working day, next to the
//     planned value and the human ceiling; a bar beyond its ceiling is red.
//
// # Rules the options follow
//
// Built with go-echarts, then Validate and json.Marshal(JSON()): never with
// go-echarts' HTML renderers, whose templates add megabytes to the wasm
// binary. Options go-echarts does not model (funnel sizes, encode, tooltip
// confinement, a merge-safe markLine) are added by a ConfigurationVisitor.
//
// No JavaScript functions. Every number a chart shows is formatted in Go by
// Text.Format and travels in the data as a string dimension: the tooltip
// shows it through encode.tooltip and labels through the template "{@[n]}".
// Templates are constants of this package, so no input text is ever parsed
// as a template or as HTML; names and labels go to fields ECharts escapes.
//
// Merge friendly. Every series has a stable id (see the Series… constants),
// animations are short (150 ms to enter, 100 ms to update) and every key a
// builder ever writes it always writes, empty when unused, so that
// setOption(option, {lazyUpdate: true, replaceMerge: ['series']}) while a
// slider is dragged updates in place, drops the series that went away (the
// band) and leaves nothing stale behind (a ceiling line, a red bar).
//
// Responsive. No pixel width or height: the container sizes the chart. Grids
// contain their axis labels, legends sit at the bottom and scroll when narrow,
// and tooltips stay inside the chart, from a 390 px phone to a 1280×720
// projector.
//
// Finite numbers only. An input that is NaN or infinite, a count or ceiling
// below zero, or a band whose low is above its high is not clamped: the
// builder returns an *InputError naming the chart, the series and the index.
package chart
