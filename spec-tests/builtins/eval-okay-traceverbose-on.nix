# traceVerbose with --trace-verbose returns its second argument
builtins.traceVerbose "shown" 42
