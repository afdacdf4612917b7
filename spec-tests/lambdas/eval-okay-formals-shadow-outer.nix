# formal names shadow outer bindings, also inside defaults
let a = "outer"; in ({ a ? "default", b ? a }: b) { a = "given"; }
