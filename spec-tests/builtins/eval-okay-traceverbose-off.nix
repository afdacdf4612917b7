# traceVerbose without --trace-verbose does not evaluate its first argument
builtins.traceVerbose (throw "not evaluated") 42
