# unsafeDiscardStringContext keeps the text and drops every reference.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; s = builtins.unsafeDiscardStringContext "${d.drvPath} ${d.dev}"; in { inherit s; context = builtins.getContext s; }
