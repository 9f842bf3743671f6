// A patched copy of github.com/maxence-charriere/go-app/v10 v10.1.11
// (pkg/app and pkg/errors, without tests): see PATCH.md.
module github.com/maxence-charriere/go-app/v10

go 1.23.0

require github.com/google/uuid v1.6.0
