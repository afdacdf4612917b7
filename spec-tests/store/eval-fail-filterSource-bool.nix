# filterSource: the filter must return a Boolean
builtins.filterSource (p: t: "yes") ./filter-dir
