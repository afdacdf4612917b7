# filterSource coerces the path before it forces the filter
builtins.filterSource (throw "filter") "relative"
