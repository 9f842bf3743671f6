{{- template "base_option" . }}
