# the trace points into the imported file
(import ./helpers/type-error.nix).v
