package app

// kpisim's patch (PATCH.md change 5): a large subtree is mounted from one
// string of HTML. go-app built every node through syscall/js, one crossing
// each for the element, every attribute, every text and every append; a
// page of a thousand nodes spent most of its mount there. Here the tree is
// first prepared in Go (components initialised and rendered, depths and
// parents set), then written as HTML with a signature of its shape, parsed
// by the browser in one call (MountHTMLJS) and its nodes handed back in
// order, one crossing each. When the page lacks the function, the subtree
// is small, holds what HTML cannot say exactly (a namespace, raw text
// elements, odd names) or the parse does not give the same tree, the nodes
// are created one by one as before.

import (
	"reflect"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/errors"
)

// MountHTMLJS defines goappMountHTML, which the page must load for mounts
// from HTML (kpisim appends it to app.js). It parses html in a template and
// returns its nodes in the order sig names them ("tag" opens an element and
// ")" closes it, "#" is a text, "!" raw HTML whose inside is not walked), or
// null when the parse gave another tree. A "<!--t-->" stands for a text the
// parse would lose or merge: it becomes an empty text node. The function
// counts its mounts, their nodes and its refusals in its own properties.
const MountHTMLJS = `
// goappMountHTML: go-app mounts a large subtree from one string of HTML
// (third_party/go-app PATCH.md change 5).
function goappMountHTML(html, sig) {
  const t = document.createElement("template");
  t.innerHTML = html;
  const toks = sig.split(" ");
  const nodes = [];
  let k = 0;
  const walk = (n) => {
    const tok = toks[k++];
    if (tok === "!") {
      nodes.push(n);
      return true;
    }
    if (tok === "#") {
      if (n.nodeType === Node.COMMENT_NODE && n.data === "t") {
        const e = document.createTextNode("");
        n.replaceWith(e);
        n = e;
      } else if (n.nodeType !== Node.TEXT_NODE) {
        return false;
      }
      nodes.push(n);
      return true;
    }
    if (n.nodeType !== Node.ELEMENT_NODE || n.localName !== tok) {
      return false;
    }
    nodes.push(n);
    for (let c = n.firstChild; c; ) {
      const next = c.nextSibling;
      if (toks[k] === ")" || !walk(c)) {
        return false;
      }
      c = next;
    }
    return toks[k++] === ")";
  };
  const root = t.content.firstChild;
  if (!root || root.nextSibling || !walk(root) || k !== toks.length) {
    goappMountHTML.refused++;
    return null;
  }
  goappMountHTML.mounted++;
  goappMountHTML.nodes += nodes.length;
  return nodes;
}
goappMountHTML.mounted = 0; // mounts from HTML, their nodes, and parses
goappMountHTML.nodes = 0;   // that gave another tree: tests read them
goappMountHTML.refused = 0;
`

// htmlMountMin is the smallest subtree, in nodes, mounted from HTML: below
// it the string and the parse cost about what they save.
const htmlMountMin = 24

// mountHTMLFunc is goappMountHTML once looked up (nil before; a Value
// that is not truthy when the page does not define it).
var mountHTMLFunc Value

// Mount mounts a UI element based on its type and the specified depth. It
// returns the mounted UI element and any potential error during the process.
func (m nodeManager) Mount(ctx Context, depth uint, v UI) (UI, error) {
	v, n, err := m.prepare(ctx, depth, v)
	if err != nil {
		return nil, err
	}
	if IsClient && n >= htmlMountMin && m.mountFromHTML(ctx, v) {
		return v, nil
	}
	m.create(ctx, v)
	return v, nil
}

// mountFromHTML gives the prepared subtree v its nodes from one parse, and
// reports whether it could.
func (m nodeManager) mountFromHTML(ctx Context, v UI) bool {
	if mountHTMLFunc == nil {
		mountHTMLFunc = Window().Get("goappMountHTML")
	}
	if !mountHTMLFunc.Truthy() {
		return false
	}
	e := htmlEncoder{ctx: ctx}
	prevText := false
	if !e.encode(v, &prevText) {
		return false
	}
	nodes := mountHTMLFunc.Invoke(e.html.String(), e.sig.String())
	if !nodes.Truthy() {
		Log("mounting from HTML: the parse gave another tree; nodes created one by one")
		return false
	}
	i := 0
	m.adopt(ctx, v, nodes, &i)
	for _, t := range e.fill {
		t.jsvalue.setNodeValue(t.value)
	}
	return true
}

// adopt sets the JavaScript nodes of the prepared subtree v from nodes, in
// the order the encoder wrote them, with the attributes HTML does not carry
// (properties) and the event handlers.
func (m nodeManager) adopt(ctx Context, v UI, nodes Value, i *int) {
	ctx = m.context(ctx, v)
	switch v := v.(type) {
	case *text:
		v.jsvalue = nodes.Index(*i)
		*i++

	case HTML:
		v.setJSElement(nodes.Index(*i))
		*i++
		for name, value := range v.attrs() {
			if propertyAttribute(name) {
				setJSAttribute(v.JSValue(), name, resolveAttributeURLValue(name, value, ctx.ResolveStaticResource))
			}
		}
		m.mountHTMLEventHandlers(ctx, v)
		for _, child := range v.body() {
			m.adopt(ctx, child, nodes, i)
		}

	case Composer:
		m.adopt(ctx, v.root(), nodes, i)

	case *raw:
		v.jsElement = nodes.Index(*i)
		*i++
	}
}

// htmlEncoder writes a prepared subtree as HTML and its shape as a
// signature for goappMountHTML.
type htmlEncoder struct {
	ctx  Context
	html strings.Builder
	sig  strings.Builder
	// fill holds the texts written as a marker, whose value is set once
	// their node is there.
	fill []*text
}

// encode writes v; prevText says whether the node before it, among its
// parent's, is a text (which the parse would merge with a text v). It
// reports false when HTML cannot say v exactly.
func (e *htmlEncoder) encode(v UI, prevText *bool) bool {
	switch v := v.(type) {
	case *text:
		e.token("#")
		if v.value == "" || *prevText {
			e.html.WriteString("<!--t-->")
			if v.value != "" {
				e.fill = append(e.fill, v)
			}
		} else if !writeEscaped(&e.html, v.value) {
			return false
		}
		*prevText = true
		return true

	case HTML:
		*prevText = false
		return e.encodeElement(v)

	case Composer:
		return e.encode(v.root(), prevText)

	case *raw:
		*prevText = false
		e.token("!")
		e.html.WriteString(v.value)
		return true
	}
	return false
}

func (e *htmlEncoder) encodeElement(v HTML) bool {
	tag := v.Tag()
	if v.XMLNamespace() != "" || !plainName(tag) {
		return false
	}
	switch tag {
	case "script", "style", "textarea", "title", "template", "noscript",
		"iframe", "noembed", "noframes", "xmp", "plaintext", "svg", "math":
		return false
	}
	e.token(tag)
	e.html.WriteByte('<')
	e.html.WriteString(tag)
	for name, value := range v.attrs() {
		if propertyAttribute(name) {
			continue
		}
		if !plainName(name) {
			return false
		}
		e.html.WriteByte(' ')
		e.html.WriteString(name)
		e.html.WriteString(`="`)
		if !writeEscaped(&e.html, resolveAttributeURLValue(name, value, e.ctx.ResolveStaticResource)) {
			return false
		}
		e.html.WriteByte('"')
	}
	if v.SelfClosing() {
		e.html.WriteString("/>")
		e.token(")")
		return true
	}
	e.html.WriteByte('>')
	children := v.body()
	if tag == "pre" || tag == "listing" {
		// The parse drops a newline right after the start tag.
		if t, ok := firstText(children); ok && strings.HasPrefix(t, "\n") {
			e.html.WriteByte('\n')
		}
	}
	prevText := false
	for _, child := range children {
		if !e.encode(child, &prevText) {
			return false
		}
	}
	e.html.WriteString("</")
	e.html.WriteString(tag)
	e.html.WriteByte('>')
	e.token(")")
	return true
}

func (e *htmlEncoder) token(t string) {
	if e.sig.Len() != 0 {
		e.sig.WriteByte(' ')
	}
	e.sig.WriteString(t)
}

// firstText returns the text a list of children starts with in the DOM.
func firstText(children []UI) (string, bool) {
	if len(children) == 0 {
		return "", false
	}
	switch c := children[0].(type) {
	case *text:
		return c.value, true
	case Composer:
		if r := c.root(); r != nil {
			return firstText([]UI{r})
		}
	}
	return "", false
}

// plainName reports whether s is a tag or attribute name the parse keeps
// as written: lower-case ASCII letters, digits, '-', '_', ':' and '.',
// starting with a letter.
func plainName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_', c == ':', c == '.':
		default:
			return false
		}
	}
	return true
}

// writeEscaped writes s so that the parse reads it back unchanged, in a
// text or a double-quoted attribute. It reports false for a NUL, which the
// parse replaces.
func writeEscaped(w *strings.Builder, s string) bool {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&quot;"
		case '\r':
			esc = "&#13;" // the parse turns a raw CR into LF
		case 0:
			return false
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
	return true
}

// prepare readies the subtree v for its nodes without touching the
// browser: components are initialised and rendered, depths and parents
// set. It returns v and its number of nodes.
func (m nodeManager) prepare(ctx Context, depth uint, v UI) (UI, int, error) {
	ctx = m.context(ctx, v)
	switch v := v.(type) {
	case *text:
		if v.Mounted() {
			return nil, 0, errors.New("text is already mounted").
				WithTag("parent-type", reflect.TypeOf(v.parent())).
				WithTag("preview-value", previewText(v.value))
		}
		return v, 1, nil

	case HTML:
		if v.Mounted() {
			return nil, 0, errors.New("html element is already mounted").
				WithTag("parent-type", reflect.TypeOf(v.parent())).
				WithTag("type", reflect.TypeOf(v)).
				WithTag("tag", v.Tag()).
				WithTag("depth", v.depth())
		}
		v = v.setDepth(depth).(HTML)
		n := 1
		children := v.body()
		for i, child := range children {
			child, c, err := m.prepare(ctx, depth+1, child)
			if err != nil {
				return nil, 0, errors.New("mounting child failed").
					WithTag("type", reflect.TypeOf(v)).
					WithTag("tag", v.Tag()).
					WithTag("depth", depth).
					WithTag("index", i).
					Wrap(err)
			}
			children[i] = child.setParent(v)
			n += c
		}
		return v, n, nil

	case Composer:
		if v.Mounted() {
			return nil, 0, errors.New("component is already mounted").
				WithTag("parent-type", reflect.TypeOf(v.parent())).
				WithTag("type", reflect.TypeOf(v)).
				WithTag("depth", v.depth())
		}
		v = v.setRef(v)
		v = v.setDepth(depth)
		if initializer, ok := v.(Initializer); ok {
			initializer.OnInit()
		}
		if preRenderer, ok := v.(PreRenderer); ok && IsServer {
			ctx.Dispatch(preRenderer.OnPreRender)
		}
		if mounter, ok := v.(Mounter); ok && IsClient {
			ctx.Dispatch(mounter.OnMount)
		}
		root, err := m.renderComponent(v)
		if err != nil {
			return nil, 0, errors.New("rendering component failed").
				WithTag("type", reflect.TypeOf(v)).
				WithTag("depth", v.depth()).
				Wrap(err)
		}
		root, n, err := m.prepare(ctx, depth+1, root)
		if err != nil {
			return nil, 0, errors.New("mounting component root failed").
				WithTag("type", reflect.TypeOf(v)).
				WithTag("depth", v.depth()).
				Wrap(err)
		}
		root = root.setParent(v)
		v = v.setRoot(root)
		return v, n, nil

	case *raw:
		if v.Mounted() {
			return nil, 0, errors.New("raw html is already mounted").
				WithTag("parent-type", reflect.TypeOf(v.parent())).
				WithTag("type", reflect.TypeOf(v)).
				WithTag("depth", v.depth()).
				WithTag("raw-preview", previewText(v.value))
		}
		return v, 1, nil
	}
	return nil, 0, errors.New("unsupported element").
		WithTag("type", reflect.TypeOf(v)).
		WithTag("depth", depth)
}

// create gives the prepared subtree v its nodes one by one, as go-app's
// mount did.
func (m nodeManager) create(ctx Context, v UI) {
	ctx = m.context(ctx, v)
	switch v := v.(type) {
	case *text:
		v.jsvalue = Window().createTextNode(v.value)

	case HTML:
		jsElement, _ := Window().createElement(v.Tag(), v.XMLNamespace())
		v.setJSElement(jsElement)
		m.mountHTMLAttributes(ctx, v)
		m.mountHTMLEventHandlers(ctx, v)
		for _, child := range v.body() {
			m.create(ctx, child)
			v.JSValue().appendChild(child)
		}

	case Composer:
		m.create(ctx, v.root())

	case *raw:
		wrapper, _ := Window().createElement("div", "")
		wrapper.setInnerHTML(v.value)
		v.jsElement = wrapper.firstChild()
		wrapper.removeChild(v.jsElement)
	}
}
