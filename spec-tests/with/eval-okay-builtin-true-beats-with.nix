# global builtins such as true are lexical bindings, so with cannot shadow them
with { true = 1; }; true
