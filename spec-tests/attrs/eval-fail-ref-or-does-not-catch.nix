# `or` gives the default for a missing name or a non-set, but an error on the path propagates
{ a = throw "the value of a"; }.a.b or "default"
