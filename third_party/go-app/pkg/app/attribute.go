package app

import (
	"strconv"
	"strings"
)

type attributes map[string]string

func (a attributes) Set(name string, value any) {
	var v string
	switch name {
	case "value":
		v = toString(value)

	case "style", "allow":
		v = strings.TrimLeft(a[name]+";"+toAttributeValue(value), ";")

	case "class":
		v = strings.TrimSpace(a[name] + " " + toAttributeValue(value))

	case "srcset":
		v = strings.TrimLeft(a[name]+", "+toAttributeValue(value), ", ")

	default:
		v = toAttributeValue(value)
	}

	switch v {
	case "cite",
		"data",
		"download",
		"href",
		"src",
		"value":
		a[name] = v

	default:
		if v != "" {
			a[name] = v
		}
	}
}

type attributeURLResolver func(string) string

func toAttributeValue(v any) string {
	return strings.TrimSpace(toString(v))
}

func resolveAttributeURLValue(name, value string, resolve attributeURLResolver) string {
	switch name {
	case "cite",
		"data",
		"href",
		"src":
		return resolve(value)

	case "srcset":
		srcs := strings.Split(value, ", ")
		for i, src := range srcs {
			srcs[i] = resolve(src)
		}
		return strings.Join(srcs, ", ")

	default:
		return value
	}
}

// propertyAttribute reports whether setJSAttribute sets name as a property
// of the element rather than an attribute (kpisim's patch, PATCH.md change
// 5: the mount from HTML leaves these out of the HTML and sets them here).
func propertyAttribute(name string) bool {
	switch name {
	case "value", "contenteditable", "ismap", "readonly",
		"async", "autofocus", "autoplay", "checked", "default", "defer",
		"disabled", "hidden", "loop", "multiple", "muted", "open",
		"required", "reversed", "selected":
		return true
	}
	return false
}

// booleanAttribute reports whether name is an HTML boolean attribute,
// which is true by its presence whatever its value: open="false" is open
// (kpisim's patch, PATCH.md change 9).
func booleanAttribute(name string) bool {
	return name == "inert" || propertyAttribute(name) && name != "value" && name != "contenteditable"
}

func setJSAttribute(jsElement Value, name, value string) {
	if !propertyAttribute(name) {
		jsElement.Call("setAttribute", name, value)
		return
	}

	toBool := func(v string) bool {
		b, _ := strconv.ParseBool(v)
		return b
	}

	switch name {
	case "value":
		jsElement.Set(name, value)

	case "contenteditable":
		jsElement.Set("contentEditable", value)

	case "ismap":
		jsElement.Set("isMap", toBool(value))

	case "readonly":
		jsElement.Set("readOnly", toBool(value))

	default: // async, autofocus, checked, disabled, open, selected…
		jsElement.Set(name, toBool(value))
	}
}

// deleteJSAttribute removes the attribute name. A form control's value,
// checked and selected are properties that the attribute only starts
// (kpisim's patch, PATCH.md change 8): removing the attribute left an
// input showing the text set or typed before, as a table of actuals kept
// the values an undone import had put there.
func deleteJSAttribute(jsElement Value, name string) {
	switch name {
	case "value":
		jsElement.Set("value", "")
	case "checked", "selected":
		jsElement.Set(name, false)
	}
	jsElement.Call("removeAttribute", name)
}
