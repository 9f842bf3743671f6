{{- template "base_element" .}}

    
