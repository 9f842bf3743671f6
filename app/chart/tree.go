package chart

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// SeriesTree is the id of the KPI tree's one series.
const SeriesTree = "tree"

// Node is one box of the KPI tree diagram, in tree order (a parent before
// its children). Every text is already translated and formatted.
type Node struct {
	ID       string
	Parent   int    // index of the parent in the slice; -1 for the root (the KGI)
	Level    string // the article's term for the node's level: "KGI", "KFS", "KPI"
	Op       string // the parent's operator, drawn on the edge into this node: ×, +, − or ÷; "" for none
	Label    string
	Required string // "必要 1億円"; empty when the node is off the solved path
	Forecast string // "予測 9,500万円"; empty when it has none
	Selected bool
	Folded   bool // its branches are folded away (the box shows ▸)
}

// treeItem is a data item of an ECharts tree series: nested children.
type treeItem struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Label     *treeLabel      `json:"label"`
	ItemStyle *opts.ItemStyle `json:"itemStyle"`
	Collapsed bool            `json:"collapsed"`
	Children  []*treeItem     `json:"children,omitempty"`
}

// treeLabel is a node's label: a literal rich text (no function, so the
// page's Content-Security-Policy is no obstacle) in a box.
type treeLabel struct {
	Formatter       string `json:"formatter"`
	BackgroundColor string `json:"backgroundColor"`
	BorderColor     string `json:"borderColor"`
	BorderWidth     int    `json:"borderWidth"`
	BorderRadius    int    `json:"borderRadius"`
	Padding         [2]int `json:"padding"`
}

// richStyle is one rich text style of a label (go-echarts has none).
type richStyle struct {
	Color           string `json:"color"`
	BackgroundColor string `json:"backgroundColor,omitempty"`
	Padding         []int  `json:"padding,omitempty"`
	BorderRadius    int    `json:"borderRadius,omitempty"`
	FontSize        int    `json:"fontSize"`
	FontWeight      string `json:"fontWeight,omitempty"`
	LineHeight      int    `json:"lineHeight,omitempty"`
}

// seriesLabel is the series' label options with the rich text styles.
type seriesLabel struct {
	Show     bool                  `json:"show"`
	Position string                `json:"position"`
	Rich     map[string]*richStyle `json:"rich"`
}

// treeRich are the label's rich text styles, by name.
var treeRich = map[string]*richStyle{
	"lvl":  {Color: "#fff", BackgroundColor: "#1f4e79", Padding: []int{1, 4}, BorderRadius: 3, FontSize: 11, FontWeight: "bold"},
	"kgi":  {Color: "#fff", BackgroundColor: colorGoal, Padding: []int{1, 4}, BorderRadius: 3, FontSize: 11, FontWeight: "bold"},
	"op":   {Color: colorOver, FontSize: 16, FontWeight: "bold", Padding: []int{0, 4, 0, 0}},
	"name": {Color: "#1a1a1a", FontSize: 13, FontWeight: "bold", LineHeight: 18},
	"req":  {Color: "#1f4e79", FontSize: 12, LineHeight: 16},
	"fc":   {Color: "#555", FontSize: 12, LineHeight: 16},
}

// treeSeries is the tree series as ECharts reads it.
type treeSeries struct {
	charts.SingleSeries
	Label      *seriesLabel `json:"label"`
	SymbolSize int          `json:"symbolSize"`
}

// treeVisitor swaps in the tree series with its rich label styles.
type treeVisitor struct{ visitor }

func (v *treeVisitor) VisitSeriesOpt(ms charts.MultiSeries) any {
	out := make([]treeSeries, len(ms))
	for i := range ms {
		out[i] = treeSeries{SingleSeries: ms[i], SymbolSize: 10,
			Label: &seriesLabel{Show: true, Position: "inside", Rich: treeRich}}
	}
	return out
}

// Tree returns the option of the KPI tree drawn top down: the KGI at the
// top, every node a box with its level (KGI, KFS, KPI), the operator of the
// edge from its parent, its label and its required and forecast figures.
// The selected node is outlined. A node with Folded set hides its branches:
// the host folds and unfolds (ECharts' own toggle is off, so that a click
// can select and a redraw keeps what is folded). Item ids are the node ids,
// so a click names its node.
//
// A parent index that does not point at an earlier node is an *InputError.
func Tree(nodes []Node, t Text) ([]byte, error) {
	items := make([]*treeItem, len(nodes))
	var roots []*treeItem
	for i, n := range nodes {
		if n.Parent >= i || n.Parent < -1 {
			return nil, &InputError{"tree", "parent", i, name(n.ID, n.Label), float64(n.Parent), "must be -1 or the index of an earlier node"}
		}
		items[i] = &treeItem{ID: n.ID, Name: n.Label, Label: nodeLabel(n), ItemStyle: nodeStyle(n), Collapsed: n.Folded}
		if n.Parent < 0 {
			roots = append(roots, items[i])
		} else {
			p := items[n.Parent]
			p.Children = append(p.Children, items[i])
		}
	}
	if roots == nil {
		roots = []*treeItem{}
	}

	c := charts.NewTree()
	c.SetGlobalOptions(
		charts.WithColorsOpts(palette),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false), Data: []string{}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(false)}),
	)
	top := "48"
	if t.Title != "" {
		top = "72"
	}
	addSeries(&c.MultiSeries, types.ChartTree, t.Title, SeriesTree, roots,
		charts.WithTreeOpts(opts.TreeChart{
			Layout: "orthogonal", Orient: "TB", Roam: opts.Bool(false),
			InitialTreeDepth: -1, ExpandAndCollapse: opts.Bool(false),
			Top: top, Bottom: "72", Left: "72", Right: "72",
		}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: "#8aa0b8", Width: 1.5}),
	)
	c.Accept(&treeVisitor{visitor{title: t.Title}})
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		return nil, fmt.Errorf("chart: encoding the tree's option: %w", err)
	}
	return b, nil
}

// nodeLabel writes a node's box: level and operator, label, figures.
func nodeLabel(n Node) *treeLabel {
	lvl := "lvl"
	if n.Level == "KGI" {
		lvl = "kgi"
	}
	var b strings.Builder
	if n.Level != "" {
		b.WriteString("{" + lvl + "|" + rich(n.Level) + "} ")
	}
	if n.Op != "" {
		b.WriteString("{op|" + rich(n.Op) + "}")
	}
	if n.Folded {
		b.WriteString("{op|▸}")
	}
	b.WriteString("\n{name|" + rich(n.Label) + "}")
	if n.Required != "" {
		b.WriteString("\n{req|" + rich(n.Required) + "}")
	}
	if n.Forecast != "" {
		b.WriteString("\n{fc|" + rich(n.Forecast) + "}")
	}
	l := &treeLabel{Formatter: b.String(), BackgroundColor: "#fff", BorderColor: "#b8c7d8", BorderWidth: 1, BorderRadius: 4, Padding: [2]int{4, 6}}
	if n.Selected {
		l.BorderColor, l.BorderWidth = colorGoal, 3
	}
	return l
}

func nodeStyle(n Node) *opts.ItemStyle {
	if n.Level == "KGI" {
		return &opts.ItemStyle{Color: colorGoal}
	}
	return &opts.ItemStyle{Color: colorPrimary}
}

// rich makes text safe inside a rich text run: braces and bars would end
// or split it.
func rich(s string) string {
	return strings.NewReplacer("{", "(", "}", ")", "|", "/", "\n", " ").Replace(s)
}
