# traceVerbose with --trace-verbose evaluates its first argument like trace
builtins.traceVerbose (throw "evaluated") 42
